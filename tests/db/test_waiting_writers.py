"""Writers wait for each other: while another process writes (a long import), a writer waits as long as
that write lasts (well past SQLite's old 10-second limit), is told after a second, and only a timeout of
minutes, or a real deadlock, ends in a French message."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cmer_desk.db import sqlite_guard
from cmer_desk.db.engine import begin_write
from cmer_desk.domain.drafts import ContactDraft
from tests.cli.test_cli import cmer_desk

sqlite_only = pytest.mark.sqlite_only

HOLDER = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
connection.execute("INSERT INTO tag (name) VALUES ('import en cours')")
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
connection.execute("COMMIT")
"""


def hold_the_write_lock(database: Path, seconds: float) -> subprocess.Popen:
    """Another process in the middle of a long write transaction (as a big import is)."""
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(database), str(seconds)], stdout=subprocess.PIPE,
                               text=True)
    assert process.stdout.readline().strip() == "holding"
    return process


@sqlite_only
def test_a_writer_waits_for_a_long_write_and_is_told(app, db_path):
    heard: list[float] = []
    done: list[bool] = []
    sqlite_guard.add_listener(app.engine, sqlite_guard.Listener(waiting=heard.append,
                                                                done_waiting=lambda: done.append(True)))
    holder = hold_the_write_lock(db_path, 3)
    started = time.monotonic()
    saved = app.contacts.save(ContactDraft(last_name="Après l'import"))
    waited = time.monotonic() - started
    holder.wait(timeout=60)
    assert saved.id is not None and waited >= 2
    assert heard and min(heard) >= sqlite_guard.WAIT_NOTICE_S  # told after a second, not before
    assert done == [True]
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT count(*) FROM tag WHERE name = 'import en cours'").fetchone()[0] == 1


@sqlite_only
def test_only_a_wait_of_minutes_ends_in_a_french_message(app, db_path, monkeypatch):
    monkeypatch.setattr(sqlite_guard, "WRITE_WAIT_S", 1.5)  # minutes in real life
    holder = hold_the_write_lock(db_path, 5)
    try:
        with pytest.raises(sqlite_guard.WriteWaitError) as caught:
            app.contacts.save(ContactDraft(last_name="Trop tard"))
    finally:
        holder.wait(timeout=60)
    assert str(caught.value).startswith("Enregistrement impossible : une autre écriture occupe la base depuis plus de ")
    assert "Rien n'a été enregistré" in str(caught.value)
    assert app.contacts.save(ContactDraft(last_name="Ensuite")).id is not None


@sqlite_only
def test_a_deadlock_fails_at_once_in_french(app):
    with app.service_context.sessions() as session, session.begin():
        begin_write(session)  # this thread holds the write lock on one connection...
        started = time.monotonic()
        with pytest.raises(sqlite_guard.WriteWaitError) as caught:
            app.contacts.save(ContactDraft(last_name="Bloqué"))  # ...and asks for it on another
        assert time.monotonic() - started < 1
    assert "blocage" in str(caught.value)


@sqlite_only
def test_the_command_line_waits_past_ten_seconds_and_says_so(app, db_path):
    app.example.load()
    holder = hold_the_write_lock(db_path, 11)
    result = cmer_desk("--database", str(db_path), "anonymise", "2")
    holder.wait(timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines()[0] == ("cmer-desk : une autre écriture est en cours sur la base (import, autre "
                                             "poste) : attente de sa fin…")
    assert "Traceback" not in result.stderr


def _write_lock_taken(database: Path) -> bool:
    connection = sqlite3.connect(database, timeout=0, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError:
        return True
    finally:
        connection.close()


@sqlite_only
def test_a_writer_started_during_a_big_import_waits_for_it(app, db_path, tmp_path):
    app.example.load()
    rows = 20_000
    big = tmp_path / "contacts.csv"
    big.write_text("Nom;Prénom;Courriel\n" + "".join(f"Nom{i};Prénom{i};p{i}@exemple.fr\n" for i in range(rows)),
                   encoding="utf-8")
    script = Path(sys.executable).with_name("cmer-desk")
    importing = subprocess.Popen([str(script), "--database", str(db_path), "import-contacts", str(big)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not _write_lock_taken(db_path):
        assert importing.poll() is None and time.monotonic() < deadline, "the import never took the write lock"
        time.sleep(0.01)
    other = cmer_desk("--database", str(db_path), "anonymise", "2")
    _out, err = importing.communicate(timeout=300)
    assert importing.returncode == 0, err
    assert other.returncode == 0, other.stderr
    assert "attente" in other.stderr and "Traceback" not in other.stderr
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT count(*) FROM contact").fetchone()[0] == 14 + rows


def test_on_postgresql_a_writer_blocked_by_another_transaction_waits_and_is_told(app, database_url, engine_name):
    if engine_name != "postgresql":
        pytest.skip("the PostgreSQL side (row locks)")
    import threading

    from sqlalchemy import text

    from cmer_desk.db.engine import make_engine

    contact = app.contacts.save(ContactDraft(last_name="Verrouillé"))
    heard: list[float] = []
    sqlite_guard.add_listener(app.engine, sqlite_guard.Listener(waiting=heard.append))
    other = make_engine(database_url)
    holding = threading.Event()

    def long_write() -> None:
        with other.begin() as connection:
            connection.execute(text("UPDATE contact SET notes = 'import' WHERE id = :id"), {"id": contact.id})
            holding.set()
            time.sleep(3)

    thread = threading.Thread(target=long_write)
    thread.start()
    holding.wait(10)
    draft = app.contacts.get(contact.id)
    draft.function = "rédactrice"
    app.contacts.save(draft)  # waits for the other transaction, then saves
    thread.join()
    other.dispose()
    assert heard
    assert app.contacts.get(contact.id).function == "rédactrice"


def test_on_postgresql_a_real_deadlock_is_one_french_sentence(app, database_url, engine_name):
    if engine_name != "postgresql":
        pytest.skip("PostgreSQL detects deadlocks between sessions")
    import threading

    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    from cmer_desk.db.engine import make_engine
    from cmer_desk.services.failures import describe

    first, second = (app.contacts.save(ContactDraft(last_name=n)).id for n in ("Un", "Deux"))
    engines = [make_engine(database_url), make_engine(database_url)]
    both_hold = threading.Barrier(2)
    failures: list[BaseException] = []

    def cross(engine, mine: int, theirs: int) -> None:
        try:
            with engine.begin() as connection:
                connection.execute(text("UPDATE contact SET notes = 'a' WHERE id = :id"), {"id": mine})
                both_hold.wait(10)
                connection.execute(text("UPDATE contact SET notes = 'b' WHERE id = :id"), {"id": theirs})
        except DBAPIError as exc:
            failures.append(exc)

    threads = [threading.Thread(target=cross, args=(engines[0], first, second)),
               threading.Thread(target=cross, args=(engines[1], second, first))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    for engine in engines:
        engine.dispose()
    assert len(failures) == 1
    assert describe(failures[0]) == "deux écritures se bloquaient l'une l'autre ; la vôtre a été annulée, recommencez"
