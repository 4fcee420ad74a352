"""Importing contacts and accreditation requests from CSV, XLSX and vCard files.

All or nothing: the whole file is read, checked and written in one transaction; the first malformed
row stops the import with its line number and the reason in French, and nothing is written. A
successful import is one entry in the change log.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from cmer_desk.db.models import (
    Accreditation,
    Contact,
    Event,
    Organisation,
    Tag,
    contact_tag,
)
from cmer_desk.domain.drafts import ContactDraft
from cmer_desk.domain.enums import (
    AccreditationRole,
    AccreditationStatus,
    OrganisationKind,
)
from cmer_desk.domain.errors import ValidationError
from cmer_desk.domain.text import fold, french_sort_key, search_text
from cmer_desk.domain.validation import check_contact, check_text
from cmer_desk.formats.contact_columns import (
    EXPORT_FIELDS,
    FIELD_LABELS,
    ROLE,
    apply_mapping,
    draft_from_values,
)
from cmer_desk.formats.contact_columns import propose_mapping as _propose
from cmer_desk.formats.contact_files import read_table
from cmer_desk.formats.errors import FileFormatError
from cmer_desk.services.base import Service
from cmer_desk.services.duplicates import DuplicateIndex
from cmer_desk.services.tags import ensure_tags

log = logging.getLogger(__name__)

FLUSH_EVERY = 2000
_CONTACT_FIELDS = ("first_name", "last_name", "function", "email", "landline", "mobile", "press_card_number",
                   "press_card_year", "notes", "source", "last_contact_on")  # fmt: skip


class OnDuplicate(str, enum.Enum):
    UPDATE = "update"  # fill the existing contact with the row's non-empty cells, add its lists
    SKIP = "skip"  # leave the existing contact as it is
    CREATE = "create"  # create another contact anyway


@dataclass
class DuplicateRow:
    line: int
    contact_id: int
    name: str


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    skipped: int = 0
    organisations_created: int = 0
    accreditations_created: int = 0
    duplicates: list[DuplicateRow] = field(default_factory=list)
    dry_run: bool = False

    def summary(self) -> str:
        text = f"{self.created} créé(s), {self.updated} mis à jour, {self.skipped} ignoré(s)"
        if self.organisations_created:
            text += f", {self.organisations_created} média(s) ou organisme(s) créé(s)"
        if self.accreditations_created:
            text += f", {self.accreditations_created} accréditation(s) demandée(s)"
        return text


@dataclass
class ImportPreview:
    """What the window shows before anything is written: the proposed mapping can be changed."""

    headers: list[str]
    mapping: dict[int, str]  # column index -> field (see interchange.columns.FIELD_LABELS)
    rows: list[tuple[int, list[str]]]
    format: str
    detail: str


class _DryRunRollbackError(Exception):
    """Raised at the end of a dry run so that the batch rolls everything back."""


def propose_mapping(headers: list[str], *, accreditations: bool = False) -> dict[int, str]:
    """Column index -> field for the headers recognised (French or English)."""
    return _propose(headers, (*EXPORT_FIELDS, ROLE) if accreditations else EXPORT_FIELDS)


def preview(path: str | Path, limit: int = 20, *, accreditations: bool = False) -> ImportPreview:
    """The headers, the proposed mapping and the first rows of a file (reads no more than that)."""
    table = read_table(path)
    rows = []
    for item in table.rows:
        rows.append(item)
        if len(rows) >= limit:
            break
    return ImportPreview(table.headers, propose_mapping(table.headers, accreditations=accreditations), rows,
                         table.format, table.detail)  # fmt: skip


@dataclass
class _Row:
    line: int
    draft: ContactDraft
    outlet: str
    values: dict[str, str]


IMPORT_LOCK_KEY = 0x636D_6572_0001  # PostgreSQL advisory lock of the imports ("cmer", 1)


def _one_import_at_a_time(session: Session) -> None:
    """Serialise imports: each reads who is already known, then writes, so two at once would both create
    every contact. On PostgreSQL a transaction-level advisory lock (released at commit or rollback) makes
    the second wait for the first; on SQLite the import's transaction already holds the write lock
    (BEGIN IMMEDIATE) from its start."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": IMPORT_LOCK_KEY})


