"""AppContext: the database, the services and where files live; built once and passed explicitly."""

from __future__ import annotations

import logging
import logging.handlers
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from cmer_desk.db import migrate
from cmer_desk.db.engine import (
    make_engine,
    make_session_factory,
    resolve_database_url,
)
from cmer_desk.services.backups import BackupService, default_backup_dir
from cmer_desk.services.base import ServiceContext
from cmer_desk.services.integrity import HEALTHY, Health, quick_check
from cmer_desk.user_files import data_dir

if TYPE_CHECKING:  # the services are imported when first used: the window starts without their libraries
    from cmer_desk.services.accreditations import AccreditationService
    from cmer_desk.services.changes import ChangeService
    from cmer_desk.services.contact_export import ContactExportService
    from cmer_desk.services.contact_import import (
        AccreditationImportService,
        ContactImportService,
    )
    from cmer_desk.services.contacts import ContactService
    from cmer_desk.services.documents import DocumentService
    from cmer_desk.services.door import DoorService
    from cmer_desk.services.duplicates import DuplicateService
    from cmer_desk.services.events import EventService
    from cmer_desk.services.example import ExampleService
    from cmer_desk.services.organisations import OrganisationService
    from cmer_desk.services.personal_data import PersonalDataService
    from cmer_desk.services.profile import ProfileService

log = logging.getLogger(__name__)


@dataclass
class AppContext:
    """Everything a window or a command needs, opened on one database."""

    database_url: str
    engine: Engine
    service_context: ServiceContext
    backup_dir: Path = field(default_factory=lambda: default_backup_dir(data_dir()))
    health: Health = HEALTHY

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

        A SQLite file on a network drive is refused (NetworkDriveError). Then a quick integrity check
        sets ``health``; a damaged file is left exactly as found (no migration, no backup, so rotation
        never pushes a good backup out for a bad one) and the window blocks writing. A sound file is
        backed up if its data changed since the last backup, and its schema brought up to date (after
        its own backup). Temporary files an interrupted backup left behind are removed."""
        url = resolve_database_url(database)
        engine = make_engine(url)
        ctx = cls(url, engine, ServiceContext(make_session_factory(engine)))
        if backup_dir is not None:
            ctx.backup_dir = Path(backup_dir)
        ctx.backups.remove_leftovers()
        ctx.health = quick_check(engine)
        if ctx.health.damaged:
            log.error("database damaged at start: %s", ctx.health.message)
            return ctx
        up_to_date = migrate.current_revision(engine) == migrate.head_revision()
        if start_backup and up_to_date and ctx.backups.database_path is not None:
            ctx.backups.backup_if_changed()
        if migrate_schema and not up_to_date:
            migrate.upgrade(engine, ctx.backup_dir)
        return ctx

    def close(self) -> None:
        self.engine.dispose()

    @cached_property
    def backups(self) -> BackupService:
        return BackupService(self.engine, self.backup_dir)

    def latest_good_backup(self) -> Path | None:
        """The newest backup that passes the checks, to offer when the database is damaged."""
        return self.backups.latest_good_backup()

    def restore(self, backup: Path) -> Path:
        """Replace the database with a checked backup; returns the copy kept of the previous file.
        The schema is brought up to date and ``health`` re-checked afterwards."""
        kept = self.backups.restore(backup)
        migrate.upgrade(self.engine, self.backup_dir)
        self.health = quick_check(self.engine)
        return kept

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
        from cmer_desk.services.contact_import import AccreditationImportService

        return AccreditationImportService(self.service_context)

    @cached_property
    def contact_export(self) -> ContactExportService:
        from cmer_desk.services.contact_export import ContactExportService

        return ContactExportService(self.service_context)

    @cached_property
    def duplicates(self) -> DuplicateService:
        from cmer_desk.services.duplicates import DuplicateService

        return DuplicateService(self.service_context)
