"""Writing many rows at once where SQLAlchemy's per-row work would cost more than the writing (the import
of a file of 50,000 contacts)."""

from __future__ import annotations

from sqlalchemy import ColumnDefault, Table
from sqlalchemy.orm import Session


def insert_many(session: Session, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """Rows of a link table through the driver's own executemany (a loop in C for SQLite): for 50,000
    contacts, SQLAlchemy's parameter processing of three such tables costs more than the writing."""
    if not rows:
        return
    connection = session.connection()
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join([mark] * len(columns))})"
    connection.exec_driver_sql(sql, rows)


def insert_with_next_ids(session: Session, table: Table, rows: list[dict]) -> list[int]:
    """Insert rows into an AUTOINCREMENT table of a SQLite file with the ids SQLite would give them, through
    the driver's own executemany, and return those ids.

    SQLAlchemy cannot batch an INSERT ... RETURNING in parameter order on SQLite: it runs one statement a
    row. The import holds SQLite's write lock from its start (BEGIN IMMEDIATE), so the next ids are the
    ones after the largest id ever given (sqlite_sequence, which the inserts move on as SQLite's own
    numbering does). Every column gets what SQLAlchemy's INSERT would give it: the value, else the
    column's default; then the column type's conversion for the driver."""
    if not rows:
        return []
    connection = session.connection()
    last = connection.exec_driver_sql(
        f"SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = ?), 0), "  # noqa: S608 - our table's name
        f"coalesce((SELECT max(id) FROM {table.name}), 0))", (table.name,)).scalar_one()
    ids = list(range(last + 1, last + 1 + len(rows)))
    given = rows[0].keys()
    columns, values = [table.c.id], [ids]
    for column in table.c:
        if column.key == "id":
            continue
        if column.key in given:
            values.append([row[column.key] for row in rows])
        elif isinstance(column.default, ColumnDefault):
            default = column.default
            values.append([default.arg(None) for _ in rows] if default.is_callable else [default.arg] * len(rows))
        else:
            continue  # no value and no default in Python: the column's server default, or NULL
        columns.append(column)
    converted = []
    for column, column_values in zip(columns, values, strict=True):
        convert = column.type.dialect_impl(connection.dialect).bind_processor(connection.dialect)
        converted.append([convert(v) for v in column_values] if convert else column_values)
    sql = (f"INSERT INTO {table.name} ({', '.join(c.name for c in columns)}) "  # noqa: S608 - our own names
           f"VALUES ({', '.join('?' * len(columns))})")
    connection.exec_driver_sql(sql, list(zip(*converted, strict=True)))
    return ids
