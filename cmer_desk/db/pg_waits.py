"""Writers that wait, on PostgreSQL: a statement blocked by another transaction's lock waits up to
LOCK_TIMEOUT (then a French message, see cmer_desk.services.failures), and after a second the
listeners of cmer_desk.db.sqlite_guard hear that it is waiting. One watchdog thread per engine asks the
server (pg_stat_activity) whether a statement running for more than a second is waiting on a lock, not
merely working."""

from __future__ import annotations

import logging
import threading
import time

from sqlalchemy import Engine, event, text

from cmer_desk.db import sqlite_guard

log = logging.getLogger(__name__)

LOCK_TIMEOUT = "300s"  # SET lock_timeout: a wait of minutes, then an error
CHECK_EVERY_S = 1.0


def connect_args(url_query: dict) -> dict:
    """psycopg's connection arguments: every session gets the lock timeout (unless the URL sets options)."""
    if "options" in url_query:
        return {}
    return {"options": f"-c lock_timeout={LOCK_TIMEOUT}"}


class _Watchdog:
    def __init__(self, engine: Engine, state) -> None:
        self.engine, self.state = engine, state
        self.running: dict[int, float] = {}  # backend pid -> when its statement began
        self.told: set[int] = set()
        self.lock = threading.Lock()
        self.thread: threading.Thread | None = None

    def begin(self, pid: int) -> None:
        with self.lock:
            self.running[pid] = time.monotonic()
            if self.thread is None:
                self.thread = threading.Thread(target=self._run, name="cmer-desk-pg-waits", daemon=True)
                self.thread.start()

    def end(self, pid: int) -> None:
        with self.lock:
            self.running.pop(pid, None)
            told = pid in self.told
            self.told.discard(pid)
        if told:
            sqlite_guard.tell(self.state, "done_waiting")

    def _run(self) -> None:
        while True:
            time.sleep(CHECK_EVERY_S)
            now = time.monotonic()
            with self.lock:
                long_ones = {pid: began for pid, began in self.running.items() if now - began >= CHECK_EVERY_S}
            if not long_ones:
                continue
            try:
                with self.engine.connect() as connection:
                    waiting = set(connection.execute(
                        text("SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND pid = ANY(:pids)"),
                        {"pids": list(long_ones)},
                    ).scalars())
            except Exception:  # noqa: BLE001 - the watchdog only informs; the statements go on
                log.debug("wait check failed", exc_info=True)
                continue
            for pid in waiting:
                with self.lock:
                    if pid not in self.running:
                        continue
                    self.told.add(pid)
                sqlite_guard.tell(self.state, "waiting", now - long_ones[pid])


def install(engine: Engine) -> None:
    """Watch the statements of ``engine`` (PostgreSQL) for lock waits, when someone listens."""
    state = sqlite_guard.install_listeners(engine)
    watchdog = _Watchdog(engine, state)

    def before(connection, _cursor, statement, *_args) -> None:
        if not state.listeners or "pg_stat_activity" in statement:
            return
        pid = connection.info.get("cmer_backend_pid")
        if pid is None:
            pid = connection.info["cmer_backend_pid"] = connection.connection.driver_connection.info.backend_pid
        connection.info["cmer_watched"] = pid
        watchdog.begin(pid)

    def after(connection) -> None:
        pid = connection.info.pop("cmer_watched", None) if connection is not None else None
        if pid is not None:
            watchdog.end(pid)

    event.listen(engine, "before_cursor_execute", before)
    event.listen(engine, "after_cursor_execute", lambda connection, *_args: after(connection))
    event.listen(engine, "handle_error", lambda context: after(context.connection))
