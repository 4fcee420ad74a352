"""Saves never vanish behind the window's back: SQLite's POSIX locks are per process, so anything in the
window's process that opens and closes the database file itself (Qt listing a folder in a file dialog,
the desk reading a header) makes it lose its locks, and the next process to close the database deletes
the write-ahead log the window still writes into. The window runs in a process of its own so that it
can be killed with SIGKILL: every save it confirmed must be in the file afterwards."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from cmer_desk.app import AppContext
from tests.ui.window_process import WindowProcess

pytestmark = [
    pytest.mark.sqlite_only,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc and kills with SIGKILL"),
]


@pytest.fixture
def desk(tmp_path):
    """A press file in the user's Documents folder (where Enregistrer en PDF opens), and its settings."""
    home = tmp_path / "home"
    documents = home / "Documents"
    documents.mkdir(parents=True)
    database = documents / "press.db"
    ctx = AppContext.open(str(database), backup_dir=tmp_path / "backups")
    ctx.example.load()
    ctx.close()
    settings = tmp_path / "settings.ini"
    settings.write_text(f"[database]\nlocation={database}\n", encoding="utf-8")
    return database, tmp_path / "backups", settings, home


def contact_names(database) -> set[str]:
    with sqlite3.connect(database) as connection:
        return {row[0] for row in connection.execute("SELECT last_name FROM contact")}


def other_desk(database) -> None:
    """Another process opens and closes the same file, as `cmer-desk contacts --database SAME.db` does."""
    result = subprocess.run([sys.executable, "-m", "cmer_desk", "--database", str(database), "contacts"],
                            check=False, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def start_window(desk) -> WindowProcess:
    database, backups, settings, home = desk
    window = WindowProcess(database, backups, settings, cwd=database.parent, env={"HOME": str(home)})
    window.expect("ready")
    return window


def test_the_guard_reopens_when_the_locks_are_lost_anyway(desk):
    """Whatever makes the window lose its locks (here one open() of the file), its next save is durable."""
    database = desk[0]
    window = start_window(desk)
    try:
        window.send("lose-locks")
        window.expect("lost")
        other_desk(database)  # deletes the window's -wal
        window.send("save Après-la-perte")
        saved = window.expect("saved", "not-saved")
        assert saved.startswith("saved "), saved
        window.send("notice")
        notice = window.expect("notice")
    finally:
        window.kill()
    assert "Après-la-perte" in contact_names(database)
    assert "La base de données a été rouverte" in notice


def test_a_restore_while_the_window_is_open_keeps_its_next_save(desk, tmp_path):
    database, backups, *_ = desk
    copy = tmp_path / "copie.db"
    result = subprocess.run([sys.executable, "-m", "cmer_desk", "--database", str(database), "backup", "-o", str(copy)],
                            check=False, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    window = start_window(desk)
    try:
        window.send("save Avant-la-restauration")
        assert window.expect("saved", "not-saved").startswith("saved ")
        restored = subprocess.run([sys.executable, "-m", "cmer_desk", "--database", str(database), "restore", str(copy)],
                                  check=False, capture_output=True, text=True, timeout=120,
                                  env={**os.environ, "CMER_DESK_BACKUP_DIR": str(backups)})
        assert restored.returncode == 0, restored.stderr
        window.send("poll")
        window.expect("polled")
        window.send("notice")
        notice = window.expect("notice")
        window.send("save Après-la-restauration")
        saved = window.expect("saved", "not-saved")
        assert saved.startswith("saved "), saved
    finally:
        window.kill()
    names = contact_names(database)
    assert "Après-la-restauration" in names and "Avant-la-restauration" not in names
    assert "restaurée depuis une sauvegarde sur un autre poste" in notice


def test_quitting_after_an_undo_ends_cleanly(desk):
    window = start_window(desk)
    window.send("save Un-contact")
    window.expect("saved", "not-saved")
    window.send("undo")
    window.expect("undone")
    status, stderr = window.close()
    assert status == 0, stderr
    assert "Traceback" not in stderr and "Fatal Python error" not in stderr, stderr


@pytest.mark.parametrize("dialog", ["pdf", "import", "settings"])
def test_a_save_after_a_file_dialog_on_the_database_folder_survives_kill_9(desk, dialog):
    database, backups, settings, home = desk
    window = WindowProcess(database, backups, settings, cwd=database.parent, env={"HOME": str(home)})
    try:
        window.expect("ready")
        window.send(f"dialog {dialog}")
        shown = window.expect("dialog-shown")
        assert shown.split(" ", 1)[1] == str(database.parent)  # the folder that holds the database
        other_desk(database)
        window.send("close-dialog")
        window.expect("dialog-closed")
        window.send("save Après-le-dialogue")
        saved = window.expect("saved", "not-saved")
        assert saved.startswith("saved "), saved
        window.send("fds")
        held = window.expect("fds")
    finally:
        window.kill()
    assert "Après-le-dialogue" in contact_names(database), held  # the confirmed save survived kill -9
    assert "(deleted)" not in held  # the window still held its own write-ahead log
