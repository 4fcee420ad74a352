"""AppContext: the database, the services and where files live; built once and passed explicitly."""

from __future__ import annotations

import logging
import logging.handlers
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from sqlalchemy import Engine

from cmer_desk.db import migrate
from cmer_desk.db.engine import data_dir, make_engine, make_session_factory, resolve_database_url
from cmer_desk.services.accreditations import AccreditationService
from cmer_desk.services.base import ServiceContext
from cmer_desk.services.contact_export import ContactExportService
from cmer_desk.services.contact_import import AccreditationImportService, ContactImportService
from cmer_desk.services.contacts import ContactService
from cmer_desk.services.documents import DocumentService
from cmer_desk.services.duplicates import DuplicateService
from cmer_desk.services.events import EventService
from cmer_desk.services.example import ExampleService
from cmer_desk.services.organisations import OrganisationService
from cmer_desk.services.profile import ProfileService

log = logging.getLogger(__name__)


def configure_logging(verbose: bool = False) -> Path:
    """Log to a rotating file in the user's data folder (and to stderr when verbose)."""
    log_file = data_dir() / "cmer-desk.log"
    root = logging.getLogger()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        if verbose:
            root.addHandler(logging.StreamHandler())
        root.setLevel(logging.DEBUG if verbose else logging.INFO)
    return log_file


@dataclass
class AppContext:
    """Everything a window or a command needs, opened on one database."""

    database_url: str
    engine: Engine
    service_context: ServiceContext
    backup_dir: Path = field(default_factory=lambda: data_dir() / "backups")

    @classmethod
    def open(cls, database: str | None = None, *, migrate_schema: bool = True) -> AppContext:
        """Open the database named on the command line, in $CMER_DESK_DATABASE, or the default file;
        bring its schema up to date (after a backup copy of an existing file)."""
        url = resolve_database_url(database)
        engine = make_engine(url)
        ctx = cls(url, engine, ServiceContext(make_session_factory(engine)))
        if migrate_schema:
            migrate.upgrade(engine, ctx.backup_dir)
        return ctx

    def close(self) -> None:
        self.engine.dispose()

    @cached_property
    def events(self) -> EventService:
        return EventService(self.service_context)

    @cached_property
    def contacts(self) -> ContactService:
        return ContactService(self.service_context)

    @cached_property
    def organisations(self) -> OrganisationService:
        return OrganisationService(self.service_context)

    @cached_property
    def accreditations(self) -> AccreditationService:
        return AccreditationService(self.service_context)

    @cached_property
    def profile(self) -> ProfileService:
        return ProfileService(self.service_context)

    @cached_property
    def documents(self) -> DocumentService:
        return DocumentService(self.service_context)

    @cached_property
    def example(self) -> ExampleService:
        return ExampleService(self.service_context)

    @cached_property
    def contact_import(self) -> ContactImportService:
        return ContactImportService(self.service_context)

    @cached_property
    def accreditation_import(self) -> AccreditationImportService:
        return AccreditationImportService(self.service_context)

    @cached_property
    def contact_export(self) -> ContactExportService:
        return ContactExportService(self.service_context)

    @cached_property
    def duplicates(self) -> DuplicateService:
        return DuplicateService(self.service_context)
