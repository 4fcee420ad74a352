"""What another workstation saved shows up within seconds, without a manual refresh.

Every few seconds the window reads the change counter (one indexed max() on the change log, see
cmer_desk.services.changes). When it moved, the changes this window did not make itself are sorted by
page: the page on screen reloads its list now (keeping selection and scroll position), the others when
they are next shown. A form with unsaved changes is never reloaded; its page shows a banner instead.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

POLL_INTERVAL_MS = 3000


class LiveUpdates(QObject):
    def __init__(self, window, interval_ms: int = POLL_INTERVAL_MS):
        super().__init__(window)
        self.window = window
        self.changes = window.app.changes
        self.own = self.changes.track_own()  # ids of the changes this window committed
        self.mark = self.changes.mark()
        self.pending: dict[QObject, set[int | None]] = {}  # page -> ids changed while it was hidden
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        window.sidebar.currentRowChanged.connect(lambda _row: self.apply_pending())

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
            self.pending.clear()
            self.window.safety.restored_elsewhere(restored[-1])
            return len(changes)
        log.info("%d change(s) from another workstation", len(changes))
        self._dispatch(changes)
        users = sorted({c.user_name for c in changes})
        window = self.window
        if len(changes) == 1:
            text = self.tr("Mis à jour : 1 modification d'un autre poste ({0})")
        else:
            text = self.tr("Mis à jour : {1} modifications d'autres postes ({0})")
        window.show_message(text.format(", ".join(users), len(changes)))
        return len(changes)

    def _dispatch(self, changes) -> None:
        w = self.window
        touched: dict[QObject, set[int | None]] = {}
        for change in changes:
            if change.entity == "contact":
                pages = [w.contacts_page, w.accreditations_page]
            elif change.entity == "organisation":
                pages = [w.organisations_page, w.contacts_page]
            elif change.entity == "event" or change.entity == "accreditation":
                pages = [w.events_page, w.accreditations_page]
            else:
                continue
            for page in pages:
                ids = touched.setdefault(page, set())
                if getattr(page, "entity", None) == change.entity:
                    ids.add(change.record_id)
        for page, ids in touched.items():
            self.pending.setdefault(page, set()).update(ids)
        self.apply_pending()

    def apply_pending(self) -> None:
        page = self.window.current_page()
        ids = self.pending.pop(page, None)
        if ids is None:
            return
        if hasattr(page, "reload_from_elsewhere"):
            page.reload_from_elsewhere(ids)
        else:
            page.refresh()  # the accreditations of the selected event
