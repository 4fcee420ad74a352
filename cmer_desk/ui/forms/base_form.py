"""What every record form shares: load a draft, hand back a draft, show the service's errors,
track unsaved changes, and resolve a conflict with another workstation."""

from __future__ import annotations

import logging
from datetime import date, datetime
from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QWidget,
)

from cmer_desk.domain.errors import ConflictError, FieldError, NotFoundError, ValidationError
from cmer_desk.ui.dialogs.conflict_dialog import ConflictDialog
from cmer_desk.ui.dialogs.prompts import ask_unsaved
from cmer_desk.ui.widgets.date_field import DateTimeField
from cmer_desk.ui.widgets.fields import FieldRow, get_date, get_datetime, plain

log = logging.getLogger(__name__)


class DraftForm(QWidget):
    """Subclasses build their rows with ``self.rows[name] = add_row(...)`` and implement
    ``fill(draft)`` and ``collect() -> draft``, reading dates, times and numbers with ``read_date``,
    ``read_datetime`` and ``read_number`` (or ``conversion_error``): what cannot be read becomes a field
    error when the draft is handed on (``collect_checked``), never a default."""

    saved = Signal(object)  # the saved draft
    dirty_changed = Signal(bool)
    edited = Signal()  # every change made by the user (not by load)
    loaded = Signal()  # a draft was put into the widgets

    labels: ClassVar[dict[str, str]] = {}

    def __init__(self, service, parent=None):
        super().__init__(parent)
        self.service = service
        self.rows: dict[str, FieldRow] = {}
        self.draft = None
        self._loading = False
        self._dirty = False
        self.just_saved = False  # while fill() puts back what this form has just saved
        self._conversion_errors: list[FieldError] = []

    # --- to implement ----------------------------------------------------------------------------
    def fill(self, draft) -> None:
        raise NotImplementedError

    def collect(self):
        raise NotImplementedError

    def title(self) -> str:
        return ""

    def before_save(self, draft):
        """The draft to save once the person answered what needs asking; None to save nothing."""
        return draft

    def first_field(self) -> QWidget | None:
        """Where the focus goes on a new record: the widget of the first row."""
        return next(iter(self.rows.values())).widget if self.rows else None

    # --- loading and dirtiness -----------------------------------------------------------------------
    def load(self, draft) -> None:
        self._loading = True
        try:
            self.draft = draft
            self.clear_errors()
            self.fill(draft)
        finally:
            self._loading = False
        self.set_dirty(False)
        self.loaded.emit()

    def _load_saved(self, saved) -> None:
        """Show what the service saved from this form (the form may reuse what it already shows)."""
        self.just_saved = True
        try:
            self.load(saved)
        finally:
            self.just_saved = False

    def watch(self, *widgets: QWidget) -> None:
        """Any edit in these widgets makes the form dirty."""
        for w in widgets:
            if isinstance(w, QLineEdit):
                w.textEdited.connect(self._edited)
            elif isinstance(w, QPlainTextEdit):
                w.textChanged.connect(self._edited)
            elif isinstance(w, QComboBox):
                w.currentIndexChanged.connect(self._edited)
                if w.isEditable():
                    w.editTextChanged.connect(self._edited)
            elif isinstance(w, QAbstractSpinBox):
                signal = getattr(w, "dateTimeChanged", None) or w.valueChanged
                signal.connect(self._edited)
            elif isinstance(w, QAbstractButton):
                w.toggled.connect(self._edited)

    def _edited(self, *args) -> None:
        if not self._loading:
            self.set_dirty(True)
            self.edited.emit()

    def set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def is_dirty(self) -> bool:
        return self._dirty

    # --- turning what is typed into values --------------------------------------------------------
    def collect_checked(self):
        """The draft the widgets hold; ValidationError naming every field whose text is not a value of
        its type (a date, a time, a number)."""
        self._conversion_errors = []
        draft = self.collect()
        errors, self._conversion_errors = self._conversion_errors, []
        if errors:
            raise ValidationError(errors)
        return draft

    def conversion_error(self, name: str, message: str) -> None:
        self._conversion_errors.append(FieldError(name, message))

    def field_label(self, name: str) -> str:
        row = self.rows.get(name)
        return plain(row.label.text()).rstrip(" :") if row is not None else name

    def read_date(self, name: str, edit: DateTimeField) -> date | None:
        if not edit.readable():
            self.conversion_error(name, self.tr("Le champ « {0} » attend une date au format JJ/MM/AAAA.")
                                  .format(self.field_label(name)))
            return None
        return get_date(edit)

    def read_datetime(self, name: str, edit: DateTimeField) -> datetime | None:
        if not edit.readable():
            self.conversion_error(name, self.tr("Le champ « {0} » attend une date et une heure au format "
                                                "JJ/MM/AAAA HH:MM.").format(self.field_label(name)))
            return None
        return get_datetime(edit)

    def read_number(self, name: str, spin: QSpinBox) -> int | None:
        """The number typed; None for the special value (0: 'illimitée', 'aucune'...)."""
        if not spin.hasAcceptableInput():
            self.conversion_error(name, self.tr("Le champ « {0} » attend un nombre entier.")
                                  .format(self.field_label(name)))
            return None
        return spin.value() or None

    # --- errors -----------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for row in self.rows.values():
            row.set_error(None)

    def show_errors(self, error: ValidationError) -> None:
        self.clear_errors()
        first = None
        unplaced = []
        for field_error in error.errors:
            row = self.rows.get(field_error.field)
            if row is None:
                unplaced.append(field_error.message)
                continue
            row.set_error(field_error.message)
            first = first or row
        if first is not None:
            self.reveal(first.widget)
            first.widget.setFocus()
        if unplaced:
            QMessageBox.warning(self, self.tr("Enregistrement impossible"), "\n".join(unplaced))

    def reveal(self, widget: QWidget) -> None:
        """Scroll so that the widget is visible."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(widget)

    # --- saving -----------------------------------------------------------------------------------
    def save(self) -> bool:
        """Hand the draft to the service; True when saved."""
        try:
            draft = self.before_save(self.collect_checked())
            if draft is None:
                return False
            saved = self.service.save(draft)
        except ValidationError as error:
            self.show_errors(error)
            return False
        except ConflictError:
            return self._resolve_conflict(draft)
        self._load_saved(saved)
        self.saved.emit(saved)
        return True

    def _resolve_conflict(self, mine) -> bool:
        try:
            theirs = self.service.get(mine.id)
        except NotFoundError:
            QMessageBox.warning(self, self.tr("Enregistrement supprimé"),
                                self.tr("Cet enregistrement a été supprimé sur un autre poste."))
            return False
        dialog = ConflictDialog(mine, theirs, self.labels, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.choice:
            return False
        if dialog.choice == ConflictDialog.TAKE_THEIRS:
            self.load(theirs)
            self.saved.emit(theirs)
            return True
        mine.version = theirs.version
        log.info("conflict on %s %s resolved by keeping the local version", type(mine).__name__, mine.id)
        try:
            saved = self.service.save(mine)
        except ValidationError as error:
            self.show_errors(error)
            return False
        except ConflictError:
            return self._resolve_conflict(mine)
        self._load_saved(saved)
        self.saved.emit(saved)
        return True

    def maybe_save(self) -> bool:
        """Before leaving this record: True when it is fine to go on (saved, discarded or clean)."""
        if not self._dirty:
            return True
        answer = ask_unsaved(self, self.title() or self.tr("Cette fiche"))
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            if self.draft is not None:
                self.load(self.draft)
            return True
        return False
