"""Contacts by keyboard: the organisation of a new contact is created on the spot from its field."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import press, type_text
from tests.ui.keyboard import focused_in, when_dialog


def _tab_to(window, widget, limit: int = 40) -> None:
    for _ in range(limit):
        if focused_in(window) is widget:
            return
        press(focused_in(window), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.accessibleName()}")


def test_the_organisation_is_created_from_the_contact_form(make_window, app_ctx):
    window = make_window()
    window.sidebar.setCurrentRow(1)
    window.new_action.trigger()
    form = window.contacts_page.form
    type_text(focused_in(window), "Mme")
    press(focused_in(window), Qt.Key.Key_Tab)
    type_text(focused_in(window), "Zoé")
    press(focused_in(window), Qt.Key.Key_Tab)
    type_text(focused_in(window), "Émery")
    _tab_to(window, form.new_organisation_button)

    def fill(dialog) -> None:
        type_text(focused_in(dialog), "Le Courrier du Delta")
        press(focused_in(dialog), Qt.Key.Key_Return)  # Enregistrer, the dialog's default

    when_dialog(fill)
    press(form.new_organisation_button, Qt.Key.Key_Space)
    assert form.organisation.currentText() == "Le Courrier du Delta"
    assert focused_in(window) is form.organisation
    window.save_action.trigger()
    saved = app_ctx.contacts.get(window.contacts_page.current_id())
    assert (saved.civility, saved.first_name, saved.last_name) == ("Mme", "Zoé", "Émery")
    assert app_ctx.organisations.get(saved.organisation_id).name == "Le Courrier du Delta"
