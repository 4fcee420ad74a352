"""A list of records (search field + sortable table) beside the form of the selected record."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cmer_desk.domain.changes import ChangeSet
from cmer_desk.domain.errors import NotFoundError, ValidationError
from cmer_desk.ui.dialogs.prompts import confirm
from cmer_desk.ui.models.table import Column, FoldFilterProxy, RowTableModel
from cmer_desk.ui.pages.base import Page
from cmer_desk.ui.pages.record_panes import form_pane, list_pane

if TYPE_CHECKING:  # the forms (and their date fields) load when a page first builds its form
    from cmer_desk.ui.forms.base_form import DraftForm

log = logging.getLogger(__name__)


class RecordPage(Page):
    """Subclasses give the columns, the form, the service and the French words.

    The form may be given as a function that builds it: it is then built when first needed (the events
    page paints its list at start before its form and preview exist). The service may come later
    (``attach_service``): until then the page shows rows it is given (``show_rows``, the event list read
    at start before the database is open), opens nothing and writes nothing."""

    current_changed = Signal(object)  # id or None

    key = "records"
    entity = ""  # the change-log entity whose records this page lists
    default_sort = (0, Qt.SortOrder.AscendingOrder)

    def __init__(self, service, form: DraftForm | Callable[[], DraftForm], columns: list[Column],
                 settings: QSettings, parent=None):
        super().__init__(settings, parent)
        self.service = service
        self._form: DraftForm | None = None
        self._make_form = form if not isinstance(form, QWidget) else None  # a form, or what builds it
        self.model = RowTableModel(columns, self)
        self.proxy = FoldFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._current_id: int | None = None
        self._chosen_early: int | None = None  # the row chosen before the service came, opened once it has
        self._reverting = False

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName(f"{self.key}_splitter")
        self.splitter.addWidget(list_pane(self))
        self.splitter.addWidget(form_pane(self))
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        QWidget.setTabOrder(self.search, self.table)
        if isinstance(form, QWidget):
            self._attach_form(form)
        if service is None:
            self.set_read_only(True)

    def attach_service(self, service) -> None:
        """The database is open: read and write through ``service`` from now on (the window then says
        whether writing is allowed); the row chosen meanwhile is opened at the next reload."""
        self.service = service
        current = self.table.selectionModel().currentIndex()
        self._chosen_early = self.proxy.row_at(current.row()).id if current.isValid() else None

    # --- the form, built when first needed ----------------------------------------------------------
    @property
    def form(self) -> DraftForm:
        if self._form is None:
            assert self._make_form is not None
            self._attach_form(self._make_form())
        assert self._form is not None
        return self._form

    def has_form(self) -> bool:
        return self._form is not None

    def _attach_form(self, form: DraftForm) -> None:
        self._form = form
        form.loaded.connect(self.remote_banner.hide)
        self.form_scroll.setWidget(form)
        form.saved.connect(self._saved)
        form.dirty_changed.connect(lambda _d: self._update_title())
        form.edited.connect(self._update_title)  # the heading follows the title as it is typed
        QWidget.setTabOrder(self.table, form)
        self.form_attached(form)
        window = self.window()
        if window is not self and window.property("cmer_access_keys"):  # a form built after the window
            from cmer_desk.ui import access_keys

            access_keys.assign(window)
        if self.read_only:
            self._form_read_only(True)
        self._update_title()

    def form_attached(self, form: DraftForm) -> None:
        """Subclasses add what goes with the form (the events page: the live preview)."""

    # --- words subclasses give -------------------------------------------------------------------
    def page_title(self) -> str:
        return self.tr("Liste")

    def saved_message(self, draft) -> str:
        return self.tr("Fiche enregistrée")

    def deleted_message(self) -> str:
        return self.tr("Fiche supprimée")

    def empty_draft(self):
        raise NotImplementedError

    def fetch_rows(self):
        return self.service.rows()

    # --- the page contract -----------------------------------------------------------------------
    def layout_parts(self) -> dict[str, QHeaderView | QSplitter]:
        return {"header": self.table.horizontalHeader(), "splitter": self.splitter}

    def delete_scope(self) -> QWidget:
        return self.table

    def show_changes(self, changes: ChangeSet, *, remote: bool) -> None:
        if remote:
            self.reload_from_elsewhere(changes)
        else:
            self.refresh()  # the form already holds what this window saved

    # --- list ----------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the rows again, keeping the record open selected (before the service came: nothing to read,
        the rows shown stay)."""
        if self.service is None:
            return
        self.show_rows(self.fetch_rows())
        wanted = self._current_id if self._current_id is not None else self._chosen_early
        self._chosen_early = None
        if wanted is not None:
            self.select_id(wanted)

    def show_rows(self, rows) -> None:
        """Show ``rows`` in the list, in the order of the header's sort indicator."""
        header = self.table.horizontalHeader()
        self.model.set_rows(rows)
        if 0 <= header.sortIndicatorSection() < self.model.columnCount():
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._update_count()

    def reload_from_elsewhere(self, changes: ChangeSet) -> None:
        """Another workstation saved something this page lists: reload the list keeping the selection and
        the scroll position. The record open in the form is reloaded only when it has no unsaved change;
        otherwise a banner says so and the save goes through the conflict dialog."""
        bar = self.table.verticalScrollBar()
        position = bar.value()
        current = self._current_id
        self.refresh()
        bar.setValue(position)
        if current is None or not changes.touches(self.entity, current):
            return
        try:
            draft = self.service.get(current)
        except NotFoundError:
            draft = None
        if self.form.is_dirty():
            self.remote_banner.setText(self.tr("Cette fiche a été supprimée sur un autre poste") if draft is None
                                       else self.tr("Cette fiche a été modifiée sur un autre poste"))
            self.remote_banner.show()
        elif draft is None:
            self._current_id = None
            self.form.load(self.empty_draft())
            self._update_title()
            self.current_changed.emit(None)
        else:
            self.form.load(draft)
            self._update_title()

    def select_id(self, record_id: int) -> bool:
        row = self.proxy.proxy_row_of_id(record_id)
        if row < 0:
            return False
        self._reverting = True
        try:
            index = self.proxy.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        finally:
            self._reverting = False
        if record_id != self._current_id:
            self._open(record_id)
        return True

    def select_first(self) -> None:
        if self.proxy.rowCount():
            self.select_id(self.proxy.row_at(0).id)

    def current_id(self) -> int | None:
        return self._current_id

    def _update_count(self, *args) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        # (not self.tr: PySide looks a plural up in the subclass's context first and keeps its untranslated
        # "1 fiche(s)", since it differs from the source)
        text = (QCoreApplication.translate("RecordPage", "%n fiche(s)", "", total) if shown == total
                else self.tr("{0} sur {1}").format(shown, total))
        self.count_label.setText(text)

    def apply_search(self) -> None:
        self._search_timer.stop()
        self.proxy.set_search(self.search.text())

    def _search_entered(self) -> None:
        self.apply_search()
        if self.proxy.rowCount():
            self.table.setFocus()
            self.select_id(self.proxy.row_at(0).id)

    def _row_changed(self, current, previous) -> None:
        if self._reverting or not current.isValid() or self.service is None:  # (opened once the service came)
            return
        record_id = self.proxy.row_at(current.row()).id
        if record_id == self._current_id:
            return
        if not self.form.maybe_save():
            # stay on the record being edited
            if self._current_id is not None:
                QTimer.singleShot(0, lambda: self.select_id(self._current_id))
            return
        self._open(record_id)

    def _open(self, record_id: int) -> None:
        try:
            draft = self.service.get(record_id)
        except NotFoundError:
            self.refresh()
            return
        self._current_id = record_id
        self.form.load(draft)
        self._update_title()
        self.current_changed.emit(record_id)

    def _update_title(self) -> None:
        if self._form is None:
            return
        star = " *" if self._form.is_dirty() else ""
        self.form_title.setText(self._form.title() + star)

    # --- actions -------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new(self) -> None:
        if self.read_only or not self.form.maybe_save():
            return
        self._current_id = None
        self.table.clearSelection()
        self.form.load(self.empty_draft())
        self._update_title()
        self.current_changed.emit(None)
        self.focus_first_field()

    def focus_first_field(self) -> None:
        """The focus on the form's first field, scrolled into view, so that what is typed next lands there."""
        first = self.form.first_field()
        if first is None:
            return
        self.form_scroll.verticalScrollBar().setValue(0)
        first.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.form.reveal(first)

    def save(self) -> bool:
        return not self.read_only and self.form.save()

    def _saved(self, draft) -> None:
        """The list was brought up to date by what the save published; select the record saved."""
        self._current_id = draft.id
        self.select_id(draft.id)
        self._update_title()
        self.message.emit(self.saved_message(draft))

    def ask_delete(self, record_id: int, title: str) -> dict | None:
        """Ask before deleting; the options of the deletion, or None when the person renounces. Pages whose
        records events use ask for a replacement instead (``InUseDialog``)."""
        if not confirm(self, self.tr("Supprimer"), self.tr("Supprimer « {0} » ? Cette action est définitive.").format(title)):
            return None
        return {}

    def delete(self) -> None:
        if self.read_only or self._current_id is None:
            return
        record_id = self._current_id
        options = self.ask_delete(record_id, self.form.title())
        if options is None:
            return
        try:
            self.service.delete(record_id, **options)  # the list follows what the deletion publishes
        except NotFoundError:  # already deleted elsewhere: nothing was published
            self._current_id = None
            self.refresh()
        except ValidationError as error:  # used by an event meanwhile, or no valid replacement
            self.message.emit(" ".join(e.message for e in error.errors))
            return
        self._current_id = None
        self.form.load(self.empty_draft())
        self.message.emit(self.deleted_message())

    def set_read_only(self, read_only: bool) -> None:
        """A damaged database: records can be read, not changed (nor before the service came)."""
        read_only = read_only or self.service is None
        super().set_read_only(read_only)
        for button in (self.new_button, self.save_button, self.delete_button):
            button.setEnabled(not read_only)
        if self._form is not None:
            self._form_read_only(read_only)

    def _form_read_only(self, read_only: bool) -> None:
        for widget in self.form.findChildren(QWidget):
            if isinstance(widget, (QLineEdit, QPlainTextEdit, QAbstractSpinBox)):
                widget.setReadOnly(read_only)
            elif isinstance(widget, (QAbstractButton, QComboBox)):
                widget.setEnabled(not read_only)
            elif isinstance(widget, QAbstractItemView):
                widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only
                                       else QAbstractItemView.EditTrigger.DoubleClicked
                                       | QAbstractItemView.EditTrigger.EditKeyPressed)

    def can_leave(self) -> bool:
        return self._form is None or self._form.maybe_save()

    def forget_unsaved(self) -> None:
        if self._form is not None:
            self._form.set_dirty(False)
