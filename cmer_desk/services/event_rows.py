"""The rows of the event list: composed from plain values in one place, whether EventService read them
through SQLAlchemy or the window read them at start before the database layer was imported
(``first_rows``). No SQLAlchemy here."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime
from typing import NamedTuple

from cmer_desk.db.first_read import EventValues, Tally, read_event_list
from cmer_desk.db.location import NetworkDriveError, database_file
from cmer_desk.domain.dates import long_date, time_in_words
from cmer_desk.domain.enums import AccreditationStatus, EventKind, EventStatus

log = logging.getLogger(__name__)


class EventRow(NamedTuple):
    id: int
    starts_at: datetime
    when: str  # "mercredi 24 janvier 2018, 11 heures 30"
    title: str
    kind: str  # French label
    status: str  # French label
    place: str
    confirmed: int
    requested: int


def compose_rows(events: Iterable[EventValues], tallies: Iterable[Tally]) -> list[EventRow]:
    """The list's rows from the events' plain values and the accreditations counted by event and status:
    each day's words, the French labels, the venue line, the confirmed and requested counts."""
    counts = {(event_id, status): n for event_id, status, n in tallies}
    confirmed, requested = AccreditationStatus.CONFIRMED.value, AccreditationStatus.REQUESTED.value
    return [
        EventRow(
            eid,
            starts_at,
            f"{long_date(starts_at.date())}, {time_in_words(starts_at.time())}",
            title,
            EventKind(kind).label,
            EventStatus(status).label,
            ", ".join(p for p in (venue_name, venue_city) if p),
            counts.get((eid, confirmed), 0),
            counts.get((eid, requested), 0),
        )
        for eid, starts_at, title, kind, status, venue_name, venue_city in events
    ]


def first_rows(database: str | None) -> list[EventRow] | None:
    """The rows ``EventService.rows()`` gives, read from a SQLite file before SQLAlchemy is imported (see
    cmer_desk.db.first_read); None when they cannot be read that way for sure (PostgreSQL, a network
    drive, a file missing, locked, damaged or to be migrated...): the caller then takes the normal path."""
    try:
        path = database_file(database)
        read = read_event_list(path) if path is not None else None
        return compose_rows(*read) if read is not None else None
    except NetworkDriveError:
        return None
    except Exception as error:  # noqa: BLE001 - anything unexpected (a kind the desk does not know...): normal path
        log.debug("no early event list: %r", error)
        return None
