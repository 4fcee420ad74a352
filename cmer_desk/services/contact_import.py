"""Importing contacts and accreditation requests from CSV, XLSX, vCard and LDIF files.

Each row is checked on its own (services.import_rows): what is plausible is kept with a warning on its
line, what is broken is refused with its reason. Then the choice is still all or nothing: by default a
refused row stops the import and nothing is written; with ``skip_invalid`` every valid row is imported
and the refused ones are written to a CSV beside the source, with the reason in a last column. The
whole file is written in one transaction, which is one entry in the change log; a file that gives no
contact is an error and writes nothing.
"""

from __future__ import annotations

import enum
import logging
from pathlib import Path
from typing import cast

from sqlalchemy import Table, insert, select, text
from sqlalchemy.orm import Session

from cmer_desk.db.models import (
    Accreditation,
    Contact,
    Event,
    Organisation,
    Tag,
    contact_search_text,
    contact_sort_key,
    reserve_accreditation_numbers,
)
from cmer_desk.domain.door import new_code
from cmer_desk.domain.enums import (
    AccreditationRole,
    AccreditationStatus,
    OrganisationKind,
)
from cmer_desk.domain.i18n import gettext
from cmer_desk.domain.text import fold
from cmer_desk.formats.contact_columns import FIELD_LABELS, propose_mapping
from cmer_desk.formats.contact_files import read_table
from cmer_desk.formats.contact_headers import ROLE
from cmer_desk.formats.errors import FileFormatError
from cmer_desk.services.base import Service
from cmer_desk.services.bulk_insert import insert_many, insert_with_next_ids
from cmer_desk.services.contacts import add_points
from cmer_desk.services.duplicates import DuplicateIndex
from cmer_desk.services.import_rows import (
    NO_NAME_COLUMN,
    CheckedRow,
    DuplicateRow,
    ImportPreview,
    ImportReport,
    Refusals,
    RowReader,
    preview_headers,
    valid_rows,
)
from cmer_desk.services.import_rows import preview as _preview
from cmer_desk.services.tags import ensure_tags

log = logging.getLogger(__name__)

FLUSH_EVERY = 2000
_CONTACT_FIELDS = ("civility", "first_name", "last_name", "function", "press_card_number", "press_card_year",
                   "notes", "source", "last_contact_on")  # fmt: skip
_MAPPED = {"civility": ("civility",), "first_name": ("first_name", "display_name", "middle_name"),
           "last_name": ("last_name", "display_name"), "function": ("function",),
           "press_card_number": ("press_card_number",), "press_card_year": ("press_card_year",),
           "notes": ("notes",), "source": ("source",), "last_contact_on": ("last_contact_on",),
           "press_card_kind": ("press_card_kind",)}  # fmt: skip

__all__ = ["FIELD_LABELS", "ROLE", "ImportPreview", "ImportReport", "OnDuplicate", "propose_mapping"]


class OnDuplicate(str, enum.Enum):
    UPDATE = "update"  # fill the existing contact with the row's non-empty cells, add its lists and addresses
    SKIP = "skip"  # leave the existing contact as it is
    CREATE = "create"  # create another contact anyway


IMPORT_LOCK_KEY = 0x636D_6572_0001  # PostgreSQL advisory lock of the imports ("cmer", 1)


