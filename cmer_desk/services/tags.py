"""Distribution lists (tags) by name, created when missing in a way two workstations cannot collide on."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from cmer_desk.db.models import Tag


def ensure_tags(session: Session, names: Iterable[str]) -> dict[str, Tag]:
    """The lists with these names, the missing ones created. The creation is an INSERT ... ON CONFLICT DO
    NOTHING: when another workstation creates the same list at the same moment, this one waits for it
    and uses its row, instead of failing on the unique name."""
    wanted = list(dict.fromkeys(names))
    if not wanted:
        return {}
    found = {t.name: t for t in session.scalars(select(Tag).where(Tag.name.in_(wanted)))}
    missing = [name for name in wanted if name not in found]
    if missing:
        # the dialect's own INSERT, imported here: the PostgreSQL dialect costs 25 ms to import, which
        # every command reading contacts or documents on a SQLite file would pay for nothing
        rows = [{"name": n} for n in missing]
        if session.get_bind().dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as postgresql_insert

            session.execute(postgresql_insert(Tag).values(rows).on_conflict_do_nothing(index_elements=[Tag.name]))
        else:
            from sqlalchemy.dialects.sqlite import insert as sqlite_insert

            session.execute(sqlite_insert(Tag).values(rows).on_conflict_do_nothing(index_elements=[Tag.name]))
        found.update((t.name, t) for t in session.scalars(select(Tag).where(Tag.name.in_(missing))))
    return found
