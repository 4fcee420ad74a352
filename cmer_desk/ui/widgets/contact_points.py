"""Editing a contact's e-mail addresses or phone numbers: one line per entry (kind, value, label, for a
phone its extension, whether it is the preferred one of its kind), a button to add one, a button on each
line to remove it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cmer_desk.domain import i18n as words
from cmer_desk.domain.contact_points import EMAIL_KINDS, PHONE_KINDS, EmailAddress, PhoneNumber
from cmer_desk.domain.enums import ContactKind
from cmer_desk.domain.phones import format_phone


class _Line:
    def __init__(self, editor: PointsEditor, kind: ContactKind):
        tr = editor.tr
        self.kind = QComboBox()
        for member in editor.kinds:
            self.kind.addItem(words.label(member), member.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind.value)))
        self.kind.setAccessibleName(tr("Type"))
        self.value = QLineEdit()
        self.value.setAccessibleName(tr("Adresse électronique") if editor.phones is False else tr("Numéro"))
        self.value.setPlaceholderText(tr("nom@exemple.fr") if editor.phones is False else "04 90 91 51 29")
        self.extension = QLineEdit()
        self.extension.setPlaceholderText(tr("poste"))
        self.extension.setAccessibleName(tr("Poste"))
        self.extension.setMaximumWidth(70)
        self.label = QLineEdit()
        self.label.setPlaceholderText(tr("libellé (facultatif)"))
        self.label.setAccessibleName(tr("Libellé"))
        self.preferred = QCheckBox(tr("préféré"))
        self.preferred.setAccessibleName(self.preferred.text())
        self.preferred.setToolTip(tr("L'adresse ou le numéro utilisé en priorité pour ce type"))
        self.remove = QToolButton()
        self.remove.setText(tr("Retirer"))
        self.remove.setToolTip(tr("Retirer cette ligne"))
        self.remove.setAccessibleName(tr("Retirer"))
        self.widgets: list[QWidget] = [self.kind, self.value, self.label, self.preferred, self.remove]
        if editor.phones:
            self.widgets.insert(2, self.extension)


class PointsEditor(QWidget):
    """``phones`` False: e-mail addresses; True: phone numbers. ``default_kinds``: the empty lines shown
    for a contact that has none (so that typing a new contact is as quick as three fields)."""

    changed = Signal()

    def __init__(self, phones: bool, default_kinds: tuple[ContactKind, ...], parent=None):
        super().__init__(parent)
        self.phones = phones
        self.kinds = PHONE_KINDS if phones else EMAIL_KINDS
        self.default_kinds = default_kinds
        self.lines: list[_Line] = []
        self._next_row = 0
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        value_column = 1
        self.grid.setColumnStretch(value_column, 3)  # the address or number gets the room
        self.grid.setColumnStretch(value_column + (2 if phones else 1), 2)  # then the label
        outer.addLayout(self.grid)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Ajouter un numéro") if phones else self.tr("Ajouter une adresse"))
        self.add_button.setAccessibleName(self.add_button.text())
        self.add_button.clicked.connect(self._add_clicked)
        buttons.addWidget(self.add_button)
        buttons.addStretch()
        outer.addLayout(buttons)
        self.set_entries([])

    # --- entries <-> lines ------------------------------------------------------------------------
    def set_entries(self, entries: list) -> None:
        for line in list(self.lines):
            self._drop(line)
        self._next_row = 0
        if not entries:
            for kind in self.default_kinds:
                self._add_line(kind)
            return
        for entry in entries:
            line = self._add_line(ContactKind(entry.kind))
            line.value.setText(format_phone(entry.number) if self.phones else entry.address)
            line.value.setCursorPosition(0)  # the start of a long address shows
            line.label.setText(entry.label)
            line.preferred.setChecked(entry.preferred)
            if self.phones:
                line.extension.setText(entry.extension)

    def entries(self) -> list:
        out: list = []
        for line in self.lines:
            value = line.value.text()
            if not value.strip():
                continue
            kind = ContactKind(line.kind.currentData())
            if self.phones:
                out.append(PhoneNumber(value, kind, line.label.text(), line.extension.text(), line.preferred.isChecked()))
            else:
                out.append(EmailAddress(value, kind, line.label.text(), line.preferred.isChecked()))
        return out

    def first_value(self, kind: ContactKind | None = None) -> QLineEdit:
        """The value field of the first line (of this kind): where a person types the usual one."""
        for line in self.lines:
            if kind is None or line.kind.currentData() == kind.value:
                return line.value
        return self._add_line(kind or self.kinds[0]).value

    def focus_value_in(self, message: str) -> None:
        """Put the cursor in the line whose value the error message quotes (else the first line)."""
        for line in self.lines:
            if line.value.text().strip() and f"« {line.value.text().strip()} »" in message:
                line.value.setFocus()
                return
        if self.lines:
            self.lines[0].value.setFocus()

    # --- lines --------------------------------------------------------------------------------------
    def _add_clicked(self) -> None:
        line = self._add_line(self.kinds[0])
        line.value.setFocus()
        self.changed.emit()

    def _add_line(self, kind: ContactKind) -> _Line:
        line = _Line(self, kind)
        row, self._next_row = self._next_row, self._next_row + 1
        for column, widget in enumerate(line.widgets):
            self.grid.addWidget(widget, row, column)
            if self.isVisible():
                widget.show()  # at once, so that the cursor can go into it
        line.value.textEdited.connect(lambda _text: self.changed.emit())
        line.label.textEdited.connect(lambda _text: self.changed.emit())
        line.extension.textEdited.connect(lambda _text: self.changed.emit())
        line.kind.activated.connect(lambda _index: self.changed.emit())
        line.preferred.clicked.connect(lambda _checked, ln=line: self._preferred_clicked(ln))
        line.remove.clicked.connect(lambda _checked=False, ln=line: self._remove(ln))
        self.lines.append(line)
        return line

    def _preferred_clicked(self, chosen: _Line) -> None:
        """One preferred per kind: ticking one unticks the others of its kind."""
        if chosen.preferred.isChecked():
            for line in self.lines:
                if line is not chosen and line.kind.currentData() == chosen.kind.currentData():
                    line.preferred.setChecked(False)
        self.changed.emit()

    def _remove(self, line: _Line) -> None:
        self._drop(line)
        self.changed.emit()

    def _drop(self, line: _Line) -> None:
        for widget in line.widgets:
            self.grid.removeWidget(widget)
            widget.hide()  # until Qt deletes it, it must not paint over the lines that replace it
            widget.deleteLater()
        self.lines.remove(line)
