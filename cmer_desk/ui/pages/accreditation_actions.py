"""The decisions of the accreditations page as actions: each has a shortcut, shown in its button's
tooltip, and the list's context menu holds them all (right click, the Menu key, Shift+F10).

The shortcuts are the same in every interface language (only access keys follow the language)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QPushButton, QTableView, QWidget

# Ctrl+Shift and a letter: free in the window, and reachable from the list, the search field or the picker
KEYS = {
    "confirm": "Ctrl+Shift+C",
    "refuse": "Ctrl+Shift+R",
    "wait": "Ctrl+Shift+L",
    "cancel": "Ctrl+Shift+A",
    "checkin": "Ctrl+Shift+E",
}
MENU_KEYS = ("Shift+F10", "Menu")


def shortcut_text(action: QAction) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def page_action(page: QWidget, button: QPushButton, key: str, slot: Callable[[], None]) -> QAction:
    """An action doing what the button does, with its shortcut, working anywhere on the page; the
    button's tooltip names the shortcut."""
    action = QAction(button.text(), page)
    action.setShortcut(QKeySequence(KEYS[key]))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    page.addAction(action)
    tip = f"{button.text()} ({shortcut_text(action)})"
    button.setToolTip(tip)
    action.setToolTip(tip)
    return action


class ContextMenu:
    """The list's context menu: on a right click at the pointer, on Shift+F10 or the Menu key at the
    current row."""

    def __init__(self, table: QTableView, actions: list[QAction | None]):
        self.table = table
        self.menu = QMenu(table)
        self.menu.setAccessibleName(table.accessibleName())
        for action in actions:
            if action is None:
                self.menu.addSeparator()
            else:
                self.menu.addAction(action)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(
            lambda pos: self.open_at(table.viewport().mapToGlobal(pos)))
        self.keyboard_action = QAction(table)
        self.keyboard_action.setShortcuts([QKeySequence(k) for k in MENU_KEYS])
        self.keyboard_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.keyboard_action.triggered.connect(self.open_at_current_row)
        table.addAction(self.keyboard_action)

    def open_at_current_row(self) -> None:
        index = self.table.currentIndex()
        rect = self.table.visualRect(index) if index.isValid() else self.table.viewport().rect()
        self.open_at(self.table.viewport().mapToGlobal(QPoint(rect.left() + 8, rect.bottom())))

    def open_at(self, where: QPoint) -> None:
        # popup, not exec: the menu takes the next keys without a nested event loop
        self.menu.popup(where)
        self.menu.setFocus()
