"""Restoring a backup of the SQLite file, safely for every desk that has the file open.

1. The backup is first **copied aside** (a hidden temporary file beside the database, through SQLite):
   from then on, rotation in another process may delete the original, the restore does not care.
2. The copy is checked (integrity, tables, known schema revision); a bad one is refused, nothing changed.
3. The current file is kept in the backup folder (``...-avant-restauration.db``), through SQLite, or byte
   for byte when it is too damaged for SQLite (only then, with every connection of this process closed).
4. The data are replaced **inside the same file**, with SQLite's online backup API writing into the live
   database as one write transaction. The file is never swapped: another desk that has it open keeps
   valid connections, waits like any writer while the restore writes, then reads the restored data; its
   next saves go into the restored database (its forms holding older versions meet the conflict check),
   and a change-log entry "database / restore" makes its window reload everything and say so.
   Only when SQLite cannot write into the file (its first page is destroyed, or page sizes differ) is the
   file replaced, and then only if no other process has it open (named, in French, when one has).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from cmer_desk.db.engine import begin_write
from cmer_desk.db.live_files import LiveDatabaseError, is_live_database
from cmer_desk.db.sqlite_copy import TEMP_PREFIX, TEMP_SUFFIX, backup_name, backup_sqlite
from cmer_desk.db.sqlite_guard import WRITE_WAIT_S
from cmer_desk.domain.i18n import _
from cmer_desk.services.backups import BackupError, BackupService, check_backup_file
from cmer_desk.services.failures import describe, os_reason
from cmer_desk.user_files import copy_private

log = logging.getLogger(__name__)

RESTORE_ENTITY, RESTORE_ACTION = "database", "restore"


@dataclass
class Restored:
    kept: Path | None  # the copy of the file as it was before
    in_place: bool  # the data were written into the same file (other desks keep working on it)
    previous_last_change: int = 0
    others: list[str] = field(default_factory=list)


def other_holders(path: Path) -> list[str]:
    """Other processes that have ``path`` open, as "cmer-desk (processus 123, utilisateur agent)"; Linux
    only (its /proc lists every process's open files), empty elsewhere."""
    found: list[str] = []
    proc = Path("/proc")
    if not proc.is_dir():
        return found
    wanted = {str(path), f"{path}-wal", f"{path}-shm"}
    me = os.getpid()
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == me:
            continue
        try:
            targets = {os.readlink(fd) for fd in (entry / "fd").iterdir()}
        except OSError:
            continue
        if targets & wanted:
            try:
                command = (entry / "comm").read_text().strip()
                owner = entry.stat().st_uid
            except OSError:
                continue
            found.append(f"{_program(entry, command)} (processus {entry.name}, utilisateur {_user(owner)})")
    return found


def _program(entry: Path, command: str) -> str:
    try:
        argv = (entry / "cmdline").read_bytes().split(b"\0")
    except OSError:
        return command
    if any(b"cmer-desk" in a or b"cmer_desk" in a for a in argv):
        return "cmer-desk"
    return command


def _user(uid: int) -> str:
    try:
        import pwd

        return pwd.getpwuid(uid).pw_name
    except (ImportError, KeyError):
        return str(uid)


def _last_change(path: Path) -> int:
    try:
        with sqlite3.connect(path) as connection:
            return connection.execute("SELECT coalesce(max(id), 0) FROM change_log").fetchone()[0]
    except sqlite3.Error:
        return 0


def _page_size(connection: sqlite3.Connection) -> int:
    return connection.execute("PRAGMA page_size").fetchone()[0]


def _copy_into(source: Path, path: Path) -> bool:
    """The online backup API writing ``source`` into the live ``path``; False when SQLite cannot write
    into that file (then the file must be replaced)."""
    try:
        target = sqlite3.connect(path, timeout=WRITE_WAIT_S, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        src = sqlite3.connect(source)
        try:
            if _page_size(src) != _page_size(target):
                log.warning("restore: page sizes differ, the file will be replaced")
                return False
            src.backup(target)
        finally:
            src.close()
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise
        log.warning("restore into the file impossible (%s): it will be replaced", exc)
        return False
    finally:
        target.close()
    return True


def _keep_current(backups: BackupService, path: Path) -> Path:
    """The current file, into the backup folder, before anything changes: through SQLite, or byte for
    byte (owner-only) when it is too damaged for SQLite to read."""
    target = backups.folder / backup_name(path.stem, backups.clock(), "avant-restauration")
    # The write-ahead log is set aside first: SQLite, closing a file it cannot read, deletes its log.
    # (Reading the -wal costs no lock: SQLite's POSIX locks are on the database file and the -shm.)
    wal = Path(f"{path}-wal")
    aside = backups.folder / f"{TEMP_PREFIX}{target.name}-wal{TEMP_SUFFIX}"  # swept if interrupted
    wal_copy = copy_private(wal, aside) if wal.exists() else None
    try:
        copy = backup_sqlite(path, target)
    except sqlite3.DatabaseError:
        # too damaged for SQLite: byte for byte, with no connection of ours open (live_files)
        backups.engine.dispose()
        raw = copy_private(path, target.with_name(target.stem + "-brute.db.bin"))
        if wal_copy is not None:
            os.replace(wal_copy, f"{raw}-wal")
        return raw
    if wal_copy is not None:
        wal_copy.unlink()  # its content is in the copy
    return copy


def _replace_file(backups: BackupService, staged: Path, path: Path) -> None:
    """``staged`` (a self-contained copy, flushed, owner-only) renamed over the file; refused while
    another process has the file open."""
    backups.engine.dispose()
    others = other_holders(path)
    if others:
        raise BackupError(
            _("Restauration refusée : la base est ouverte par {programs}. Fermez ce programme puis recommencez ; la "
              "base actuelle n'a pas été modifiée.").format(programs=", ".join(others))
        )
    # The current file's write-ahead log belongs to it alone (its content is in the copy kept):
    # left beside the restored file, SQLite would replay it into the wrong database.
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    os.replace(staged, path)


def restore_database(backups: BackupService, path: Path, backup: Path) -> Restored:
    """Steps 1 to 4 of the module's description; BackupError (French) when refused or impossible,
    with the current file untouched."""
    if not backup.exists():
        raise BackupError(_("Restauration refusée : le fichier « {backup} » n'existe pas. La base actuelle n'a pas "
                            "été modifiée.").format(backup=backup))
    if is_live_database(backup) or (path.exists() and backup.resolve() == path.resolve()):
        raise BackupError(_("Restauration refusée : ce fichier est la base de données actuelle."))
    problem = check_backup_file(backup, quick=True)
    if problem:
        raise BackupError(_("Restauration refusée : {problem}. La base actuelle n'a pas été modifiée.").format(
            problem=problem))
    # 1. aside, before anything else can delete it
    staged = Path(tempfile.mkstemp(prefix=TEMP_PREFIX + "restauration-", suffix=TEMP_SUFFIX, dir=path.parent)[1])
    try:
        try:
            backup_sqlite(backup, staged)
        except (OSError, sqlite3.Error, LiveDatabaseError) as exc:
            reason = os_reason(exc) if isinstance(exc, OSError) else describe(exc)
            raise BackupError(_("Restauration impossible : la sauvegarde n'a pas pu être copiée ({reason}). La base "
                                "actuelle n'a pas été modifiée.").format(reason=reason)) from exc
        # 2. the copy is what gets checked and restored
        problem = check_backup_file(staged, name=backup.name)
        if problem:
            raise BackupError(_("Restauration refusée : {problem}. La base actuelle n'a pas été modifiée.").format(
                problem=problem))
        # 3. the current file, kept
        kept = None
        if path.exists() and path.stat().st_size:
            try:
                backups.folder.mkdir(parents=True, exist_ok=True)
                kept = _keep_current(backups, path)
            except OSError as exc:
                raise BackupError(_("Restauration refusée : impossible de garder une copie de la base actuelle "
                                    "({reason}). La base actuelle n'a pas été modifiée.").format(
                    reason=os_reason(exc))) from exc
        # 4. the data, inside the same file when SQLite can write into it
        previous = _last_change(path)
        others = other_holders(path)
        try:
            in_place = _copy_into(staged, path)
            if not in_place:
                _replace_file(backups, staged, path)
        except (OSError, sqlite3.Error) as exc:
            reason = os_reason(exc) if isinstance(exc, OSError) else describe(exc)
            raise BackupError(_("Impossible de restaurer la sauvegarde : {reason}. Copie de la base actuelle : "
                                "{kept}").format(reason=reason, kept=kept)) from exc
    finally:
        for leftover in (staged, Path(f"{staged}-journal")):
            leftover.unlink(missing_ok=True)
    log.warning("database restored from %s (%s); previous file kept as %s", backup.name,
                "in place" if in_place else "file replaced", kept)
    return Restored(kept, in_place, previous, others)


def record_restore(engine: Engine, backup: Path, after_change: int, user: str, when: datetime) -> None:
    """The change-log entry every desk's window sees: numbered after every change made before the
    restore, so that a desk that had seen those still notices this one."""
    with Session(engine) as session, session.begin():
        begin_write(session)
        current = session.execute(text("SELECT coalesce(max(id), 0) FROM change_log")).scalar() or 0
        session.execute(
            text("INSERT INTO change_log (id, at, user_name, entity, record_id, action, summary) "
                 "VALUES (:id, :at, :user, :entity, NULL, :action, :summary)"),
            {"id": max(current, after_change) + 1, "at": when, "user": user, "entity": RESTORE_ENTITY,
             "action": RESTORE_ACTION, "summary": f"Restauration de la sauvegarde « {backup.name} »"},
        )
