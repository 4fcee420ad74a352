"""Alembic environment: runs on the connection handed over by cmer_desk.db.migrate."""

from __future__ import annotations

from alembic import context

from cmer_desk.db.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when alembic is run by hand
    from sqlalchemy import create_engine

    from cmer_desk.db.engine import resolve_database_url

    connection = create_engine(resolve_database_url()).connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
