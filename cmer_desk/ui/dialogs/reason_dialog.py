"""Ask the reason of a refusal, or of letting someone in all the same."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QWidget


def _text_dialog(parent: QWidget | None, title: str, label: str) -> QInputDialog:
    dialog = QInputDialog(parent)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setOkButtonText(QCoreApplication.translate("ReasonDialog", "OK"))
    dialog.setCancelButtonText(QCoreApplication.translate("ReasonDialog", "Annuler"))
    return dialog


def reason_dialog(parent: QWidget | None, count: int) -> QInputDialog:
    """The dialog asking why ``count`` accreditations are refused."""
    return _text_dialog(
        parent,
        QCoreApplication.translate("ReasonDialog", "Refuser l'accréditation"),
        QCoreApplication.translate("ReasonDialog", "Motif du refus (%n accréditation(s)) :", "", count),
    )


def override_reason_dialog(parent: QWidget | None, name: str, status: str) -> QInputDialog:
    """The dialog asking why someone whose accreditation is ``status`` is let in all the same."""
    return _text_dialog(
        parent,
        QCoreApplication.translate("ReasonDialog", "Admettre quand même"),
        QCoreApplication.translate(
            "ReasonDialog", "L'accréditation de {0} est « {1} ».\nMotif de l'admission (noté au journal) :"
        ).format(name, status),
    )


def _answer(dialog: QInputDialog) -> str | None:
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    text = dialog.textValue()
    dialog.deleteLater()
    return text if accepted else None


def ask_reason(parent: QWidget | None, count: int) -> str | None:
    """The reason typed, or None when the person cancels."""
    return _answer(reason_dialog(parent, count))


def ask_override_reason(parent: QWidget | None, name: str, status: str) -> str | None:
    """A supervisor lets in someone whose accreditation is not confirmed: the reason (kept in the change
    log), or None when the supervisor cancels or gives none."""
    text = _answer(override_reason_dialog(parent, name, status))
    return (text.strip() or None) if text is not None else None
