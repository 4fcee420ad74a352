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


def ask_override_reason(parent: QWidget | None, name: str, status: str) -> str | None:
    """A supervisor lets in someone whose accreditation is not confirmed: the reason (kept in the change
    log), or None when the supervisor cancels or gives none."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("ReasonDialog", "Admettre quand même"),
        QCoreApplication.translate(
            "ReasonDialog", "L'accréditation de {0} est « {1} ».\nMotif de l'admission (noté au journal) :"
        ).format(name, status),
        QLineEdit.EchoMode.Normal,
        "",
    )
    return (text.strip() or None) if ok else None
