"""The form of a media outlet or an institution."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit

from cmer_desk.domain.drafts import OrganisationDraft
from cmer_desk.domain.enums import OrganisationKind
from cmer_desk.services.organisations import LABELS
from cmer_desk.ui.forms.base_form import DraftForm
from cmer_desk.ui.widgets.fields import add_row, enum_combo, set_combo_data


class OrganisationForm(DraftForm):
    labels = LABELS

    def __init__(self, service, parent=None):
        super().__init__(service, parent)
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.kind = enum_combo(OrganisationKind)
        self.city = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.website = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        for name, label, widget in (
            ("name", self.tr("Nom"), self.name),
            ("kind", self.tr("Type"), self.kind),
            ("city", self.tr("Ville"), self.city),
            ("phone", self.tr("Téléphone"), self.phone),
            ("email", self.tr("Courriel"), self.email),
            ("website", self.tr("Site internet"), self.website),
            ("notes", self.tr("Notes"), self.notes),
        ):
            self.rows[name] = add_row(form, name, label, widget)
            self.watch(widget)
        self.load(OrganisationDraft())

    def title(self) -> str:
        return self.name.text().strip() or self.tr("Nouvel organisme")

    def fill(self, d: OrganisationDraft) -> None:
        self.name.setText(d.name)
        set_combo_data(self.kind, d.kind)
        self.city.setText(d.city)
        self.phone.setText(d.phone)
        self.email.setText(d.email)
        self.website.setText(d.website)
        self.notes.setPlainText(d.notes)

    def collect(self) -> OrganisationDraft:
        base = self.draft or OrganisationDraft()
        return OrganisationDraft(
            id=base.id,
            version=base.version,
            name=self.name.text(),
            kind=self.kind.value(),
            city=self.city.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            website=self.website.text(),
            notes=self.notes.toPlainText(),
        )
