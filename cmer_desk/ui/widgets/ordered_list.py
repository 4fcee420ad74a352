"""A small reorderable list inside a form (officials, programme, footer press officers)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class OrderedList(QWidget):
    """Rows of text cells with an optional id in the first cell; Monter / Descendre / Retirer."""

    changed = Signal()

    def __init__(self, headers: list[str], editable: list[bool], accessible_name: str, parent=None):
        super().__init__(parent)
        self.editable = editable
        self.model = QStandardItemModel(0, len(headers), self)
        self.model.setHorizontalHeaderLabels(headers)
        self.model.itemChanged.connect(lambda _i: self.changed.emit())
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab goes on to the next field of the form
        self.view.setModel(self.model)
        self.view.setAccessibleName(accessible_name)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setMinimumHeight(90)
        self.view.setMaximumHeight(150)
        self.up = QPushButton(self.tr("Monter"))
        self.down = QPushButton(self.tr("Descendre"))
        self.remove = QPushButton(self.tr("Retirer"))
        buttons = QVBoxLayout()
        for button, step in ((self.up, -1), (self.down, 1)):
            button.setAccessibleName(button.text())
            button.clicked.connect(lambda _=False, s=step: self.move_current(s))
            buttons.addWidget(button)
        self.remove.setAccessibleName(self.remove.text())
        self.remove.clicked.connect(self.remove_current)
        buttons.addWidget(self.remove)
        buttons.addStretch()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def clear(self) -> None:
        self.model.removeRows(0, self.model.rowCount())

    def append(self, texts: list[str], item_id: int | None = None) -> None:
        items = []
        for column, text in enumerate(texts):
            item = QStandardItem(text)
            item.setEditable(self.editable[column])
            items.append(item)
        if item_id is not None:
            items[0].setData(item_id, ID_ROLE)
        self.model.appendRow(items)
        self.changed.emit()

    def values(self) -> list[tuple[int | None, list[str]]]:
        out = []
        for row in range(self.model.rowCount()):
            first = self.model.item(row, 0)
            out.append((first.data(ID_ROLE), [self.model.item(row, c).text() for c in range(self.model.columnCount())]))
        return out

    def ids(self) -> list[int]:
        return [i for i, _ in self.values() if i is not None]

    def move_current(self, step: int) -> None:
        row = self.view.currentIndex().row()
        target = row + step
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        items = self.model.takeRow(row)
        self.model.insertRow(target, items)
        self.view.setCurrentIndex(self.model.index(target, 0))
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.view.currentIndex().row()
        if row >= 0:
            self.model.removeRow(row)
            self.changed.emit()
