"""Create a contact on the spot (from a picker) with the full contact form in a dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

from cmer_desk.domain.drafts import ContactDraft
from cmer_desk.ui.dialogs.sizing import resize_within
from cmer_desk.ui.forms.contact_form import ContactForm


def draft_from_typed(typed: str) -> ContactDraft:
    """'Katia Bertaud' -> first name Katia, last name Bertaud; a single word is a last name."""
    words = typed.split()
    if len(words) < 2:
        return ContactDraft(last_name=typed.strip())
    return ContactDraft(first_name=" ".join(words[:-1]), last_name=words[-1])


class NewContactDialog(QDialog):
    def __init__(self, contacts, organisations, typed: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nouveau contact"))
        self.contact_id: int | None = None
        self.form = ContactForm(contacts, organisations)
        self.form.load(draft_from_typed(typed))
        self.form.saved.connect(self._saved)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Enregistrer"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuler"))
        for b in buttons.buttons():
            b.setAccessibleName(b.text())
        buttons.accepted.connect(self.form.save)  # stays open on a validation error, fields marked
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        resize_within(self, 520, 640)

    def _saved(self, draft) -> None:
        self.contact_id = draft.id
        self.accept()


def create_contact(contacts, organisations, parent, typed: str) -> int | None:
    """Open the dialog; the id of the contact created, or None."""
    dialog = NewContactDialog(contacts, organisations, typed, parent)
    dialog.form.last_name.setFocus() if not typed else dialog.form.first_name.setFocus()
    dialog.exec()
    return dialog.contact_id