def _one_import_at_a_time(session: Session) -> None:
    """Serialise imports: each reads who is already known, then writes, so two at once would both create
    every contact. On PostgreSQL a transaction-level advisory lock (released at commit or rollback) makes
    the second wait for the first; on SQLite the import's transaction already holds the write lock
    (BEGIN IMMEDIATE) from its start."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": IMPORT_LOCK_KEY})


class _DryRunRollbackError(Exception):
    """Raised at the end of a dry run so that the batch rolls everything back."""


class _Writer:
    """Contacts, outlets and lists of one import, cached for the length of the transaction."""

    def __init__(self, service: Service, session: Session, report: ImportReport):
        self.service, self.session, self.report = service, session, report
        self.index = DuplicateIndex.load(session)
        self.outlets = {fold(o.name): o for o in session.scalars(select(Organisation))}
        self.tags = {t.name: t for t in session.scalars(select(Tag))}
        self.pending: list[tuple[dict, Organisation | None, list[Tag], CheckedRow, _New]] = []

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

    def match(self, row: CheckedRow) -> int | _New | None:
        """An existing contact (id) or one created earlier in this import (perhaps not yet inserted)."""
        d = row.draft
        assert d is not None
        return self.index.match([e.address for e in d.emails], d.first_name, d.last_name, row.outlet)

    def remember(self, new: _New, row: CheckedRow) -> None:
        """Later rows of the same file match this contact too (its id comes when it is inserted)."""
        d = row.draft
        assert d is not None
        self.index.add(new, [e.address for e in d.emails], d.first_name, d.last_name, row.outlet)  # type: ignore[arg-type]

    def create(self, row: CheckedRow) -> _New:
        """Queue a new contact; they are inserted in bulk (Core, one statement per chunk), since the ORM
        unit of work costs more than everything else on a file of 50,000 rows."""
        d = row.draft
        assert d is not None
        outlet = self.outlet(row.outlet)
        params = {name: getattr(d, name) for name in _CONTACT_FIELDS}
        addresses = [e.address for e in d.emails]
        params.update(
            press_card_kind=d.press_card_kind.value,
            sort_key=contact_sort_key(d.first_name, d.last_name, addresses),
            search_text=contact_search_text(d.first_name, d.last_name, outlet.name if outlet else "", d.function,
                                            addresses),
            version=1,
        )
        new = _New()
        self.pending.append((params, outlet, self.tag_list(d.tags), row, new))
        if len(self.pending) >= FLUSH_EVERY:
            self.insert_pending()
        self.report.created += 1
        return new

    def insert_pending(self) -> None:
        if not self.pending:
            return
        self.session.flush()  # outlets and lists created meanwhile get their ids
        params = [{**p, "organisation_id": o.id if o is not None else None} for p, o, _, _, _ in self.pending]
        contacts = cast(Table, Contact.__table__)
        if self.session.get_bind().dialect.name == "sqlite":
            ids = insert_with_next_ids(self.session, contacts, params)
        else:
            ids = list(self.session.execute(
                insert(contacts).returning(contacts.c.id, sort_by_parameter_order=True), params
            ).scalars())
        links: list[tuple] = []
        emails: list[tuple] = []
        phones: list[tuple] = []
        for contact_id, (_, _, tags, row, new) in zip(ids, self.pending, strict=True):
            new.id = contact_id
            links.extend((contact_id, t.id) for t in tags)
            d = row.draft
            assert d is not None
            emails.extend((contact_id, i, e.kind.value, e.address, e.label, e.preferred) for i, e in enumerate(d.emails))
            phones.extend((contact_id, i, p.kind.value, p.number, p.extension, p.label, p.preferred)
                          for i, p in enumerate(d.phones))  # fmt: skip
        insert_many(self.session, "contact_tag", ("contact_id", "tag_id"), links)
        insert_many(self.session, "contact_email", ("contact_id", "position", "kind", "address", "label", "preferred"),
                     emails)  # fmt: skip
        insert_many(self.session, "contact_phone", ("contact_id", "position", "kind", "number", "extension", "label",
                                                     "preferred"), phones)  # fmt: skip
        self.pending = []

    def resolve(self, found: int | _New) -> int:
        if isinstance(found, _New):
            if found.id is None:
                self.insert_pending()
            assert found.id is not None
            return found.id
        return found

    def update(self, contact_id: int, row: CheckedRow, mapped: set[str]) -> None:
        """Cells the row fills replace the contact's values; its lists, addresses and numbers are added."""
        contact = self.session.get(Contact, contact_id)
        d = row.draft
        assert contact is not None and d is not None
        filled = {k for k, v in row.values.fields.items() if v.strip()} & mapped
        changed = False
        for name in _CONTACT_FIELDS:
            if filled & set(_MAPPED[name]) and getattr(d, name) and getattr(contact, name) != getattr(d, name):
                setattr(contact, name, getattr(d, name))
                changed = True
        if "press_card_kind" in filled and contact.press_card_kind != d.press_card_kind.value:
            contact.press_card_kind = d.press_card_kind.value
            changed = True
        if row.outlet and (contact.organisation is None or fold(contact.organisation.name) != fold(row.outlet)):
            contact.organisation = self.outlet(row.outlet)
            changed = True
        new_tags = [t for t in d.tags if t not in {t.name for t in contact.tags}]
        if new_tags:
            contact.tags = [*contact.tags, *self.tag_list(new_tags)]
            changed = True
        changed = bool(add_points(contact, d.emails, d.phones)) or changed
        if changed:
            self.report.updated += 1
        else:
            self.report.skipped += 1


