"""Questions asked to the person at the desk."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("Prompts", text)


def ask_unsaved(parent: QWidget | None, what: str) -> QMessageBox.StandardButton:
    """Save / Discard / Cancel for a record with unsaved changes."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Modifications non enregistrées"))
    box.setText(tr("« {0} » a des modifications non enregistrées.").format(what))
    box.setInformativeText(tr("Voulez-vous les enregistrer ?"))
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    box.setDefaultButton(buttons.Save)
    for button, text in ((buttons.Save, tr("Enregistrer")), (buttons.Discard, tr("Ne pas enregistrer")),
                         (buttons.Cancel, tr("Annuler"))):
        box.button(button).setText(text)
        box.button(button).setAccessibleName(text)
    return QMessageBox.StandardButton(box.exec())


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Yes | buttons.No)
    box.setDefaultButton(buttons.No)
    box.button(buttons.Yes).setText(tr("Oui"))
    box.button(buttons.No).setText(tr("Non"))
    return box.exec() == buttons.Yes
