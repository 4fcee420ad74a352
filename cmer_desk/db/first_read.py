"""The event list read straight from the SQLite file with the standard library's ``sqlite3``, before the
database layer (SQLAlchemy) is imported: the window paints it at start, then opens the AppContext.

Read-only and in doubt silent: the file is opened by SQLite itself (read-only, never created, a lock met
is not waited for), only when its schema is at the head revision, and any failure returns None (the
window then takes the normal path, as if this module did not exist). A file that cannot be written is
opened the way the engine opens it (cmer_desk.db.sqlite_copy.read_only_uri).

The two statements are the SQL that EventService's own statements compile to on SQLite
(tests/db/test_first_list.py compiles them and compares), and the values are read as SQLAlchemy reads
them (a DateTime is ISO text on SQLite)."""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from cmer_desk.db.revision import HEAD_REVISION
from cmer_desk.db.sqlite_copy import is_read_only, read_only_uri

log = logging.getLogger(__name__)

EVENT_LIST_SQL = (
    "SELECT event.id, event.starts_at, event.title, event.kind, event.status, event.venue_name, event.venue_city \n"
    "FROM event ORDER BY event.starts_at DESC"
)
TALLIES_SQL = (
    "SELECT accreditation.event_id, accreditation.status, count(*) AS count_1 \n"
    "FROM accreditation GROUP BY accreditation.event_id, accreditation.status"
)

EventValues = tuple[int, datetime, str, str, str, str, str]  # id, start, title, kind, status, venue, city
Tally = tuple[int, str, int]  # event id, accreditation status, how many


def read_event_list(path: Path) -> tuple[list[EventValues], list[Tally]] | None:
    """The events (the latest start first) and the accreditation tallies of the file at ``path``, read in
    one read transaction; None when the file is missing or empty, not at the head revision, locked,
    damaged or anything else."""
    try:
        if not path.is_file() or path.stat().st_size == 0:
            log.debug("no early event list: %s is missing or empty", path)
            return None
        uri = read_only_uri(path) if is_read_only(path) else f"file:{quote(str(path.absolute()))}?mode=ro"
        connection = sqlite3.connect(uri, uri=True, timeout=0, isolation_level=None)
    except (OSError, sqlite3.Error) as error:
        log.debug("no early event list: %s cannot be opened (%s)", path, error)
        return None
    try:
        connection.execute("PRAGMA query_only = ON")
        connection.execute("BEGIN")
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None or revision[0] != HEAD_REVISION:
            log.debug("no early event list: revision %s, not %s", revision and revision[0], HEAD_REVISION)
            return None
        tallies = connection.execute(TALLIES_SQL).fetchall()
        events = [(eid, datetime.fromisoformat(starts_at), *rest)
                  for eid, starts_at, *rest in connection.execute(EVENT_LIST_SQL)]
        connection.execute("ROLLBACK")
    except (sqlite3.Error, ValueError, TypeError) as error:  # locked, damaged, not ours...
        log.debug("no early event list from %s: %s", path, error)
        return None
    finally:
        connection.close()
    return events, tallies