class _Writer:
    """Contacts, outlets and lists of one import, cached for the length of the transaction."""

    def __init__(self, service: Service, session: Session, report: ImportReport):
        self.service, self.session, self.report = service, session, report
        _one_import_at_a_time(session)
        self.index = DuplicateIndex.load(session)
        self.outlets = {fold(o.name): o for o in session.scalars(select(Organisation))}
        self.tags = {t.name: t for t in session.scalars(select(Tag))}
        self.pending: list[tuple[dict, Organisation | None, list[Tag], _New]] = []

    def rows(self, path: str | Path, mapping: dict[int, str] | None, accreditations: bool) -> Iterator[_Row]:
        table = read_table(path)
        mapping = mapping if mapping is not None else propose_mapping(table.headers, accreditations=accreditations)
        if "last_name" not in mapping.values():
            raise FileFormatError(1, "aucune colonne n'est reconnue comme « Nom » ; indiquez-la dans la "
                                     "correspondance des colonnes.")  # fmt: skip
        year = self.service.ctx.clock().year
        for line, cells in table.rows:
            values = apply_mapping(cells, mapping)
            try:
                draft = check_contact(draft_from_values(values), year)
            except ValidationError as exc:
                raise FileFormatError(line, exc.errors[0].message) from None
            try:
                outlet = " ".join(check_text("organisation", FIELD_LABELS["organisation"],
                                             values.get("organisation", "")).split())  # fmt: skip
            except ValidationError as exc:
                raise FileFormatError(line, exc.errors[0].message) from None
            yield _Row(line, draft, outlet, values)

    def outlet(self, name: str) -> Organisation | None:
        if not name:
            return None
        found = self.outlets.get(fold(name))
        if found is None:
            found = Organisation(name=name, kind=OrganisationKind.OTHER.value)
            self.session.add(found)
            self.outlets[fold(name)] = found
            self.report.organisations_created += 1
        return found

    def outlet_id(self, name: str) -> int | None:
        found = self.outlet(name)
        return found.id if found is not None else None

    def tag_list(self, names: list[str]) -> list[Tag]:
        missing = [name for name in names if name not in self.tags]
        if missing:
            self.tags.update(ensure_tags(self.session, missing))
        return [self.tags[name] for name in names]

    def match(self, row: _Row) -> int | None:
        d = row.draft
        found = self.index.match(d.email, d.first_name, d.last_name, row.outlet)
        if isinstance(found, _New):  # created earlier in this import, perhaps not yet inserted
            if found.id is None:
                self.insert_pending()
            return found.id
        return found

    def remember(self, new: _New, row: _Row) -> None:
        """Later rows of the same file match this contact too (its id comes when it is inserted)."""
        d = row.draft
        self.index.add(new, d.email, d.first_name, d.last_name, row.outlet)  # type: ignore[arg-type]

    def create(self, row: _Row) -> _New:
        """Queue a new contact; they are inserted in bulk (Core, one statement per chunk), since the ORM
        unit of work costs more than everything else on a file of 50,000 rows."""
        d = row.draft
        outlet = self.outlet(row.outlet)
        params = {name: getattr(d, name) for name in _CONTACT_FIELDS}
        params.update(
            civility=d.civility.value,
            press_card_kind=d.press_card_kind.value,
            sort_key=french_sort_key(d.last_name, d.first_name),
            search_text=search_text(d.first_name, d.last_name, outlet.name if outlet else "", d.email, d.function),
            version=1,
        )
        new = _New()
        self.pending.append((params, outlet, self.tag_list(d.tags), new))
        if len(self.pending) >= FLUSH_EVERY:
            self.insert_pending()
        self.report.created += 1
        return new

    def insert_pending(self) -> None:
        if not self.pending:
            return
        self.session.flush()  # outlets and lists created meanwhile get their ids
        params = [{**p, "organisation_id": o.id if o is not None else None} for p, o, _, _ in self.pending]
        ids = self.session.scalars(
            insert(Contact).returning(Contact.id, sort_by_parameter_order=True), params
        ).all()
        links: list[dict[str, int]] = []
        for contact_id, (_, _, tags, new) in zip(ids, self.pending, strict=True):
            new.id = contact_id
            links.extend({"contact_id": contact_id, "tag_id": t.id} for t in tags)
        if links:
            self.session.execute(insert(contact_tag), links)
        self.pending = []

    def update(self, contact_id: int, row: _Row) -> Contact:
        """Cells the row fills replace the contact's values; its lists are added to the contact's."""
        contact = self.session.get_one(Contact, contact_id)
        d, mapped = row.draft, {k for k, v in row.values.items() if v}
        changed = False
        for name in _CONTACT_FIELDS:
            if name in mapped and getattr(contact, name) != getattr(d, name):
                setattr(contact, name, getattr(d, name))
                changed = True
        for name in ("civility", "press_card_kind"):
            if name in mapped and getattr(contact, name) != getattr(d, name).value:
                setattr(contact, name, getattr(d, name).value)
                changed = True
        if row.outlet and (contact.organisation is None or fold(contact.organisation.name) != fold(row.outlet)):
            contact.organisation = self.outlet(row.outlet)
            changed = True
        new_tags = [t for t in d.tags if t not in {t.name for t in contact.tags}]
        if new_tags:
            contact.tags = [*contact.tags, *self.tag_list(new_tags)]
            changed = True
        if changed:
            self.report.updated += 1
        else:
            self.report.skipped += 1
        return contact


