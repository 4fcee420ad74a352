"""Keyboard helpers for the journeys: keys go to the widget that has the focus, as a person's would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = CTRL | SHIFT


_WINDOWS: list[QWidget] = []  # the windows a person works in, most recent last


def work_in(window: QWidget) -> None:
    """The window the keys go to when no dialog is open: activated as a window manager would, now and
    again after each dialog closes (the offscreen platform has no window manager to do it)."""
    _WINDOWS.append(window)
    settle()


def settle() -> None:
    QApplication.processEvents()
    if QApplication.activeModalWidget() is None and QApplication.activeWindow() is None and _WINDOWS:
        _WINDOWS[-1].activateWindow()
        QApplication.processEvents()


def forget_windows() -> None:
    _WINDOWS.clear()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the focus"
    return widget


def shortcut(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
             widget: QWidget | None = None) -> None:
    settle()  # a dialog just closed: its window is active again
    """A key with its modifiers, through the shortcut machinery (QTest), to the focused widget. QTest
    leaves Shift held in Qt's idea of the keyboard afterwards: it is released, as a person's finger."""
    target = widget or focused()
    QTest.keyClick(target, key, modifiers)
    if modifiers & SHIFT:
        QTest.keyRelease(target, Qt.Key.Key_Shift)


def focused_in(widget: QWidget | None = None) -> QWidget:
    """The widget that takes the keys: the application's focus, else the one the window keeps (an
    offscreen window that was not activated)."""
    settle()
    modal = QApplication.activeModalWidget()
    top = modal if modal is not None else widget.window() if widget is not None else None
    found = top.focusWidget() if top is not None else None
    if found is None:
        found = QApplication.focusWidget()
    assert found is not None, "no widget has the focus"
    return found


def when_dialog(answer, timeout_ms: int = 10_000) -> None:
    """Call ``answer(dialog)`` once a new modal dialog is on screen (set up before the key that opens it;
    the dialog's own event loop runs the answer, which uses the keyboard as a person would)."""
    from PySide6.QtCore import QTimer

    before = QApplication.activeModalWidget()
    waited = [0]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog is not before and dialog.isVisible():
            dialog.activateWindow()  # as the window manager does with a new modal dialog
            answer(dialog)
        elif waited[0] < timeout_ms:
            waited[0] += 20
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
