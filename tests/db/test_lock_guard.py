"""The guard of cmer_desk.db.sqlite_guard: a connection that no longer holds the database's files is
never written through. Locks are lost here the way Qt or a careless read loses them (one open() and
close() of the file by this process), then another process opens and closes the database, which
deletes the write-ahead log under us (five lines of sqlite3 show the same)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from cmer_desk.db import sqlite_guard
from cmer_desk.db.engine import begin_write
from cmer_desk.domain.drafts import ContactDraft

pytestmark = pytest.mark.sqlite_only


def names_seen_by_another_process(database: Path) -> set[str]:
    code = ("import json, sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
            "print(json.dumps([r[0] for r in c.execute('SELECT last_name FROM contact')])); c.close()")
    result = subprocess.run([sys.executable, "-c", code, str(database)], check=True, capture_output=True, text=True,
                            timeout=60)
    return set(json.loads(result.stdout))


def lose_the_locks(database: Path) -> None:
    """What Qt's file dialog does when it sniffs the file's type, or any read of its header."""
    with open(database, "rb") as handle:
        handle.read(100)
    names_seen_by_another_process(database)  # another process closes the file: our -wal is deleted


@pytest.fixture
def heard(app):
    said: list[str] = []
    stop = sqlite_guard.add_listener(app.engine, sqlite_guard.Listener(reopened=said.append))
    yield said
    stop()


def test_the_mechanism_five_lines_of_sqlite3(tmp_path):
    """Without the desk: a WAL database, one foreign open/close, another process closes it: our commit
    goes into a deleted file and no other process ever sees it."""
    path = tmp_path / "x.db"
    a = sqlite3.connect(path, isolation_level=None)
    a.execute("PRAGMA journal_mode = WAL")
    a.execute("CREATE TABLE contact (last_name TEXT)")
    a.execute("INSERT INTO contact VALUES ('avant')")
    lose_the_locks(path)
    assert not Path(f"{path}-wal").exists()
    a.execute("INSERT INTO contact VALUES ('perdu')")
    assert names_seen_by_another_process(path) == {"avant"}
    a.close()


def test_a_save_after_the_locks_were_lost_reopens_and_is_durable(app, db_path, heard):
    app.contacts.save(ContactDraft(last_name="Avant"))
    lose_the_locks(db_path)
    saved = app.contacts.save(ContactDraft(last_name="Après"))
    assert saved.id is not None
    assert {"Avant", "Après"} <= names_seen_by_another_process(db_path)
    assert heard == [sqlite_guard.REOPENED]
    assert Path(f"{db_path}-wal").exists()
    lose_the_locks(db_path)  # and again: each time
    app.contacts.save(ContactDraft(last_name="Encore"))
    assert "Encore" in names_seen_by_another_process(db_path)
    assert len(heard) == 2


def test_reading_after_the_locks_were_lost_reads_the_file_as_it_is(app, db_path, heard):
    app.contacts.save(ContactDraft(last_name="Lu"))
    lose_the_locks(db_path)
    assert [r.name for r in app.contacts.rows()] == ["LU"]
    assert heard


def test_a_commit_into_a_deleted_log_is_refused_and_nothing_is_lost_silently(app, db_path):
    with app.service_context.sessions() as session, pytest.raises(sqlite_guard.LostDatabaseFilesError) as caught, \
            session.begin():
        begin_write(session)
        session.execute(text("INSERT INTO tag (name) VALUES ('pendant')"))
        lose_the_locks(db_path)  # the log is deleted in the middle of the transaction
    assert "L'enregistrement n'a pas été fait" in str(caught.value)
    assert "recommencez" in str(caught.value)
    app.contacts.save(ContactDraft(last_name="Ensuite"))  # the next one reopens and works
    assert "Ensuite" in names_seen_by_another_process(db_path)


def test_a_database_file_replaced_under_the_desk_is_reopened(app, db_path, tmp_path, heard):
    app.contacts.save(ContactDraft(last_name="Ancien fichier"))
    copy = tmp_path / "copie.db"
    with sqlite3.connect(db_path) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    os.replace(copy, db_path)  # as a person copying a file over it would
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    app.contacts.save(ContactDraft(last_name="Nouveau fichier"))
    assert {"Ancien fichier", "Nouveau fichier"} <= names_seen_by_another_process(db_path)
    assert heard


def test_the_tag_written_in_the_refused_transaction_is_not_there(app, db_path):
    with app.service_context.sessions() as session, pytest.raises(sqlite_guard.LostDatabaseFilesError), \
            session.begin():
        begin_write(session)
        session.execute(text("INSERT INTO tag (name) VALUES ('pendant')"))
        lose_the_locks(db_path)
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT count(*) FROM tag WHERE name = 'pendant'").fetchone()[0] == 0
