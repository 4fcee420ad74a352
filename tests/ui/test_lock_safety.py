"""Saves never vanish behind the window's back: SQLite's POSIX locks are per process, so anything in the
window's process that opens and closes the database file itself (Qt listing a folder in a file dialog,
the desk reading a header) makes it lose its locks, and the next process to close the database deletes
the write-ahead log the window still writes into. The window runs in a process of its own so that it
can be killed with SIGKILL: every save it confirmed must be in the file afterwards."""

from __future__ import annotations

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
