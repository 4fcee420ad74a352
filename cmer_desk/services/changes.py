"""What changed since a mark: lets every workstation see, within seconds, what another one saved.

The services write a change-log row with every change, so the highest change-log id is a change
counter that both engines answer from an index in well under a millisecond. The window polls it every
few seconds and refreshes what changed. One mechanism serves SQLite (which has no cross-process
notification) and PostgreSQL alike; LISTEN/NOTIFY would need a second, PostgreSQL-only code path and a
connection kept open per workstation for a gain of a second or two.
"""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import event, func, inspect, select

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

    def track_own(self) -> set[int]:
        """Start collecting the ids of the change-log entries committed through this context, so that a
        window can tell its own changes from another workstation's even under the same user name.
        Returns the set, filled as transactions commit (a rolled-back entry never enters it)."""
        own: set[int] = set()
        key = "cmer_desk_new_changes"

        def flushed(session, _flush_context) -> None:
            entries = [e for e in session.new if isinstance(e, ChangeLogEntry)]
            if entries:
                session.info.setdefault(key, []).extend(entries)

        def committed(session) -> None:
            own.update(e.id for e in session.info.pop(key, []) if e.id is not None and not inspect(e).transient)

        def rolled_back(session) -> None:
            session.info.pop(key, None)

        event.listen(self.ctx.sessions, "after_flush", flushed)
        event.listen(self.ctx.sessions, "after_commit", committed)
        event.listen(self.ctx.sessions, "after_rollback", rolled_back)
        return own
