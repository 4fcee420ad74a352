"""Schema migrations (Alembic), run automatically at start after a backup of the SQLite file."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from cmer_desk.db.engine import sqlite_path
from cmer_desk.db.sqlite_copy import backup_name, backup_sqlite

log = logging.getLogger(__name__)

__all__ = ["alembic_config", "backup_sqlite", "current_revision", "head_revision", "upgrade"]

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


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
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    log.info("schema upgraded from %s to %s", current, head)
    return backup
