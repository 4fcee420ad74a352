"""Deleting a contact or an organisation that events use: where it is used, and who or what replaces it.
Nothing is removed from an invitation without a replacement; "Annuler" keeps everything as it was."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from cmer_desk.ui.dialogs.sizing import resize_within
from cmer_desk.ui.widgets.contact_picker import ContactPicker


class InUseDialog(QDialog):
    """``replacement_id`` is the one chosen when the dialog is accepted."""

    def __init__(self, title: str, usages, chooser: QWidget, parent=None):
        super().__init__(parent)
        self.replacement_id: int | None = None
        self.setWindowTitle(self.tr("Supprimer « {0} »").format(title))
        intro = QLabel(self.tr("« {0} » est utilisé(e) par des événements. Rien n'en sera retiré sans "
                               "remplaçant : choisissez qui ou quoi prend sa place partout, ou annulez.").format(title))
        intro.setWordWrap(True)
        self.uses = QListWidget()
        self.uses.setAccessibleName(self.tr("Utilisations"))
        self.uses.addItems([u.text() for u in usages])
        self.chooser = chooser
        chooser_label = QLabel(self.tr("&Remplacer par"))
        chooser_label.setBuddy(chooser)
        self.chosen = QLabel(self.tr("(aucun remplaçant choisi)"))
        self.chosen.setObjectName("chosen_replacement")
        buttons = QDialogButtonBox()
        self.replace_button = buttons.addButton(self.tr("Remplacer et supprimer"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Annuler"))
        for button in (self.replace_button, self.cancel_button):
            button.setAccessibleName(button.text())
        self.replace_button.setEnabled(False)
        self.cancel_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.uses, 1)
        layout.addWidget(chooser_label)
        layout.addWidget(chooser)
        layout.addWidget(self.chosen)
        layout.addWidget(buttons)
        resize_within(self, 620, 380)

    def choose(self, record_id: int | None, label: str) -> None:
        self.replacement_id = record_id
        self.chosen.setText(self.tr("Remplaçant : {0}").format(label) if record_id else self.tr("(aucun remplaçant choisi)"))
        self.replace_button.setEnabled(record_id is not None)


def ask_contact_replacement(contacts, contact_id: int, title: str, usages, parent=None) -> int | None:
    """The contact who takes every place of ``contact_id``, or None when the person cancels."""
    picker = ContactPicker(contacts)
    dialog = InUseDialog(title, usages, picker, parent)
    picker.setAccessibleName(QCoreApplication.translate("InUseDialog", "Remplacer par"))

    def picked(chosen: int) -> None:
        if chosen == contact_id:
            dialog.chosen.setText(QCoreApplication.translate("InUseDialog", "Choisissez une autre personne que celle à "
                                                             "supprimer"))
            return
        dialog.choose(chosen, picker.label_of(chosen))

    picker.picked.connect(picked)
    picker.setFocus()
    return dialog.replacement_id if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_organisation_replacement(organisations, organisation_id: int, title: str, usages, parent=None) -> int | None:
    """The organisation that takes the place of ``organisation_id``, or None when the person cancels."""
    combo = QComboBox()
    combo.addItem("", None)
    for row in organisations.rows():
        if row.id != organisation_id:
            combo.addItem(row.name, row.id)
    dialog = InUseDialog(title, usages, combo, parent)
    combo.setAccessibleName(dialog.tr("Remplacer par"))
    combo.currentIndexChanged.connect(lambda _i: dialog.choose(combo.currentData(), combo.currentText()))
    return dialog.replacement_id if dialog.exec() == QDialog.DialogCode.Accepted else None
