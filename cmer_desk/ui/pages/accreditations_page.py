"""Accreditations of the selected event: add journalists, decide, count, and check in on the day."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cmer_desk.domain import i18n as words
from cmer_desk.domain.changes import ChangeSet
from cmer_desk.domain.drafts import AccreditationDraft
from cmer_desk.domain.enums import AccreditationRole, AccreditationStatus
from cmer_desk.domain.errors import NotFoundError, ValidationError
from cmer_desk.services.accreditations import LimitError
from cmer_desk.ui.dialogs.new_contact_dialog import create_contact
from cmer_desk.ui.dialogs.prompts import confirm
from cmer_desk.ui.dialogs.reason_dialog import ask_reason
from cmer_desk.ui.models.table import Column, FoldFilterProxy, RowTableModel
from cmer_desk.ui.pages.accreditation_actions import ContextMenu, page_action, shortcut_text
from cmer_desk.ui.pages.base import Page
from cmer_desk.ui.pages.door_actions import DoorActions
from cmer_desk.ui.undo import DeleteAccreditations, StatusChange
from cmer_desk.ui.widgets.contact_picker import ContactPicker
from cmer_desk.ui.widgets.door_panel import DoorPanel
from cmer_desk.ui.widgets.fields import enum_combo
from cmer_desk.ui.widgets.tables import make_table

STATUS_BY_LABEL = {s.label: s for s in AccreditationStatus}


def _t(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("AccreditationsPage", text, disambiguation, n)


DONE_WORDS = {
    AccreditationStatus.CONFIRMED: lambda n: _t("%n accréditation(s) confirmée(s)", "", n),
    AccreditationStatus.REFUSED: lambda n: _t("%n accréditation(s) refusée(s)", "", n),
    AccreditationStatus.WAITING: lambda n: _t("%n accréditation(s) en liste d'attente", "", n),
    AccreditationStatus.CANCELLED: lambda n: _t("%n accréditation(s) annulée(s)", "", n),
    AccreditationStatus.REQUESTED: lambda n: _t("%n accréditation(s) remise(s) en demande", "", n),
}


class AccreditationsPage(DoorActions, Page):
    key = "accreditations"
    shows = frozenset({"accreditation", "contact", "organisation", "event"})

    def __init__(self, app, settings: QSettings, undo_stack: QUndoStack, parent=None):
        super().__init__(settings, parent)
        self.app, self.undo_stack = app, undo_stack
        self.event_id: int | None = None
        self.capacity: int | None = None
        self.per_outlet_limit: int | None = None
        columns = [
            Column(_t("Nom"), lambda r: r.name, lambda r: r.sort_key),
            Column(_t("Média"), lambda r: r.outlet),
            Column(_t("Rôle"), lambda r: words.gettext(r.role)),
            Column(_t("Statut"), lambda r: words.gettext(r.status)),
            Column(_t("Carte de presse"), lambda r: r.press_card),
            Column(_t("Arrivée"), lambda r: r.arrived_at.strftime("%H:%M") if r.arrived_at else "",
                   lambda r: (r.arrived_at is None, r.arrived_at)),
            Column(_t("Motif"), lambda r: r.decision_reason),
            Column(_t("N°"), lambda r: str(r.number), lambda r: r.number, align_right=True),
        ]
        self.model = RowTableModel(columns, self)
        self.proxy = FoldFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.event_label = QLabel()
        self.event_label.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.event_label.setWordWrap(True)

        # adding a journalist
        self.picker = ContactPicker(app.contacts)
        self.picker.setAccessibleName(self.tr("Ajouter un journaliste"))
        add_label = QLabel(self.tr("A&jouter un journaliste"))
        add_label.setBuddy(self.picker)
        self.role = enum_combo(AccreditationRole)
        self.role.setAccessibleName(self.tr("Rôle"))
        role_label = QLabel(self.tr("Rôle"))
        role_label.setBuddy(self.role)
        self.picker.picked.connect(self.add_contact)
        add_row = QHBoxLayout()
        self.add_labels = (add_label, role_label)
        add_row.addWidget(add_label)
        add_row.addWidget(self.picker.with_creation(
            lambda parent, typed: create_contact(app.contacts, app.organisations, parent, typed)), 2)
        add_row.addWidget(role_label)
        add_row.addWidget(self.role)

        # the list
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setAccessibleName(self.tr("Rechercher"))
        self.search.setPlaceholderText(self.tr("Rechercher (Ctrl+F) : nom, média…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.search.returnPressed.connect(self.check_in_first)
        self.table = make_table("accreditations_table")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setAccessibleName(self.tr("Accréditations"))
        for column, width in enumerate((230, 210, 150, 120, 120, 80, 200, 50)):
            self.table.setColumnWidth(column, width)

        # decisions
        self.confirm_button = QPushButton(self.tr("Confirmer"))
        self.refuse_button = QPushButton(self.tr("Refuser…"))
        self.wait_button = QPushButton(self.tr("Liste d'attente"))
        self.cancel_button = QPushButton(self.tr("Annuler l'accréditation"))
        self.checkin_button = QPushButton(self.tr("Arrivée / départ"))
        buttons = QHBoxLayout()
        for button, status in ((self.confirm_button, AccreditationStatus.CONFIRMED),
                               (self.refuse_button, AccreditationStatus.REFUSED),
                               (self.wait_button, AccreditationStatus.WAITING),
                               (self.cancel_button, AccreditationStatus.CANCELLED)):
            button.setAccessibleName(button.text())
            button.clicked.connect(lambda _=False, s=status: self.set_status(s))
            buttons.addWidget(button)
        self.delete_button = QPushButton(self.tr("Supprimer la demande…"))
        self.delete_button.setAccessibleName(self.delete_button.text())
        self.delete_button.clicked.connect(self.delete)
        buttons.addWidget(self.delete_button)
        # Suppr in the list (Édition > Supprimer reaches delete() through the window)
        self.delete_action = QAction(self.tr("Supprimer"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete)
        self.table.addAction(self.delete_action)
        buttons.addStretch()
        self.checkin_button.setAccessibleName(self.checkin_button.text())
        self.checkin_button.clicked.connect(self.check_in_selected)
        buttons.addWidget(self.checkin_button)
        # the same decisions from the keyboard (a shortcut each, in the tooltips) and the context menu
        self.decision_actions = {
            key: page_action(self, button, key, slot) for key, button, slot in (
                ("confirm", self.confirm_button, lambda: self.set_status(AccreditationStatus.CONFIRMED)),
                ("refuse", self.refuse_button, lambda: self.set_status(AccreditationStatus.REFUSED)),
                ("wait", self.wait_button, lambda: self.set_status(AccreditationStatus.WAITING)),
                ("cancel", self.cancel_button, lambda: self.set_status(AccreditationStatus.CANCELLED)),
                ("checkin", self.checkin_button, self.check_in_selected))}
        self.delete_action.setText(self.delete_button.text())
        self.delete_button.setToolTip(f"{self.delete_button.text()} ({shortcut_text(self.delete_action)})")
        decisions = list(self.decision_actions.values())
        self.context_menu = ContextMenu(self.table, [*decisions[:4], None, decisions[4], None, self.delete_action])

        self.counts_label = QLabel()
        self.counts_label.setObjectName("counts")
        self.counts_label.setWordWrap(True)
        self.limits_label = QLabel()
        self.arrivals_label = QLabel()
        self.arrivals_label.setObjectName("arrivals")
        # check-in mode: who it is and whether they may come in, in large type
        self.door = DoorPanel()
        self.door.admit_requested.connect(self.admit_anyway)
        self.door_result, self.admit_button = self.door.label, self.door.admit_button

        # check-in mode
        self.checkin_mode = QPushButton(self.tr("Mode accueil"))
        self.checkin_mode.setCheckable(True)
        self.checkin_mode.setAccessibleName(self.checkin_mode.text())
        self.checkin_mode.toggled.connect(self.set_checkin_mode)
        search_row = QHBoxLayout()
        search_label = QLabel(self.tr("&Rechercher"))
        search_label.setBuddy(self.search)
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.checkin_mode)

        layout = QVBoxLayout(self)
        layout.addWidget(self.event_label)
        layout.addLayout(add_row)
        layout.addLayout(search_row)
        layout.addWidget(self.door)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.limits_label)
        layout.addWidget(self.arrivals_label)
        self._show_no_event()

    # --- the page contract -----------------------------------------------------------------------
    def page_title(self) -> str:
        return self.tr("Accréditations")

    def layout_parts(self) -> dict[str, QHeaderView | QSplitter]:
        return {"header": self.table.horizontalHeader()}

    def new(self) -> None:
        """Ctrl+N: add a journalist."""
        self.picker.setFocus()

    def show_changes(self, changes: ChangeSet, *, remote: bool) -> None:
        if self.event_id is None:
            return
        if changes.touches("event", self.event_id):
            self.refresh()  # its title, capacity or limits may have changed
        elif changes.only({"accreditation", "contact", "organisation"}):
            self.refresh_rows()

    # --- state ---------------------------------------------------------------------------------
    def _writers(self) -> list[QWidget]:
        return [self.picker, self.picker.new_button, self.role, self.confirm_button, self.refuse_button,
                self.wait_button, self.cancel_button, self.checkin_button, self.checkin_mode, self.admit_button,
                self.delete_button, self.delete_action, *self.decision_actions.values()]

    def set_read_only(self, read_only: bool) -> None:
        """A damaged database: the list stays readable, nothing can be changed."""
        super().set_read_only(read_only)
        if read_only and self.checkin_mode.isChecked():
            self.checkin_mode.setChecked(False)
        for w in self._writers():
            w.setEnabled(self.event_id is not None and not read_only)

    def set_event(self, event_id: int | None) -> None:
        """The event whose accreditations the page shows: read now if the page is on screen, else when
        it is next shown."""
        if event_id == self.event_id and not self.has_pending():
            return
        self.event_id = event_id
        if event_id is None:
            self._show_no_event()
        elif self.isVisible():
            self.refresh()
        else:
            self.mark_stale()

    def _enable(self, enabled: bool) -> None:
        for w in (self.search, self.table):
            w.setEnabled(enabled)
        for w in self._writers():
            w.setEnabled(enabled and not self.read_only)

    def _show_no_event(self) -> None:
        self.event_id = None
        self.forget_pending()
        self._enable(False)
        self.event_label.setText(self.tr("Choisissez un événement dans la page Événements."))
        self.model.set_rows([])
        self._update_counts()

    def reload(self) -> None:
        """The event's title and limits, then its accreditations."""
        if self.event_id is None:
            self._show_no_event()
            return
        try:
            event = self.app.events.get(self.event_id)
        except NotFoundError:
            self._show_no_event()
            return
        self._enable(True)
        self.event_label.setText(self.tr("Accréditations : {0}").format(event.title))
        self.capacity, self.per_outlet_limit = event.capacity, event.per_outlet_limit
        self.refresh_rows()

    def refresh_rows(self) -> None:
        if self.event_id is None:
            return
        selected = set(self.selected_ids())
        current = self.table.currentIndex()
        current_id = self.proxy.row_at(current.row()).id if current.isValid() else None
        header = self.table.horizontalHeader()
        self.model.set_rows(self.app.accreditations.rows(self.event_id))
        if 0 <= header.sortIndicatorSection() < self.model.columnCount():
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        selection = self.table.selectionModel()
        for row in range(self.proxy.rowCount()):
            if self.proxy.row_at(row).id == current_id:  # the arrows go on from the row they were on
                selection.setCurrentIndex(self.proxy.index(row, current.column()), selection.SelectionFlag.NoUpdate)
            if self.proxy.row_at(row).id in selected:
                selection.select(self.proxy.index(row, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
        self._update_counts()

    def _update_counts(self) -> None:
        rows = self.model.rows()
        by_status = Counter(r.status for r in rows)
        parts = [self.tr("{0} : {1}").format(words.label(s), by_status.get(s.label, 0)) for s in AccreditationStatus]
        self.counts_label.setText(self.tr("Par statut — {0}").format(" · ".join(parts)))
        confirmed = [r for r in rows if r.status == AccreditationStatus.CONFIRMED.label]
        roles = Counter(r.role for r in confirmed)
        role_text = " · ".join(self.tr("{0} : {1}").format(words.label(role), roles.get(role.label, 0))
                               for role in AccreditationRole)
        capacity = self.tr("illimitée") if self.capacity is None else str(self.capacity)
        limit = self.tr("aucune") if self.per_outlet_limit is None else str(self.per_outlet_limit)
        self.limits_label.setText(self.tr("Confirmées par rôle — {0}   |   Places : {1} / {2} · limite par média : {3}")
                                  .format(role_text, len(confirmed), capacity, limit))
        arrived = sum(1 for r in confirmed if r.arrived_at)
        text = self.tr("Arrivées : {0} sur {1} confirmées").format(arrived, len(confirmed))
        admitted = sum(1 for r in rows if r.arrived_at and r.status_value is not AccreditationStatus.CONFIRMED)
        if admitted:
            text += " · " + _t("%n admise(s) par un responsable", "", admitted)
        self.arrivals_label.setText(text)

    def selected_ids(self) -> list[int]:
        return [self.proxy.row_at(i.row()).id for i in self.table.selectionModel().selectedRows()]

    def select_ids(self, ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for row in range(self.proxy.rowCount()):
            if self.proxy.row_at(row).id in ids:
                selection.select(self.proxy.index(row, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows)

    # --- actions -------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def add_contact(self, contact_id: int) -> None:
        if self.event_id is None:
            return
        draft = AccreditationDraft(event_id=self.event_id, contact_id=contact_id, role=self.role.value())
        try:
            saved = self.app.accreditations.save(draft)
        except ValidationError as error:
            # in the status line, not in a dialog that would take the next keystrokes
            self.message.emit(self.tr("{0} : {1}").format(self.picker.label_of(contact_id),
                                                          " ".join(e.message for e in error.errors)))
            return
        self.select_ids([saved.id])  # the list follows what the save published
        self.message.emit(self.tr("Demande d'accréditation ajoutée : {0}").format(self.picker.label_of(contact_id)))

    def set_status(self, status: AccreditationStatus) -> None:
        ids = self.selected_ids()
        if not ids:
            self.message.emit(self.tr("Sélectionnez d'abord une ou plusieurs accréditations"))
            return
        reason = ""
        if status is AccreditationStatus.REFUSED:
            reason = ask_reason(self, len(ids))
            if reason is None:
                return
        service = self.app.accreditations
        before = [(i, d.status, d.decision_reason) for i, d in ((i, service.get(i)) for i in ids)]
        try:
            changed = service.set_status(ids, status, reason)
        except LimitError as error:
            text = "\n".join(e.message for e in error.errors) + "\n\n" + self.tr("Confirmer quand même ?")
            if not confirm(self, self.tr("Limite dépassée"), text):
                return
            changed = service.set_status(ids, status, reason, over_limit=True)
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Changement impossible"), "\n".join(e.message for e in error.errors))
            return
        done = DONE_WORDS[status](changed)
        before = [b for b in before if b[1] is not status]
        if before:
            self.undo_stack.push(StatusChange(service, before, status, reason, done))
        self.message.emit(done)

    def delete(self) -> None:
        """Suppr: delete the selected requests, after confirmation; Ctrl+Z brings them back."""
        ids = self.selected_ids()
        if self.read_only or self.event_id is None:
            return
        if not ids:
            self.message.emit(self.tr("Sélectionnez d'abord une ou plusieurs accréditations"))
            return
        names = [self.model.row_at(self.model.source_row_of_id(i)).name for i in ids]
        shown = ", ".join(names[:5]) + ("…" if len(names) > 5 else "")
        text = _t("Supprimer %n demande(s) d'accréditation : {0} ?", "", len(ids)).format(shown)
        if not confirm(self, self.tr("Supprimer"), text):
            return
        try:
            removed = self.app.accreditations.delete_many(ids)
        except NotFoundError:
            self.refresh()
            return
        done = _t("%n demande(s) d'accréditation supprimée(s)", "", len(removed))
        self.undo_stack.push(DeleteAccreditations(self.app.accreditations, removed, done))
        self.message.emit(done + " " + self.tr("(Ctrl+Z pour annuler)"))

    def set_checkin_mode(self, on: bool) -> None:
        font = QFont(self.search.font())
        font.setPointSize(22 if on else QFont().pointSize())
        self.search.setFont(font)
        self.arrivals_label.setFont(font)
        for w in (self.picker, self.picker.new_button, self.role, self.confirm_button, self.refuse_button, self.wait_button,
                  self.cancel_button, self.delete_button, *self.add_labels):
            w.setVisible(not on)
        self.door.clear()
        self.search.setPlaceholderText(self.tr("Badge scanné, numéro ou nom puis Entrée : arrivée")
                                       if on else self.tr("Rechercher (Ctrl+F) : nom, média…"))
        self.focus_search()
