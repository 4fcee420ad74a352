"""Copies of a live SQLite file with SQLite's online backup API, written atomically.

A plain file copy misses what is still in the write-ahead log and can catch a page half written;
the backup API reads a consistent snapshot. The copy goes to a temporary file in the target folder,
is flushed to disk, then renamed over the target: an interrupted backup never leaves a half file
under a backup's name.
"""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from cmer_desk.db.live_files import refuse_live_database

# Same pattern as cmer_desk.services.files, so that leftovers are removed by the same sweep.
TEMP_PREFIX = ".cmer-desk-"
TEMP_SUFFIX = ".part"

STAMP_FORMAT = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<reason>[a-z0-9-]+))?\.db$")


def backup_name(stem: str, when: datetime, reason: str = "") -> str:
    """'press-20261127-100000-demarrage.db': the database's stem, a timestamp, a short reason."""
    reason = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-")
    return f"{stem}-{when.strftime(STAMP_FORMAT)}" + (f"-{reason}" if reason else "") + ".db"


def backup_time(name: str) -> datetime | None:
    """The timestamp in a backup's file name, or None for a file not named by backup_name()."""
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        return datetime.strptime(match["stamp"], STAMP_FORMAT)
    except ValueError:
        return None


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def is_read_only(path: Path) -> bool:
    """The file or its folder cannot be written (permissions, or a read-only disk: checked even for root)."""
    path = Path(path)
    return not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)


def read_only_uri(path: Path) -> str:
    """The URI that lets SQLite read a file it cannot write. Without a write-ahead log beside it the file
    holds everything and is read as immutable (SQLite then needs no -shm, which a read-only folder could
    not hold); with one, SQLite reads it through its existing -shm."""
    wal = Path(f"{path}-wal")
    has_wal = wal.exists() and wal.stat().st_size > 0
    return f"file:{quote(str(Path(path).absolute()))}?mode=ro" + ("" if has_wal else "&immutable=1")


def connect_for_reading(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection to read ``path``: a read-only one when asked (a full disk) or when the file or its
    folder cannot be written."""
    if read_only or is_read_only(path):
        return sqlite3.connect(read_only_uri(path), uri=True)
    return sqlite3.connect(path)


def backup_sqlite(source: Path, target: Path, *, read_only_source: bool = False) -> Path:
    """Copy a live SQLite database with the online backup API (WAL content included), atomically,
    into a file readable by its owner only. Never over a database this process has open.
    ``read_only_source``: read the source without writing anything beside it (a full disk)."""
    target = Path(target)
    if not Path(source).is_file():
        raise FileNotFoundError(source)
    refuse_live_database(target, "écrire une sauvegarde par-dessus")
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=target.parent)
    os.close(fd)  # mkstemp creates the file 0600; SQLite opens an empty file as an empty database
    temp = Path(temp_name)
    try:
        src = connect_for_reading(Path(source), read_only=read_only_source)
        try:
            dst = sqlite3.connect(temp)
            try:
                src.backup(dst)
                # A copy of a WAL database is itself marked WAL: fold everything into the main file
                # and switch it to a plain journal so the copy is one self-contained file.
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(temp, 0o600)
        os.replace(temp, target)
        _fsync_folder(target.parent)
    except BaseException:
        for leftover in (temp, Path(f"{temp}-journal"), Path(f"{temp}-wal"), Path(f"{temp}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    return target
