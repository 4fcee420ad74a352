"""AppContext: the database, the services and where files live; built once and passed explicitly."""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from cmer_desk.db import migrate
from cmer_desk.db.engine import (
    is_read_only_engine,
    make_engine,
    make_session_factory,
    resolve_database_url,
)
from cmer_desk.services.backups import BackupError, BackupService, default_backup_dir
from cmer_desk.services.base import ServiceContext
from cmer_desk.services.failures import os_reason
from cmer_desk.services.integrity import (
    HEALTHY,
    Health,
    disk_full_health,
    disk_is_full,
    empty_file_health,
    quick_check,
    read_only_health,
)
from cmer_desk.user_files import data_dir

if TYPE_CHECKING:  # the services are imported when first used: the window starts without their libraries
    from cmer_desk.services.accreditation_import import AccreditationImportService
    from cmer_desk.services.accreditations import AccreditationService
    from cmer_desk.services.changes import ChangeService
    from cmer_desk.services.contact_export import ContactExportService
    from cmer_desk.services.contact_import import ContactImportService
    from cmer_desk.services.contacts import ContactService
    from cmer_desk.services.documents import DocumentService
    from cmer_desk.services.door import DoorService
    from cmer_desk.services.duplicates import DuplicateService
    from cmer_desk.services.events import EventService
    from cmer_desk.services.example import ExampleService
    from cmer_desk.services.organisations import OrganisationService
    from cmer_desk.services.personal_data import PersonalDataService
    from cmer_desk.services.profile import ProfileService
    from cmer_desk.services.restore import Restored

log = logging.getLogger(__name__)


