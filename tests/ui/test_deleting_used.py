"""Deleting a contact or an organisation that an event uses: the window lists where, asks who replaces it,
and removes nothing from an invitation without a replacement."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from cmer_desk.domain.drafts import ContactDraft, OrganisationDraft
from cmer_desk.ui.dialogs.in_use_dialog import InUseDialog
from tests.ui.conftest import press, type_text


def _contacts_page_on(window, app_ctx, last_name):
    window.sidebar.setCurrentRow(1)
    page = window.contacts_page
    contact_id = next(r.id for r in app_ctx.contacts.rows() if r.name.endswith(last_name) or last_name in r.name)
    page.select_id(contact_id)
    return page, contact_id


def _officials(app_ctx, event_id):
    return [(o.contact_id, o.role_wording) for o in app_ctx.events.get(event_id).officials]


def test_deleting_an_official_asks_who_replaces_them(make_window, app_ctx, monkeypatch):
    window = make_window(load_example=True)
    event_id = app_ctx.example.load()
    successor = app_ctx.contacts.save(ContactDraft(first_name="Pierre-André", last_name="Durand",
                                                   function="préfet de police")).id
    window.contacts_page.refresh()
    page, prefect = _contacts_page_on(window, app_ctx, "MAZIÈRES")
    before = _officials(app_ctx, event_id)
    seen = []

    def cancel(dialog):
        seen.append([dialog.uses.item(i).text() for i in range(dialog.uses.count())])
        assert not dialog.replace_button.isEnabled()
        dialog.cancel_button.click()
        return dialog.result()

    monkeypatch.setattr(InUseDialog, "exec", cancel)
    window.delete_action.trigger()
    assert seen == [["officiel(le) : « Installation de la cellule municipale d'échanges sur la radicalisation de "
                     "Tarascon » (24/01/2018)"]]
    assert _officials(app_ctx, event_id) == before  # cancelled: nothing changed
    assert app_ctx.contacts.get(prefect).last_name == "de Mazières"

    def replace(dialog):
        type_text(dialog.chooser, "durand")
        press(dialog.chooser, Qt.Key.Key_Return)
        assert dialog.chosen.text() == "Remplaçant : DURAND Pierre-André"
        dialog.replace_button.click()
        return dialog.result()

    monkeypatch.setattr(InUseDialog, "exec", replace)
    window.delete_action.trigger()
    assert _officials(app_ctx, event_id) == [(successor, "préfet de police des Bouches-du-Rhône"), before[1]]
    assert prefect not in {r.id for r in page.model.rows()}
    assert window.statusBar().currentMessage() == "Contact supprimé"


def test_an_unused_contact_is_deleted_after_the_usual_question(make_window, app_ctx, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window = make_window(load_example=True)
    page, arbaud = _contacts_page_on(window, app_ctx, "ARBAUD")
    monkeypatch.setattr(InUseDialog, "exec", lambda d: (_ for _ in ()).throw(AssertionError("not in use")))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Yes)
    window.delete_action.trigger()
    assert arbaud not in {r.id for r in page.model.rows()}


def test_deleting_an_outlet_offers_another_organisation(make_window, app_ctx, monkeypatch):
    window = make_window(load_example=True)
    event_id = app_ctx.example.load()
    other = app_ctx.organisations.save(OrganisationDraft(name="Agence Sud Presse")).id
    window.sidebar.setCurrentRow(2)
    page = window.organisations_page
    page.refresh()
    page.select_id(app_ctx.organisations.find_by_name("Agence Méditerranée Presse"))

    def replace(dialog):
        assert dialog.uses.count() == 1 and "WAŁĘSA Łukasz" in dialog.uses.item(0).text()
        dialog.chooser.setCurrentIndex(dialog.chooser.findData(other))
        dialog.replace_button.click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(InUseDialog, "exec", replace)
    window.delete_action.trigger()
    assert {r.name: r.outlet for r in app_ctx.accreditations.rows(event_id)}["WAŁĘSA Łukasz"] == "Agence Sud Presse"
