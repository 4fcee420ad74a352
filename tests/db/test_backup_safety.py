"""Backups that are there when needed: rotation never deletes the newest good backup, a recent one, or
the file being restored; a restore copies its source aside first and writes into the same file; a
database emptied to 0 bytes is damage; a backup folder that cannot be written is a warning only."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from cmer_desk.app import AppContext
from cmer_desk.db.sqlite_copy import backup_name
from cmer_desk.domain.drafts import ContactDraft
from cmer_desk.services import restore as restore_module
from cmer_desk.services.backups import KEEP_RECENT_HOURS, BackupService
from tests.db.test_backups import corrupt, count

pytestmark = pytest.mark.sqlite_only


def fake_backup(folder: Path, source: Path, when: datetime, reason: str = "demarrage") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / backup_name("press", when, reason)
    target.write_bytes(source.read_bytes())
    return target


# Rotation -----------------------------------------------------------------------------------------------


def test_backups_younger_than_a_few_hours_are_never_rotated(app, example_event_id):
    now = datetime(2026, 11, 27, 16, 0)
    backups = BackupService(app.engine, app.backup_dir, clock=lambda: now)
    first = backups.take_backup()
    made = [fake_backup(app.backup_dir, first, now - timedelta(hours=h)) for h in (1, 2, KEEP_RECENT_HOURS + 1)]
    removed = backups.rotate()
    assert removed == [made[2]]  # the same day's older backup, once it is more than a few hours old
    assert all(p.exists() for p in made[:2])


def test_the_newest_good_backup_is_kept_when_newer_ones_are_damaged(app, example_event_id):
    now = datetime(2026, 11, 27, 16, 0)
    backups = BackupService(app.engine, app.backup_dir, clock=lambda: now)
    good = fake_backup(app.backup_dir, backups.take_backup(target=app.backup_dir / "source.db"),
                       now - timedelta(hours=10))
    (app.backup_dir / "source.db").unlink()
    bad = fake_backup(app.backup_dir, good, now - timedelta(hours=5))
    corrupt(bad)
    backups.rotate()
    assert good.exists()  # same day as the damaged newer one: the day rule alone would delete it
    assert backups.latest_good_backup() == good


def test_the_backup_passed_to_restore_survives_the_next_command(db_path, tmp_path):
    """The issue's sequence: a backup, a write, another command (start backup and rotation), then the
    restore of the first backup: it must still be there, the same day."""
    folder = tmp_path / "sauvegardes"
    ctx = AppContext.open(str(db_path), backup_dir=folder)
    ctx.example.load()
    copy = ctx.backups.take_backup("manuelle", target=tmp_path / "copie.db")
    first = fake_backup(folder, copy, datetime.now() - timedelta(minutes=30), "manuelle")
    ctx.contacts.save(ContactDraft(last_name="Après"))
    ctx.close()
    AppContext.open(str(db_path), backup_dir=folder).close()  # its start backup rotates the folder
    assert first.exists()
    ctx = AppContext.open(str(db_path), backup_dir=folder)
    try:
        ctx.restore(first)
        assert len(ctx.contacts.rows()) == 14
    finally:
        ctx.close()


# Restore --------------------------------------------------------------------------------------------------


def test_restore_copies_its_source_aside_before_anything_else(app, example_event_id, monkeypatch):
    good = app.backups.take_backup()
    app.contacts.save(ContactDraft(last_name="Après la sauvegarde"))
    real = restore_module.backup_sqlite
    taken = []

    def copy_then_lose_the_original(source, target):
        result = real(source, target)
        if Path(source) == good:
            taken.append(Path(target))
            good.unlink()  # another desk's rotation deletes it right after it was set aside
        return result

    monkeypatch.setattr(restore_module, "backup_sqlite", copy_then_lose_the_original)
    app.restore(good)
    assert len(app.contacts.rows()) == 14
    assert taken and taken[0].parent == Path(app.backups.database_path).parent
    assert not taken[0].exists()  # the copy set aside is removed afterwards


def test_restore_writes_into_the_same_file(app, example_event_id, db_path):
    good = app.backups.take_backup()
    app.contacts.save(ContactDraft(last_name="Après la sauvegarde"))
    inode = db_path.stat().st_ino
    app.restore(good)
    assert db_path.stat().st_ino == inode  # never swapped: other desks' connections stay valid
    assert app.last_restore.in_place
    with sqlite3.connect(db_path) as connection:
        last = connection.execute("SELECT entity, action, summary FROM change_log ORDER BY id DESC LIMIT 1").fetchone()
    assert last == ("database", "restore", f"Restauration de la sauvegarde « {good.name} »")


def test_restore_of_a_file_destroyed_from_its_first_page_replaces_it(db_path, tmp_path):
    folder = tmp_path / "sauvegardes"
    ctx = AppContext.open(str(db_path), backup_dir=folder)
    ctx.example.load()
    good = ctx.backups.take_backup()
    ctx.close()
    db_path.write_bytes(b"\xff" * 8192)
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    damaged = AppContext.open(str(db_path), backup_dir=folder)
    try:
        assert damaged.health.damaged
        kept = damaged.restore(good)
        assert not damaged.last_restore.in_place
        assert kept.name.endswith("-brute.db.bin")
        assert damaged.health.ok and len(damaged.contacts.rows()) == 14
    finally:
        damaged.close()


# A database emptied to 0 bytes ------------------------------------------------------------------------------


def test_an_emptied_database_is_damage_not_a_new_database(db_path, tmp_path):
    folder = tmp_path / "sauvegardes"
    ctx = AppContext.open(str(db_path), backup_dir=folder)
    ctx.example.load()
    ctx.close()
    ctx = AppContext.open(str(db_path), backup_dir=folder)  # its start backup
    [latest] = ctx.backups.list_backups()
    ctx.close()
    db_path.write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    before = sorted(p.name for p in folder.iterdir())
    emptied = AppContext.open(str(db_path), backup_dir=folder)
    try:
        assert emptied.health.damaged
        assert "est vide (0 octet) alors qu'elle contenait des données" in emptied.health.message
        assert str(latest.path) in emptied.health.message
        assert db_path.stat().st_size == 0  # no schema written into it
        assert sorted(p.name for p in folder.iterdir()) == before  # no backup, no rotation
        emptied.restore(latest.path)
        assert count(db_path) == 14 and emptied.health.ok
    finally:
        emptied.close()


def test_a_new_empty_file_is_a_new_database(db_path, tmp_path):
    db_path.write_bytes(b"")
    ctx = AppContext.open(str(db_path), backup_dir=tmp_path / "sauvegardes")
    try:
        assert ctx.health.ok and ctx.contacts.rows() == []
    finally:
        ctx.close()
