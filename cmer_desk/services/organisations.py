"""Media outlets and institutions."""

from __future__ import annotations

import dataclasses
from typing import NamedTuple

from sqlalchemy import func, select

from cmer_desk.db.models import Accreditation, Contact, Organisation
from cmer_desk.domain.drafts import OrganisationDraft
from cmer_desk.domain.enums import OrganisationKind
from cmer_desk.domain.errors import FieldError, ValidationError
from cmer_desk.domain.i18n import N_, _
from cmer_desk.domain.phones import format_phone
from cmer_desk.domain.validation import check_organisation
from cmer_desk.services.base import Service, changed_fields, search_clause
from cmer_desk.services.usage import InUseError, Usage, organisation_usages

LABELS = {
    "name": N_("nom"),
    "kind": N_("type"),
    "city": N_("ville"),
    "phone": N_("téléphone"),
    "email": N_("courriel"),
    "website": N_("site"),
    "notes": N_("notes"),
}


class OrganisationRow(NamedTuple):
    id: int
    name: str
    kind: str  # French label
    city: str
    phone: str  # as printed
    email: str
    sort_key: str


def _draft(row: Organisation) -> OrganisationDraft:
    return OrganisationDraft(
        id=row.id,
        version=row.version,
        name=row.name,
        kind=OrganisationKind(row.kind),
        city=row.city,
        phone=row.phone,
        email=row.email,
        website=row.website,
        notes=row.notes,
    )


class OrganisationService(Service):
    entity = "organisation"

    def rows(self, search: str | None = None, media_only: bool = False) -> list[OrganisationRow]:
        stmt = select(
            Organisation.id, Organisation.name, Organisation.kind, Organisation.city, Organisation.phone,
            Organisation.email, Organisation.sort_key,
        ).order_by(Organisation.sort_key)
        clause = search_clause(Organisation.search_text, search)
        if clause is not None:
            stmt = stmt.where(clause)
        if media_only:
            stmt = stmt.where(Organisation.kind.in_([k.value for k in OrganisationKind if k.is_media]))
        with self.reading() as session:
            return [
                OrganisationRow(oid, name, OrganisationKind(kind).label, city, format_phone(phone), email, sort_key)
                for oid, name, kind, city, phone, email, sort_key in session.execute(stmt)
            ]

    def get(self, organisation_id: int) -> OrganisationDraft:
        with self.reading() as session:
            return _draft(self.load(session, Organisation, organisation_id))

    def find_by_name(self, name: str) -> int | None:
        with self.reading() as session:
            return session.scalar(select(Organisation.id).where(func.lower(Organisation.name) == name.strip().lower()))

    def save(self, draft: OrganisationDraft) -> OrganisationDraft:
        clean = check_organisation(draft)
        with self.transaction() as session:
            if clean.id is None:
                row = Organisation()
                session.add(row)
                before = None
            else:
                row = self.load(session, Organisation, clean.id, version=clean.version)
                before = _draft(row)
            for name in LABELS:
                value = getattr(clean, name)
                setattr(row, name, value.value if isinstance(value, OrganisationKind) else value)
            session.flush()
            if before is None:
                self.log(session, row.id, "create", row.name)
            else:
                self.log(session, row.id, "update", changed_fields(before, clean, LABELS))
                if before.name != clean.name or before.city != clean.city:
                    for contact in session.scalars(select(Contact).where(Contact.organisation_id == row.id)):
                        contact.refresh_keys()
            return dataclasses.replace(clean, id=row.id, version=row.version)

    def usages(self, organisation_id: int) -> list[Usage]:
        """The accreditations whose outlet this organisation is."""
        with self.reading() as session:
            return organisation_usages(session, organisation_id)

    def delete(self, organisation_id: int, replacement_id: int | None = None) -> None:
        """Delete an organisation. One that accreditations name as their outlet is refused (InUseError)
        unless ``replacement_id`` names the one that takes its place there and for its contacts."""
        with self.transaction() as session:
            row = self.load(session, Organisation, organisation_id)
            summary = row.name
            if replacement_id is not None:
                if replacement_id == organisation_id:
                    raise ValidationError([FieldError("replacement_id", _("Choisissez un autre organisme pour le remplacer."))])
                other = self.load(session, Organisation, replacement_id)
                for accreditation in session.scalars(select(Accreditation).where(Accreditation.outlet_id == row.id)):
                    accreditation.outlet_id = other.id
                for contact in session.scalars(select(Contact).where(Contact.organisation_id == row.id)):
                    contact.organisation = other
                summary = f"{row.name}, remplacé par {other.name} (n° {other.id})"
            else:
                usages = organisation_usages(session, organisation_id)
                if usages:
                    raise InUseError(row.name, usages)
            self.log(session, organisation_id, "delete", summary)
            session.flush()
            session.delete(row)

    def records(self) -> list[dict]:
        with self.reading() as session:
            return [
                {
                    "id": o.id,
                    "name": o.name,
                    "kind": o.kind,
                    "kind_label": OrganisationKind(o.kind).label,
                    "city": o.city,
                    "phone": o.phone,
                    "email": o.email,
                    "website": o.website,
                    "notes": o.notes,
                    "created_at": o.created_at.isoformat(),
                    "updated_at": o.updated_at.isoformat(),
                    "version": o.version,
                }
                for o in session.scalars(select(Organisation).order_by(Organisation.sort_key))
            ]