class _New:
    """A contact queued by this import; ``id`` is set once it is inserted."""

    __slots__ = ("id",)

    def __init__(self) -> None:
        self.id: int | None = None


class ContactImportService(Service):
    entity = "contact"

    def preview(self, path: str | Path, limit: int = 20, *, accreditations: bool = False,
                mapping: dict[int, str] | None = None) -> ImportPreview:  # fmt: skip
        """The headers, the proposed mapping, the first rows and every row checked; nothing is written.
        When no column is recognised, only the headers and an empty mapping (the user maps them)."""
        try:
            return _preview(path, self.ctx.clock().year, limit, accreditations=accreditations, mapping=mapping)
        except FileFormatError as exc:
            if exc.reason != gettext(NO_NAME_COLUMN):
                raise
            found = preview_headers(path, accreditations=accreditations)
            found.notes.append(str(exc))
            return found

    def import_contacts(
        self,
        path: str | Path,
        *,
        mapping: dict[int, str] | None = None,
        on_duplicate: OnDuplicate = OnDuplicate.SKIP,
        dry_run: bool = False,
        skip_invalid: bool = False,
    ) -> ImportReport:
        """Import a .csv, .xlsx, .vcf or .ldif file of contacts. A refused row raises FileFormatError (line,
        reason) and nothing is written, unless ``skip_invalid``: then the valid rows are imported and the
        refused ones written beside the source (``report.rejects_file``). With ``dry_run`` everything is
        checked and counted, nothing kept."""
        on_duplicate = OnDuplicate(on_duplicate)
        path = Path(path)
        report = ImportReport(dry_run=dry_run)
        reader = RowReader(read_table(path), mapping, self.ctx.clock().year)
        report.notes = list(reader.notes)
        refusals = Refusals(report, skip_invalid)
        try:
            with self.ctx.batch() as session:
                _one_import_at_a_time(session)
                writer = _Writer(self, session, report)
                mapped = reader.columns.fields()
                for row in valid_rows(report, reader, refusals):
                    assert row.draft is not None
                    found = writer.match(row)
                    if found is not None:
                        found_id = writer.resolve(found)
                        report.duplicates.append(DuplicateRow(row.line, found_id, _name(row)))
                    if found is None or on_duplicate is OnDuplicate.CREATE:
                        writer.remember(writer.create(row), row)
                    elif on_duplicate is OnDuplicate.UPDATE:
                        writer.update(found_id, row, mapped)
                    else:
                        report.skipped += 1
                writer.insert_pending()
                refusals.finish(reader, path, dry_run)
                session.flush()
                self.log(session, None, "import", f"Import de contacts depuis « {path.name} » : {report.summary(french=True)}")
                if dry_run:
                    raise _DryRunRollbackError
        except _DryRunRollbackError:
            pass
        log.info("contacts import from %s%s: %s", path, " (dry run)" if dry_run else "", report.summary())
        return report


