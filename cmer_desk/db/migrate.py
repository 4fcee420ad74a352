"""Schema migrations (Alembic), run automatically at start after a backup of the SQLite file."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from cmer_desk.db.engine import sqlite_path
from cmer_desk.db.sqlite_copy import backup_name, backup_sqlite

log = logging.getLogger(__name__)

__all__ = ["alembic_config", "backup_sqlite", "current_revision", "head_revision", "upgrade"]

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

# The newest revision in migrations/versions. Every start compares the database with it, and importing
# Alembic to find it would cost a third of the start-up time; a test keeps it equal to Alembic's head.
HEAD_REVISION = "0005"


def alembic_config():
    """Alembic's configuration for our migrations (Alembic is imported only when it is needed)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    return HEAD_REVISION


def recorded_revision(connection: Connection) -> str | None:
    """The revision recorded in the database (Alembic's ``alembic_version`` table), None when empty."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return recorded_revision(connection)


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
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    log.info("schema upgraded from %s to %s", current, head)
    return backup
