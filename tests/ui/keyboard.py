"""Keyboard helpers for the journeys: keys go to the widget that has the focus, as a person's would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = CTRL | SHIFT


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the focus"
    return widget


def shortcut(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
             widget: QWidget | None = None) -> None:
    """A key with its modifiers, through the shortcut machinery (QTest), to the focused widget. QTest
    leaves Shift held in Qt's idea of the keyboard afterwards: it is released, as a person's finger."""
    target = widget or focused()
    QTest.keyClick(target, key, modifiers)
    if modifiers & SHIFT:
        QTest.keyRelease(target, Qt.Key.Key_Shift)
