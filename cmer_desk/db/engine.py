"""Engine set-up: where the database is, and the SQLite pragmas every connection needs."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from urllib.parse import unquote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from cmer_desk.db import live_files, pg_waits, sqlite_guard
from cmer_desk.db.location import ENV_DATABASE as ENV_DATABASE  # (where the database is: a light module)
from cmer_desk.db.location import NetworkDriveError as NetworkDriveError
from cmer_desk.db.location import default_database_path as default_database_path
from cmer_desk.db.location import refuse_network_path
from cmer_desk.db.location import resolve_database_url as resolve_database_url
from cmer_desk.db.sqlite_copy import is_read_only, read_only_uri
from cmer_desk.db.sqlite_guard import BUSY_TIMEOUT_MS

log = logging.getLogger(__name__)

def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for another engine or an in-memory database."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    if parsed.query.get("uri") == "true" and parsed.database.startswith("file:"):  # a read-only engine
        return Path(unquote(parsed.database[len("file:"):]))
    return Path(parsed.database)


def is_read_only_engine(engine: Engine) -> bool:
    """An engine opened on a SQLite file it cannot write (see make_engine)."""
    return engine.dialect.name == "sqlite" and engine.url.query.get("mode") == "ro"


def _prepare_sqlite_file(path: Path) -> None:
    """Create the folder and an empty file readable by its owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)


def _on_sqlite_connect(state, read_only: bool):
    def connect(dbapi_connection, connection_record) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin, so that SAVEPOINTs
        # (nested service calls inside a batch) work; see SQLAlchemy's pysqlite notes.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not read_only:  # a read-only file keeps the journal it has
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()
        sqlite_guard.record_files(state, connection_record)

    return connect


WRITE_TRANSACTION = {"cmer_write": True}


def _on_sqlite_begin(state):
    def begin(connection) -> None:
        # A transaction that will write takes SQLite's write lock at once (BEGIN IMMEDIATE): it waits for
        # another writer (sqlite_guard says how long and tells the listeners) instead of failing when it
        # tries to upgrade a read snapshot that another process has made stale.
        if connection.get_execution_options().get("cmer_write", False):
            sqlite_guard.begin_immediate(state, connection)
        else:
            connection.exec_driver_sql("BEGIN")

    return begin


def begin_write(session: Session) -> None:
    """Mark the session's transaction as a writing one (call before its first statement)."""
    session.connection(execution_options=WRITE_TRANSACTION)


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    """An engine on ``url``; a SQLite file that cannot be written (file, folder or disk read-only, or
    ``read_only`` asked: a full disk) is opened read-only, so that it can still be read and exported
    (is_read_only_engine tells)."""
    path = sqlite_path(url)
    if path is not None:
        refuse_network_path(path)
        if path.is_file() and (read_only or is_read_only(path)):
            read_only = True
            url = f"sqlite:///{read_only_uri(path)}&uri=true"
        else:
            read_only = False
            _prepare_sqlite_file(path)
        live_files.register(path)
    # Parameters stay out of error messages and the log: they hold people's names and addresses.
    postgresql = make_url(url).get_backend_name() == "postgresql"
    engine = create_engine(url, future=True, hide_parameters=True,
                           connect_args=pg_waits.connect_args(dict(make_url(url).query)) if postgresql else {})
    if postgresql:
        pg_waits.install(engine)
    if engine.dialect.name == "sqlite":
        state = sqlite_guard.install(engine, path or Path(":memory:"))  # in memory: no file to compare
        event.listen(engine, "connect", _on_sqlite_connect(state, read_only))
        event.listen(engine, "begin", _on_sqlite_begin(state))
    log.info("database: %s", engine.url.render_as_string(hide_password=True))
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
