"""Questions asked to the person at the desk."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

Button = QMessageBox.StandardButton


def ask(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
        answers: list[tuple[QMessageBox.StandardButton, str]], default: QMessageBox.StandardButton,
        informative: str = "") -> QMessageBox.StandardButton:
    """A question with its buttons in order, each with its label (also its accessible name); the answer."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    standard = Button.NoButton
    for button, _label in answers:
        standard |= button
    box.setStandardButtons(standard)
    box.setDefaultButton(default)
    for button, label in answers:
        box.button(button).setText(label)
        box.button(button).setAccessibleName(label)
    return Button(box.exec())


def ask_unsaved(parent: QWidget | None, what: str) -> QMessageBox.StandardButton:
    """Save / Discard / Cancel for a record with unsaved changes."""
    return ask(
        parent, QMessageBox.Icon.Question,
        QCoreApplication.translate("Prompts", "Modifications non enregistrées"),
        QCoreApplication.translate("Prompts", "« {0} » a des modifications non enregistrées.").format(what),
        [(Button.Save, QCoreApplication.translate("Prompts", "Enregistrer")),
         (Button.Discard, QCoreApplication.translate("Prompts", "Ne pas enregistrer")),
         (Button.Cancel, QCoreApplication.translate("Prompts", "Annuler"))],
        Button.Save,
        QCoreApplication.translate("Prompts", "Voulez-vous les enregistrer ?"))


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes / No, No by default (the question before something that cannot be taken back)."""
    answers = [(Button.Yes, QCoreApplication.translate("Prompts", "Oui")),
               (Button.No, QCoreApplication.translate("Prompts", "Non"))]
    return ask(parent, QMessageBox.Icon.Warning, title, text, answers, Button.No) == Button.Yes


def ask_mark_done(parent: QWidget | None, what: str) -> bool | None:
    """A past event still open: True to mark it *Terminée*, False to keep its status, None to go back."""
    answer = ask(
        parent, QMessageBox.Icon.Question,
        QCoreApplication.translate("Prompts", "Événement passé"),
        QCoreApplication.translate("Prompts", "« {0} » a déjà eu lieu. Le marquer « Terminée » ?").format(what),
        [(Button.Yes, QCoreApplication.translate("Prompts", "Marquer « Terminée »")),
         (Button.No, QCoreApplication.translate("Prompts", "Garder le statut")),
         (Button.Cancel, QCoreApplication.translate("Prompts", "Annuler"))],
        Button.Yes,
        QCoreApplication.translate(
            "Prompts", "Un événement passé s'enregistre tel quel (archives) ; le statut « Terminée » le range avec "
                       "les événements finis."))
    return None if answer == Button.Cancel else answer == Button.Yes
