"""Copy every record of one database into an empty one (SQLite to PostgreSQL and back)."""

from __future__ import annotations

import logging

from sqlalchemy import Engine, func, select, text

from cmer_desk.db import migrate
from cmer_desk.db.engine import make_engine
from cmer_desk.db.models import Base
from cmer_desk.domain.errors import FieldError, ValidationError

log = logging.getLogger(__name__)
BATCH = 5000


def _counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {
            table.name: connection.scalar(select(func.count()).select_from(table)) or 0 for table in Base.metadata.sorted_tables
        }


def copy_database(source: Engine, target_url: str) -> dict[str, int]:
    """Copy all tables, parents first, in one transaction on the target; returns the rows per table.

    The target is brought to the current schema first and must hold no record; after the copy the
    counts of both sides are compared table by table.
    """
    if target_url == str(source.url):
        raise ValidationError([FieldError("target", "La base cible est la base en cours d'utilisation.")])
    target = make_engine(target_url)
    try:
        migrate.upgrade(target)
        if any(_counts(target).values()):
            raise ValidationError(
                [FieldError("target", "La base cible contient déjà des données : la copie se fait vers une base vide.")]
            )
        with source.connect() as reader, target.begin() as writer:
            for table in Base.metadata.sorted_tables:
                result = reader.execution_options(stream_results=True).execute(select(table))
                while rows := result.fetchmany(BATCH):
                    writer.execute(table.insert(), [dict(row._mapping) for row in rows])
            if writer.dialect.name == "postgresql":
                for table in Base.metadata.sorted_tables:
                    if "id" in table.c and table.c.id.autoincrement:
                        writer.execute(
                            text(
                                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                f"COALESCE((SELECT max(id) FROM {table.name}), 0) + 1, false)"
                            )
                        )
        expected, copied = _counts(source), _counts(target)
        if expected != copied:
            raise RuntimeError(f"copy incomplete: {expected} != {copied}")
        log.info("copied %s rows to %s", sum(copied.values()), target.url.render_as_string(hide_password=True))
        return copied
    finally:
        target.dispose()
