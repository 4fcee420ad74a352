"""Contacts: journalists, officials, partners' press officers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cmer_desk.domain.changes import ChangeSet
from cmer_desk.domain.drafts import ContactDraft
from cmer_desk.ui.dialogs.in_use_dialog import ask_contact_replacement
from cmer_desk.ui.forms.contact_form import ContactForm
from cmer_desk.ui.models.table import Column
from cmer_desk.ui.pages.record_page import RecordPage


def _t(text: str) -> str:
    return QCoreApplication.translate("ContactsPage", text)


class ContactsPage(RecordPage):
    key = "contacts"
    entity = "contact"
    shows = frozenset({"contact", "organisation", "tag"})  # outlets and lists: columns and the form's choices

    def __init__(self, app, settings, parent=None):
        self.app = app
        columns = [
            Column(_t("Nom"), lambda r: r.name, lambda r: r.sort_key),
            Column(_t("Organisme"), lambda r: r.organisation),
            Column(_t("Fonction"), lambda r: r.function),
            Column(_t("Courriel"), lambda r: r.email),
            Column(_t("Téléphone"), lambda r: r.phone),
            Column(_t("Listes"), lambda r: r.tags),
        ]
        super().__init__(app.contacts, ContactForm(app.contacts, app.organisations), columns, settings, parent)
        for column, width in enumerate((200, 190, 160, 200, 120)):
            self.table.setColumnWidth(column, width)

    def page_title(self) -> str:
        return self.tr("Contacts")

    def empty_draft(self) -> ContactDraft:
        return ContactDraft()

    def saved_message(self, draft) -> str:
        return self.tr("Contact enregistré : {0}").format(f"{draft.first_name} {draft.last_name}".strip())

    def deleted_message(self) -> str:
        return self.tr("Contact supprimé")

    def reload(self) -> None:
        self.form.reload_choices()
        super().reload()

    def show_changes(self, changes: ChangeSet, *, remote: bool) -> None:
        if changes.touches("contact") or changes.touches("organisation"):
            super().show_changes(changes, remote=remote)  # the list, and the choices with it
        else:
            self.form.reload_choices()  # a new list name: only the form's completer

    def ask_delete(self, record_id: int, title: str) -> dict | None:
        usages = self.app.contacts.usages(record_id)
        if not usages:
            return super().ask_delete(record_id, title)
        replacement = ask_contact_replacement(self.app.contacts, record_id, title, usages, self)
        return None if replacement is None else {"replacement_id": replacement}
