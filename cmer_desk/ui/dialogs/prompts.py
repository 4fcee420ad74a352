"""Questions asked to the person at the desk."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_unsaved(parent: QWidget | None, what: str) -> QMessageBox.StandardButton:
    """Save / Discard / Cancel for a record with unsaved changes."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Prompts", "Modifications non enregistrées"))
    box.setText(QCoreApplication.translate("Prompts", "« {0} » a des modifications non enregistrées.").format(what))
    box.setInformativeText(QCoreApplication.translate("Prompts", "Voulez-vous les enregistrer ?"))
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    box.setDefaultButton(buttons.Save)
    for button, text in ((buttons.Save, QCoreApplication.translate("Prompts", "Enregistrer")),
                         (buttons.Discard, QCoreApplication.translate("Prompts", "Ne pas enregistrer")),
                         (buttons.Cancel, QCoreApplication.translate("Prompts", "Annuler"))):
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
    box.button(buttons.Yes).setText(QCoreApplication.translate("Prompts", "Oui"))
    box.button(buttons.No).setText(QCoreApplication.translate("Prompts", "Non"))
    return box.exec() == buttons.Yes


def ask_mark_done(parent: QWidget | None, what: str) -> bool | None:
    """A past event still open: True to mark it *Terminée*, False to keep its status, None to go back."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Prompts", "Événement passé"))
    box.setText(QCoreApplication.translate("Prompts", "« {0} » a déjà eu lieu. Le marquer « Terminée » ?").format(what))
    box.setInformativeText(QCoreApplication.translate(
        "Prompts", "Un événement passé s'enregistre tel quel (archives) ; le statut « Terminée » le range avec les "
                   "événements finis."))
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Yes | buttons.No | buttons.Cancel)
    box.setDefaultButton(buttons.Yes)
    for button, text in ((buttons.Yes, QCoreApplication.translate("Prompts", "Marquer « Terminée »")),
                         (buttons.No, QCoreApplication.translate("Prompts", "Garder le statut")),
                         (buttons.Cancel, QCoreApplication.translate("Prompts", "Annuler"))):
        box.button(button).setText(text)
        box.button(button).setAccessibleName(text)
    answer = box.exec()
    return None if answer == buttons.Cancel else answer == buttons.Yes
