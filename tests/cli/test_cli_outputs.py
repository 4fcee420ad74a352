"""Titles stay one line all the way to an e-mail subject, and `-o` never replaces what is not a plain
file (a device, a FIFO, a folder)."""

from __future__ import annotations

import email
import os
import stat
from email import policy

import pytest
from sqlalchemy import text

from cmer_desk.app import AppContext
from tests.cli.test_cli_contacts import cmer_desk


@pytest.fixture
def database(database_url):
    assert cmer_desk("--database", database_url, "example").returncode == 0
    return database_url


def _subject(path) -> str:
    return email.message_from_bytes(path.read_bytes(), policy=policy.default)["Subject"]


def test_a_title_typed_with_a_line_break_is_saved_on_one_line_and_mailed(database, tmp_path):
    app = AppContext.open(database)
    try:
        draft = app.events.get(1)
        draft.title = "Visite du préfet\r\nà Tarascon"
        assert app.events.save(draft).title == "Visite du préfet à Tarascon"
        assert app.events.get(1).title == "Visite du préfet à Tarascon"
    finally:
        app.close()
    out = tmp_path / "m.eml"
    result = cmer_desk("--database", database, "email-draft", "1", "--list", "PQR", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert _subject(out) == "Invitation presse – Visite du préfet à Tarascon"


def test_a_title_stored_with_a_line_break_by_an_older_version_still_makes_a_draft(database, tmp_path):
    app = AppContext.open(database)
    try:
        with app.engine.begin() as connection:
            connection.execute(text("UPDATE event SET title = :t"), {"t": "Visite du préfet\nà Tarascon\r\n"})
    finally:
        app.close()
    out = tmp_path / "m.eml"
    result = cmer_desk("--database", database, "email-draft", "1", "--list", "PQR", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert _subject(out) == "Invitation presse – Visite du préfet à Tarascon"


def _special_files(tmp_path) -> dict[str, os.PathLike]:
    """A FIFO and a folder everywhere; as root, a character device like /dev/null (same numbers), made
    in the test folder: the real /dev/null is never put at risk."""
    made = {}
    fifo = tmp_path / "tube.pdf"
    os.mkfifo(fifo)
    made["fifo"] = fifo
    folder = tmp_path / "dossier.pdf"
    folder.mkdir()
    made["folder"] = folder
    if os.geteuid() == 0:
        device = tmp_path / "null.pdf"
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        made["device"] = device
    return made


def _kind(path) -> int:
    return stat.S_IFMT(os.lstat(path).st_mode)


@pytest.mark.parametrize(
    "command",
    [
        ["invitation", "1", "-o", "{target}"],
        ["attendees", "1", "-o", "{target}"],
        ["badges", "1", "-o", "{target}"],
        ["subject-access", "2", "-o", "{target}"],
        ["backup", "-o", "{target}"],
    ],
    ids=lambda c: c[0],
)
def test_output_onto_a_device_fifo_or_folder_is_refused_and_left_as_it_is(database, tmp_path, command):
    if command[0] == "backup" and "://" in database:
        pytest.skip("backups are of SQLite files")
    for kind, target in _special_files(tmp_path).items():
        before = _kind(target)
        args = [a.format(target=target) for a in command]
        result = cmer_desk("--database", database, *args)
        assert result.returncode == 1, (kind, result.stdout, result.stderr)
        assert "n'est pas un fichier ordinaire" in result.stderr, (kind, result.stderr)
        assert "Traceback" not in result.stderr
        assert _kind(target) == before, kind
        for name in os.listdir(tmp_path):
            assert not name.startswith(".cmer-desk-"), name  # no temporary file left behind
        if kind == "folder":
            assert os.listdir(target) == []
        if kind == "fifo":
            target.unlink()
        elif kind == "folder":
            target.rmdir()
        else:
            target.unlink()
