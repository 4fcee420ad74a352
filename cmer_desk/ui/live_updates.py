"""What another workstation saved shows up within seconds, without a manual refresh.

Every few seconds the window reads the change counter (one indexed max() on the change log, see
cmer_desk.services.changes). When it moved, the changes this window did not make itself become one
ChangeSet, handed to every page (Page.take_changes, remote): the page on screen reloads what it shows
now (keeping selection and scroll position), the others when they are next shown. A form with unsaved
changes is never reloaded; its page shows a banner instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer, Signal

from cmer_desk.domain.changes import ChangeSet

log = logging.getLogger(__name__)

POLL_INTERVAL_MS = 3000


class LiveUpdates(QObject):
    message = Signal(str)  # "Mis à jour : ..." for the status bar
    restored = Signal(object)  # the change: another desk restored a backup into this file

    def __init__(self, changes, pages: Callable[[], Iterable], interval_ms: int = POLL_INTERVAL_MS,
                 parent: QObject | None = None):
        """``changes``: the ChangeService; ``pages``: the pages to tell (Page.take_changes)."""
        super().__init__(parent)
        self.changes = changes
        self.pages = pages
        self.own = self.changes.track_own()  # ids of the changes this window committed
        self.mark = self.changes.mark()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.timer.start()

    def poll(self) -> int:
        """Check the counter; returns how many changes from elsewhere were taken in."""
        try:
            mark = self.changes.mark()
        except Exception:  # noqa: BLE001 - a busy or unreachable database: try again at the next tick
            log.warning("change counter unavailable", exc_info=True)
            return 0
        if mark == self.mark:
            return 0
        changes = [c for c in self.changes.since(self.mark) if c.id not in self.own]
        self.mark = mark
        self.own.difference_update({i for i in self.own if i <= mark})
        if not changes:
            return 0
        restored = [c for c in changes if c.entity == "database" and c.action == "restore"]
        if restored:  # another desk restored a backup into this file: everything may differ
            self.restored.emit(restored[-1])
            return len(changes)
        log.info("%d change(s) from another workstation", len(changes))
        changed = ChangeSet.of((c.entity, c.record_id) for c in changes)
        for page in self.pages():
            page.take_changes(changed, remote=True)
        users = sorted({c.user_name for c in changes})
        if len(changes) == 1:
            text = self.tr("Mis à jour : 1 modification d'un autre poste ({0})")
        else:
            text = self.tr("Mis à jour : {1} modifications d'autres postes ({0})")
        self.message.emit(text.format(", ".join(users), len(changes)))
        return len(changes)
