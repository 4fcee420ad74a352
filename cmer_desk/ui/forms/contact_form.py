"""The form of a person: journalist, official, press officer of a partner."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from cmer_desk.domain.drafts import ContactDraft
from cmer_desk.domain.enums import Civility, ContactKind, PressCardKind
from cmer_desk.services.contacts import LABELS
from cmer_desk.ui.forms.base_form import DraftForm
from cmer_desk.ui.widgets.contact_points import PointsEditor
from cmer_desk.ui.widgets.fields import (
    add_row,
    date_edit,
    enum_combo,
    put_date,
    set_combo_data,
)


class ContactForm(DraftForm):
    labels = LABELS

    def __init__(self, service, organisations, parent=None):
        super().__init__(service, parent)
        self.organisations = organisations
        form = QFormLayout(self)
        self.civility = QComboBox()  # the known civilities, or any other typed
        self.civility.setEditable(True)
        for member in Civility:
            self.civility.addItem(member.label)
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.function = QLineEdit()
        self.organisation = QComboBox()
        self.organisation.setEditable(False)
        # the organisation of a new contact is often new too: created on the spot, then chosen
        self.new_organisation_button = QPushButton(self.tr("Nouvel organisme…"))
        self.new_organisation_button.setAccessibleName(self.new_organisation_button.text())
        self.new_organisation_button.clicked.connect(self.create_organisation)
        organisation_box = QWidget()
        organisation_row = QHBoxLayout(organisation_box)
        organisation_row.setContentsMargins(0, 0, 0, 0)
        organisation_row.addWidget(self.organisation, 1)
        organisation_row.addWidget(self.new_organisation_button)
        organisation_box.setFocusProxy(self.organisation)
        self.emails = PointsEditor(False, (ContactKind.WORK,))
        self.phones = PointsEditor(True, (ContactKind.WORK, ContactKind.MOBILE))
        self.emails.changed.connect(self._edited)
        self.phones.changed.connect(self._edited)
        self.press_card_number = QLineEdit()
        self.press_card_year = QSpinBox()
        self.press_card_year.setRange(0, 2100)
        self.press_card_year.setSpecialValueText(self.tr("(aucune)"))
        self.press_card_kind = enum_combo(PressCardKind, self.tr("(aucun)"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("séparées par des virgules : PQR, TV"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.source = QLineEdit()
        self.last_contact_on = date_edit()
        self.last_contact_on.set_reference(lambda: self.service.now())
        for name, label, widget in (
            ("civility", self.tr("Civilité"), self.civility),
            ("first_name", self.tr("Prénom"), self.first_name),
            ("last_name", self.tr("Nom"), self.last_name),
            ("function", self.tr("Fonction"), self.function),
            ("organisation_id", self.tr("Organisme"), organisation_box),
            ("emails", self.tr("Courriels"), self.emails),
            ("phones", self.tr("Téléphones"), self.phones),
            ("press_card_number", self.tr("N° de carte de presse"), self.press_card_number),
            ("press_card_year", self.tr("Carte valable jusqu'en"), self.press_card_year),
            ("press_card_kind", self.tr("Type de carte"), self.press_card_kind),
            ("tags", self.tr("Listes"), self.tags),
            ("notes", self.tr("Observations"), self.notes),
            ("source", self.tr("Origine des données"), self.source),
            ("last_contact_on", self.tr("Dernier contact"), self.last_contact_on),
        ):
            self.rows[name] = add_row(form, name, label, widget)
            if not isinstance(widget, PointsEditor):
                self.watch(widget)
        self.organisation.setAccessibleName(self.rows["organisation_id"].widget.accessibleName())
        self.watch(self.organisation)
        self.organisation.addItem(self.tr("(aucun)"), None)
        self._choices_loaded = False
        self.load(ContactDraft())

    def create_organisation(self) -> None:
        """*Nouvel organisme…*: the organisation form in a dialog; once saved, it is this contact's."""
        from cmer_desk.ui.dialogs.new_contact_dialog import create_organisation

        organisation_id = create_organisation(self.organisations, self.window())
        if organisation_id is None:
            return
        self._choices_loaded = False
        self._ensure_choices()
        set_combo_data(self.organisation, organisation_id)
        self.organisation.setFocus()

    # the first address, landline and mobile lines: where a person types the usual ones
    @property
    def email(self) -> QLineEdit:
        return self.emails.first_value()

    @property
    def landline(self) -> QLineEdit:
        return self.phones.first_value(ContactKind.WORK)

    @property
    def mobile(self) -> QLineEdit:
        return self.phones.first_value(ContactKind.MOBILE)

    def show_errors(self, error) -> None:
        super().show_errors(error)
        first = error.errors[0].field if error.errors else ""
        editor = {"emails": self.emails, "phones": self.phones}.get(first)
        if editor is not None:
            editor.focus_value_in(error.errors[0].message)

    def reload_choices(self) -> None:
        """Organisations and tags offered by the form changed elsewhere: read them again when needed."""
        self._choices_loaded = False
        if self.isVisible():
            self._ensure_choices()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._ensure_choices()

    def _ensure_choices(self) -> None:
        """Fill the organisation list and the tag completer (read when the form is first needed)."""
        if self._choices_loaded:
            return
        self._choices_loaded = True
        current = self.organisation.currentData()
        loading, self._loading = self._loading, True
        self.organisation.clear()
        self.organisation.addItem(self.tr("(aucun)"), None)
        for row in self.organisations.rows():
            self.organisation.addItem(f"{row.name} ({row.city})" if row.city else row.name, row.id)
        set_combo_data(self.organisation, current)
        completer = QCompleter(self.service.tag_names(), self.tags)
        self.tags.setCompleter(completer)
        self._loading = loading

    def title(self) -> str:
        name = f"{self.first_name.text()} {self.last_name.text()}".strip()
        return name or self.tr("Nouveau contact")

    def fill(self, d: ContactDraft) -> None:
        if d.organisation_id is not None:
            self._ensure_choices()
        self.civility.setCurrentText(d.civility)
        self.first_name.setText(d.first_name)
        self.last_name.setText(d.last_name)
        self.function.setText(d.function)
        set_combo_data(self.organisation, d.organisation_id)
        self.emails.set_entries(d.emails)
        self.phones.set_entries(d.phones)
        self.press_card_number.setText(d.press_card_number)
        self.press_card_year.setValue(d.press_card_year or 0)
        set_combo_data(self.press_card_kind, d.press_card_kind)
        self.tags.setText(", ".join(d.tags))
        self.notes.setPlainText(d.notes)
        self.source.setText(d.source)
        put_date(self.last_contact_on, d.last_contact_on)

    def collect(self) -> ContactDraft:
        base = self.draft or ContactDraft()
        return ContactDraft(
            id=base.id,
            version=base.version,
            civility=self.civility.currentText(),
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            function=self.function.text(),
            organisation_id=self.organisation.currentData(),
            emails=self.emails.entries(),
            phones=self.phones.entries(),
            press_card_number=self.press_card_number.text(),
            press_card_year=self.read_number("press_card_year", self.press_card_year),
            press_card_kind=self.press_card_kind.value(),
            tags=[t.strip() for t in self.tags.text().split(",") if t.strip()],
            notes=self.notes.toPlainText(),
            source=self.source.text(),
            last_contact_on=self.read_date("last_contact_on", self.last_contact_on),
        )
