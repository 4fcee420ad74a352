"""What the imports of contacts and of accreditation requests share: one import at a time, the writer
that matches each row to a known contact or queues a new one (inserted in bulk), and the rollback of a
dry run."""

from __future__ import annotations

from typing import cast

from sqlalchemy import Table, insert, select, text
from sqlalchemy.orm import Session

from cmer_desk.db.models import Contact, Organisation, Tag, contact_search_text, contact_sort_key
from cmer_desk.domain.enums import OrganisationKind
from cmer_desk.domain.text import fold
from cmer_desk.services.base import Service
from cmer_desk.services.bulk_insert import insert_many, insert_with_next_ids
from cmer_desk.services.contacts import add_points
from cmer_desk.services.duplicates import DuplicateIndex
from cmer_desk.services.import_rows import CheckedRow, ImportReport
from cmer_desk.services.tags import ensure_tags

FLUSH_EVERY = 2000
_CONTACT_FIELDS = ("civility", "first_name", "last_name", "function", "press_card_number", "press_card_year",
                   "notes", "source", "last_contact_on")  # fmt: skip
_MAPPED = {"civility": ("civility",), "first_name": ("first_name", "display_name", "middle_name"),
           "last_name": ("last_name", "display_name"), "function": ("function",),
           "press_card_number": ("press_card_number",), "press_card_year": ("press_card_year",),
           "notes": ("notes",), "source": ("source",), "last_contact_on": ("last_contact_on",),
           "press_card_kind": ("press_card_kind",)}  # fmt: skip


IMPORT_LOCK_KEY = 0x636D_6572_0001  # PostgreSQL advisory lock of the imports ("cmer", 1)


def one_import_at_a_time(session: Session) -> None:
    """Serialise imports: each reads who is already known, then writes, so two at once would both create
    every contact. On PostgreSQL a transaction-level advisory lock (released at commit or rollback) makes
    the second wait for the first; on SQLite the import's transaction already holds the write lock
    (BEGIN IMMEDIATE) from its start."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": IMPORT_LOCK_KEY})


class DryRunRollbackError(Exception):
    """Raised at the end of a dry run so that the batch rolls everything back."""


class ImportWriter:
    """Contacts, outlets and lists of one import, cached for the length of the transaction."""

    def __init__(self, service: Service, session: Session, report: ImportReport):
        self.service, self.session, self.report = service, session, report
        self.index = DuplicateIndex.load(session)
        self.outlets = {fold(o.name): o for o in session.scalars(select(Organisation))}
        self.tags = {t.name: t for t in session.scalars(select(Tag))}
        self.pending: list[tuple[dict, Organisation | None, list[Tag], CheckedRow, NewContact]] = []

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

    def match(self, row: CheckedRow) -> int | NewContact | None:
        """An existing contact (id) or one created earlier in this import (perhaps not yet inserted)."""
        d = row.draft
        assert d is not None
        return self.index.match([e.address for e in d.emails], d.first_name, d.last_name, row.outlet)

    def remember(self, new: NewContact, row: CheckedRow) -> None:
        """Later rows of the same file match this contact too (its id comes when it is inserted)."""
        d = row.draft
        assert d is not None
        self.index.add(new, [e.address for e in d.emails], d.first_name, d.last_name, row.outlet)  # type: ignore[arg-type]

    def create(self, row: CheckedRow) -> NewContact:
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
        new = NewContact()
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

    def resolve(self, found: int | NewContact) -> int:
        if isinstance(found, NewContact):
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


class NewContact:
    """A contact queued by this import; ``id`` is set once it is inserted."""

    __slots__ = ("id",)

    def __init__(self) -> None:
        self.id: int | None = None


def row_name(row: CheckedRow) -> str:
    d = row.draft
    assert d is not None
    return f"{d.first_name} {d.last_name}".strip() or d.email
