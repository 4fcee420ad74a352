"""Files written for the user: a temporary file in the target folder, flushed, then renamed over the
target, so that an interrupted write never destroys the previous file."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

TEMP_PREFIX = ".cmer-desk-"
TEMP_SUFFIX = ".part"


class FileWriteError(Exception):
    """The file could not be written; the message is in French and names the file."""


def write_atomic(target: str | Path, data: bytes, mode: int = 0o644) -> Path:
    target = Path(target).expanduser()
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


def remove_leftover_temporaries(folder: str | Path) -> int:
    """Delete temporary files an interrupted write left behind; returns how many."""
    removed = 0
    for leftover in Path(folder).glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
        leftover.unlink(missing_ok=True)
        removed += 1
    return removed
