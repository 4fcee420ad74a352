"""Backups: taken with the online backup API, atomically, 0600, rotated, at start when data changed;
restore after checks; quick check at start; network drives refused."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from cmer_desk.app import AppContext
from cmer_desk.db.engine import NetworkDriveError, refuse_network_path
from cmer_desk.db.sqlite_copy import backup_name, backup_time
from cmer_desk.domain.drafts import ContactDraft
from cmer_desk.services.backups import BackupError, backups_to_keep, check_backup_file
from tests.conftest import NOW

pytestmark = pytest.mark.sqlite_only  # backups of the SQLite file; a PostgreSQL server is backed up with pg_dump


def count(path: Path, table: str = "contact") -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def integrity(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]


def corrupt(path: Path) -> None:
    """Overwrite the middle of the file (every page after the first two) with garbage."""
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(2 * page, len(data), page):
        data[start + 8 : start + 200] = b"\xff" * 192
    path.write_bytes(bytes(data))


# Rotation, a pure function ---------------------------------------------------------------------------------


def test_rotation_keeps_newest_per_day_week_month():
    now = datetime(2026, 11, 27, 18, 0)
    # every 6 hours for 400 days
    times = [now - timedelta(hours=6 * i) for i in range(400 * 4)]
    keep = backups_to_keep(times)
    days = {t.date() for t in keep}
    # the newest of each of the last 7 days
    for i in range(7):
        day = (now - timedelta(days=i)).date()
        assert max(t for t in times if t.date() == day) in keep
    # older days of the current week are not kept for the week's sake (only its newest is)
    assert datetime(2026, 11, 20, 12, 0) not in keep
    months = {(t.year, t.month) for t in keep}
    assert len(months) == 12
    assert (2025, 12) in months and (2025, 11) not in months
    weeks = {tuple(t.isocalendar())[:2] for t in keep}
    assert {(2026, 48), (2026, 47), (2026, 46), (2026, 45)} <= weeks
    # nothing more than 7 + 4 + 12 (rules overlap, so usually fewer)
    assert len(keep) <= 23
    assert len(days) == len(keep)  # one per day at most


def test_rotation_keeps_everything_when_there_is_little():
    times = [datetime(2026, 1, d, 9) for d in (1, 2, 3)]
    assert backups_to_keep(times) == set(times)
    assert backups_to_keep([]) == set()


def test_rotation_keeps_only_the_newest_of_one_day():
    times = [datetime(2026, 3, 4, h) for h in (8, 12, 17)]
    assert backups_to_keep(times) == {datetime(2026, 3, 4, 17)}


def test_rotation_counts_periods_that_have_backups_not_calendar_days():
    # a desk closed for the summer: the last 7 days with backups go back to June
    times = [datetime(2026, 6, d, 9) for d in range(1, 11)] + [datetime(2026, 9, 1, 9)]
    keep = backups_to_keep(times, daily=7, weekly=0, monthly=0)
    assert keep == {datetime(2026, 9, 1, 9)} | {datetime(2026, 6, d, 9) for d in range(5, 11)}


def test_backup_names_carry_a_timestamp_and_a_reason():
    name = backup_name("press", datetime(2026, 11, 27, 10, 5, 9), "Avant migration 0002")
    assert name == "press-20261127-100509-avant-migration-0002.db"
    assert backup_time(name) == datetime(2026, 11, 27, 10, 5, 9)
    assert backup_time("press.db") is None
    assert backup_time("notes-20261327-100509.db") is None


# Taking backups ---------------------------------------------------------------------------------------------


def test_backup_holds_what_is_still_in_the_wal_and_is_owner_only(app, example_event_id, db_path):
    assert Path(f"{db_path}-wal").exists()  # the pool keeps a connection: no checkpoint yet
    app.contacts.save(ContactDraft(first_name="Inès", last_name="Wal"))
    copy = app.backups.take_backup("manuelle")
    assert copy.parent == app.backup_dir
    assert copy.name.startswith("press-") and copy.name.endswith("-manuelle.db")
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert integrity(copy) == "ok"
    assert count(copy) == 15
    assert not Path(f"{copy}-wal").exists()
    assert [p.name for p in app.backup_dir.iterdir() if p.name.startswith(".")] == []
    assert check_backup_file(copy) is None


def test_backup_to_a_chosen_file(app, example_event_id, tmp_path):
    target = tmp_path / "cle-usb" / "copie.db"
    target.parent.mkdir()
    target.write_bytes(b"previous")
    assert app.backups.take_backup(target=target) == target
    assert count(target) == 14
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_backup_at_start_only_when_the_data_changed(db_path, tmp_path, monkeypatch):
    from cmer_desk.services.backups import BackupService

    # the desk's backups on a clock of the test's own: the second start at 10:00, the fourth at 15:00 the
    # same day (on the machine's clock both were "younger than a few hours", hence both kept, unless they
    # fell in the same second and shared a name: the test failed on a slow machine)
    clock = {"now": NOW}
    monkeypatch.setattr("cmer_desk.app.BackupService",
                        lambda engine, folder: BackupService(engine, folder, clock=lambda: clock["now"]))
    folder = tmp_path / "sauvegardes"
    first = AppContext.open(str(db_path), backup_dir=folder)
    assert first.backups.list_backups() == []  # an empty new file is not worth a backup
    first.example.load()
    first.close()
    second = AppContext.open(str(db_path), backup_dir=folder)
    [taken] = second.backups.list_backups()
    assert taken.path.name.endswith("-demarrage.db")
    assert count(taken.path) == 14
    second.close()
    third = AppContext.open(str(db_path), backup_dir=folder)
    assert len(third.backups.list_backups()) == 1
    third.contacts.save(ContactDraft(last_name="Nouveau"))
    third.close()
    clock["now"] = NOW + timedelta(hours=5)
    fourth = AppContext.open(str(db_path), backup_dir=folder)
    # a new backup was taken; rotation keeps only the newest of the day
    [newest] = fourth.backups.list_backups()
    assert count(newest.path) == 15
    fourth.close()


def test_backup_folder_from_the_environment(db_path, tmp_path, monkeypatch):
    monkeypatch.setenv("CMER_DESK_BACKUP_DIR", str(tmp_path / "ailleurs"))
    ctx = AppContext.open(str(db_path))
    try:
        assert ctx.backup_dir == tmp_path / "ailleurs"
    finally:
        ctx.close()


def test_rotation_on_disk_removes_old_backups_of_this_database_only(app, example_event_id):
    first = app.backups.take_backup()
    folder = app.backup_dir
    base = datetime.now() - timedelta(days=1)
    for days in range(0, 60):
        (folder / backup_name("press", base - timedelta(days=days), "demarrage")).write_bytes(first.read_bytes())
    other = folder / backup_name("autre-base", base - timedelta(days=50))
    other.write_bytes(b"x")
    unrelated = folder / "notes.txt"
    unrelated.write_text("garder")
    app.backups.take_backup()
    kept = app.backups.list_backups()
    # 7 days (today + 6 previous) cover the 4 weeks partly; the months add the older ones
    assert 7 <= len(kept) <= 7 + 4 + 12
    assert kept[0].taken_at.date() == datetime.now().date()
    assert other.exists() and unrelated.exists()
    assert len({b.taken_at.date() for b in kept}) == len(kept)


def test_leftover_temporaries_in_the_backup_folder_are_removed_at_start(db_path, tmp_path):
    folder = tmp_path / "sauvegardes"
    folder.mkdir()
    for name in (".cmer-desk-abc123.part", ".cmer-desk-abc123.part-journal"):
        (folder / name).write_bytes(b"half a backup")
        os.utime(folder / name, (0, 0))  # left by a write interrupted long ago
    (folder / ".cmer-desk-now.part").write_bytes(b"another desk is writing it right now")
    ctx = AppContext.open(str(db_path), backup_dir=folder)
    ctx.close()
    assert [p.name for p in folder.iterdir()] == [".cmer-desk-now.part"]


def test_pre_migration_backup_uses_the_same_naming(app):
    assert backup_time(backup_name("press", datetime(2026, 1, 2, 3, 4, 5), "avant-migration-0002")) is not None


# Restoring --------------------------------------------------------------------------------------------------


def test_restore_brings_back_the_data_and_keeps_the_current_file(app, example_event_id, db_path):
    good = app.backups.take_backup()
    app.contacts.save(ContactDraft(last_name="Après la sauvegarde"))
    assert len(app.contacts.rows()) == 15
    kept = app.restore(good)
    assert len(app.contacts.rows()) == 14
    assert app.health.ok
    assert "avant-restauration" in kept.name
    assert count(kept) == 15
    assert integrity(db_path) == "ok"
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


@pytest.mark.parametrize("kind", ["missing", "text", "foreign", "corrupt"])
def test_restore_refuses_a_bad_backup_and_leaves_the_database_alone(app, example_event_id, tmp_path, kind):
    bad = tmp_path / "mauvaise.db"
    if kind == "text":
        bad.write_text("ceci n'est pas une base")
    elif kind == "foreign":
        with sqlite3.connect(bad) as connection:
            connection.execute("CREATE TABLE recettes (nom TEXT)")
    elif kind == "corrupt":
        big = app.backups.take_backup()
        bad.write_bytes(big.read_bytes())
        corrupt(bad)
    with pytest.raises(BackupError) as caught:
        app.restore(bad)
    assert str(caught.value).startswith("Restauration refusée")
    assert len(app.contacts.rows()) == 14


def test_latest_good_backup_skips_a_damaged_newer_one(app, example_event_id):
    good = app.backups.take_backup()
    newer = app.backup_dir / backup_name("press", datetime.now() + timedelta(minutes=5), "manuelle")
    newer.write_bytes(good.read_bytes())
    corrupt(newer)
    assert app.latest_good_backup() == good


# Start: quick check, network drives -------------------------------------------------------------------------


def test_a_damaged_database_opens_with_health_damaged_and_can_be_restored(db_path, tmp_path):
    folder = tmp_path / "sauvegardes"
    ctx = AppContext.open(str(db_path), backup_dir=folder)
    ctx.example.load()
    good = ctx.backups.take_backup()
    ctx.close()
    corrupt(db_path)
    before = sorted(p.name for p in folder.iterdir())
    damaged = AppContext.open(str(db_path), backup_dir=folder)
    try:
        assert damaged.health.damaged
        assert "endommagée" in damaged.health.message
        assert sorted(p.name for p in folder.iterdir()) == before  # no backup of a damaged file
        assert damaged.latest_good_backup() == good
        kept = damaged.restore(good)
        assert kept.exists()
        assert damaged.health.ok
        assert len(damaged.contacts.rows()) == 14
    finally:
        damaged.close()


def test_a_file_that_is_not_a_database_is_reported_as_damaged(db_path, tmp_path):
    db_path.write_bytes(b"PK\x03\x04 un tableur renomme" * 100)
    ctx = AppContext.open(str(db_path), backup_dir=tmp_path / "s")
    try:
        assert ctx.health.damaged
    finally:
        ctx.close()


@pytest.mark.parametrize("location", ["//serveur/partage/presse.db", r"\\serveur\partage\presse.db",
                                      r"\\?\UNC\serveur\partage\presse.db"])
def test_a_database_on_a_unc_path_is_refused(location):
    with pytest.raises(NetworkDriveError) as caught:
        AppContext.open(location)
    assert "PostgreSQL" in str(caught.value)
    assert "lecteur réseau" in str(caught.value)


def test_a_mapped_network_drive_is_refused_on_windows_only():
    with pytest.raises(NetworkDriveError):
        refuse_network_path("Z:/presse.db", platform="win32", drive_is_remote=lambda _path: True)
    refuse_network_path("C:/presse.db", platform="win32", drive_is_remote=lambda _path: False)
    refuse_network_path("/home/agent/presse.db", platform="linux", drive_is_remote=lambda _path: True)


@pytest.mark.parametrize("language, words", [("fr", ("La sauvegarde ne concerne que les bases SQLite", "La restauration ne concerne que")),
                                             ("en", ("Backups are for SQLite databases only", "Restoring is for SQLite databases only"))])
def test_a_shared_database_is_backed_up_on_its_server_in_the_interface_language(tmp_path, language, words):
    """On PostgreSQL the desk neither backs up nor restores: it says so, in whole sentences of the interface's
    language (no engine is reached: the URL alone tells)."""
    from sqlalchemy import create_engine

    from cmer_desk.domain import i18n
    from cmer_desk.services.backups import BackupService

    service = BackupService(create_engine("postgresql+psycopg://desk@server.invalid/cmer"), tmp_path)
    assert i18n.set_language(language)
    try:
        with pytest.raises(BackupError) as backing_up:
            service.take_backup()
        with pytest.raises(BackupError) as restoring:
            service.require_sqlite(restoring=True)
    finally:
        i18n.set_language("fr")
    assert str(backing_up.value).startswith(words[0])
    assert str(restoring.value).startswith(words[1])
    assert "pg_dump" in str(backing_up.value)