@dataclass
class AppContext:
    """Everything a window or a command needs, opened on one database."""

    database_url: str
    engine: Engine
    service_context: ServiceContext
    backup_dir: Path = field(default_factory=lambda: default_backup_dir(data_dir()))
    health: Health = HEALTHY
    warnings: list[str] = field(default_factory=list)  # French; the window's banner, the command line's stderr
    last_restore: Restored | None = None

    @classmethod
    def open(
        cls,
        database: str | None = None,
        *,
        migrate_schema: bool = True,
        backup_dir: Path | None = None,
        start_backup: bool = True,
    ) -> AppContext:
        """Open the database named on the command line, in $CMER_DESK_DATABASE, or the default file.

        A SQLite file on a network drive is refused (NetworkDriveError). A file emptied to 0 bytes where a
        database was known (backups of it exist) is damage, not a new database. Then a quick integrity
        check sets ``health``; a damaged file is left exactly as found (no migration, no backup, so
        rotation never pushes a good backup out for a bad one) and the window blocks writing. A file that
        cannot be written opens read-only (``health.read_only``). A sound file is backed up if its data
        changed since the last backup, and its schema brought up to date (after its own backup). A backup
        that fails at start (folder full or read-only) is a warning in ``warnings``, never a reason not
        to open. Temporary files an interrupted backup left behind are removed."""
        url = resolve_database_url(database)
        engine = make_engine(url)
        ctx = cls(url, engine, ServiceContext(make_session_factory(engine)))
        if backup_dir is not None:
            ctx.backup_dir = Path(backup_dir)
        try:
            ctx.backups.remove_leftovers()
        except OSError as exc:
            log.warning("backup folder unreadable: %s", exc)
        if ctx.backups.emptied_since_known():
            latest = ctx.backups.latest_good_backup()
            ctx.health = empty_file_health(str(ctx.backups.database_path), str(latest) if latest else None)
            log.error("database emptied: %s", ctx.health.message)
            return ctx
        try:
            ctx.health = quick_check(engine)
        except DBAPIError as exc:
            path = ctx.backups.database_path
            if path is None or is_read_only_engine(engine) or not disk_is_full(exc, path.parent):
                raise
            log.warning("disk full: opening the database read-only")
            ctx._use_engine(make_engine(url, read_only=True))
            ctx.health = quick_check(ctx.engine)
            if ctx.health.ok:
                ctx.health = disk_full_health(str(path))
        if ctx.health.damaged:
            log.error("database damaged at start: %s", ctx.health.message)
            return ctx
        if is_read_only_engine(ctx.engine) and not ctx.health.read_only:
            ctx.health = read_only_health(str(ctx.backups.database_path))
            log.warning("database opened read-only")
        engine = ctx.engine
        up_to_date = migrate.current_revision(engine) == migrate.head_revision()
        if start_backup and up_to_date and ctx.backups.database_path is not None:
            try:
                ctx.backups.backup_if_changed()
            except (BackupError, OSError) as exc:
                reason = str(exc) if isinstance(exc, BackupError) else os_reason(exc)
                ctx.warnings.append(f"La sauvegarde de démarrage n'a pas pu être faite : {reason.rstrip('.')}. "
                                    "Le travail continue ; faites une sauvegarde dès que possible.")
                log.warning("start backup failed: %s", reason)
        if migrate_schema and not up_to_date:
            if ctx.health.read_only:
                raise BackupError(f"{ctx.health.message} Elle doit pourtant être mise à jour pour cette version de "
                                  "cmer-desk : ouvrez-la depuis un dossier accessible en écriture.")
            migrate.upgrade(engine, ctx.backup_dir)
        return ctx

    def close(self) -> None:
        self.engine.dispose()

    def listen(self, *, waiting=None, done_waiting=None, reopened=None) -> Callable[[], None]:
        """Hear what the database layer has to say (cmer_desk.db.sqlite_guard): a write waiting for
        another one (``waiting(seconds)`` repeatedly, then ``done_waiting()``), the database reopened
        (``reopened(message)``). Returns the function that stops listening."""
        from cmer_desk.db.sqlite_guard import Listener, add_listener

        listener = Listener()
        for name, callback in (("waiting", waiting), ("done_waiting", done_waiting), ("reopened", reopened)):
            if callback is not None:
                setattr(listener, name, callback)
        return add_listener(self.engine, listener)

    def _use_engine(self, engine: Engine) -> None:
        """Work on another engine from now on (the same database, opened otherwise)."""
        self.engine.dispose()
        self.engine = engine
        self.service_context = ServiceContext(make_session_factory(engine))
        for name in list(vars(self)):
            if name not in {f for f in self.__dataclass_fields__}:
                del self.__dict__[name]  # the services cached on the old engine

    @cached_property
    def backups(self) -> BackupService:
        return BackupService(self.engine, self.backup_dir)

    def latest_good_backup(self) -> Path | None:
        """The newest backup that passes the checks, to offer when the database is damaged."""
        return self.backups.latest_good_backup()

    def restore(self, backup: Path) -> Path | None:
        """Replace the data with a checked backup (cmer_desk.services.restore says how, safely for other
        desks that have the file open); returns the copy kept of the previous file. The schema is brought
        up to date, ``health`` re-checked, and a change-log entry tells every desk's window."""
        from cmer_desk.services.restore import record_restore, restore_database

        path = self.backups.require_sqlite(restoring=True)
        backup = Path(backup).expanduser()
        self.last_restore = restore_database(self.backups, path, backup)
        migrate.upgrade(self.engine, self.backup_dir)
        self.health = quick_check(self.engine)
        if is_read_only_engine(self.engine):
            self.health = read_only_health(str(path))
        record_restore(self.engine, backup, self.last_restore.previous_last_change, self.service_context.user,
                       self.service_context.clock())
        self.backups.remember(self.backups.fingerprint())
        return self.last_restore.kept

    @cached_property
    def events(self) -> EventService:
        from cmer_desk.services.events import EventService

        return EventService(self.service_context)

    @cached_property
    def contacts(self) -> ContactService:
        from cmer_desk.services.contacts import ContactService

        return ContactService(self.service_context)

    @cached_property
    def organisations(self) -> OrganisationService:
        from cmer_desk.services.organisations import OrganisationService

        return OrganisationService(self.service_context)

    @cached_property
    def accreditations(self) -> AccreditationService:
        from cmer_desk.services.accreditations import AccreditationService

        return AccreditationService(self.service_context)

    @cached_property
    def door(self) -> DoorService:
        from cmer_desk.services.door import DoorService

        return DoorService(self.service_context)

    @cached_property
    def profile(self) -> ProfileService:
        from cmer_desk.services.profile import ProfileService

        return ProfileService(self.service_context)

    @cached_property
    def documents(self) -> DocumentService:
        from cmer_desk.services.documents import DocumentService

        return DocumentService(self.service_context)

    @cached_property
    def changes(self) -> ChangeService:
        from cmer_desk.services.changes import ChangeService

        return ChangeService(self.service_context)

    @cached_property
    def personal_data(self) -> PersonalDataService:
        from cmer_desk.services.personal_data import PersonalDataService

        return PersonalDataService(self.service_context)

    @cached_property
    def example(self) -> ExampleService:
        from cmer_desk.services.example import ExampleService

        return ExampleService(self.service_context)

    @cached_property
    def contact_import(self) -> ContactImportService:
        from cmer_desk.services.contact_import import ContactImportService

        return ContactImportService(self.service_context)

    @cached_property
    def accreditation_import(self) -> AccreditationImportService:
        from cmer_desk.services.accreditation_import import AccreditationImportService

        return AccreditationImportService(self.service_context)

    @cached_property
    def contact_export(self) -> ContactExportService:
        from cmer_desk.services.contact_export import ContactExportService

        return ContactExportService(self.service_context)

    @cached_property
    def duplicates(self) -> DuplicateService:
        from cmer_desk.services.duplicates import DuplicateService

        return DuplicateService(self.service_context)
