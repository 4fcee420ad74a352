"""Small field helpers: labelled rows with an error label, optional dates, enum combos."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cmer_desk.domain import i18n as words

FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)
_NO_DATE = QDate(1900, 1, 1)
ERROR_STYLE = "color: #b00020;"


def plain(label: str) -> str:
    """The visible text of a label: without the '&' of the mnemonic."""
    return label.replace("&&", "\x00").replace("&", "").replace("\x00", "&")


class FieldRow:
    """A field widget, its label and the label that shows its error message."""

    def __init__(self, name: str, label: QLabel, widget: QWidget, error: QLabel):
        self.name, self.label, self.widget, self.error = name, label, widget, error

    def set_error(self, message: str | None) -> None:
        self.widget.setProperty("invalid", bool(message))
        self.widget.setStyleSheet("border: 2px solid #b00020;" if message else "")
        self.error.setText(message or "")
        self.error.setVisible(bool(message))


def add_row(form: QFormLayout, name: str, label_text: str, widget: QWidget) -> FieldRow:
    """Add 'label: widget' to a form layout, with an error label under the widget; accessible name = label."""
    label = QLabel(label_text)
    label.setBuddy(widget)
    widget.setAccessibleName(plain(label_text).rstrip(" :"))
    error = QLabel()
    error.setObjectName(f"error_{name}")
    error.setStyleSheet(ERROR_STYLE)
    error.setWordWrap(True)
    error.setAccessibleName(plain(label_text).rstrip(" :"))
    error.hide()
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(error)
    form.addRow(label, box)
    return FieldRow(name, label, widget, error)


class EnumCombo(QComboBox):
    """A combo box of the members of a LabelledEnum (Qt would turn str-based members into plain str)."""

    def __init__(self, enum_cls, blank_label: str = "", parent=None):
        super().__init__(parent)
        self.enum_cls = enum_cls
        for member in enum_cls:
            self.addItem(words.label(member) or blank_label, member.value)

    def value(self):
        return self.enum_cls(self.currentData())


def enum_combo(enum_cls, blank_label: str = "") -> EnumCombo:
    return EnumCombo(enum_cls, blank_label)


def set_combo_data(combo: QComboBox, value) -> None:
    index = combo.findData(getattr(value, "value", value) if isinstance(combo, EnumCombo) else value)
    combo.setCurrentIndex(max(index, 0))


def date_edit(optional: bool = True) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    if optional:
        edit.setMinimumDate(_NO_DATE)
        edit.setSpecialValueText(" ")
        edit.setDate(_NO_DATE)
    return edit


def datetime_edit(optional: bool = True) -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dddd dd/MM/yyyy HH:mm")
    if optional:
        edit.setMinimumDateTime(QDateTime(_NO_DATE, QTime(0, 0)))
        edit.setSpecialValueText(" ")
        edit.setDateTime(QDateTime(_NO_DATE, QTime(0, 0)))
    return edit


def get_date(edit: QDateEdit) -> date | None:
    d = edit.date()
    return None if d == _NO_DATE and edit.specialValueText() else d.toPython()


def put_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(QDate(value.year, value.month, value.day) if value else _NO_DATE)


def get_datetime(edit: QDateTimeEdit) -> datetime | None:
    dt = edit.dateTime()
    if dt.date() == _NO_DATE and edit.specialValueText():
        return None
    return dt.toPython().replace(second=0, microsecond=0)


def put_datetime(edit: QDateTimeEdit, value: datetime | None) -> None:
    if value is None:
        edit.setDateTime(QDateTime(_NO_DATE, QTime(0, 0)))
    else:
        edit.setDateTime(QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute)))


_CLOCK = re.compile(r"(\d{1,2})\s*(?:[:hH.]\s*(\d{2})?)?")


def parse_clock_time(text: str) -> time | None:
    """'11:30', '9:05', '11h30', '11 h 30', '11h' -> a time; anything else (or 25:99) -> None."""
    match = _CLOCK.fullmatch(text.strip())
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    return time(hour, minute) if hour < 24 and minute < 60 else None
