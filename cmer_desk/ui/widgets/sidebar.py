"""The window's side bar: the names of its pages, one a row."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QListWidget

FONT_PX, PADDING_PX = 14, 8


class Sidebar(QListWidget):
    def __init__(self, accessible_name: str, names: list[str], least_width: int = 190):
        """Wide enough for the longest of ``names`` (in the interface's language), never under ``least_width``."""
        super().__init__()
        self.setAccessibleName(accessible_name)
        self.addItems(names)
        self.setStyleSheet(f"QListWidget {{ font-size: {FONT_PX}px; }} QListWidget::item {{ padding: {PADDING_PX}px; }}")
        font = QFont(self.font())
        font.setPixelSize(FONT_PX)
        widest = max(QFontMetrics(font).horizontalAdvance(name) for name in names)
        self.setFixedWidth(max(least_width, widest + 2 * PADDING_PX + 2 * self.frameWidth() + 12))
