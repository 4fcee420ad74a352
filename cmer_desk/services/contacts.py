"""People: press officers, partner communication offices, officials, journalists."""

from __future__ import annotations

import dataclasses
from collections.abc import Collection
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from cmer_desk.db.models import Contact, ContactEmail, ContactPhone, Organisation, Tag, contact_tag
from cmer_desk.domain.contact_checks import check_emails, check_phones
from cmer_desk.domain.contact_points import EMAIL_KINDS, EmailAddress, PhoneNumber, kind_of
from cmer_desk.domain.drafts import ContactDraft
from cmer_desk.domain.enums import ContactKind, PressCardKind
from cmer_desk.domain.errors import FieldError, ValidationError
from cmer_desk.domain.i18n import N_, _
from cmer_desk.domain.phones import format_phone_with_extension
from cmer_desk.domain.text import (
    SORT_KEY_SEPARATOR,
    fold,
    french_sort_key,
    person_name,
    person_name_list_order,
)
from cmer_desk.domain.validation import check_contact
from cmer_desk.services.anonymisation import forget_in_change_log, identifying_names
from cmer_desk.services.base import Service, changed_fields, now, search_clause
from cmer_desk.services.tags import ensure_tags
from cmer_desk.services.usage import (
    JOURNALIST,
    InUseError,
    Usage,
    contact_usages,
    move_accreditations,
    move_event_roles,
)

LABELS = {
    "civility": N_("civilité"),
    "first_name": N_("prénom"),
    "last_name": N_("nom"),
    "function": N_("fonction"),
    "organisation_id": N_("organisme"),
    "emails": N_("courriels"),
    "phones": N_("téléphones"),
    "press_card_number": N_("carte de presse"),
    "press_card_year": N_("validité de la carte"),
    "press_card_kind": N_("type de carte"),
    "tags": N_("listes"),
    "notes": N_("notes"),
    "source": N_("origine"),
    "last_contact_on": N_("dernier contact"),
}
_ENUM_FIELDS = {"press_card_kind": PressCardKind}
_POINT_FIELDS = ("emails", "phones")
# the list shows one address and one number: the main address, the preferred mobile else the main landline
_EMAIL_RANK = {k.value: i for i, k in enumerate(EMAIL_KINDS)}
_PHONE_RANK = {ContactKind.MOBILE.value: 0, ContactKind.WORK.value: 1, ContactKind.HOME.value: 2,
               ContactKind.OTHER.value: 3}  # fmt: skip


class ContactRow(NamedTuple):
    id: int
    name: str  # "de MAZIÈRES Olivier"
    organisation: str
    function: str
    email: str
    phone: str  # mobile first, else landline, as printed
    tags: str  # "PQR, TV"
    sort_key: str
    search_text: str


def _draft(row: Contact) -> ContactDraft:
    return ContactDraft(
        id=row.id,
        version=row.version,
        civility=row.civility,
        first_name=row.first_name,
        last_name=row.last_name,
        function=row.function,
        organisation_id=row.organisation_id,
        emails=[EmailAddress(e.address, kind_of(e.kind), e.label, e.preferred) for e in row.emails],
        phones=[PhoneNumber(p.number, kind_of(p.kind), p.label, p.extension, p.preferred) for p in row.phones],
        press_card_number=row.press_card_number,
        press_card_year=row.press_card_year,
        press_card_kind=PressCardKind(row.press_card_kind),
        tags=[t.name for t in row.tags],
        notes=row.notes,
        source=row.source,
        last_contact_on=row.last_contact_on,
    )


def put_points(row: Contact, emails: list[EmailAddress], phones: list[PhoneNumber]) -> None:
    """Replace the contact's addresses and numbers by these (already checked and in order)."""
    row.emails = [ContactEmail(position=i, kind=e.kind.value, address=e.address, label=e.label, preferred=e.preferred)
                  for i, e in enumerate(emails)]  # fmt: skip
    row.phones = [ContactPhone(position=i, kind=p.kind.value, number=p.number, extension=p.extension, label=p.label,
                               preferred=p.preferred) for i, p in enumerate(phones)]  # fmt: skip


def add_points(row: Contact, emails: list[EmailAddress], phones: list[PhoneNumber]) -> list[str]:
    """Add these addresses and numbers to the contact's, each once, the contact's preferred ones staying
    preferred (an import's update, a merge). Returns what changed: 'courriels', 'téléphones'."""
    mine = _draft(row)
    ignored: list[FieldError] = []
    united_emails = check_emails([*mine.emails, *(EmailAddress(e.address, e.kind, e.label) for e in emails)],
                                 lambda *_: None, ignored)  # fmt: skip
    united_phones = check_phones([*mine.phones, *(PhoneNumber(p.number, p.kind, p.label, p.extension) for p in phones)],
                                 lambda *_: None, ignored)  # fmt: skip
    changed = [name for name, (new, old) in (("courriels", (united_emails, mine.emails)),
                                              ("téléphones", (united_phones, mine.phones))) if new != old]  # fmt: skip
    if changed:
        put_points(row, united_emails, united_phones)
        row.refresh_keys()
    return changed


