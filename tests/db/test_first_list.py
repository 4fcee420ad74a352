"""The event list read at start before the database layer is imported (cmer_desk.db.first_read,
cmer_desk.services.event_rows.first_rows): the very rows EventService.rows() gives, read-only, and
nothing at all whenever there is a doubt (the window then takes the normal path)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy.dialects import sqlite as sqlite_dialect

from cmer_desk.app import AppContext
from cmer_desk.db import first_read, migrate
from cmer_desk.domain.drafts import AccreditationDraft, ContactDraft, EventDraft
from cmer_desk.domain.enums import AccreditationStatus, EventKind, EventStatus
from cmer_desk.services.event_rows import first_rows
from cmer_desk.services.events import list_statement, tallies_statement
from tests.conftest import NOW
from tests.db.test_backups import corrupt
from tests.mounts import needs_mount, set_read_only, small_filesystem

ROOT = Path(__file__).resolve().parents[2]


def _fill(app) -> None:
    """The example, and events whose words differ: the 1st of a month, noon, midnight, no venue, a city
    only, every kind and status, accreditations confirmed, requested and refused."""
    app.example.load()
    moments = [datetime(2027, 3, 1, 12, 0), datetime(2027, 3, 2, 0, 0), datetime(2027, 1, 24, 1, 15),
               datetime(2026, 12, 31, 9, 5)]
    venues = [("Préfecture", "Marseille"), ("", "Arles"), ("Salle des fêtes", ""), ("", "")]
    kinds, statuses = list(EventKind), list(EventStatus)
    ids = []
    for i, (moment, (venue, city)) in enumerate(zip(moments, venues, strict=True)):
        ids.append(app.events.save(EventDraft(
            title=f"Événement n° {i} <b> & « guillemets »", kind=kinds[i % len(kinds)],
            status=statuses[i % len(statuses)], issue_place="Marseille", issue_date=date(2026, 11, 27),
            starts_at=moment, venue_name=venue, venue_city=city)).id)
    for n, status in enumerate([AccreditationStatus.CONFIRMED, AccreditationStatus.CONFIRMED,
                                AccreditationStatus.REQUESTED, AccreditationStatus.REFUSED]):
        contact = app.contacts.save(ContactDraft(first_name="Anne", last_name=f"Durand {n}")).id
        app.accreditations.save(AccreditationDraft(event_id=ids[0], contact_id=contact, status=status))


def fill_file(path: Path, backups: Path):
    """Make ``path`` a SQLite file at the head revision holding varied events (``_fill``), closed; the rows
    the normal path gives."""
    ctx = AppContext.open(str(path), backup_dir=backups)
    ctx.service_context.clock = lambda: NOW
    _fill(ctx)
    rows = ctx.events.rows()
    ctx.close()
    return rows


@pytest.fixture
def filled(db_path, tmp_path):
    rows = fill_file(db_path, tmp_path / "backups")
    assert len(rows) == 5 and any(r.confirmed == 2 and r.requested == 1 for r in rows)
    return rows


def _normal_rows(path: Path, tmp_path: Path):
    ctx = AppContext.open(str(path), backup_dir=tmp_path / "backups-normal", start_backup=False)
    try:
        return ctx.events.rows() if not ctx.health.damaged else None
    finally:
        ctx.close()


def test_the_early_sql_is_what_the_service_statements_compile_to_on_sqlite():
    dialect = sqlite_dialect.dialect()
    assert str(list_statement().compile(dialect=dialect)) == first_read.EVENT_LIST_SQL
    assert str(tallies_statement().compile(dialect=dialect)) == first_read.TALLIES_SQL


@pytest.mark.sqlite_only
def test_the_early_rows_are_the_rows_of_the_service(db_path, filled):
    assert first_rows(str(db_path)) == filled


@pytest.mark.sqlite_only
def test_the_early_read_writes_nothing(db_path, filled):
    before = (db_path.stat().st_size, db_path.stat().st_mtime_ns)
    assert first_rows(str(db_path)) == filled
    assert (db_path.stat().st_size, db_path.stat().st_mtime_ns) == before
    assert not Path(f"{db_path}-journal").exists()


def test_no_early_rows_from_postgresql_or_a_url(database_url):
    if "://" in database_url:
        assert first_rows(database_url) is None
    assert first_rows(f"sqlite:///{database_url}") is None  # a URL: the engine's business


@pytest.mark.sqlite_only
def test_the_environment_and_the_default_file_are_read_as_the_engine_reads_them(db_path, filled, monkeypatch):
    monkeypatch.setenv("CMER_DESK_DATABASE", str(db_path))
    assert first_rows(None) == filled
    monkeypatch.delenv("CMER_DESK_DATABASE")
    assert first_rows(None) is None  # the default file does not exist yet


@pytest.mark.sqlite_only
def test_a_missing_file_is_not_created(tmp_path):
    missing = tmp_path / "absent" / "press.db"
    assert first_rows(str(missing)) is None
    assert not missing.exists() and not missing.parent.exists()


@pytest.mark.sqlite_only
def test_an_empty_file_or_one_that_is_not_ours_gives_no_early_rows(tmp_path):
    empty = tmp_path / "empty.db"
    empty.touch()
    assert first_rows(str(empty)) is None
    assert empty.stat().st_size == 0
    plain = tmp_path / "plain.db"
    connection = sqlite3.connect(plain)
    connection.execute("CREATE TABLE event (id INTEGER)")
    connection.commit()
    connection.close()
    assert first_rows(str(plain)) is None
    spreadsheet = tmp_path / "tableur.db"
    spreadsheet.write_bytes(b"PK\x03\x04 un tableur renomme" * 100)
    assert first_rows(str(spreadsheet)) is None


def downgrade(path: Path, revision: str, tmp_path: Path) -> None:
    """Take a SQLite file back to an older revision of the schema, as an older desk left it."""
    from alembic import command

    ctx = AppContext.open(str(path), backup_dir=tmp_path / "b", migrate_schema=False, start_backup=False)
    config = migrate.alembic_config()
    with migrate.migration_connection(ctx.engine) as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
    ctx.close()


@pytest.mark.sqlite_only
def test_a_database_needing_migration_gives_no_early_rows(db_path, filled, tmp_path):
    downgrade(db_path, "0005", tmp_path)
    assert first_rows(str(db_path)) is None
    assert _normal_rows(db_path, tmp_path) == filled  # the normal path migrates, then lists


@pytest.mark.sqlite_only
def test_a_damaged_file_gives_the_same_rows_or_none(db_path, filled, tmp_path):
    corrupt(db_path)
    early = first_rows(str(db_path))
    assert early is None or early == _normal_rows(db_path, tmp_path)


@pytest.mark.sqlite_only
def test_a_network_drive_gives_no_early_rows():
    assert first_rows("//serveur/partage/presse.db") is None
    assert first_rows(r"\\serveur\partage\presse.db") is None


@pytest.mark.sqlite_only
def test_a_write_in_progress_elsewhere_is_neither_waited_for_nor_read(db_path, filled):
    """Another desk holds the write lock with a change not committed: the early list is the committed one
    (a write-ahead log is read as every reader reads it), at once."""
    writer = sqlite3.connect(db_path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE event SET title = 'pas encore' WHERE id = 1")
        early = first_rows(str(db_path))
        assert early is None or early == filled
    finally:
        writer.execute("ROLLBACK")
        writer.close()


@pytest.mark.sqlite_only
def test_an_exclusive_lock_is_not_waited_for(db_path, filled):
    writer = sqlite3.connect(db_path, isolation_level=None)
    try:
        writer.execute("PRAGMA journal_mode = DELETE")
        writer.execute("BEGIN EXCLUSIVE")
        assert first_rows(str(db_path)) is None
    finally:
        writer.execute("ROLLBACK")
        writer.close()


KILLED_WRITER = textwrap.dedent("""
    import os, signal, sqlite3, sys
    connection = sqlite3.connect(sys.argv[1], isolation_level=None)
    connection.execute("PRAGMA wal_autocheckpoint = 0")
    connection.execute("UPDATE event SET title = 'Changé avant le kill -9' WHERE id = 1")
    print("committed", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
""")


@pytest.mark.sqlite_only
def test_a_write_ahead_log_left_by_a_killed_desk_is_read_and_kept(db_path, filled, tmp_path):
    done = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(db_path)], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == -signal.SIGKILL and "committed" in done.stdout
    wal = Path(f"{db_path}-wal")
    size = wal.stat().st_size
    assert size > 0
    early = first_rows(str(db_path))
    assert wal.stat().st_size == size  # read through, never checkpointed by the early read
    assert early is not None and [r.title for r in early] == [r.title for r in _normal_rows(db_path, tmp_path)]
    assert "Changé avant le kill -9" in [r.title for r in early]


@pytest.mark.sqlite_only
def test_a_file_that_cannot_be_written_is_read_as_the_engine_reads_it(db_path, filled, tmp_path):
    os.chmod(db_path, 0o400)
    try:
        early = first_rows(str(db_path))
        assert early is None or early == filled
        assert not Path(f"{db_path}-wal").exists() or os.access(db_path, os.W_OK)  # (root writes anyway)
    finally:
        os.chmod(db_path, 0o600)


@needs_mount
@pytest.mark.sqlite_only
def test_a_read_only_disk_gives_the_same_rows_or_none(tmp_path):
    mount = tmp_path / "cle"
    with small_filesystem(mount, "8m"):
        database = mount / "press.db"
        rows = fill_file(database, tmp_path / "b")
        set_read_only(mount)
        try:
            early = first_rows(str(database))
            assert early is None or early == rows
            assert _normal_rows(database, tmp_path) == rows
        finally:
            set_read_only(mount, False)


@pytest.mark.sqlite_only
@pytest.mark.parametrize("change", ["kind = 'inconnu'", "starts_at = 'demain matin'", "status = 42"])
def test_a_value_the_desk_cannot_read_gives_no_early_rows(db_path, filled, change):
    connection = sqlite3.connect(db_path)
    connection.execute(f"UPDATE event SET {change} WHERE id = 1")
    connection.commit()
    connection.close()
    assert first_rows(str(db_path)) is None
