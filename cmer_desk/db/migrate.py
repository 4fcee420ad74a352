"""Schema migrations (Alembic), run automatically at start after a backup of the SQLite file."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from cmer_desk.db.engine import sqlite_path
from cmer_desk.db.revision import HEAD_REVISION
from cmer_desk.db.sqlite_copy import backup_name, backup_sqlite

log = logging.getLogger(__name__)

__all__ = ["alembic_config", "backup_sqlite", "current_revision", "head_revision", "migration_connection", "upgrade"]

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config():
    """Alembic's configuration for our migrations (Alembic is imported only when it is needed)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    return HEAD_REVISION


def known_revisions() -> set[str]:
    """Every revision of our migrations (Alembic is imported here)."""
    from alembic.script import ScriptDirectory

    return {r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def recorded_revision(connection: Connection) -> str | None:
    """The revision recorded in the database (Alembic's ``alembic_version`` table), None when empty."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return recorded_revision(connection)


def _sqlite_foreign_keys(connection: Connection, on: bool | None = None) -> bool:
    """SQLite's foreign-key switch, read (and set, with ``on``) on the driver's connection: outside any
    transaction, where the pragma takes effect (SQLAlchemy would begin one first). Returns its value
    before."""
    driver = connection.connection.driver_connection
    assert driver is not None
    before = bool(driver.execute("PRAGMA foreign_keys").fetchone()[0])
    if on is not None:
        driver.execute(f"PRAGMA foreign_keys = {'ON' if on else 'OFF'}")
    return before


@contextmanager
def migration_connection(engine: Engine) -> Iterator[Connection]:
    """A connection, in a transaction, to run Alembic on. A migration may rebuild a SQLite table (drop it,
    then rename a copy): with foreign keys on, dropping the contact table would delete every
    accreditation (ON DELETE CASCADE). So, as SQLite's own procedure says: foreign keys off outside any
    transaction, checked before the commit, set back after."""
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        before = _sqlite_foreign_keys(connection, False) if sqlite else False
        try:
            with connection.begin():
                yield connection
                if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                    raise RuntimeError("a migration broke a foreign key; nothing was changed")
        finally:
            if sqlite:
                _sqlite_foreign_keys(connection, before)


def upgrade(engine: Engine, backup_dir: Path | None = None) -> Path | None:
    """Bring the schema to the newest revision; returns the backup taken first, if any.

    A SQLite file that already holds data is backed up before any migration touches it.
    """
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return None
    backup = None
    path = sqlite_path(str(engine.url))
    if current is not None and path is not None and path.exists() and backup_dir is not None:
        backup = backup_sqlite(path, backup_dir / backup_name(path.stem, datetime.now(), f"avant-migration-{head}"))
        log.info("backup before migration: %s", backup)
    from alembic import command

    config = alembic_config()
    with migration_connection(engine) as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    log.info("schema upgraded from %s to %s", current, head)
    return backup