class _New:
    """A contact queued by this import; ``id`` is set once it is inserted."""

    __slots__ = ("id",)

    def __init__(self) -> None:
        self.id: int | None = None


class ContactImportService(Service):
    entity = "contact"

    def import_contacts(
        self,
        path: str | Path,
        *,
        mapping: dict[int, str] | None = None,
        on_duplicate: OnDuplicate = OnDuplicate.SKIP,
        dry_run: bool = False,
    ) -> ImportReport:
        """Import a .csv, .xlsx or .vcf file of contacts; raises FileFormatError (line, reason) and writes
        nothing when a row is wrong. With ``dry_run`` everything is checked and counted, nothing kept."""
        on_duplicate = OnDuplicate(on_duplicate)
        report = ImportReport(dry_run=dry_run)
        try:
            with self.ctx.batch() as session:
                writer = _Writer(self, session, report)
                for row in writer.rows(path, mapping, accreditations=False):
                    found = writer.match(row)
                    if found is not None:
                        report.duplicates.append(DuplicateRow(row.line, found, f"{row.draft.first_name} "
                                                              f"{row.draft.last_name}".strip()))  # fmt: skip
                    if found is None or on_duplicate is OnDuplicate.CREATE:
                        writer.remember(writer.create(row), row)
                    elif on_duplicate is OnDuplicate.UPDATE:
                        writer.update(found, row)
                    else:
                        report.skipped += 1
                writer.insert_pending()
                session.flush()
                self.log(session, None, "import", f"Import de contacts depuis « {Path(path).name} » : "
                                                  f"{report.summary()}")  # fmt: skip
                if dry_run:
                    raise _DryRunRollbackError
        except _DryRunRollbackError:
            pass
        log.info("contacts import from %s%s: %s", path, " (dry run)" if dry_run else "", report.summary())
        return report


