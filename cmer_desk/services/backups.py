"""Backups of the SQLite file: taken with SQLite's online backup API, kept with rotation, restored safely.

When: at start when the data changed since the last backup, before each migration (cmer_desk.db.migrate,
same copy function), and on demand (``cmer-desk backup``, the window's menu). Where: the user's data folder
(``backups``), or the folder given by $CMER_DESK_BACKUP_DIR or AppContext.open(backup_dir=...).
Which are kept: the newest of each of the last 7 days, 4 weeks and 12 months that have a backup, every
backup younger than KEEP_RECENT_HOURS, and the newest one that passes SQLite's quick check.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine

from cmer_desk.db import migrate
from cmer_desk.db.engine import is_read_only_engine, sqlite_path
from cmer_desk.db.live_files import LiveDatabaseError, is_live_database
from cmer_desk.db.sqlite_copy import backup_name, backup_sqlite, backup_time, connect_for_reading
from cmer_desk.domain.i18n import _
from cmer_desk.services.failures import describe, os_reason
from cmer_desk.services.files import FileWriteError, remove_leftover_temporaries, write_atomic
from cmer_desk.services.integrity import APP_TABLES

log = logging.getLogger(__name__)

ENV_BACKUP_DIR = "CMER_DESK_BACKUP_DIR"
STATE_FILE = "etat-sauvegardes.json"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
KEEP_RECENT_HOURS = 3  # no backup younger than this is ever deleted


class BackupError(Exception):
    """A backup could not be taken, checked or restored; the message is in French."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime


def backups_to_keep(
    times: Iterable[datetime], daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY, monthly: int = KEEP_MONTHLY
) -> set[datetime]:
    """Which backups rotation keeps: the newest of each of the last ``daily`` days that have a backup,
    of each of the last ``weekly`` ISO weeks, of each of the last ``monthly`` months; the newest one always."""
    ordered = sorted(set(times), reverse=True)
    keep: set[datetime] = set(ordered[:1])
    rules: list[tuple[int, Callable[[datetime], tuple]]] = [
        (daily, lambda t: (t.year, t.month, t.day)),
        (weekly, lambda t: tuple(t.isocalendar())[:2]),
        (monthly, lambda t: (t.year, t.month)),
    ]
    for count, period in rules:
        seen: set[tuple] = set()
        for t in ordered:
            if len(seen) >= count:
                break
            key = period(t)
            if key not in seen:
                seen.add(key)
                keep.add(t)
    return keep


def check_backup_file(path: Path, *, quick: bool = False, name: str | None = None) -> str | None:
    """None when ``path`` is a sound backup of this application's database; else a French reason.

    Only SQLite reads the file (never open() here: ``path`` could be the database this process has
    open, see cmer_desk.db.live_files). ``quick`` runs SQLite's quick check instead of the full one and
    does not look the schema revision up; ``name`` is how the reason names the file (a copy set aside is
    named by its original)."""
    path = Path(path)
    name = name or path.name
    if is_live_database(path):
        return _("« {name} » est la base de données actuelle, pas une sauvegarde").format(name=name)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return _("le fichier « {path} » n'existe pas").format(path=path)
    except OSError as exc:
        return _("« {name} » est illisible ({reason})").format(name=name, reason=os_reason(exc))
    if not path.is_file():
        return _("« {name} » n'est pas un fichier").format(name=name)
    if size == 0:
        return _("« {name} » est vide (0 octet)").format(name=name)
    try:
        connection = connect_for_reading(path)
        try:
            check = "quick_check" if quick else "integrity_check"
            result = [r[0] for r in connection.execute(f"PRAGMA {check}").fetchall()]
            if result != ["ok"]:
                return _("« {name} » est endommagée ({detail})").format(name=name, detail=result[0])
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not tables >= APP_TABLES:
                return _("« {name} » n'est pas une base de cmer-desk (tables manquantes)").format(name=name)
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc):
            return _("« {name} » n'est pas une base SQLite").format(name=name)
        return _("« {name} » est illisible ({reason})").format(name=name, reason=exc)
    if revision is None or (not quick and revision[0] not in migrate.known_revisions()):
        return _("« {name} » vient d'une version plus récente ou inconnue de cmer-desk").format(name=name)
    return None


def default_backup_dir(data_dir: Path) -> Path:
    configured = os.environ.get(ENV_BACKUP_DIR)
    return Path(configured).expanduser() if configured else data_dir / "backups"


