"""Type a few letters of a name or an outlet, pick an existing contact (accents and case ignored)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QPushButton, QWidget

from cmer_desk.ui.models.table import Column, FoldFilterProxy, RowTableModel


def contact_label(row) -> str:
    return f"{row.name} — {row.organisation}" if row.organisation else row.name


def contact_model(parent=None) -> RowTableModel:
    return RowTableModel([Column("", contact_label, lambda r: r.sort_key)], parent)


class ContactPicker(QLineEdit):
    """A line edit whose popup lists the matching contacts; Enter or a click picks one."""

    picked = Signal(int)
    created = Signal(int)  # a contact created on the spot with 'Nouveau contact…'

    def __init__(self, contacts, model: RowTableModel | None = None, parent=None):
        super().__init__(parent)
        self.contacts = contacts
        self.model = model or contact_model(self)
        self.proxy = FoldFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.completer_ = QCompleter(self.proxy, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setMaxVisibleItems(12)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._activated)
        self.textEdited.connect(self._edited)
        self.returnPressed.connect(self.pick_first)
        self.setPlaceholderText(self.tr("nom ou média…"))
        self.setClearButtonEnabled(True)
        self._create = None
        self._activated_now = False
        self.new_button: QPushButton | None = None

    def with_creation(self, create) -> QWidget:
        """This picker and a 'Nouveau contact…' button in one row. ``create(parent, typed)`` returns the id
        of the contact it created, or None. Enter on letters that match nobody also offers to create."""
        self._create = create
        self.new_button = QPushButton(self.tr("Nouveau contact…"))
        self.new_button.setAccessibleName(self.new_button.text())
        self.new_button.clicked.connect(self.create_contact)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self, 1)
        row.addWidget(self.new_button)
        box.setFocusProxy(self)
        return box

    def create_contact(self) -> None:
        if self._create is None:
            return
        self.completer_.popup().hide()
        contact_id = self._create(self.window(), self.text().strip())
        if contact_id is None:
            return
        self.reload()
        self.clear()
        self.proxy.set_search("")
        self.created.emit(contact_id)
        self.picked.emit(contact_id)

    def reload(self) -> None:
        self.model.set_rows(self.contacts.rows())

    def label_of(self, contact_id: int) -> str:
        """The label of a contact, from the loaded list or else read on its own (the list of every
        contact loads only when someone types in a picker)."""
        row = self.model.source_row_of_id(contact_id)
        if row >= 0:
            return contact_label(self.model.row_at(row))
        found = self.contacts.rows(ids=[contact_id])
        return contact_label(found[0]) if found else "?"

    def _edited(self, text: str) -> None:
        if not self.model.rowCount():
            self.reload()
        self.proxy.set_search(text)
        if text.strip():
            self.completer_.complete()
        else:
            self.completer_.popup().hide()

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self._activated_now = True
            QTimer.singleShot(0, self._after_activation)
            self._pick(self.proxy.row_at(index.row()))

    def _after_activation(self) -> None:
        self._activated_now = False

    def pick_first(self) -> None:
        """Enter in the field. The popup hides itself, hands that same Enter to the field, then reports the
        suggestion chosen: decide once the event is over, so that the suggestion wins and nothing else is
        picked with it."""
        QTimer.singleShot(0, self._pick_on_enter)

    def _pick_on_enter(self) -> None:
        if self._activated_now:
            return
        popup = self.completer_.popup()
        current = popup.currentIndex() if popup.isVisible() else QModelIndex()
        if current.isValid():
            self._pick(self.proxy.row_at(current.row()))
        elif self.text().strip() and self.proxy.rowCount():
            self._pick(self.proxy.row_at(0))
        elif self.text().strip() and self._create is not None:
            self.create_contact()

    def _pick(self, row) -> None:
        self.completer_.popup().hide()
        self.clear()
        self.proxy.set_search("")
        self.picked.emit(row.id)
