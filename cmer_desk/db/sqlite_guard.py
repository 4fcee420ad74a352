"""Two guards on every SQLite connection of the desk: it still holds its own files, and a writer waits.

**Its own files.** SQLite's locks are POSIX locks, held per process. Whenever code in this process opens
and closes the database file through a descriptor of its own, the process silently loses every lock
it held on the file; the next process to close the database then believes it is alone, checkpoints and
*deletes* the write-ahead log (and ``-shm``) that our connections still write into: every later commit
"succeeds" into a deleted file and is lost. The desk never does that (cmer_desk.ui.file_dialogs,
cmer_desk.db.live_files), and this module notices if anything ever does: each connection records which
database file and which ``-wal`` it opened (device and inode); every checkout from the pool and every
commit compares them with what the names designate now.

- At checkout (the start of every transaction), a difference means nothing was written yet: every
  pooled connection is closed (all of them share the stale ``-shm`` mapping, so none may stay open while
  a new one opens), a fresh connection opens the file as it is now, the work goes on, and the listeners
  are told (the window and the command line say so).
- At commit, a difference means this transaction would be written into a deleted file: it is refused
  with a French message (LostDatabaseFilesError), nothing is committed, and the next transaction reopens.

**Writers wait.** A transaction that will write begins with BEGIN IMMEDIATE (SQLite's write lock at
once). While another process writes, it waits: short attempts, so that the listeners can say "another
write is in progress" after a second and the window can repaint, up to WRITE_WAIT_S (minutes); then a
French message. A wait that can never end (this thread already holds the write lock on another
connection) is a deadlock and fails at once.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, event, exc

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000  # any other statement that meets a lock (rare in WAL mode) waits this long
WAIT_STEP_MS = 250  # one attempt at the write lock
WAIT_NOTICE_S = 1.0  # listeners hear of a wait after this long
WRITE_WAIT_S = 300.0  # then give up, with a French message
SQLITE_BUSY, SQLITE_LOCKED = 5, 6

Identity = tuple[int, int] | None


class LostDatabaseFilesError(Exception):
    """The connection's files are no longer the database's: nothing was written; French message."""

    def __init__(self) -> None:
        super().__init__(
            "L'enregistrement n'a pas été fait : pendant l'opération, la base de données a été ouverte par un "
            "autre programme d'une façon qui aurait perdu la modification. cmer-desk a rouvert la base ; "
            "recommencez l'opération."
        )


class WriteWaitError(Exception):
    """Waiting for the write lock ended (timeout or deadlock); French message."""


@dataclass
class Listener:
    """What the window or the command line does when the guard has something to say."""

    waiting: Callable[[float], None] = lambda seconds: None  # called every step while waiting
    done_waiting: Callable[[], None] = lambda: None
    reopened: Callable[[str], None] = lambda message: None


@dataclass
class _EngineState:
    database: Path
    listeners: list[Listener] = field(default_factory=list)
    checked_out: set[int] = field(default_factory=set)  # id() of the pool's records in use
    writing_threads: dict[int, int] = field(default_factory=dict)  # thread id -> open write transactions
    lock: threading.Lock = field(default_factory=threading.Lock)


_STATES: weakref.WeakKeyDictionary[Engine, _EngineState] = weakref.WeakKeyDictionary()

REOPENED = (
    "La base de données a été rouverte : un programme l'avait ouverte d'une façon qui fait perdre à cmer-desk "
    "ses verrous sur le fichier. Les enregistrements confirmés jusqu'ici sont dans la base."
)


def _identity(path: str | Path) -> Identity:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _files(database: Path) -> tuple[Identity, Identity]:
    return _identity(database), _identity(f"{database}-wal")


def add_listener(engine: Engine, listener: Listener) -> Callable[[], None]:
    """Hear about waits and reopenings on ``engine``; returns the function that stops listening."""
    state = _STATES.get(engine)
    if state is None:
        return lambda: None
    state.listeners.append(listener)
    return lambda: state.listeners.remove(listener) if listener in state.listeners else None


def tell(state: _EngineState, what: str, *args) -> None:  # also for cmer_desk.db.pg_waits
    for listener in list(state.listeners):
        try:
            getattr(listener, what)(*args)
        except Exception:  # noqa: BLE001 - a listener's failure must not break the database work
            log.exception("guard listener failed")


# --- the files ---------------------------------------------------------------------------------------------


def record_files(state: _EngineState, connection_record) -> None:
    """After the connection's pragmas (the WAL is open): which files this connection holds."""
    connection_record.info["cmer_files"] = _files(state.database)


def _stale(state: _EngineState, info: dict) -> bool:
    """The connection whose pool ``info`` this is no longer holds the files the names designate."""
    held = info.get("cmer_files")
    if held is None:  # not one of ours
        return False
    now = _files(state.database)
    if held[1] is None:  # a new file gets its -wal at its first write, a read-only one never: from now on
        if now[1] is not None and now[0] == held[0]:
            info["cmer_files"] = now
        return False
    return now != held