class BackupService:
    """Backups of one SQLite database into one folder."""

    def __init__(self, engine: Engine, folder: Path, clock: Callable[[], datetime] = datetime.now):
        self.engine = engine
        self.folder = Path(folder)
        self.clock = clock

    @property
    def database_path(self) -> Path | None:
        return sqlite_path(str(self.engine.url))

    def require_sqlite(self, *, restoring: bool = False) -> Path:
        """The SQLite file; a BackupError on a shared PostgreSQL database (backed up on its server)."""
        path = self.database_path
        if path is None:
            raise BackupError(
                _("La restauration ne concerne que les bases SQLite ; la base partagée PostgreSQL se sauvegarde "
                  "et se restaure sur le serveur (pg_dump, pg_restore).") if restoring else
                _("La sauvegarde ne concerne que les bases SQLite ; la base partagée PostgreSQL se sauvegarde "
                  "et se restaure sur le serveur (pg_dump, pg_restore)."))
        return path

    # Taking and listing -------------------------------------------------------------------------------

    def take_backup(self, reason: str = "manuelle", target: Path | None = None) -> Path:
        """A backup now: into ``target`` if given (not rotated), else into the backup folder (rotated)."""
        path = self.require_sqlite()
        try:
            read_only = is_read_only_engine(self.engine)
            if target is not None:
                return backup_sqlite(path, Path(target).expanduser(), read_only_source=read_only)
            self.folder.mkdir(parents=True, exist_ok=True)
            name = backup_name(path.stem, self.clock(), reason)
            copy = backup_sqlite(path, self.folder / name, read_only_source=read_only)
        except LiveDatabaseError as exc:
            raise BackupError(str(exc)) from exc
        except OSError as exc:
            raise BackupError(_("Impossible de sauvegarder la base : {reason}.").format(reason=os_reason(exc))) from exc
        except sqlite3.Error as exc:
            raise BackupError(_("Impossible de sauvegarder la base : {reason}.").format(reason=describe(exc))) from exc
        log.info("backup (%s): %s", reason, copy)
        self.remember(self.fingerprint())
        self.rotate()
        return copy

    def list_backups(self) -> list[BackupInfo]:
        """This database's backups in the folder, newest first."""
        path = self.database_path
        if path is None or not self.folder.is_dir():
            return []
        found = []
        for file in self.folder.glob(f"{path.stem}-*.db"):
            taken_at = backup_time(file.name)
            if taken_at is not None and file.name.startswith(f"{path.stem}-{taken_at:%Y%m%d}"):
                found.append(BackupInfo(file, taken_at))
        return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)

    def rotate(self) -> list[Path]:
        """Delete the backups rotation does not keep; returns them. Never deleted, whatever the rules: the
        newest backup that passes SQLite's quick check, and any backup younger than KEEP_RECENT_HOURS
        (another process may be about to restore it; a restore copies its source aside before anything
        else). A file that cannot be deleted stays."""
        backups = self.list_backups()
        keep = backups_to_keep(b.taken_at for b in backups)
        recent = self.clock() - timedelta(hours=KEEP_RECENT_HOURS)
        newest_good = next((b.path for b in backups if check_backup_file(b.path, quick=True) is None), None)
        kept_times: set[datetime] = set()
        removed = []
        for backup in backups:  # newest first: of two backups in the same second, keep the newer name
            if backup.taken_at in keep and backup.taken_at not in kept_times:
                kept_times.add(backup.taken_at)
                continue
            if backup.taken_at >= recent or backup.path == newest_good:
                continue
            try:
                backup.path.unlink(missing_ok=True)
            except OSError as exc:
                log.warning("rotation could not remove %s: %s", backup.path.name, exc)
                continue
            removed.append(backup.path)
        if removed:
            log.info("rotation removed %d backups", len(removed))
        return removed

    def remove_leftovers(self) -> int:
        """Temporary files an interrupted backup left in the folder."""
        if not self.folder.is_dir():
            return 0
        return remove_leftover_temporaries(self.folder)

    # Backup at start when something changed --------------------------------------------------------------

    def fingerprint(self) -> str | None:
        """What changes whenever the data does: the schema revision and the change log's last entry
        (every service write is logged in the same transaction). None for a database without data."""
        with self.engine.connect() as connection:
            revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            last = connection.exec_driver_sql("SELECT max(id), count(*) FROM change_log").one()
        if last[0] is None:
            return None
        return f"{revision}:{last[0]}:{last[1]}"

    def _state(self) -> dict:
        try:
            return json.loads((self.folder / STATE_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def remember(self, fingerprint: str | None) -> None:
        """Note what was backed up; a folder that cannot take the note only means another backup next time."""
        state = self._state()
        state[str(self.database_path)] = fingerprint
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomic(self.folder / STATE_FILE, json.dumps(state, ensure_ascii=False, indent=1).encode(), 0o600)
        except (OSError, FileWriteError) as exc:
            log.warning("backup state not written: %s", exc)

    def changed_since_last_backup(self) -> bool:
        current = self.fingerprint()
        return current is not None and self._state().get(str(self.database_path)) != current

    def backup_if_changed(self, reason: str = "demarrage") -> Path | None:
        if self.database_path is None or not self.changed_since_last_backup():
            return None
        return self.take_backup(reason)

    def emptied_since_known(self) -> bool:
        """The file is empty (0 bytes, no write-ahead log holding its pages) although it held data: backups
        of it exist, or the last backup remembers data. A truncated file, not a new database."""
        path = self.database_path
        if path is None:
            return False
        try:
            if path.stat().st_size != 0:
                return False
            wal = Path(f"{path}-wal")
            if wal.exists() and wal.stat().st_size > 0:
                return False  # a new database whose first pages are still in its log
        except OSError:
            return False
        return bool(self.list_backups()) or bool(self._state().get(str(path)))

    # Restoring --------------------------------------------------------------------------------------------

    def latest_good_backup(self) -> Path | None:
        """The newest backup in the folder that passes the checks (integrity, tables, known revision)."""
        for backup in self.list_backups():
            if check_backup_file(backup.path) is None:
                return backup.path
        return None
