"""What changed since a mark: lets every workstation see, within seconds, what another one saved.

The services write a change-log row with every change, so the highest change-log id is a change
counter that both engines answer from an index in well under a millisecond. The window polls it every
few seconds and refreshes what changed. One mechanism serves SQLite (which has no cross-process
notification) and PostgreSQL alike; LISTEN/NOTIFY would need a second, PostgreSQL-only code path and a
connection kept open per workstation for a gain of a second or two.
"""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import func, select

from cmer_desk.db.models import ChangeLogEntry
from cmer_desk.services.base import Service


class Change(NamedTuple):
    id: int
    entity: str
    record_id: int | None
    action: str
    user_name: str


class ChangeService(Service):
    entity = "change_log"

    def mark(self) -> int:
        """The current value of the change counter."""
        with self.reading() as session:
            return session.scalar(select(func.max(ChangeLogEntry.id))) or 0

    def since(self, mark: int, limit: int = 1000) -> list[Change]:
        """Changes saved after ``mark``, oldest first."""
        with self.reading() as session:
            return [
                Change(*row)
                for row in session.execute(
                    select(
                        ChangeLogEntry.id,
                        ChangeLogEntry.entity,
                        ChangeLogEntry.record_id,
                        ChangeLogEntry.action,
                        ChangeLogEntry.user_name,
                    )
                    .where(ChangeLogEntry.id > mark)
                    .order_by(ChangeLogEntry.id)
                    .limit(limit)
                )
            ]
