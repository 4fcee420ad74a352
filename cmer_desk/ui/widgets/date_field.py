"""One field for every date, date and time, or time of the forms: a line edit that reads what people
type ('22/01/2018', '22012018', '22/1/18', '22 janvier 2018', '11h30'), starts empty fields from a
reference day (today, or the event's day), opens a calendar on F4 or Alt+Down, and never keeps Tab.

Empty means no value; text that cannot be read is kept as typed and is not readable (the forms
turn it into a field error when saving, never into a default)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QDateTime, QEvent, QPoint, Qt, QTime
from PySide6.QtGui import QAction, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle, QToolButton, QWidget

from cmer_desk.ui.widgets.date_parsing import parse_clock_time, parse_date, parse_datetime

DATE, DATETIME, TIME = "date", "datetime", "time"
_FORMATS = {DATE: "dd/MM/yyyy", DATETIME: "dddd dd/MM/yyyy HH:mm", TIME: "HH:mm"}
Value = date | datetime | time | None


def _python(value) -> Value:
    """QDate, QDateTime and QTime as Python values (None when invalid)."""
    if isinstance(value, (QDate, QDateTime, QTime)):
        return value.toPython() if value.isValid() else None
    return value


class DateTimeField(QLineEdit):
    """A date (``DATE``), a date and time (``DATETIME``) or a time (``TIME``) typed as text.

    ``reference()`` gives the day (and, for a date and time, the hour) an empty field starts from: the
    arrows fill it in, the calendar opens on its month, a lone time falls on its day."""

    def __init__(self, kind: str = DATETIME, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self._reference: Callable[[], datetime] = datetime.now
        self._calendar: QCalendarWidget | None = None
        self.setPlaceholderText({DATE: self.tr("JJ/MM/AAAA"), DATETIME: self.tr("JJ/MM/AAAA HH:MM"),
                                 TIME: self.tr("HH:MM")}[kind])
        if kind != TIME:
            self.calendar_action = QAction(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
                                           self.tr("Calendrier (F4)"), self)
            self.calendar_action.triggered.connect(self.open_calendar)
            self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
            for button in self.findChildren(QToolButton):
                button.setAccessibleName(self.calendar_action.text())

    # --- the reference an empty field starts from -------------------------------------------------
    def set_reference(self, reference: Callable[[], datetime | date | None]) -> None:
        self._reference = reference  # type: ignore[assignment]

    def reference(self) -> datetime:
        value = self._reference()
        if isinstance(value, datetime):
            return value
        if isinstance(value, date):
            return datetime.combine(value, time(9, 0))
        return datetime.now().replace(second=0, microsecond=0)

    # --- value -------------------------------------------------------------------------------------
    def _read(self, text: str) -> Value:
        ref = self.reference().date()
        if self.kind == DATE:
            return parse_date(text, ref)
        if self.kind == TIME:
            return parse_clock_time(text)
        return parse_datetime(text, ref)

    def value(self) -> Value:
        """What the text says; None when empty or unreadable (see ``readable``)."""
        return self._read(self.text()) if self.text().strip() else None

    def readable(self) -> bool:
        """Empty (no value) or a value: what else is typed is kept as typed and is a field error."""
        return not self.text().strip() or self.value() is not None

    def set_value(self, value) -> None:
        value = _python(value)
        self.setText(self._format(value) if value is not None else "")

    def _format(self, value) -> str:
        fmt = _FORMATS[self.kind]
        if self.kind == DATE:
            value = value.date() if isinstance(value, datetime) else value
            return self.locale().toString(QDate(value.year, value.month, value.day), fmt)
        if self.kind == TIME:
            value = value.time() if isinstance(value, datetime) else value
            return self.locale().toString(QTime(value.hour, value.minute), fmt)
        if not isinstance(value, datetime):
            value = datetime.combine(value, self.reference().time())
        return self.locale().toString(QDateTime(QDate(value.year, value.month, value.day),
                                                QTime(value.hour, value.minute)), fmt)

    # the names of Qt's date edits, so that code and tests read the same for both
    def setDateTime(self, value) -> None:  # noqa: N802
        self.set_value(value)

    def setDate(self, value) -> None:  # noqa: N802
        self.set_value(value)

    def setTime(self, value) -> None:  # noqa: N802
        self.set_value(value)

    def dateTime(self) -> QDateTime:  # noqa: N802
        value = self.value()
        if isinstance(value, datetime):
            return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
        return QDateTime()

    def date(self) -> QDate:
        value = self.value()
        if isinstance(value, (date, datetime)):
            return QDate(value.year, value.month, value.day)
        return QDate()

    def time(self) -> QTime:
        value = self.value()
        if isinstance(value, datetime):
            value = value.time()
        return QTime(value.hour, value.minute) if isinstance(value, time) else QTime()

    # --- keys --------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        if self.kind != TIME and (key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down
                                                             and mods & Qt.KeyboardModifier.AltModifier)):
            self.open_calendar()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not self.isReadOnly():
            self.step(1 if key == Qt.Key.Key_Up else -1)
            return
        super().keyPressEvent(event)

    def step(self, steps: int) -> None:
        """Up and Down: an empty field takes its reference; a filled one moves by a day (a time by a
        quarter of an hour)."""
        current = self.value()
        if current is None:
            if self.text().strip():
                return  # unreadable text stays as typed
            ref = self.reference()
            new: Value = ref.date() if self.kind == DATE else ref.time() if self.kind == TIME else ref
        elif isinstance(current, (datetime, date)):
            new = current + timedelta(days=steps)
        else:
            moved = datetime.combine(date(2000, 1, 1), current) + timedelta(minutes=15 * steps)
            new = moved.time()
        self.set_value(new)
        self.selectAll()
        self.textEdited.emit(self.text())

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        """Leaving the field writes what was read the usual way (unreadable text stays as typed)."""
        value = self.value()
        if value is not None:
            shown = self._format(value)
            if shown != self.text():
                self.setText(shown)
        super().focusOutEvent(event)

    # --- the calendar ------------------------------------------------------------------------------
    def calendar(self) -> QCalendarWidget:
        if self._calendar is None:
            calendar = QCalendarWidget(self)
            calendar.setWindowFlags(Qt.WindowType.Popup)
            calendar.setGridVisible(True)
            calendar.setAccessibleName(self.tr("Calendrier"))
            calendar.activated.connect(self._picked)
            calendar.clicked.connect(self._picked)
            calendar.installEventFilter(self)
            self._calendar = calendar
        return self._calendar

    def open_calendar(self) -> None:
        """The calendar on the field's date, or on its reference's month when the field is empty."""
        if self.isReadOnly():
            return
        value = self.value()
        day = value if isinstance(value, date) else self.reference()
        if isinstance(day, datetime):
            day = day.date()
        calendar = self.calendar()
        calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        calendar.setCurrentPage(day.year, day.month)
        calendar.adjustSize()
        calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        calendar.show()
        calendar.setFocus()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self._calendar and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            watched.hide()
            self.setFocus()
            return True
        return super().eventFilter(watched, event)

    def _picked(self, picked: QDate) -> None:
        day = picked.toPython()
        value = self.value()
        if self.kind == DATETIME:
            at = value.time() if isinstance(value, datetime) else self.reference().time()
            new: Value = datetime.combine(day, at)
        else:
            new = day
        self.set_value(new)
        self.textEdited.emit(self.text())
        if self._calendar is not None:
            self._calendar.hide()
        self.setFocus()


def date_field() -> DateTimeField:
    return DateTimeField(DATE)


def datetime_field() -> DateTimeField:
    return DateTimeField(DATETIME)


def time_field() -> DateTimeField:
    return DateTimeField(TIME)
