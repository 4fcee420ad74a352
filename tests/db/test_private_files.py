"""Every file that holds personal data is its owner's only (0600, in 0700 folders), whatever the umask:
the log and its rotated copies, the raw copy of a damaged file and of its write-ahead log, exports and
documents, the data folder itself."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from cmer_desk.services.backups import BackupService
from cmer_desk.services.files import write_atomic
from cmer_desk.user_files import data_dir, private_log_handler

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(autouse=True)
def permissive_umask():
    """The usual desktop umask, under which files are created readable by everyone."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_the_data_folder_is_private_even_when_it_existed_before(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    (tmp_path / "cmer-desk").mkdir(mode=0o755)
    assert mode(data_dir()) == 0o700


def test_the_log_and_its_rotated_copies_are_private(tmp_path):
    log_file = tmp_path / "cmer-desk.log"
    log_file.write_text("written by an older version\n")  # 0644
    handler = private_log_handler(log_file, max_bytes=200)
    logger = logging.getLogger("tests.private_log")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        for i in range(30):
            logger.warning("contact Jean Martin n° %d", i)
    finally:
        logger.removeHandler(handler)
        handler.close()
    files = sorted(tmp_path.glob("cmer-desk.log*"))
    assert len(files) >= 3  # rotated
    assert {f.name: mode(f) for f in files} == {f.name: 0o600 for f in files}


def test_the_raw_copy_of_a_damaged_file_and_of_its_wal_is_private(tmp_path):
    damaged = tmp_path / "press.db"
    damaged.write_bytes(b"PK\x03\x04 pas une base" * 100)
    Path(f"{damaged}-wal").write_bytes(b"journal de transactions")  # 0644, as SQLite's WAL may be
    from sqlalchemy import create_engine

    from cmer_desk.services.restore import _keep_current

    service = BackupService(engine=create_engine(f"sqlite:///{damaged}"), folder=tmp_path / "backups")
    (tmp_path / "backups").mkdir()
    raw = _keep_current(service, damaged)
    assert raw.name.endswith("-brute.db.bin")
    assert mode(raw) == 0o600
    assert Path(f"{raw}-wal").read_bytes() == b"journal de transactions"
    assert mode(f"{raw}-wal") == 0o600


def test_every_file_written_for_the_user_is_private(tmp_path):
    assert mode(write_atomic(tmp_path / "liste.csv", b"nom;courriel\n")) == 0o600
    target = tmp_path / "ancienne.csv"
    target.write_bytes(b"old")
    os.chmod(target, 0o644)
    assert mode(write_atomic(target, b"new")) == 0o600


def test_exports_from_the_command_line_are_private(app, example_event_id, tmp_path):
    from tests.cli.test_cli_contacts import cmer_desk

    url = str(app.engine.url.render_as_string(hide_password=False))
    app.close()
    outputs = {"export-contacts": tmp_path / "contacts.csv", "attendees": tmp_path / "liste.xlsx",
               "badges": tmp_path / "badges.pdf", "email-draft": tmp_path / "m.eml"}
    assert cmer_desk("--database", url, "export-contacts", str(outputs["export-contacts"])).returncode == 0
    assert cmer_desk("--database", url, "attendees", "1", "-o", str(outputs["attendees"])).returncode == 0
    assert cmer_desk("--database", url, "badges", "1", "-o", str(outputs["badges"])).returncode == 0
    assert cmer_desk("--database", url, "email-draft", "1", "--list", "PQR", "-o",
                     str(outputs["email-draft"])).returncode == 0
    assert {k: mode(p) for k, p in outputs.items()} == dict.fromkeys(outputs, 0o600)