def main_points(session: Session, contact_ids) -> tuple[dict[int, str], dict[int, tuple[str, str]]]:
    """For the contacts selected by ``contact_ids`` (a select of ids, or None for all): the main address
    of each, and the number the lists show (preferred mobile, else main landline) with its extension."""
    emails: dict[int, tuple[int, str]] = {}
    stmt = select(ContactEmail.contact_id, ContactEmail.kind, ContactEmail.address).where(ContactEmail.preferred)
    if contact_ids is not None:
        stmt = stmt.where(ContactEmail.contact_id.in_(contact_ids))
    for cid, kind, address in session.connection().execute(stmt):
        rank = _EMAIL_RANK.get(kind, 9)
        if cid not in emails or rank < emails[cid][0]:
            emails[cid] = (rank, address)
    phones: dict[int, tuple[int, str, str]] = {}
    pstmt = select(ContactPhone.contact_id, ContactPhone.kind, ContactPhone.number, ContactPhone.extension).where(
        ContactPhone.preferred, ContactPhone.kind != ContactKind.FAX.value)
    if contact_ids is not None:
        pstmt = pstmt.where(ContactPhone.contact_id.in_(contact_ids))
    for cid, kind, number, extension in session.connection().execute(pstmt):
        rank = _PHONE_RANK.get(kind, 9)
        if cid not in phones or rank < phones[cid][0]:
            phones[cid] = (rank, number, extension)
    return {c: a for c, (_, a) in emails.items()}, {c: (n, x) for c, (_, n, x) in phones.items()}


def _tags(session: Session, names: list[str]) -> list[Tag]:
    found = ensure_tags(session, names)
    return [found[name] for name in names]


