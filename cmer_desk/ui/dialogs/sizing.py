"""Window sizes that fit the smallest screen the desk runs on: 1366×768, less a taskbar."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

SMALLEST_SCREEN = QSize(1366, 768)
TASKBAR = 48  # a Windows taskbar, a GNOME top bar with a dock: the larger of the two
TITLE_BAR = 32  # the window manager's frame above a window's geometry
ROOM = QSize(SMALLEST_SCREEN.width(), SMALLEST_SCREEN.height() - TASKBAR - TITLE_BAR)


def room(widget: QWidget | None = None, *, smallest_screen: bool = True) -> QSize:
    """The largest size a window may take: the smallest screen's room (unless ``smallest_screen`` is
    False: the main window takes what its screen has), and no more than its own screen's."""
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    limit = QSize(ROOM) if smallest_screen else QSize(100_000, 100_000)
    if screen is not None:
        available = screen.availableGeometry().size()
        limit = limit.boundedTo(QSize(available.width(), available.height() - TITLE_BAR))
    return limit


def resize_within(widget: QWidget, width: int, height: int, *, smallest_screen: bool = True) -> None:
    """Resize to the size wanted, or less where the screen is smaller."""
    widget.resize(QSize(width, height).boundedTo(room(widget, smallest_screen=smallest_screen)))


def scrolled(dialog: QWidget) -> tuple[QVBoxLayout, QVBoxLayout]:
    """A dialog whose content scrolls when the screen is too small: (content layout, dialog layout);
    what goes in the dialog's layout (its buttons) stays in view."""
    outer = QVBoxLayout(dialog)
    content = QWidget()
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    outer.addWidget(scroll, 1)
    return QVBoxLayout(content), outer
