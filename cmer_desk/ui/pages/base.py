"""The contract between the desk window and its pages.

The window asks the page on screen to ``new``, ``save``, ``delete`` and ``focus_search``; every page to
``set_read_only``, ``can_leave``, ``restore_state`` and ``save_state``. What changed reaches a page through
``take_changes``, whether it was saved in this window (published by the services) or on another workstation
(found by the live updates): the page keeps only the entities it ``shows`` and refreshes once, at once when
it is on screen, else when it is next shown.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

from cmer_desk.domain.changes import ChangeSet


class Page(QWidget):
    message = Signal(str)  # a line for the status bar

    key: ClassVar[str] = "page"  # settings prefix
    shows: ClassVar[frozenset[str]] = frozenset()  # the change-log entities this page displays

    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.read_only = False
        self._pending = ChangeSet()
        self._pending_remote = False
        self._stale = False

    # --- what the page is -------------------------------------------------------------------------
    def page_title(self) -> str:
        raise NotImplementedError

    def delete_scope(self) -> QWidget | None:
        """The widget in which the Delete key deletes (None: nothing to delete on this page)."""
        return None

    # --- actions on the page on screen ---------------------------------------------------------------
    def new(self) -> None:
        """Ctrl+N."""

    def save(self) -> bool:
        """Ctrl+S; False when something could not be saved (the page shows why)."""
        return True

    def delete(self) -> None:
        """Suppr, after confirmation."""

    def focus_search(self) -> None:
        """Ctrl+F."""

    # --- data ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read again everything the page shows."""
        self.forget_pending()
        self.reload()

    def reload(self) -> None:
        raise NotImplementedError

    def show_changes(self, changes: ChangeSet, *, remote: bool) -> None:
        """Bring the page up to date with ``changes`` (only entities it shows). By default: refresh."""
        self.refresh()

    def take_changes(self, changes: ChangeSet, *, remote: bool = False) -> None:
        """Something was saved (``remote``: on another workstation). Shown now if the page is on screen,
        else once, when the page is next shown."""
        mine = changes.only(self.shows)
        if not mine:
            return
        self._pending = self._pending | mine
        self._pending_remote = self._pending_remote or remote
        if self.isVisible():
            self._apply_pending()

    def mark_stale(self) -> None:
        """Everything shown may be out of date: read it again now if on screen, else when shown."""
        self._stale = True
        if self.isVisible():
            self._apply_pending()

    def forget_pending(self) -> None:
        self._pending, self._pending_remote, self._stale = ChangeSet(), False, False

    def has_pending(self) -> bool:
        return self._stale or bool(self._pending)

    def _apply_pending(self) -> None:
        if self._stale:
            self.refresh()
            return
        changes, remote = self._pending, self._pending_remote
        self._pending, self._pending_remote = ChangeSet(), False
        if changes:
            self.show_changes(changes, remote=remote)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self.has_pending():
            self._apply_pending()

    # --- every page ----------------------------------------------------------------------------
    def set_read_only(self, read_only: bool) -> None:
        """A damaged database: everything can be read, nothing written."""
        self.read_only = read_only

    def can_leave(self) -> bool:
        """Before closing: False to stay (unsaved changes the user wants to keep)."""
        return True

    def forget_unsaved(self) -> None:
        """Drop what was typed and not saved (the data it belongs to is being replaced)."""

    def layout_parts(self) -> dict[str, QHeaderView | QSplitter]:
        """The headers and splitters whose layout is remembered, by settings name."""
        return {}

    def restore_state(self) -> None:
        for name, part in self.layout_parts().items():
            state = self.settings.value(f"{self.key}/{name}")
            if state is not None:
                part.restoreState(state)

    def save_state(self) -> None:
        for name, part in self.layout_parts().items():
            self.settings.setValue(f"{self.key}/{name}", part.saveState())
