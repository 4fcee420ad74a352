"""Backups of the SQLite file: taken with SQLite's online backup API, kept with rotation, restored safely.

When: at start when the data changed since the last backup, before each migration (cmer_desk.db.migrate,
same copy function), and on demand (``cmer-desk backup``, the window's menu). Where: the user's data folder
(``backups``), or the folder given by $CMER_DESK_BACKUP_DIR or AppContext.open(backup_dir=...).
Which are kept: the newest of each of the last 7 days, 4 weeks and 12 months that have a backup.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from cmer_desk.db import migrate
from cmer_desk.db.engine import sqlite_path
from cmer_desk.db.sqlite_copy import (
    TEMP_PREFIX,
    TEMP_SUFFIX,
    backup_name,
    backup_sqlite,
    backup_time,
)
from cmer_desk.services.files import remove_leftover_temporaries, write_atomic
from cmer_desk.services.integrity import APP_TABLES
from cmer_desk.user_files import copy_private

log = logging.getLogger(__name__)

ENV_BACKUP_DIR = "CMER_DESK_BACKUP_DIR"
STATE_FILE = "etat-sauvegardes.json"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12


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


def check_backup_file(path: Path) -> str | None:
    """None when ``path`` is a sound backup of this application's database; else a French reason."""
    path = Path(path)
    if not path.is_file():
        return f"le fichier « {path} » n'existe pas"
    with open(path, "rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            return f"« {path.name} » n'est pas une base SQLite"
    try:
        connection = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            result = [r[0] for r in connection.execute("PRAGMA integrity_check").fetchall()]
            if result != ["ok"]:
                return f"« {path.name} » est endommagée ({result[0]})"
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not tables >= APP_TABLES:
                return f"« {path.name} » n'est pas une base de cmer-desk (tables manquantes)"
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        return f"« {path.name} » est illisible ({exc})"
    from alembic.script import ScriptDirectory

    known = {r.revision for r in ScriptDirectory.from_config(migrate.alembic_config()).walk_revisions()}
    if revision is None or revision[0] not in known:
        return f"« {path.name} » vient d'une version plus récente ou inconnue de cmer-desk"
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

    def _require_sqlite(self, action: str) -> Path:
        path = self.database_path
        if path is None:
            raise BackupError(
                f"{action} ne concerne que les bases SQLite ; la base partagée PostgreSQL se sauvegarde "
                "et se restaure sur le serveur (pg_dump, pg_restore)."
            )
        return path

    # Taking and listing -------------------------------------------------------------------------------

    def take_backup(self, reason: str = "manuelle", target: Path | None = None) -> Path:
        """A backup now: into ``target`` if given (not rotated), else into the backup folder (rotated)."""
        path = self._require_sqlite("La sauvegarde")
        try:
            if target is not None:
                return backup_sqlite(path, Path(target).expanduser())
            self.folder.mkdir(parents=True, exist_ok=True)
            name = backup_name(path.stem, self.clock(), reason)
            copy = backup_sqlite(path, self.folder / name)
        except (OSError, sqlite3.Error) as exc:
            raise BackupError(f"Impossible de sauvegarder la base : {exc}") from exc
        log.info("backup (%s): %s", reason, copy)
        self._remember(self.fingerprint())
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
        """Delete the backups rotation does not keep; returns them."""
        backups = self.list_backups()
        keep = backups_to_keep(b.taken_at for b in backups)
        kept_times: set[datetime] = set()
        removed = []
        for backup in backups:  # newest first: of two backups in the same second, keep the newer name
            if backup.taken_at in keep and backup.taken_at not in kept_times:
                kept_times.add(backup.taken_at)
                continue
            backup.path.unlink(missing_ok=True)
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

    def _remember(self, fingerprint: str | None) -> None:
        state = self._state()
        state[str(self.database_path)] = fingerprint
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomic(self.folder / STATE_FILE, json.dumps(state, ensure_ascii=False, indent=1).encode(), 0o600)

    def changed_since_last_backup(self) -> bool:
        current = self.fingerprint()
        return current is not None and self._state().get(str(self.database_path)) != current

    def backup_if_changed(self, reason: str = "demarrage") -> Path | None:
        if self.database_path is None or not self.changed_since_last_backup():
            return None
        return self.take_backup(reason)

    # Restoring --------------------------------------------------------------------------------------------

    def latest_good_backup(self) -> Path | None:
        """The newest backup in the folder that passes the checks (integrity, tables, known revision)."""
        for backup in self.list_backups():
            if check_backup_file(backup.path) is None:
                return backup.path
        return None

    def _safety_copy(self, path: Path) -> Path:
        """Keep the current file before it is replaced: with the backup API, or byte for byte when
        the file is too damaged for SQLite to read (a damaged copy is still worth keeping)."""
        target = self.folder / backup_name(path.stem, self.clock(), "avant-restauration")
        # The write-ahead log is set aside first: SQLite, closing a file it cannot read, deletes its log.
        wal = Path(f"{path}-wal")
        aside = self.folder / f"{TEMP_PREFIX}{target.name}-wal{TEMP_SUFFIX}"  # swept if interrupted
        wal_copy = copy_private(wal, aside) if wal.exists() else None
        try:
            copy = backup_sqlite(path, target)
        except sqlite3.Error:
            raw = copy_private(path, target.with_name(target.stem + "-brute.db.bin"))
            if wal_copy is not None:
                os.replace(wal_copy, f"{raw}-wal")
            return raw
        if wal_copy is not None:
            wal_copy.unlink()  # its content is in the copy
        return copy

    def restore(self, backup: Path) -> Path | None:
        """Replace the current database with ``backup`` after checking it; returns the copy kept of the
        current file. The engine's connections are closed; new ones open the restored file."""
        path = self._require_sqlite("La restauration")
        backup = Path(backup).expanduser()
        problem = check_backup_file(backup)
        if problem:
            raise BackupError(f"Restauration refusée : {problem}. La base actuelle n'a pas été modifiée.")
        if path.exists() and backup.resolve() == path.resolve():
            raise BackupError("Restauration refusée : ce fichier est la base de données actuelle.")
        self.folder.mkdir(parents=True, exist_ok=True)
        kept = self._safety_copy(path) if path.exists() else None
        fd, staged_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=path.parent)
        os.close(fd)
        staged = Path(staged_name)
        try:
            backup_sqlite(backup, staged)
            self.engine.dispose()
            # The current file's write-ahead log belongs to it alone (its content is in the copy kept):
            # left beside the restored file, SQLite would replay it into the wrong database.
            for suffix in ("-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            os.replace(staged, path)
        except (OSError, sqlite3.Error) as exc:
            staged.unlink(missing_ok=True)
            raise BackupError(f"Impossible de restaurer la sauvegarde : {exc}. Copie de la base actuelle : {kept}") from exc
        log.warning("database restored from %s; previous file kept as %s", backup, kept)
        self._remember(self.fingerprint())
        return kept
