"""The event form: every field of an invitation, a conference, a briefing or a visit."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cmer_desk.domain.drafts import EventDraft, OfficialDraft, ProgrammeItemDraft
from cmer_desk.domain.enums import EventKind, EventStatus
from cmer_desk.services.events import LABELS
from cmer_desk.ui.dialogs.prompts import ask_mark_done
from cmer_desk.ui.forms.base_form import DraftForm
from cmer_desk.ui.widgets.contact_picker import (
    ContactPicker,
    contact_label,
    contact_model,
)
from cmer_desk.ui.widgets.date_field import time_field
from cmer_desk.ui.widgets.fields import (
    add_row,
    date_edit,
    datetime_edit,
    enum_combo,
    parse_clock_time,
    put_date,
    put_datetime,
    set_combo_data,
)
from cmer_desk.ui.widgets.ordered_list import OrderedList


def _text(height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit


class EventForm(DraftForm):
    labels = LABELS

    def __init__(self, service, contacts, create_contact=None, parent=None):
        """``create_contact(parent, typed) -> id | None`` adds 'Nouveau contact…' beside the pickers."""
        super().__init__(service, parent)
        self.contacts = contacts
        self._create_contact = create_contact
        self.contact_model = contact_model(self)
        outer = QVBoxLayout(self)

        def group(title: str) -> QFormLayout:
            box = QGroupBox(title)
            box.setAccessibleName(title)
            outer.addWidget(box)
            return QFormLayout(box)

        form = group(self.tr("Invitation"))
        self.kind = enum_combo(EventKind)
        self.status = enum_combo(EventStatus)
        self.title_edit = QLineEdit()
        self.issue_place = QLineEdit()
        self.issue_date = date_edit()
        self.body = _text(220)
        self.body.setPlaceholderText(self.tr("Paragraphes séparés par une ligne vide ; une ligne commençant par « - » "
                                             "est un élément de liste."))
        self._rows(form, ("kind", self.tr("Type"), self.kind), ("status", self.tr("Statut"), self.status),
                   ("title", self.tr("Titre"), self.title_edit), ("issue_place", self.tr("Lieu d'émission"), self.issue_place),
                   ("issue_date", self.tr("Date d'émission"), self.issue_date), ("body", self.tr("Texte"), self.body))

        form = group(self.tr("Date et lieu"))
        self.starts_at = datetime_edit()
        self.ends_at = datetime_edit()
        self.venue_name = QLineEdit()
        self.venue_room = QLineEdit()
        self.venue_street = QLineEdit()
        self.venue_postcode = QLineEdit()
        self.venue_city = QLineEdit()
        self._rows(form, ("starts_at", self.tr("Début"), self.starts_at), ("ends_at", self.tr("Fin"), self.ends_at),
                   ("venue_name", self.tr("Lieu"), self.venue_name), ("venue_room", self.tr("Salle"), self.venue_room),
                   ("venue_street", self.tr("Adresse"), self.venue_street),
                   ("venue_postcode", self.tr("Code postal"), self.venue_postcode),
                   ("venue_city", self.tr("Ville"), self.venue_city))

        form = group(self.tr("Officiels"))
        self.official_picker = ContactPicker(contacts, self.contact_model)
        self.official_role = QLineEdit()
        self.official_role.setPlaceholderText(self.tr("préfet de police des Bouches-du-Rhône"))
        self.officials = OrderedList([self.tr("Officiel"), self.tr("Qualité pour cet événement")], [False, True],
                                     self.tr("Officiels"))
        self.official_picker.picked.connect(self._add_official)
        self.officials_action = _text(50)
        self.officials_action.setPlaceholderText(self.tr("signeront le protocole…"))
        self.officials_action_single = _text(50)
        self.officials_action_single.setPlaceholderText(self.tr("signera le protocole…"))
        # the paragraph agrees with the number of officials: say so when the right form is missing
        self.officials_number_warning = QLabel()
        self.officials_number_warning.setObjectName("officials_number_warning")
        self.officials_number_warning.setWordWrap(True)
        self.officials_number_warning.setStyleSheet("color: #8a5a00;")
        self.officials_number_warning.hide()
        self._rows(form, ("official_picker", self.tr("Ajouter un officiel"), self._picker_row(self.official_picker)),
                   ("official_role", self.tr("Qualité"), self.official_role),
                   ("officials", self.tr("Officiels"), self.officials),
                   ("officials_action", self.tr("Action (plusieurs officiels)"), self.officials_action),
                   ("officials_action_single", self.tr("Action (un seul officiel)"), self.officials_action_single))
        form.addRow(self.officials_number_warning)
        self.officials.changed.connect(self._check_officials_number)
        self.officials_action.textChanged.connect(self._check_officials_number)
        self.officials_action_single.textChanged.connect(self._check_officials_number)

        form = group(self.tr("Programme et moment presse"))
        self.programme_time = time_field()
        self.programme_label = QLineEdit()
        self.programme_add = QPushButton(self.tr("Ajouter au programme"))
        self.programme_add.setAccessibleName(self.programme_add.text())
        self.programme_add.clicked.connect(self._add_programme_item)
        self.programme_label.returnPressed.connect(self._add_programme_item)
        line = QWidget()
        hl = QHBoxLayout(line)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.addWidget(self.programme_time)
        hl.addWidget(self.programme_label, 1)
        hl.addWidget(self.programme_add)
        self.programme_label.setAccessibleName(self.tr("Étape du programme"))
        self.programme = OrderedList([self.tr("Heure"), self.tr("Étape")], [True, True], self.tr("Programme"))
        self.press_moment = _text(50)
        self._rows(form, ("programme_time", self.tr("Heure de l'étape"), line),
                   ("programme", self.tr("Programme"), self.programme),
                   ("press_moment", self.tr("Moment presse"), self.press_moment))
        self.programme_time.setAccessibleName(self.tr("Heure de l'étape"))

        form = group(self.tr("Accréditations"))
        self.accreditation_required = QCheckBox(self.tr("Accréditation requise"))
        self.accreditation_required.setAccessibleName(self.accreditation_required.text())
        self.accreditation_deadline = datetime_edit()
        self.accreditation_contact_picker = ContactPicker(contacts, self.contact_model)
        self.accreditation_contact_picker.picked.connect(self._set_accreditation_contact)
        self.accreditation_contact_label = QLabel()
        self.accreditation_contact_clear = QPushButton(self.tr("Aucun contact"))
        self.accreditation_contact_clear.setAccessibleName(self.accreditation_contact_clear.text())
        self.accreditation_contact_clear.clicked.connect(lambda: self._set_accreditation_contact(None))
        # the contact chosen on one line, the picker below: side by side they were wider than the pane
        self.accreditation_contact_label.setWordWrap(True)
        contact_box = QWidget()
        cl = QVBoxLayout(contact_box)
        cl.setContentsMargins(0, 0, 0, 0)
        chosen = QHBoxLayout()
        chosen.addWidget(self.accreditation_contact_label, 1)
        chosen.addWidget(self.accreditation_contact_clear)
        cl.addLayout(chosen)
        cl.addWidget(self._picker_row(self.accreditation_contact_picker))
        self.accreditation_instructions = _text(50)
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 100_000)
        self.capacity.setSpecialValueText(self.tr("illimitée"))
        self.per_outlet_limit = QSpinBox()
        self.per_outlet_limit.setRange(0, 1000)
        self.per_outlet_limit.setSpecialValueText(self.tr("aucune"))
        form.addRow(self.accreditation_required)
        self._rows(form, ("accreditation_deadline", self.tr("Date limite"), self.accreditation_deadline),
                   ("accreditation_contact_id", self.tr("Contact accréditations"), contact_box),
                   ("accreditation_instructions", self.tr("Modalités d'accréditation"), self.accreditation_instructions),
                   ("capacity", self.tr("Capacité"), self.capacity),
                   ("per_outlet_limit", self.tr("Limite par média"), self.per_outlet_limit))
        self.accreditation_contact_picker.setAccessibleName(self.tr("Contact accréditations"))
        self.watch(self.accreditation_required)

        form = group(self.tr("Pied de page : chargés de communication"))
        self.officer_picker = ContactPicker(contacts, self.contact_model)
        self.officer_picker.picked.connect(self._add_officer)
        self.press_officers = OrderedList([self.tr("Chargé de communication")], [False],
                                          self.tr("Chargés de communication"))
        self._rows(form, ("officer_picker", self.tr("Ajouter un chargé de communication"),
                          self._picker_row(self.officer_picker)),
                   ("press_officer_ids", self.tr("Chargés de communication"), self.press_officers))
        outer.addStretch()
        for picker, name in ((self.official_picker, self.tr("Ajouter un officiel")),
                             (self.officer_picker, self.tr("Ajouter un chargé de communication"))):
            picker.setAccessibleName(name)
        for ordered in (self.officials, self.programme, self.press_officers):
            ordered.changed.connect(self._edited)
        self._accreditation_contact_id: int | None = None
        self._asked_done = False
        self._set_references()
        self.load(EventDraft())

    def _set_references(self) -> None:
        """Empty dates start from today (the application's clock); the end and the deadline from the
        event's start."""
        def next_hour() -> datetime:
            now = self.service.now()
            return now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)

        def start() -> datetime:
            value = self.starts_at.value()
            return value if isinstance(value, datetime) else next_hour()

        self.issue_date.set_reference(lambda: self.service.now())
        self.starts_at.set_reference(next_hour)
        self.ends_at.set_reference(start)
        self.accreditation_deadline.set_reference(start)
        self.programme_time.set_reference(start)

    def _rows(self, form: QFormLayout, *specs) -> None:
        for name, label, widget in specs:
            self.rows[name] = add_row(form, name, label, widget)
            if not isinstance(widget, (OrderedList, ContactPicker)) and widget.layout() is None:
                self.watch(widget)

    def _picker_row(self, picker: ContactPicker) -> QWidget:
        return picker.with_creation(self._create_contact) if self._create_contact else picker

    def title(self) -> str:
        return self.title_edit.text().strip() or self.tr("Nouvel événement")

    def before_save(self, draft: EventDraft) -> EventDraft | None:
        """A past date on an event still open asks once (for the record shown) whether it is done."""
        if self._asked_done or not self.service.past_but_open(draft):
            return draft
        answer = ask_mark_done(self, self.title())
        if answer is None:
            return None
        self._asked_done = True
        if answer:
            draft = dataclasses.replace(draft, status=EventStatus.DONE)
            set_combo_data(self.status, EventStatus.DONE)
        return draft

    def _check_officials_number(self) -> None:
        """Warn when the officials' number needs the form of the action that is not written."""
        count = len(self.officials.ids())
        several = self.officials_action.toPlainText().strip()
        single = self.officials_action_single.toPlainText().strip()
        text = ""
        if count == 1 and several and not single:
            text = self.tr("Un seul officiel : écrivez aussi l'action au singulier (« signera… »), sinon "
                           "l'invitation garde le pluriel.")
        elif count > 1 and single and not several:
            text = self.tr("Plusieurs officiels : écrivez aussi l'action au pluriel (« signeront… »), sinon "
                           "l'invitation garde le singulier.")
        self.officials_number_warning.setText(text)
        self.officials_number_warning.setVisible(bool(text))

    # --- list editors ----------------------------------------------------------------------------
    def _add_official(self, contact_id: int) -> None:
        if contact_id in self.officials.ids():
            return
        self.officials.append([self.official_picker.label_of(contact_id), self.official_role.text().strip()], contact_id)
        self.official_role.clear()

    def _add_officer(self, contact_id: int) -> None:
        if contact_id not in self.press_officers.ids():
            self.press_officers.append([self.officer_picker.label_of(contact_id)], contact_id)

    def _add_programme_item(self) -> None:
        label = self.programme_label.text().strip()
        if label:
            typed = self.programme_time.value()
            self.programme.append([typed.strftime("%H:%M") if typed else self.programme_time.text().strip(), label])
            self.programme_label.clear()

    def _programme(self) -> list[ProgrammeItemDraft]:
        programme = []
        for _id, (at, label) in self.programme.values():
            parsed = parse_clock_time(at)
            if parsed is None:
                self.conversion_error("programme", self.tr(
                    "L'heure « {0} » de l'étape « {1} » n'est pas valide : écrivez-la HH:MM (par exemple 11:30).")
                    .format(at.strip(), label.strip()))
                continue
            programme.append(ProgrammeItemDraft(parsed, label))
        return programme

    def _set_accreditation_contact(self, contact_id: int | None, label: str | None = None) -> None:
        self._accreditation_contact_id = contact_id
        if contact_id is None:
            text = self.tr("(aucun)")
        else:
            text = label or self.accreditation_contact_picker.label_of(contact_id)
        self.accreditation_contact_label.setText(text)
        self._edited()

    # --- draft <-> widgets -------------------------------------------------------------------------
    def _labels_shown(self) -> dict[int, str]:
        """The names of the people the form shows now, by contact id."""
        shown = {cid: texts[0] for cid, texts in (*self.officials.values(), *self.press_officers.values())
                 if cid is not None}
        if self._accreditation_contact_id is not None:
            shown[self._accreditation_contact_id] = self.accreditation_contact_label.text()
        return shown

    def fill(self, d: EventDraft) -> None:
        if not self.just_saved:
            self._asked_done = False
        # Forget the pickers' list: it is read again, fresh, when someone next types in a picker. The
        # people this event names are read together, in one query (none after a save: the form shows them).
        self.contact_model.set_rows([])
        named = [o.contact_id for o in d.officials] + list(d.press_officer_ids)
        if d.accreditation_contact_id:
            named.append(d.accreditation_contact_id)
        labels = self._labels_shown() if self.just_saved else {}
        unknown = [cid for cid in named if cid not in labels]
        if unknown:
            labels.update({r.id: contact_label(r) for r in self.contacts.rows(ids=unknown)})
        set_combo_data(self.kind, d.kind)
        set_combo_data(self.status, d.status)
        self.title_edit.setText(d.title)
        self.issue_place.setText(d.issue_place)
        put_date(self.issue_date, d.issue_date)
        self.body.setPlainText(d.body)
        put_datetime(self.starts_at, d.starts_at)
        put_datetime(self.ends_at, d.ends_at)
        for name in ("venue_name", "venue_room", "venue_street", "venue_postcode", "venue_city"):
            getattr(self, name).setText(getattr(d, name))
        self.officials.clear()
        for official in d.officials:
            self.officials.append([labels.get(official.contact_id, "?"), official.role_wording], official.contact_id)
        self.officials_action.setPlainText(d.officials_action)
        self.officials_action_single.setPlainText(d.officials_action_single)
        self.programme.clear()
        for item in d.programme:
            self.programme.append([item.at.strftime("%H:%M"), item.label])
        self.press_moment.setPlainText(d.press_moment)
        self.accreditation_required.setChecked(d.accreditation_required)
        put_datetime(self.accreditation_deadline, d.accreditation_deadline)
        self._set_accreditation_contact(d.accreditation_contact_id, labels.get(d.accreditation_contact_id))
        self.accreditation_instructions.setPlainText(d.accreditation_instructions)
        self.capacity.setValue(d.capacity or 0)
        self.per_outlet_limit.setValue(d.per_outlet_limit or 0)
        self.press_officers.clear()
        for contact_id in d.press_officer_ids:
            self.press_officers.append([labels.get(contact_id, "?")], contact_id)

    def collect(self) -> EventDraft:
        base = self.draft or EventDraft()
        return EventDraft(
            id=base.id,
            version=base.version,
            kind=self.kind.value(),
            status=self.status.value(),
            title=self.title_edit.text(),
            issue_place=self.issue_place.text(),
            issue_date=self.read_date("issue_date", self.issue_date),
            body=self.body.toPlainText(),
            starts_at=self.read_datetime("starts_at", self.starts_at),
            ends_at=self.read_datetime("ends_at", self.ends_at),
            venue_name=self.venue_name.text(),
            venue_room=self.venue_room.text(),
            venue_street=self.venue_street.text(),
            venue_postcode=self.venue_postcode.text(),
            venue_city=self.venue_city.text(),
            officials=[OfficialDraft(cid, texts[1]) for cid, texts in self.officials.values()],
            officials_action=self.officials_action.toPlainText(),
            officials_action_single=self.officials_action_single.toPlainText(),
            programme=self._programme(),
            press_moment=self.press_moment.toPlainText(),
            accreditation_required=self.accreditation_required.isChecked(),
            accreditation_deadline=self.read_datetime("accreditation_deadline", self.accreditation_deadline),
            accreditation_contact_id=self._accreditation_contact_id,
            accreditation_instructions=self.accreditation_instructions.toPlainText(),
            capacity=self.read_number("capacity", self.capacity),
            per_outlet_limit=self.read_number("per_outlet_limit", self.per_outlet_limit),
            press_officer_ids=self.press_officers.ids(),
        )
