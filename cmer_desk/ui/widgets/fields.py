"""Small field helpers: labelled rows with an error label, optional dates, enum combos."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cmer_desk.domain import i18n as words
from cmer_desk.ui.widgets.date_field import DATE, DATETIME, DateTimeField
from cmer_desk.ui.widgets.date_parsing import parse_clock_time as parse_clock_time  # the forms read it here

FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)
ERROR_STYLE = "color: #b00020;"
LABEL_SPACING = 12  # pixels between a form's labels and its fields (the style's 6 made the longest touch theirs)


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
    form.setHorizontalSpacing(max(form.horizontalSpacing(), LABEL_SPACING))
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


def date_edit() -> DateTimeField:
    return DateTimeField(DATE)


def datetime_edit() -> DateTimeField:
    return DateTimeField(DATETIME)


def get_date(edit: DateTimeField) -> date | None:
    value = edit.value()
    return value.date() if isinstance(value, datetime) else value if isinstance(value, date) else None


def put_date(edit: DateTimeField, value: date | None) -> None:
    edit.set_value(value)


def get_datetime(edit: DateTimeField) -> datetime | None:
    value = edit.value()
    return value.replace(second=0, microsecond=0) if isinstance(value, datetime) else None


def put_datetime(edit: DateTimeField, value: datetime | None) -> None:
    edit.set_value(value)
