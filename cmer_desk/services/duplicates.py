"""Duplicates in the press file: the same e-mail, or the same name at the same outlet (accents and case
ignored). The rule serves the import (a row matching an existing contact) and the "find duplicates" view,
whose merge keeps every accreditation of both contacts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from cmer_desk.db.models import (
    Contact,
    ContactEmail,
    Organisation,
)
from cmer_desk.domain.errors import FieldError, ValidationError
from cmer_desk.domain.i18n import _
from cmer_desk.domain.text import fold, person_name_list_order
from cmer_desk.services.base import Service
from cmer_desk.services.contacts import _draft, add_points
from cmer_desk.services.usage import move_accreditations, move_event_roles


def email_key(email: str | None) -> str:
    return (email or "").strip().casefold()


def name_key(first_name: str | None, last_name: str | None, outlet: str | None) -> tuple[str, str, str] | None:
    last = " ".join(fold(last_name).split())
    if not last:
        return None
    return last, " ".join(fold(first_name).split()), " ".join(fold(outlet).split())


class DuplicateIndex:
    """Existing contacts by every e-mail address and by (name, outlet), to match incoming rows in
    constant time."""

    def __init__(self) -> None:
        self.by_email: dict[str, int] = {}
        self.by_name: dict[tuple[str, str, str], int] = {}

    @classmethod
    def load(cls, session: Session) -> DuplicateIndex:
        index = cls()
        stmt = (
            select(Contact.id, Contact.first_name, Contact.last_name, Organisation.name)
            .outerjoin(Organisation, Contact.organisation_id == Organisation.id)
            .order_by(Contact.id)
        )
        for contact_id, first, last, outlet in session.execute(stmt):
            index.add(contact_id, (), first, last, outlet)
        for contact_id, address in session.execute(
            select(ContactEmail.contact_id, ContactEmail.address).order_by(ContactEmail.contact_id)
        ):
            index.by_email.setdefault(email_key(address), contact_id)
        return index

    def add(self, contact_id: int, emails: Iterable[str], first: str, last: str, outlet: str | None) -> None:
        for email in emails:
            if email_key(email):
                self.by_email.setdefault(email_key(email), contact_id)
        key = name_key(first, last, outlet)
        if key is not None:
            self.by_name.setdefault(key, contact_id)

    def match(self, emails: Iterable[str], first: str, last: str, outlet: str | None) -> int | None:
        found = None
        for email in emails:
            found = self.by_email.get(email_key(email)) if email_key(email) else None
            if found is not None:
                break
        if found is None:
            key = name_key(first, last, outlet)
            found = self.by_name.get(key) if key is not None else None
        return found


@dataclass(frozen=True)
class DuplicateGroup:
    """Contacts that look like one person; ``names`` as listed ('BERTAUD Katia — La Provence')."""

    ids: tuple[int, ...]
    names: tuple[str, ...]
    reason: str  # "même courriel", "même nom et même média" (in the interface language)


class DuplicateService(Service):
    entity = "contact"

    def find(self) -> list[DuplicateGroup]:
        """Every group of two or more contacts sharing an e-mail, or a name and an outlet."""
        with self.reading() as session:
            rows = session.execute(
                select(Contact.id, Contact.first_name, Contact.last_name, Organisation.name)
                .outerjoin(Organisation, Contact.organisation_id == Organisation.id)
                .order_by(Contact.sort_key, Contact.id)
            ).all()
            addresses: dict[int, list[str]] = {}
            for contact_id, address in session.execute(select(ContactEmail.contact_id, ContactEmail.address)):
                addresses.setdefault(contact_id, []).append(address)
        parent = {r[0]: r[0] for r in rows}
        reasons: dict[int, set[str]] = {}

        def root(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        def join(a: int, b: int, reason: str) -> None:
            ra, rb = root(a), root(b)
            merged = reasons.pop(ra, set()) | reasons.pop(rb, set()) | {reason}
            parent[rb] = ra
            reasons[ra] = merged

        first_by: dict[object, int] = {}
        for contact_id, first, last, outlet in rows:
            keys = [("@" + email_key(a), _("même courriel")) for a in addresses.get(contact_id, ()) if email_key(a)]
            for key, reason in [*keys, (name_key(first, last, outlet), _("même nom et même média"))]:
                if key is None:
                    continue
                if key in first_by:
                    join(first_by[key], contact_id, reason)
                else:
                    first_by[key] = contact_id
        groups: dict[int, list] = {}
        for row in rows:
            groups.setdefault(root(row[0]), []).append(row)
        out = []
        for group_root, members in groups.items():
            if len(members) < 2:
                continue
            out.append(
                DuplicateGroup(
                    tuple(m[0] for m in members),
                    tuple((person_name_list_order(m[1], m[2]) or ", ".join(addresses.get(m[0], ())))
                          + (f" — {m[3]}" if m[3] else "") for m in members),
                    " ; ".join(sorted(reasons.get(group_root, set()))),
                )
            )
        return out

    def merge(self, keep_id: int, other_id: int) -> int:
        """Merge ``other_id`` into ``keep_id`` and delete it; returns ``keep_id``.

        Every accreditation is kept: those of the other contact move to the kept one; when both were
        accredited to one event, the more advanced status stays (confirmed > refused > waiting list >
        requested > cancelled) with its arrival time. Empty fields of the kept contact take the other's
        values, lists (tags), e-mail addresses and phone numbers are united (the kept contact's preferred
        ones stay preferred); officials and press officers of events follow."""
        if keep_id == other_id:
            raise ValidationError([FieldError("contact_id", _("Choisissez deux contacts différents."))])
        with self.transaction() as session:
            keep = self.load(session, Contact, keep_id)
            other = self.load(session, Contact, other_id)
            moved = move_accreditations(session, keep, other)
            move_event_roles(session, keep, other, self.ctx.clock())
            filled = []
            for name in ("civility", "first_name", "last_name", "function", "organisation_id", "press_card_number",
                         "press_card_year", "press_card_kind", "source", "last_contact_on"):  # fmt: skip
                if getattr(keep, name) in ("", None) and getattr(other, name) not in ("", None):
                    setattr(keep, name, getattr(other, name))
                    filled.append(name)
            theirs = _draft(other)
            filled += add_points(keep, theirs.emails, theirs.phones)
            if other.notes and other.notes not in keep.notes:
                keep.notes = f"{keep.notes}\n{other.notes}".strip()
            keep.tags = list({t.id: t for t in [*keep.tags, *other.tags]}.values())
            summary = (
                f"fusion de {other.first_name} {other.last_name} (n° {other_id}) : "
                f"{moved} accréditation(s) reprise(s)" + (f", champs complétés : {', '.join(filled)}" if filled else "")
            )
            keep.updated_at = self.ctx.clock()
            flag_modified(keep, "updated_at")  # a new version, and the search text of the united addresses
            session.delete(other)
            session.flush()
            self.log(session, keep_id, "merge", summary)
            return keep_id
