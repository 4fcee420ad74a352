"""The event form: the Tarascon invitation from an empty database, with officials and footer officers."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime

from cmer_desk.domain.drafts import ContactDraft
from tests.ui.conftest import press, type_text


def test_create_the_tarascon_event_from_scratch(make_window, app_ctx, qtbot):
    c = app_ctx.contacts
    prefect = c.save(ContactDraft(first_name="Olivier", last_name="de Mazières")).id
    mayor = c.save(ContactDraft(first_name="Lucien", last_name="Limousin")).id
    officers = [c.save(ContactDraft(first_name=f, last_name=l)).id
                for f, l in (("Mathieu", "Duroselle"), ("Malika", "Kerche"), ("Marie-Flore", "Vallon"))]
    window = make_window()
    page = window.events_page
    window.new_action.trigger()
    form = page.form
    type_text(form.title_edit, "Installation de la cellule municipale d'échanges sur la radicalisation de Tarascon")
    type_text(form.issue_place, "Marseille")
    type_text(form.body, "L'objectif de ces CMER est triple :\n\n- participer à la détection ;\n- organiser les échanges.")
    form.starts_at.setDateTime(QDateTime(QDate(2030, 1, 24), QTime(11, 30)))
    type_text(form.venue_name, "hôtel de Ville")
    type_text(form.venue_room, "salle des Consuls")
    type_text(form.venue_city, "Tarascon")
    # officials: role wording first, then a few letters of the name and Enter
    type_text(form.official_role, "préfet de police des Bouches-du-Rhône")
    type_text(form.official_picker, "mazieres")
    press(form.official_picker, Qt.Key.Key_Return)
    type_text(form.official_role, "maire de Tarascon")
    type_text(form.official_picker, "limousin")
    press(form.official_picker, Qt.Key.Key_Return)
    for typed in ("vallon", "duroselle", "kerche"):
        type_text(form.officer_picker, typed)
        press(form.officer_picker, Qt.Key.Key_Return)
    # reorder the footer: Vallon goes to the bottom
    form.press_officers.view.setCurrentIndex(form.press_officers.model.index(0, 0))
    form.press_officers.down.click()
    form.press_officers.down.click()
    window.save_action.trigger()
    assert window.statusBar().currentMessage() == "Invitation enregistrée"
    saved = app_ctx.events.get(page.current_id())
    assert saved.title.endswith("de Tarascon")
    assert saved.starts_at == datetime(2030, 1, 24, 11, 30)
    assert [(o.contact_id, o.role_wording) for o in saved.officials] == [
        (prefect, "préfet de police des Bouches-du-Rhône"), (mayor, "maire de Tarascon")]
    assert saved.press_officer_ids == officers
    assert "- participer à la détection ;" in saved.body
    assert page.proxy.rowCount() == 1


def test_missing_title_marks_the_field_and_keeps_the_rest(make_window, app_ctx):
    window = make_window()
    window.new_action.trigger()
    form = window.events_page.form
    type_text(form.venue_city, "Tarascon")
    window.save_action.trigger()
    assert form.rows["title"].error.text() == "Le champ « Titre » est obligatoire."
    assert form.rows["starts_at"].error.isVisible()
    assert window.focusWidget() is form.title_edit
    assert form.venue_city.text() == "Tarascon"
    assert app_ctx.events.rows() == []


def test_duplicate_starts_a_new_unsaved_event(make_window, app_ctx):
    window = make_window(load_example=True)
    window.duplicate_action.trigger()
    form = window.events_page.form
    assert form.draft.id is None and form.is_dirty()
    assert form.title_edit.text().startswith("Installation de la cellule")
    assert form.officials.model.rowCount() == 2
    assert window.events_page.current_id() is None


def test_an_official_created_on_the_spot_is_added_to_the_officials(make_window, qtbot, monkeypatch):
    from cmer_desk.ui.dialogs.new_contact_dialog import NewContactDialog

    window = make_window()
    window.new_action.trigger()
    form = window.events_page.form
    monkeypatch.setattr(NewContactDialog, "exec", lambda d: (d.save_button.click(), d.result())[-1])
    type_text(form.official_role, "sous-préfet d'Arles")
    type_text(form.official_picker, "Jean-Marc Sénateur")
    form.official_picker.new_button.click()
    assert form.officials.values()[0][1] == ["SÉNATEUR Jean-Marc", "sous-préfet d'Arles"]
    assert form.is_dirty()


def test_event_form_fits_its_pane_without_a_horizontal_scrollbar(make_window, qtbot):
    window = make_window(load_example=True)
    window.resize(1360, 840)
    qtbot.wait(20)
    page = window.events_page
    assert page.form.minimumSizeHint().width() <= page.form_scroll.viewport().width()
    assert not page.form_scroll.horizontalScrollBar().isVisible()


def test_the_form_warns_when_the_number_of_officials_needs_the_other_form_of_the_action(make_window, app_ctx):
    window = make_window(load_example=True)
    window.events_page.select_id(app_ctx.example.load())
    form = window.events_page.form
    warning = form.officials_number_warning
    assert not warning.isVisible()  # two officials, both forms written
    form.officials_action_single.clear()
    assert not warning.isVisible()  # still two officials: the plural is the one used
    form.officials.view.setCurrentIndex(form.officials.model.index(0, 0))
    form.officials.remove_current()  # the préfet no longer comes: one official, no singular
    assert warning.isVisible() and "signera" in warning.text()
    type_text(form.officials_action_single, "signera le protocole :")
    assert not warning.isVisible()
    assert form.collect().officials_action_single == "signera le protocole :"
    form.officials_action.clear()
    type_text(form.official_picker, "mazieres")
    press(form.official_picker, Qt.Key.Key_Return)  # two officials again, only the singular written
    assert warning.isVisible() and "signeront" in warning.text()
