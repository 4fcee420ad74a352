"""Files written for the user: a temporary file in the target folder, flushed, then renamed over the
target, so that an interrupted write never destroys the previous file."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
import time
from pathlib import Path

from cmer_desk.db.live_files import is_live_database
from cmer_desk.db.sqlite_copy import TEMP_PREFIX, TEMP_SUFFIX
from cmer_desk.domain.i18n import _
from cmer_desk.user_files import PRIVATE_FILE

# A temporary file younger than this may belong to a write still going on in another process.
LEFTOVER_AGE_S = 15 * 60


class FileWriteError(Exception):
    """The file could not be written; the message is in French and names the file."""


def ensure_replaceable(target: str | Path) -> None:
    """Refuse a target that exists and is not a regular file: a device (/dev/null), a FIFO, a socket or
    a folder is never replaced by a write (a symbolic link is judged by what it points to)."""
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return
    except OSError:
        return  # unreadable: the write itself will say why
    if not stat.S_ISREG(mode):
        what = _("un dossier") if stat.S_ISDIR(mode) else _("un périphérique, un tube ou une socket")
        raise FileWriteError(_("« {target} » n'est pas un fichier ordinaire ({what}) : il n'a pas été remplacé. "
                               "Indiquez un nom de fichier.").format(target=target, what=what))


def is_database_in_use(path: str | Path) -> bool:
    """``path`` is the database this process has open, or one of its -wal/-shm/-journal files: never to
    be read or written but by SQLite (see cmer_desk.db.live_files)."""
    return is_live_database(Path(path).expanduser())


def write_atomic(target: str | Path, data: bytes, mode: int = PRIVATE_FILE) -> Path:
    """Write ``data`` to ``target`` through a temporary file renamed over it. The file is its owner's only
    by default: every document and export of the desk holds personal data (names, numbers, e-mails)."""
    target = Path(target).expanduser()
    if is_live_database(target):
        raise FileWriteError(_("« {target} » est la base de données ouverte : elle ne peut pas être écrasée par un "
                               "document. Choisissez un autre nom de fichier.").format(target=target))
    ensure_replaceable(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise FileWriteError(_("Le dossier « {folder} » n'existe pas.").format(folder=folder))
    try:
        fd, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=folder)
    except PermissionError as exc:
        raise FileWriteError(_("Impossible d'écrire dans le dossier « {folder} » : accès refusé.").format(
            folder=folder)) from exc
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
            reason = _("le disque est plein")
        elif isinstance(exc, PermissionError):
            reason = _("le fichier est ouvert dans un autre programme ou protégé en écriture")
        else:
            reason = exc.strerror or str(exc)
        raise FileWriteError(_("Impossible d'enregistrer « {target} » : {reason}. Le fichier précédent est "
                               "intact.").format(target=target, reason=reason)) from exc
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