def _name(row: CheckedRow) -> str:
    d = row.draft
    assert d is not None
    return f"{d.first_name} {d.last_name}".strip() or d.email


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
        self,
        event_id: int,
        path: str | Path,
        *,
        mapping: dict[int, str] | None = None,
        dry_run: bool = False,
        skip_invalid: bool = False,
    ) -> ImportReport:
        """Accreditation requests for an event from a .csv or .xlsx list (name, outlet, role, press card,
        e-mail, phone): each person is matched to an existing contact or created (with the outlet, if
        missing) and gets an accreditation « demandée ». Someone already accredited is skipped. Refused
        rows are handled as for contacts (``skip_invalid``)."""
        path = Path(path)
        report = ImportReport(dry_run=dry_run)
        if path.suffix.lower() not in (".csv", ".xlsx", ".txt"):
            raise FileFormatError(None, gettext("Une liste d'accréditations se lit dans un fichier CSV ou XLSX."))
        reader = RowReader(read_table(path), mapping, self.ctx.clock().year, accreditations=True)
        report.notes = list(reader.notes)
        refusals = Refusals(report, skip_invalid)
        try:
            with self.ctx.batch() as session:
                _one_import_at_a_time(session)
                if session.get(Event, event_id) is None:
                    raise FileFormatError(None, gettext("L'événement n° {number} n'existe pas.").format(number=event_id))
                accredited: set[object] = set(session.scalars(select(Accreditation.contact_id).where(
                    Accreditation.event_id == event_id)))  # fmt: skip
                outlet_of = dict(session.execute(select(Contact.id, Contact.organisation_id)).all())
                writer = _Writer(self, session, report)
                requests: list[tuple[int | _New, Organisation | None, int | None, str]] = []
                for row in valid_rows(report, reader, refusals):
                    try:
                        role = parse_role(reader.role(row))
                    except ValueError:
                        row.problem = gettext("le rôle « {role} » n'est pas reconnu (rédacteur, photographe, JRI, "
                                              "technicien…).").format(role=reader.role(row))  # fmt: skip
                        refusals.add(row)
                        continue
                    found = writer.match(row)
                    if found is None:
                        found = writer.create(row)
                        writer.remember(found, row)
                    else:
                        known_id = (found.id or 0) if isinstance(found, _New) else found
                        report.duplicates.append(DuplicateRow(row.line, known_id, _name(row)))
                    if found in accredited:
                        report.skipped += 1
                        continue
                    accredited.add(found)
                    outlet = writer.outlet(row.outlet) if row.outlet else None
                    known = outlet_of.get(found) if isinstance(found, int) else None
                    requests.append((found, outlet, known, role.value))
                    report.accreditations_created += 1
                writer.insert_pending()
                refusals.finish(reader, path, dry_run)
                session.flush()
                now = self.ctx.clock()
                rows = [{"event_id": event_id, "contact_id": writer.resolve(found), "role": role,
                         "outlet_id": outlet.id if outlet is not None else known,
                         "status": AccreditationStatus.REQUESTED.value, "requested_at": now, "decision_reason": "",
                         "press_card_checked": False, "notes": "", "version": 1}
                        for found, outlet, known, role in requests]  # fmt: skip
                if rows:  # a bulk insert, which the ORM's before_insert does not see: numbers and codes here
                    first = reserve_accreditation_numbers(session.connection(), event_id, len(rows))
                    for offset, values in enumerate(rows):
                        values.update(number=first + offset, code=new_code())
                    session.execute(insert(Accreditation), rows)
                self.log(session, event_id, "import", f"Import de demandes d'accréditation depuis "
                                                      f"« {path.name} » : {report.summary(french=True)}", entity="event")  # fmt: skip
                if dry_run:
                    raise _DryRunRollbackError
        except _DryRunRollbackError:
            pass
        log.info("accreditation import for event %s from %s: %s", event_id, path, report.summary())
        return report
