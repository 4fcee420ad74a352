"""The database file: pragmas, permissions, migrations and backups."""

from __future__ import annotations

import contextlib
import sqlite3
import stat

import pytest
from sqlalchemy import inspect, text

from cmer_desk.app import AppContext
from cmer_desk.db import migrate
from cmer_desk.db.engine import resolve_database_url


@pytest.mark.sqlite_only
def test_every_connection_has_foreign_keys_wal_and_busy_timeout(app):
    with app.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


@pytest.mark.sqlite_only
def test_database_file_is_readable_by_its_owner_only(app, db_path):
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_schema_is_created_at_head_and_reopening_is_a_no_op(app, database_url):
    assert migrate.current_revision(app.engine) == migrate.head_revision()
    tables = set(inspect(app.engine).get_table_names())
    assert {"organisation", "contact", "tag", "event", "accreditation", "bureau_profile", "change_log"} <= tables
    again = AppContext.open(database_url)
    try:
        assert migrate.upgrade(again.engine, again.backup_dir) is None
    finally:
        again.close()


@pytest.mark.sqlite_only
def test_a_migration_is_preceded_by_a_backup_taken_with_the_backup_api(app, db_path, tmp_path):
    app.example.load()
    with app.engine.begin() as connection:  # pretend the file is one revision behind
        connection.execute(text("UPDATE alembic_version SET version_num = 'older'"))
    older = AppContext.open(str(db_path), migrate_schema=False)
    try:
        # Alembic cannot go from an unknown revision; what matters here is that the copy comes first.
        with contextlib.suppress(Exception):
            migrate.upgrade(older.engine, tmp_path / "backups")
    finally:
        older.close()
    copies = list((tmp_path / "backups").glob("press-*-avant-migration-*.db"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as copy:
        assert copy.execute("SELECT count(*) FROM contact").fetchone()[0] == 14
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_database_location_from_argument_environment_or_default(monkeypatch, tmp_path):
    assert resolve_database_url(str(tmp_path / "a.db")) == f"sqlite:///{tmp_path / 'a.db'}"
    assert resolve_database_url("postgresql+psycopg://desk@serveur/presse") == "postgresql+psycopg://desk@serveur/presse"
    monkeypatch.setenv("CMER_DESK_DATABASE", str(tmp_path / "b.db"))
    assert resolve_database_url(None) == f"sqlite:///{tmp_path / 'b.db'}"
    monkeypatch.delenv("CMER_DESK_DATABASE")
    assert resolve_database_url(None).endswith("cmer-desk/cmer-desk.db")


def test_the_head_revision_known_at_start_is_alembics_head():
    from alembic.script import ScriptDirectory

    assert migrate.head_revision() == ScriptDirectory.from_config(migrate.alembic_config()).get_current_head()


def test_the_letterhead_revision_adds_the_letterhead_fields_and_keeps_the_profile(app, database_url):
    """Down to 0002 (the columns go), up again to the head: the saved profile is whole, with the defaults."""
    from alembic import command

    app.example.load()
    accredited = len(app.accreditations.rows(1))
    config = migrate.alembic_config()
    with migrate.migration_connection(app.engine) as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
    with app.engine.connect() as connection:
        columns = {c["name"] for c in inspect(connection).get_columns("bureau_profile")}
    assert "issuer_title" not in columns and "font_regular" not in columns
    with migrate.migration_connection(app.engine) as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    assert len(app.accreditations.rows(1)) == accredited  # tables rebuilt on the way kept their rows
    profile = app.profile.get()
    assert profile.full_name.startswith("Préfecture de police des Bouches-du-Rhône")
    assert profile.issuer_title == "" and profile.motto is True and profile.font_regular == ""
    assert profile.apostrophe.value == "straight"
