"""Ask the reason of a refusal."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget


def ask_reason(parent: QWidget | None, count: int) -> str | None:
    """The reason typed, or None when the person cancels."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("ReasonDialog", "Refuser l'accréditation"),
        QCoreApplication.translate("ReasonDialog", "Motif du refus (%n accréditation(s)) :", "", count),
        QLineEdit.EchoMode.Normal,
        "",
    )
    return text if ok else None
