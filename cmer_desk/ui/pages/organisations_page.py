"""Media outlets and institutions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cmer_desk.domain import i18n as words
from cmer_desk.domain.drafts import OrganisationDraft
from cmer_desk.ui.dialogs.in_use_dialog import ask_organisation_replacement
from cmer_desk.ui.forms.organisation_form import OrganisationForm
from cmer_desk.ui.models.table import Column
from cmer_desk.ui.pages.record_page import RecordPage


def _t(text: str) -> str:
    return QCoreApplication.translate("OrganisationsPage", text)


class OrganisationsPage(RecordPage):
    key = "organisations"
    entity = "organisation"
    shows = frozenset({"organisation"})

    def __init__(self, app, settings, parent=None):
        self.app = app
        columns = [
            Column(_t("Nom"), lambda r: r.name, lambda r: r.sort_key),
            Column(_t("Type"), lambda r: words.gettext(r.kind)),
            Column(_t("Ville"), lambda r: r.city),
            Column(_t("Téléphone"), lambda r: r.phone),
            Column(_t("Courriel"), lambda r: r.email),
        ]
        super().__init__(app.organisations, OrganisationForm(app.organisations), columns, settings, parent)

    def page_title(self) -> str:
        return self.tr("Médias et organismes")

    def empty_draft(self) -> OrganisationDraft:
        return OrganisationDraft()

    def saved_message(self, draft) -> str:
        return self.tr("Organisme enregistré : {0}").format(draft.name)

    def deleted_message(self) -> str:
        return self.tr("Organisme supprimé")

    def ask_delete(self, record_id: int, title: str) -> dict | None:
        usages = self.app.organisations.usages(record_id)
        if not usages:
            return super().ask_delete(record_id, title)
        replacement = ask_organisation_replacement(self.app.organisations, record_id, title, usages, self)
        return None if replacement is None else {"replacement_id": replacement}
