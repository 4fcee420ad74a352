"""A writer killed at any moment loses no committed change and leaves a sound database.

A subprocess saves contacts through the services in a loop and prints each id once its transaction
has committed; the test kills it with SIGKILL at random points, dozens of times, and after each kill
checks that every reported id is in the file and that PRAGMA integrity_check says "ok".
"""

from __future__ import annotations

import os
import random
import selectors
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cmer_desk.app import AppContext

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

ROUNDS = 24

WRITER = """
import sys
from cmer_desk.db.engine import make_engine, make_session_factory
from cmer_desk.domain.drafts import ContactDraft
from cmer_desk.services.base import ServiceContext
from cmer_desk.services.contacts import ContactService

contacts = ContactService(ServiceContext(make_session_factory(make_engine(sys.argv[1]))))
round_ = sys.argv[2]
print("ready", flush=True)
i = 0
while True:
    saved = contacts.save(ContactDraft(first_name="Écrivain", last_name=f"Tour {round_} n° {i}",
                                       notes="x" * (i % 5000), tags=["PQR", f"t{i % 7}"]))
    print(saved.id, flush=True)
    i += 1
"""


def _read_lines(proc: subprocess.Popen, wanted: int, deadline: float) -> list[str]:
    """Lines the writer printed, until ``wanted`` ids have been read or the deadline passes."""
    lines: list[str] = []
    selector = selectors.DefaultSelector()
    selector.register(proc.stdout, selectors.EVENT_READ)
    buffer = b""
    while sum(1 for line in lines if line != "ready") < wanted and time.monotonic() < deadline:
        if not selector.select(timeout=0.5):
            continue
        chunk = os.read(proc.stdout.fileno(), 65536)
        if not chunk:
            break
        buffer += chunk
        *complete, buffer = buffer.split(b"\n")
        lines += [line.decode() for line in complete]
    selector.close()
    return lines


def test_killed_writer_loses_no_committed_contact(tmp_path):
    db = tmp_path / "crash.db"
    AppContext.open(str(db)).close()  # schema first, so the writers only write
    url = f"sqlite:///{db}"
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    reported: set[int] = set()
    for round_ in range(ROUNDS):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, url, str(round_)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
        )
        wanted = rng.randrange(0, 40)
        lines = _read_lines(proc, wanted, time.monotonic() + 30)
        time.sleep(rng.uniform(0, 0.02))  # land somewhere inside the next transaction
        proc.send_signal(signal.SIGKILL)
        rest, err = proc.communicate(timeout=30)
        lines += [line for line in rest.decode().splitlines() if line]
        assert proc.returncode == -signal.SIGKILL, err.decode()[-2000:]
        ids = {int(line) for line in lines if line.isdigit()}
        reported |= ids
        with sqlite3.connect(db) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"seed {seed}"
            present = {r[0] for r in connection.execute("SELECT id FROM contact")}
            logged = {r[0] for r in connection.execute("SELECT record_id FROM change_log WHERE entity = 'contact'")}
        assert reported <= present, f"seed {seed}, round {round_}: lost {sorted(reported - present)[:10]}"
        assert present <= logged  # a contact and its change-log entry commit together
    assert len(reported) > ROUNDS  # the writers did write
    ctx = AppContext.open(str(db))
    try:
        assert ctx.health.ok
    finally:
        ctx.close()