class ContactService(Service):
    entity = "contact"

    def rows(
        self, search: str | None = None, tag: str | None = None, ids: Collection[int] | None = None
    ) -> list[ContactRow]:
        """Light rows in French order, for lists and the command line (only ``ids`` when given).

        Read with two plain queries (contacts joined to their organisation, then every tag link) rather
        than ORM objects, so that 100,000 contacts load in a fraction of the time.
        """
        stmt = (
            select(
                Contact.id, Contact.first_name, Contact.last_name, Organisation.name, Contact.function,
                Contact.sort_key, Contact.search_text,
            )
            .outerjoin(Organisation, Contact.organisation_id == Organisation.id)
            .order_by(Contact.sort_key)
        )
        clause = search_clause(Contact.search_text, search)
        if clause is not None:
            stmt = stmt.where(clause)
        if tag:
            stmt = stmt.where(Contact.tags.any(Tag.name == tag))
        links = select(contact_tag.c.contact_id, Tag.name).join(Tag, Tag.id == contact_tag.c.tag_id).order_by(Tag.name)
        if ids is not None:
            stmt = stmt.where(Contact.id.in_(ids))
            links = links.where(contact_tag.c.contact_id.in_(ids))
        chosen = None
        if ids is not None or clause is not None or tag:
            chosen = stmt.with_only_columns(Contact.id).order_by(None)
        with self.reading() as session:
            tags: dict[int, list[str]] = {}
            for contact_id, name in session.connection().execute(links):
                tags.setdefault(contact_id, []).append(name)
            emails, phones = main_points(session, chosen)
            # Outlets, functions, lists and numbers repeat across rows: keep one string of each (memory).
            # The rows are read through the session's connection (Core), one at a time: the session's own
            # execute fetches every row before handing the first, and 100,000 contacts were then held twice.
            shared: dict[str, str] = {}
            one = shared.setdefault
            no_phone = ("", "")
            return [
                ContactRow(
                    cid, person_name_list_order(first, last) or emails.get(cid, ""), one(outlet or "", outlet or ""),
                    one(function, function), emails.get(cid, ""),
                    one(phone := format_phone_with_extension(*phones.get(cid, no_phone)), phone),
                    one(joined := ", ".join(tags.get(cid, ())), joined), sort_key, text,
                )
                for cid, first, last, outlet, function, sort_key, text in session.connection().execute(stmt)
            ]

    def tag_names(self) -> list[str]:
        with self.reading() as session:
            return sorted(session.scalars(select(Tag.name)), key=fold)

    def get(self, contact_id: int) -> ContactDraft:
        with self.reading() as session:
            return _draft(self.load(session, Contact, contact_id))

    def find(self, email: str = "", first_name: str = "", last_name: str = "") -> int | None:
        """An existing contact with this e-mail, or else this name (accents and case ignored)."""
        with self.reading() as session:
            if email.strip():
                found = session.scalar(
                    select(ContactEmail.contact_id)
                    .where(func.lower(ContactEmail.address) == email.strip().lower())
                    .order_by(ContactEmail.contact_id)
                    .limit(1)
                )
                if found is not None:
                    return found
            if last_name:
                folded = french_sort_key(last_name, first_name).split(SORT_KEY_SEPARATOR)[0]
                return session.scalar(
                    select(Contact.id)
                    .where(Contact.sort_key.startswith(folded + SORT_KEY_SEPARATOR, autoescape=True))
                    .order_by(Contact.id)
                    .limit(1)
                )
        return None

    def save(self, draft: ContactDraft) -> ContactDraft:
        clean = check_contact(draft, self.ctx.clock().year)
        with self.transaction() as session:
            if clean.id is None:
                row = Contact()
                session.add(row)
                before = None
            else:
                row = self.load(session, Contact, clean.id, version=clean.version)
                before = _draft(row)
            for name in LABELS:
                if name == "tags" or name in _POINT_FIELDS:
                    continue
                value = getattr(clean, name)
                setattr(row, name, value.value if name in _ENUM_FIELDS else value)
            row.tags = _tags(session, clean.tags)
            row.organisation = session.get(Organisation, clean.organisation_id) if clean.organisation_id else None
            if before is None or (before.emails, before.phones) != (clean.emails, clean.phones):
                put_points(row, clean.emails, clean.phones)
                if before is not None:
                    row.updated_at = now()
                    flag_modified(row, "updated_at")  # a new version, with the search text of the new addresses
            session.flush()
            if before is None:
                self.log(session, row.id, "create", f"{clean.first_name} {clean.last_name}".strip())
            else:
                self.log(session, row.id, "update", changed_fields(before, clean, LABELS))
            return dataclasses.replace(clean, id=row.id, version=row.version)

    def usages(self, contact_id: int) -> list[Usage]:
        """Where events use this contact (official, press officer, accreditation contact, accreditation)."""
        with self.reading() as session:
            return contact_usages(session, contact_id)

    def delete(self, contact_id: int, replacement_id: int | None = None, *, with_accreditations: bool = False) -> None:
        """Delete a contact. One that events use is refused (InUseError) unless ``replacement_id`` names who
        takes every one of its places; ``with_accreditations`` lets its accreditations go with it (the
        retention clean-up) but never its places in an invitation."""
        with self.transaction() as session:
            row = self.load(session, Contact, contact_id)
            summary = f"Contact n° {contact_id} supprimé"  # the log keeps that a person was deleted, not who
            if replacement_id is not None:
                if replacement_id == contact_id:
                    raise ValidationError([FieldError("replacement_id", _("Choisissez une autre personne pour le remplacer."))])
                other = self.load(session, Contact, replacement_id)
                moved = move_accreditations(session, other, row)
                move_event_roles(session, other, row, self.ctx.clock())
                summary += f", remplacé par {other.first_name} {other.last_name} (n° {other.id}) " \
                           f"dans les événements ; {moved} accréditation(s) reprise(s)"
            else:
                usages = contact_usages(session, contact_id)
                if with_accreditations:
                    usages = [u for u in usages if u.role != JOURNALIST]
                if usages:
                    raise InUseError(person_name(row.first_name, row.last_name), usages)
            forget_in_change_log(session, contact_id, identifying_names(row))
            self.log(session, contact_id, "delete", summary)
            session.delete(row)

    def records(self, search: str | None = None) -> list[dict]:
        stmt = select(Contact).order_by(Contact.sort_key)
        clause = search_clause(Contact.search_text, search)
        if clause is not None:
            stmt = stmt.where(clause)
        with self.reading() as session:
            return [_record(c) for c in session.scalars(stmt)]


def _record(c: Contact) -> dict:
    return {
        "id": c.id,
        "civility": c.civility,
        "first_name": c.first_name,
        "last_name": c.last_name,
        "function": c.function,
        "organisation_id": c.organisation_id,
        "organisation": c.organisation.name if c.organisation else None,
        "email": c.preferred_email(),
        "landline": c.preferred_phone(),
        "mobile": c.preferred_phone(mobile=True),
        "emails": [{"address": e.address, "kind": e.kind, "label": e.label, "preferred": e.preferred}
                   for e in c.emails],
        "phones": [{"number": p.number, "kind": p.kind, "label": p.label, "extension": p.extension,
                    "preferred": p.preferred} for p in c.phones],
        "press_card_number": c.press_card_number,
        "press_card_year": c.press_card_year,
        "press_card_kind": c.press_card_kind,
        "tags": [t.name for t in c.tags],
        "notes": c.notes,
        "source": c.source,
        "last_contact_on": c.last_contact_on.isoformat() if c.last_contact_on else None,
        "created_at": c.created_at.isoformat(),
        "updated_at": c.updated_at.isoformat(),
        "version": c.version,
    }
