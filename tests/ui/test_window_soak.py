"""The window itself killed with SIGKILL at random points: a scripted session of the real window (in a
process of its own) saves contacts, sometimes opens a file dialog on the database folder while another
desk opens and closes the file, and is killed at a random moment, often in the middle of a save. After
every kill, every save the window confirmed is in the file, and the file is sound. The number of rounds is
bounded so that the test stays a few tens of seconds."""

from __future__ import annotations

import random
import sqlite3
import sys
import time

import pytest

from cmer_desk.app import AppContext
from tests.ui.test_lock_safety import contact_names, other_desk
from tests.ui.window_process import WindowProcess

pytestmark = [
    pytest.mark.sqlite_only,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SIGKILL and /proc"),
]

ROUNDS = 5


def test_every_save_the_window_confirmed_survives_kill_9(tmp_path):
    home = tmp_path / "home"
    documents = home / "Documents"
    documents.mkdir(parents=True)
    database = documents / "press.db"
    backups = tmp_path / "backups"
    ctx = AppContext.open(str(database), backup_dir=backups)
    ctx.example.load()
    ctx.close()
    settings = tmp_path / "settings.ini"
    settings.write_text(f"[database]\nlocation={database}\n", encoding="utf-8")
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    confirmed: set[str] = set()
    for round_ in range(ROUNDS):
        window = WindowProcess(database, backups, settings, cwd=documents, env={"HOME": str(home)})
        try:
            window.expect("ready")
            if rng.random() < 0.4:
                window.send(f"dialog {rng.choice(['pdf', 'import', 'settings'])}")
                window.expect("dialog-shown")
                other_desk(database)
                window.send("close-dialog")
                window.expect("dialog-closed")
            for i in range(rng.randrange(1, 5)):
                window.send(f"save Tour{round_}-n{i}")
                line = window.expect("saved", "not-saved")
                assert line.startswith("saved "), f"seed {seed}: {line}"
                confirmed.add(line.split()[1])
                if rng.random() < 0.2:
                    other_desk(database)
            window.send(f"save Tour{round_}-dernier")  # killed somewhere in or around this save
            time.sleep(rng.uniform(0, 0.3))
        finally:
            rest = window.kill()
        confirmed |= {line.split()[1] for line in rest if line.startswith("saved ")}
        present = contact_names(database)
        assert confirmed <= present, f"seed {seed}, round {round_}: lost {sorted(confirmed - present)}"
        with sqlite3.connect(database) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"seed {seed}"
    assert len(confirmed) >= ROUNDS
    ctx = AppContext.open(str(database), backup_dir=backups)
    try:
        assert ctx.health.ok
    finally:
        ctx.close()
