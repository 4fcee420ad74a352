"""Both versions of a record side by side, when another workstation saved it first."""

from __future__ import annotations

import dataclasses

from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from cmer_desk.domain import i18n as words
from cmer_desk.ui.dialogs.sizing import resize_within


def _shown(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "\n".join(_shown(v) for v in value)
    if dataclasses.is_dataclass(value):
        return " – ".join(_shown(getattr(value, f.name)) for f in dataclasses.fields(value))
    label = getattr(value, "label", None)
    if isinstance(label, str):
        return words.gettext(label)
    if hasattr(value, "strftime"):
        return value.strftime("%d/%m/%Y %H:%M") if hasattr(value, "hour") and hasattr(value, "day") else str(value)
    return str(value)


class ConflictDialog(QDialog):
    """Shows 'your version' and 'the other workstation's version'; the person chooses which one stays."""

    KEEP_MINE, TAKE_THEIRS = 1, 2

    def __init__(self, mine, theirs, labels: dict[str, str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Modifié sur un autre poste"))
        self.choice = 0
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Cet enregistrement a été modifié et enregistré sur un autre poste pendant que vous l'éditiez. "
            "Les différences sont surlignées. Quelle version faut-il garder ?"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        model = QStandardItemModel(0, 3, self)
        model.setHorizontalHeaderLabels([self.tr("Champ"), self.tr("Votre version"), self.tr("Version de l'autre poste")])
        self.differences = 0
        for name, label in labels.items():
            a, b = _shown(getattr(mine, name, None)), _shown(getattr(theirs, name, None))
            items = [QStandardItem(words.gettext(label)), QStandardItem(a), QStandardItem(b)]
            if a != b:
                self.differences += 1
                for item in items:
                    item.setBackground(QBrush(QColor("#fff1b8")))
            for item in items:
                item.setEditable(False)
            model.appendRow(items)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab reaches the buttons
        self.table.setModel(model)
        self.table.setAccessibleName(self.tr("Différences"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.keep_button = QPushButton(self.tr("Garder ma version"))
        self.take_button = QPushButton(self.tr("Prendre la version de l'autre poste"))
        for button, choice in ((self.keep_button, self.KEEP_MINE), (self.take_button, self.TAKE_THEIRS)):
            button.setAccessibleName(button.text())
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
            buttons.addWidget(button)
        layout.addLayout(buttons)
        resize_within(self, 760, 480)

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.accept()
