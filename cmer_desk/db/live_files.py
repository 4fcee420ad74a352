"""Which files are the databases this process has open, so that nothing but SQLite ever touches them.

SQLite's locks are per process (see cmer_desk.db.sqlite_guard): the desk must never read, copy, hash
or overwrite its own database file (or its ``-wal``, ``-shm``, ``-journal``) through a descriptor of
its own while a connection is open. Every SQLite engine registers its file here; code that reads or
writes a file the user named asks ``is_live_database`` first (the same file through another name, a
link or a relative path included: files are compared by device and inode).
"""

from __future__ import annotations

import os
import re
import threading
from pathlib import Path

_COMPANION = re.compile(r"^(?P<base>.+)-(wal|shm|journal)$")
_lock = threading.Lock()
_live: dict[tuple[int, int], Path] = {}


def _identity(path: str | Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


def register(database: Path) -> None:
    """``database`` is opened by SQLite in this process (called by make_engine, the file existing)."""
    identity = _identity(database)
    if identity is not None:
        with _lock:
            _live[identity] = Path(database)


def is_live_database(path: str | Path) -> bool:
    """True when ``path`` is (or is a companion file of) a database this process opened with SQLite."""
    text = str(path)
    candidates = [text]
    match = _COMPANION.match(text)
    if match:
        candidates.append(match["base"])
    with _lock:
        if not _live:
            return False
        for candidate in candidates:
            identity = _identity(candidate)
            if identity is not None and identity in _live:
                return True
    return False


class LiveDatabaseError(Exception):
    """A file operation aimed at the database the desk has open; the message is in French."""

    def __init__(self, path: str | Path, action: str = "utiliser ce fichier"):
        self.path = Path(path)
        super().__init__(
            f"« {self.path.name} » est la base de données que cmer-desk a ouverte : impossible de {action}. "
            "Choisissez un autre fichier."
        )


def refuse_live_database(path: str | Path, action: str = "utiliser ce fichier") -> None:
    if is_live_database(path):
        raise LiveDatabaseError(path, action)
