"""Clearing what deleted or replaced rows leave behind in the database's storage.

An UPDATE or DELETE does not erase the old bytes: SQLite leaves them in the free space of its pages and
in the write-ahead log, PostgreSQL keeps dead row versions until they are vacuumed. After personal data
is removed (anonymisation), the storage is cleared as far as the desk can:

- SQLite: VACUUM rebuilds the file from the live rows only, then a TRUNCATE checkpoint empties the
  write-ahead log.
- PostgreSQL: VACUUM removes the dead row versions of the tables named. What the server keeps in its own
  write-ahead log, archives and dumps is the administrator's (see README).

Both run outside any transaction, on the driver's connection.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from sqlalchemy import Engine

log = logging.getLogger(__name__)


def scrub_freed_space(engine: Engine, tables: Sequence[str]) -> bool:
    """Clear the freed space (see the module); True when it was done, False (logged) when another
    workstation kept it from completing: the data is removed all the same, only its old bytes may stay
    until the next time."""
    raw = engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert driver is not None
        if engine.dialect.name == "sqlite":
            driver.execute("VACUUM")
            busy = driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            if busy:
                log.warning("write-ahead log still in use by another connection: not emptied")
            return not busy
        if engine.dialect.name == "postgresql":
            driver.rollback()
            driver.autocommit = True
            try:
                driver.execute("VACUUM " + ", ".join(f'"{t}"' for t in tables))
            finally:
                driver.autocommit = False
        return True
    except Exception as exc:  # noqa: BLE001 - a busy database or missing rights: reported, not fatal
        log.warning("freed space not cleared: %s", exc)
        return False
    finally:
        raw.close()
