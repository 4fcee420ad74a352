"""Files written for the user: a temporary file in the target folder, flushed, then renamed over the
target, so that an interrupted write never destroys the previous file."""

from __future__ import annotations

import errno
import os
import tempfile
import time
from pathlib import Path

from cmer_desk.db.live_files import is_live_database
from cmer_desk.db.sqlite_copy import TEMP_PREFIX, TEMP_SUFFIX

# A temporary file younger than this may belong to a write still going on in another process.
LEFTOVER_AGE_S = 15 * 60


class FileWriteError(Exception):
    """The file could not be written; the message is in French and names the file."""


def is_database_in_use(path: str | Path) -> bool:
    """``path`` is the database this process has open, or one of its -wal/-shm/-journal files: never to
    be read or written but by SQLite (see cmer_desk.db.live_files)."""
    return is_live_database(Path(path).expanduser())


def write_atomic(target: str | Path, data: bytes, mode: int = 0o644) -> Path:
    target = Path(target).expanduser()
    if is_live_database(target):
        raise FileWriteError(f"« {target} » est la base de données ouverte : elle ne peut pas être écrasée par un "
                             "document. Choisissez un autre nom de fichier.")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise FileWriteError(f"Le dossier « {folder} » n'existe pas.")
    try:
        fd, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=folder)
    except PermissionError as exc:
        raise FileWriteError(f"Impossible d'écrire dans le dossier « {folder} » : accès refusé.") from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode)
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        if exc.errno == errno.ENOSPC:
            reason = "le disque est plein"
        elif isinstance(exc, PermissionError):
            reason = "le fichier est ouvert dans un autre programme ou protégé en écriture"
        else:
            reason = exc.strerror or str(exc)
        raise FileWriteError(f"Impossible d'enregistrer « {target} » : {reason}. Le fichier précédent est intact.") from exc
    return target


def remove_leftover_temporaries(folder: str | Path, *, min_age_s: float = LEFTOVER_AGE_S) -> int:
    """Delete the temporary files (and their SQLite companions) an interrupted write left behind;
    returns how many. Recent ones are kept: another process may still be writing them."""
    removed = 0
    cutoff = time.time() - min_age_s
    for leftover in Path(folder).glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}*"):
        try:
            if leftover.stat().st_mtime > cutoff:
                continue
            leftover.unlink()
        except FileNotFoundError:
            continue
        removed += 1
    return removed