_ROLE_ALIASES = {
    "journaliste": AccreditationRole.REPORTER, "redacteur": AccreditationRole.REPORTER,
    "redactrice": AccreditationRole.REPORTER, "reporter": AccreditationRole.REPORTER,
    "photo": AccreditationRole.PHOTOGRAPHER, "photographe": AccreditationRole.PHOTOGRAPHER,
    "jri": AccreditationRole.CAMERA, "cameraman": AccreditationRole.CAMERA, "camera": AccreditationRole.CAMERA,
    "cadreur": AccreditationRole.CAMERA, "technicien": AccreditationRole.TECHNICIAN,
    "technicienne": AccreditationRole.TECHNICIAN, "preneur de son": AccreditationRole.TECHNICIAN,
}  # fmt: skip


def parse_role(text: str) -> AccreditationRole:
    """'JRI', 'Photographe', 'rédactrice'... -> the role; empty -> reporter; ValueError otherwise."""
    if not text.strip():
        return AccreditationRole.REPORTER
    found = _ROLE_ALIASES.get(" ".join(fold(text).replace("/", " ").split()))
    return found if found is not None else AccreditationRole.from_text(text)


class AccreditationImportService(Service):
    entity = "accreditation"

    def import_requests(
        self, event_id: int, path: str | Path, *, mapping: dict[int, str] | None = None, dry_run: bool = False
    ) -> ImportReport:
        """Accreditation requests for an event from a .csv or .xlsx list (name, outlet, role, press card,
        e-mail, phone): each person is matched to an existing contact or created (with the outlet, if
        missing) and gets an accreditation « demandée ». Someone already accredited is skipped."""
        report = ImportReport(dry_run=dry_run)
        if Path(path).suffix.lower() not in (".csv", ".xlsx", ".txt"):
            raise FileFormatError(None, "Une liste d'accréditations se lit dans un fichier CSV ou XLSX.")
        try:
            with self.ctx.batch() as session:
                event = session.get(Event, event_id)
                if event is None:
                    raise FileFormatError(None, f"L'événement n° {event_id} n'existe pas.")
                accredited: set[int | None] = set(session.scalars(select(Accreditation.contact_id).where(
                    Accreditation.event_id == event_id)))  # fmt: skip
                writer = _Writer(self, session, report)
                for row in writer.rows(path, mapping, accreditations=True):
                    try:
                        role = parse_role(row.values.get(ROLE, ""))
                    except ValueError:
                        raise FileFormatError(row.line, f"le rôle « {row.values[ROLE]} » n'est pas reconnu "
                                                        "(rédacteur, photographe, JRI, technicien…).") from None
                    contact_id = writer.match(row)
                    if contact_id is None:
                        new = writer.create(row)
                        writer.remember(new, row)
                        writer.insert_pending()
                        contact_id = new.id
                        outlet_id = writer.outlet_id(row.outlet)
                    else:
                        report.duplicates.append(DuplicateRow(row.line, contact_id, row.draft.last_name))
                        session.flush()
                        outlet_id = (writer.outlet_id(row.outlet) if row.outlet
                                     else session.get_one(Contact, contact_id).organisation_id)  # fmt: skip
                    if contact_id in accredited:
                        report.skipped += 1
                        continue
                    accredited.add(contact_id)
                    session.add(Accreditation(
                        event_id=event_id, contact_id=contact_id, role=role.value,
                        outlet_id=outlet_id, status=AccreditationStatus.REQUESTED.value,
                        requested_at=self.ctx.clock(),
                    ))  # fmt: skip
                    report.accreditations_created += 1
                session.flush()
                self.log(session, event_id, "import", f"Import de demandes d'accréditation depuis "
                                                      f"« {Path(path).name} » : {report.summary()}", entity="event")  # fmt: skip
                if dry_run:
                    raise _DryRunRollbackError
        except _DryRunRollbackError:
            pass
        log.info("accreditation import for event %s from %s: %s", event_id, path, report.summary())
        return report
