"""Forms: create a contact, validation messages beside the field, unsaved changes, conflicts."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox

from cmer_desk.domain.contact_points import PhoneNumber
from cmer_desk.domain.drafts import ContactDraft
from cmer_desk.domain.enums import ContactKind
from tests.ui.conftest import type_text


def test_create_a_contact_through_the_form(make_window, app_ctx, qtbot):
    window = make_window()
    window.sidebar.setCurrentRow(1)
    page = window.contacts_page
    window.new_action.trigger()
    type_text(page.form.first_name, "Zoé")
    type_text(page.form.last_name, "Émery")
    type_text(page.form.email, "zoe.emery@example.fr")
    assert page.form.is_dirty()
    window.save_action.trigger()
    assert [r.name for r in app_ctx.contacts.rows()] == ["ÉMERY Zoé"]
    assert page.proxy.rowCount() == 1 and page.proxy.row_at(0).name == "ÉMERY Zoé"
    assert window.statusBar().currentMessage() == "Contact enregistré : Zoé Émery"
    assert not page.form.is_dirty()


def test_bad_email_shows_the_french_message_beside_the_field(make_window, app_ctx, qtbot):
    window = make_window()
    window.sidebar.setCurrentRow(1)
    page = window.contacts_page
    window.new_action.trigger()
    type_text(page.form.last_name, "Bertaud")
    type_text(page.form.email, "katia@@mairie")
    page.form.first_name.setFocus()
    window.save_action.trigger()
    row = page.form.rows["emails"]
    assert row.error.isVisible()
    assert "n'est pas une adresse électronique valide" in row.error.text()
    assert row.widget.property("invalid") is True
    assert page.form.email.hasFocus()
    assert page.form.email.text() == "katia@@mairie"
    assert page.form.last_name.text() == "Bertaud"
    assert app_ctx.contacts.rows() == []
    # fixed without retyping the rest
    page.form.email.selectAll()
    type_text(page.form.email, "katia@mairie.fr")
    window.save_action.trigger()
    assert not row.error.isVisible()
    assert [r.name for r in app_ctx.contacts.rows()] == ["BERTAUD"]


def test_unsaved_changes_prompt_when_switching_record(make_window, app_ctx, qtbot, monkeypatch):
    a = app_ctx.contacts.save(ContactDraft(first_name="Anne", last_name="Aubert")).id
    b = app_ctx.contacts.save(ContactDraft(first_name="Bruno", last_name="Blanc")).id
    window = make_window()
    window.sidebar.setCurrentRow(1)
    page = window.contacts_page
    page.select_id(a)
    type_text(page.form.function, "journaliste")
    asked = []

    def answer(self):
        asked.append([b.text() for b in self.buttons()])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", answer)
    page.table.selectRow(page.proxy.proxy_row_of_id(b))
    qtbot.wait(10)
    assert sorted(asked[0]) == ["Annuler", "Enregistrer", "Ne pas enregistrer"]
    assert page.current_id() == a and page.form.function.text() == "journaliste"

    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Save)
    page.table.selectRow(page.proxy.proxy_row_of_id(b))
    assert page.current_id() == b
    assert app_ctx.contacts.get(a).function == "journaliste"


def test_conflict_dialog_lets_the_person_keep_their_version(make_window, app_ctx, qtbot, monkeypatch):
    contact = app_ctx.contacts.save(ContactDraft(first_name="Katia", last_name="Bertaud"))
    window = make_window()
    window.sidebar.setCurrentRow(1)
    page = window.contacts_page
    page.select_id(contact.id)
    type_text(page.form.function, "attachée de presse")
    # another workstation saves first
    other = app_ctx.contacts.get(contact.id)
    other.phones = [PhoneNumber("06 12 34 56 78", ContactKind.MOBILE)]
    app_ctx.contacts.save(other)
    seen = {}

    from cmer_desk.ui.dialogs.conflict_dialog import ConflictDialog

    def choose(dialog):
        seen["differences"] = dialog.differences
        dialog.keep_button.click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConflictDialog, "exec", choose)
    window.save_action.trigger()
    assert seen["differences"] == 2  # function and mobile differ
    saved = app_ctx.contacts.get(contact.id)
    assert saved.function == "attachée de presse"
    assert saved.version == 3


def test_conflict_dialog_take_the_other_version(make_window, app_ctx, qtbot, monkeypatch):
    contact = app_ctx.contacts.save(ContactDraft(first_name="Katia", last_name="Bertaud"))
    window = make_window()
    window.sidebar.setCurrentRow(1)
    page = window.contacts_page
    page.select_id(contact.id)
    type_text(page.form.function, "attachée")
    other = app_ctx.contacts.get(contact.id)
    other.function = "cheffe du service"
    app_ctx.contacts.save(other)
    from cmer_desk.ui.dialogs.conflict_dialog import ConflictDialog

    def choose(dialog):
        dialog.take_button.click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConflictDialog, "exec", choose)
    window.save_action.trigger()
    assert page.form.function.text() == "cheffe du service"
    assert app_ctx.contacts.get(contact.id).function == "cheffe du service"
    assert not page.form.is_dirty()
