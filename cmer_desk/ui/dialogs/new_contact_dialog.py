"""Create a contact on the spot (from a picker) with the full contact form in a dialog, and the
organisation of a contact on the spot (from the contact form) with the organisation form."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

from cmer_desk.domain.drafts import ContactDraft
from cmer_desk.ui.dialogs.sizing import resize_within
from cmer_desk.ui.forms.base_form import DraftForm
from cmer_desk.ui.forms.contact_form import ContactForm


def draft_from_typed(typed: str) -> ContactDraft:
    """'Katia Bertaud' -> first name Katia, last name Bertaud; a single word is a last name."""
    words = typed.split()
    if len(words) < 2:
        return ContactDraft(last_name=typed.strip())
    return ContactDraft(first_name=" ".join(words[:-1]), last_name=words[-1])


class NewRecordDialog(QDialog):
    """A record form in a dialog: Enregistrer saves through the form (it stays open on a validation
    error, fields marked), and ``record_id`` is the id saved."""

    def __init__(self, title: str, form: DraftForm, draft, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.record_id: int | None = None
        self.form = form
        self.form.load(draft)
        self.form.saved.connect(self._saved)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Enregistrer"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuler"))
        for b in buttons.buttons():
            b.setAccessibleName(b.text())
        buttons.accepted.connect(self.form.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def _saved(self, draft) -> None:
        self.record_id = draft.id
        self.accept()


class NewContactDialog(NewRecordDialog):
    def __init__(self, contacts, organisations, typed: str = "", parent=None):
        super().__init__(self.tr("Nouveau contact"), ContactForm(contacts, organisations), draft_from_typed(typed),
                         parent)
        resize_within(self, 520, 640)

    @property
    def contact_id(self) -> int | None:
        return self.record_id


class NewOrganisationDialog(NewRecordDialog):
    def __init__(self, organisations, typed: str = "", parent=None):
        from cmer_desk.domain.drafts import OrganisationDraft
        from cmer_desk.ui.forms.organisation_form import OrganisationForm

        super().__init__(self.tr("Nouvel organisme"), OrganisationForm(organisations),
                         OrganisationDraft(name=typed.strip()), parent)


def create_organisation(organisations, parent, typed: str = "") -> int | None:
    """Open the organisation form in a dialog; the id of the organisation created, or None."""
    dialog = NewOrganisationDialog(organisations, typed, parent)
    dialog.form.name.setFocus()
    dialog.exec()
    return dialog.record_id


def create_contact(contacts, organisations, parent, typed: str) -> int | None:
    """Open the dialog; the id of the contact created, or None."""
    dialog = NewContactDialog(contacts, organisations, typed, parent)
    dialog.form.last_name.setFocus() if not typed else dialog.form.first_name.setFocus()
    dialog.exec()
    return dialog.contact_id
