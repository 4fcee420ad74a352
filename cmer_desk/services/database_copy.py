"""Copy every record of one database into an empty one (SQLite to PostgreSQL and back)."""

from __future__ import annotations

import logging

from sqlalchemy import Connection, Engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from cmer_desk.db import migrate
from cmer_desk.db.engine import make_engine
from cmer_desk.db.models import Base
from cmer_desk.domain.errors import FieldError, ValidationError
from cmer_desk.domain.i18n import _
from cmer_desk.services.failures import describe

log = logging.getLogger(__name__)
BATCH = 5000


class CopyError(Exception):
    """The copy could not be made; the message is in French and never shows a password."""


def _counts(connection: Connection) -> dict[str, int]:
    return {
        table.name: connection.scalar(select(func.count()).select_from(table)) or 0
        for table in Base.metadata.sorted_tables
    }


def copy_database(source: Engine, target_url: str) -> dict[str, int]:
    """Copy all tables, parents first, in one transaction on the target; returns the rows per table.

    The target is brought to the current schema first and must hold no record. The source is read as
    one snapshot (one read transaction on SQLite, REPEATABLE READ on PostgreSQL), so a desk writing
    meanwhile changes nothing in the copy; the snapshot's counts are compared with the target's, table
    by table.
    """
    if target_url == str(source.url):
        raise ValidationError([FieldError("target", _("La base cible est la base en cours d'utilisation."))])
    shown = make_url(target_url).render_as_string(hide_password=True)
    target = make_engine(target_url)
    try:
        try:
            migrate.upgrade(target)
            with target.connect() as connection:
                already = any(_counts(connection).values())
        except DBAPIError as exc:
            raise CopyError(f"Copie impossible vers « {shown} » : {describe(exc)}.") from exc
        if already:
            raise ValidationError(
                [FieldError("target", _("La base cible contient déjà des données : la copie se fait vers une base vide."))]
            )
        with source.connect() as reader:
            if reader.dialect.name == "postgresql":
                reader.execution_options(isolation_level="REPEATABLE READ")
            with reader.begin():
                expected = _counts(reader)  # the first read fixes the snapshot everything below comes from
                try:
                    _copy_rows(reader, target)
                except DBAPIError as exc:
                    raise CopyError(f"Copie impossible vers « {shown} » : {describe(exc)}. La base cible est "
                                    "restée vide.") from exc
        with target.connect() as connection:
            copied = _counts(connection)
        if expected != copied:
            different = [name for name in expected if expected[name] != copied.get(name)]
            raise CopyError(f"Copie incomplète vers « {shown} » : les comptes diffèrent pour {', '.join(different)}.")
        log.info("copied %s rows to %s", sum(copied.values()), shown)
        return copied
    finally:
        target.dispose()


def _copy_rows(reader: Connection, target: Engine) -> None:
    with target.begin() as writer:
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