def _on_checkout(state: _EngineState, engine: Engine):
    def checkout(_dbapi_connection, connection_record, _proxy) -> None:
        with state.lock:
            state.checked_out.add(id(connection_record))
            others = len(state.checked_out) - 1
        if not _stale(state, connection_record.info):
            return
        log.error("database files changed under this process (held %s, now %s): reopening",
                  connection_record.info.get("cmer_files"), _files(state.database))
        if others:  # another connection is in use: a new one would share its stale -shm mapping
            raise LostDatabaseFilesError()
        engine.pool.dispose()  # every idle connection shares the stale mapping: close them all first
        tell(state, "reopened", REOPENED)
        raise exc.DisconnectionError("database files changed: reconnect")  # SQLAlchemy reopens this one

    return checkout


def _on_checkin(state: _EngineState):
    def checkin(_dbapi_connection, connection_record) -> None:
        _write_ended(state, connection_record.info)  # a transaction ended without commit or rollback event
        with state.lock:
            state.checked_out.discard(id(connection_record))

    return checkin


def _on_close(state: _EngineState):
    def close(dbapi_connection, connection_record) -> None:
        with state.lock:
            state.checked_out.discard(id(connection_record))
        # A stale connection's close must not checkpoint and delete the -wal that the file's name now
        # designates (it may hold another process's commits): SQLite skips both with this option.
        if _stale(state, connection_record.info) and hasattr(dbapi_connection, "setconfig"):  # Python 3.12+
            try:
                dbapi_connection.setconfig(sqlite3.SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, True)  # type: ignore[attr-defined]
            except sqlite3.Error:
                log.warning("cannot turn off the checkpoint on close of a stale connection")

    return close


def _on_commit(state: _EngineState):
    def commit(connection) -> None:
        _write_ended(state, connection.info)
        if _stale(state, connection.info):
            log.error("database files changed during a transaction: commit refused")
            raise LostDatabaseFilesError()

    return commit


def _on_rollback(state: _EngineState):
    def rollback(connection) -> None:
        _write_ended(state, connection.info)

    return rollback


# --- waiting for the write lock ------------------------------------------------------------------------------


def _write_ended(state: _EngineState, info: dict) -> None:
    if not info.pop("cmer_writing", False):
        return
    me = threading.get_ident()
    with state.lock:
        left = state.writing_threads.get(me, 0) - 1
        if left > 0:
            state.writing_threads[me] = left
        else:
            state.writing_threads.pop(me, None)


def _is_busy(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (SQLITE_BUSY, SQLITE_LOCKED)
    return "locked" in str(error) or "busy" in str(error)


def begin_immediate(state: _EngineState, connection) -> None:
    """BEGIN IMMEDIATE, waiting for another writer as long as WRITE_WAIT_S, telling the listeners."""
    me = threading.get_ident()
    if state.writing_threads.get(me):
        raise WriteWaitError(
            "Écriture impossible : cette fenêtre attendrait la fin de sa propre écriture en cours (blocage). "
            "Le détail est dans le journal ; rien n'a été enregistré."
        )
    raw = connection.connection.driver_connection
    started = time.monotonic()
    waited_long = False
    raw.execute(f"PRAGMA busy_timeout = {WAIT_STEP_MS}")
    try:
        while True:
            try:
                raw.execute("BEGIN IMMEDIATE")
                break
            except sqlite3.OperationalError as error:
                if not _is_busy(error):
                    raise
            waited = time.monotonic() - started
            if waited >= WRITE_WAIT_S:
                log.error("write lock not obtained after %.0f s", waited)
                raise WriteWaitError(
                    f"Enregistrement impossible : une autre écriture occupe la base depuis plus de "
                    f"{_duration(WRITE_WAIT_S)} (import en cours ou autre poste bloqué). Rien n'a été enregistré ; "
                    "réessayez plus tard."
                ) from None
            if waited >= WAIT_NOTICE_S:
                if not waited_long:
                    log.info("waiting for another writer")
                waited_long = True
                tell(state, "waiting", waited)
    finally:
        raw.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if waited_long:
            log.info("write lock obtained after %.1f s", time.monotonic() - started)
            tell(state, "done_waiting")
    connection.info["cmer_writing"] = True
    with state.lock:
        state.writing_threads[me] = state.writing_threads.get(me, 0) + 1


def _duration(seconds: float) -> str:
    minutes = round(seconds / 60)
    if minutes >= 1:
        return f"{minutes} minute" + ("s" if minutes > 1 else "")
    return f"{round(seconds)} secondes"


# --- set-up ------------------------------------------------------------------------------------------------


def install_listeners(engine: Engine, database: Path | None = None) -> _EngineState:
    """Let listeners hear about ``engine`` (any engine; the SQLite guards come with ``install``)."""
    state = _STATES.get(engine)
    if state is None:
        state = _STATES[engine] = _EngineState(Path(database or ""))
    return state


def install(engine: Engine, database: Path) -> _EngineState:
    """Watch ``engine`` (a SQLite file): call once, before its first connection."""
    state = install_listeners(engine, database)
    event.listen(engine, "checkout", _on_checkout(state, engine))
    event.listen(engine, "checkin", _on_checkin(state))
    event.listen(engine, "close", _on_close(state))
    event.listen(engine, "commit", _on_commit(state))
    event.listen(engine, "rollback", _on_rollback(state))
    return state


def state_of(engine: Engine) -> _EngineState | None:
    return _STATES.get(engine)
