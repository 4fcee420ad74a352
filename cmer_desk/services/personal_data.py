"""Personal data (GDPR): retention period, contacts past it, subject access, anonymisation.

The retention period is a setting shared by every workstation (table ``setting``): 3 years after the
last contact by default. A contact is past it when its last contact (or, without one, its last change)
is older than that. "Anonymise" removes what identifies the person and keeps the accreditations, so the
statistics of past events (how many journalists, which outlets) stay true. Both the export and the
anonymisation are written to the change log, without the person's name.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from cmer_desk.db.models import (
    Accreditation,
    ChangeLogEntry,
    Contact,
    Event,
    EventOfficial,
    EventPressOfficer,
    Setting,
)
from cmer_desk.db.scrub import scrub_freed_space
from cmer_desk.domain.enums import AccreditationRole, AccreditationStatus
from cmer_desk.domain.errors import FieldError, ValidationError
from cmer_desk.domain.i18n import _
from cmer_desk.domain.text import person_name_list_order
from cmer_desk.services.anonymisation import ANONYMOUS_NAME, TOUCHED_TABLES, anonymise_contact
from cmer_desk.services.base import Service
from cmer_desk.services.contacts import _record as contact_record

RETENTION_KEY = "retention_years"
DEFAULT_RETENTION_YEARS = 3
MAX_RETENTION_YEARS = 30


class ExpiredContact(NamedTuple):
    id: int
    name: str
    organisation: str
    last_contact_on: date | None
    updated_at: datetime


def years_before(day: date, years: int) -> date:
    """The same day ``years`` earlier (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def _log_of(session: Session, entity: str, ids: list[int]) -> list[ChangeLogEntry]:
    """The change-log entries of these records, each since its latest deletion entry: ids are never given
    twice since revision 0004, but an older file may have given a deleted record's id to a new one, and
    the entries before that deletion belong to someone else."""
    if not ids:
        return []
    entry = ChangeLogEntry
    deleted = dict(session.execute(
        select(entry.record_id, func.max(entry.id))
        .where(entry.entity == entity, entry.record_id.in_(ids), entry.action == "delete")
        .group_by(entry.record_id)
    ).all())  # fmt: skip
    rows = session.scalars(select(entry).where(entry.entity == entity, entry.record_id.in_(ids)))
    return [e for e in rows if e.record_id is not None and e.id > deleted.get(e.record_id, 0)]


class PersonalDataService(Service):
    entity = "contact"

    # Retention setting ----------------------------------------------------------------------------------

    def retention_years(self) -> int:
        with self.reading() as session:
            value = session.get(Setting, RETENTION_KEY)
        try:
            return int(value.value) if value is not None else DEFAULT_RETENTION_YEARS
        except ValueError:
            return DEFAULT_RETENTION_YEARS

    def set_retention_years(self, years: int) -> None:
        if not isinstance(years, int) or not 1 <= years <= MAX_RETENTION_YEARS:
            raise ValidationError(
                [FieldError(RETENTION_KEY, _("La durée de conservation doit être comprise entre 1 et {most} ans.").format(
                    most=MAX_RETENTION_YEARS))]
            )
        with self.transaction() as session:
            row = session.get(Setting, RETENTION_KEY)
            if row is None:
                session.add(Setting(key=RETENTION_KEY, value=str(years)))
            else:
                row.value = str(years)
            self.log(session, None, "setting", f"durée de conservation : {years} ans", entity="setting")

    # Contacts past retention ----------------------------------------------------------------------------

    def past_retention(self, today: date | None = None) -> list[ExpiredContact]:
        """Contacts whose last contact (or last change, without one) is older than the retention period."""
        today = today or self.ctx.clock().date()
        cutoff = years_before(today, self.retention_years())
        stmt = (
            select(Contact)
            .where(
                or_(
                    Contact.last_contact_on < cutoff,
                    and_(Contact.last_contact_on.is_(None), Contact.updated_at < datetime.combine(cutoff, datetime.min.time())),
                )
            )
            .where(Contact.last_name != ANONYMOUS_NAME)
            .order_by(Contact.sort_key)
        )
        with self.reading() as session:
            return [
                ExpiredContact(
                    c.id,
                    person_name_list_order(c.first_name, c.last_name),
                    c.organisation.name if c.organisation else "",
                    c.last_contact_on,
                    c.updated_at,
                )
                for c in session.scalars(stmt)
            ]

    # Subject access ---------------------------------------------------------------------------------------

    def subject_access(self, contact_id: int) -> dict:
        """Everything held on one contact: fields, lists, accreditations, roles in events, change log."""
        with self.transaction() as session:
            contact = self.load(session, Contact, contact_id)
            accreditations = session.execute(
                select(Accreditation, Event.title, Event.starts_at)
                .join(Event, Event.id == Accreditation.event_id)
                .where(Accreditation.contact_id == contact_id)
                .order_by(Event.starts_at)
            ).all()
            officials = session.execute(
                select(Event.id, Event.title, Event.starts_at, EventOfficial.role_wording)
                .join(EventOfficial, EventOfficial.event_id == Event.id)
                .where(EventOfficial.contact_id == contact_id)
                .order_by(Event.starts_at)
            ).all()
            press_officer = session.execute(
                select(Event.id, Event.title, Event.starts_at)
                .join(EventPressOfficer, EventPressOfficer.event_id == Event.id)
                .where(EventPressOfficer.contact_id == contact_id)
                .order_by(Event.starts_at)
            ).all()
            log_rows = sorted(
                [*_log_of(session, "contact", [contact_id]),
                 *_log_of(session, "accreditation", [a.id for a, _t, _s in accreditations])],
                key=lambda e: e.id,
            )  # fmt: skip
            document = {
                "document": "Données personnelles détenues par le bureau de la communication",
                "produit_le": self.ctx.clock().isoformat(),
                "contact": contact_record(contact),
                "accreditations": [
                    {
                        "evenement": title,
                        "date": starts_at.isoformat(),
                        "numero": a.number,
                        "statut": AccreditationStatus(a.status).label,
                        "role": AccreditationRole(a.role).label,
                        "media": a.outlet.name if a.outlet else None,
                        "demandee_le": a.requested_at.isoformat() if a.requested_at else None,
                        "decidee_le": a.decided_at.isoformat() if a.decided_at else None,
                        "motif": a.decision_reason,
                        "carte_de_presse_verifiee": a.press_card_checked,
                        "arrivee": a.arrived_at.isoformat() if a.arrived_at else None,
                        "notes": a.notes,
                    }
                    for a, title, starts_at in accreditations
                ],
                "officiel_aux_evenements": [
                    {"evenement": title, "date": starts_at.isoformat(), "qualite": role}
                    for _id, title, starts_at, role in officials
                ],
                "charge_de_communication_aux_evenements": [
                    {"evenement": title, "date": starts_at.isoformat()} for _id, title, starts_at in press_officer
                ],
                "journal_des_modifications": [
                    {
                        "le": e.at.isoformat(),
                        "par": e.user_name,
                        "objet": e.entity,
                        "numero": e.record_id,
                        "action": e.action,
                        "detail": e.summary,
                    }
                    for e in log_rows
                ],
            }
            self.log(session, contact_id, "subject-access", "export des données de la personne")
        return document

    def subject_access_text(self, contact_id: int) -> str:
        """The subject-access document as readable, indented JSON (UTF-8, accents kept)."""
        return json.dumps(self.subject_access(contact_id), ensure_ascii=False, indent=2) + "\n"

    # Anonymisation ----------------------------------------------------------------------------------------

    def anonymise(self, contact_id: int) -> None:
        """Replace what identifies the person, everywhere in the live database; keep what past events'
        statistics need (services/anonymisation.py). Raises NotFoundError for an unknown contact."""
        with self.transaction() as session:
            self._anonymise(session, self.load(session, Contact, contact_id))
        self._scrub()

    def anonymise_many(self, contact_ids: list[int]) -> int:
        """Anonymise several contacts in one transaction; returns how many (ids no longer there are
        skipped: another workstation deleted them)."""
        done = 0
        with self.transaction() as session:
            for contact_id in contact_ids:
                contact = session.get(Contact, contact_id)
                if contact is not None:
                    self._anonymise(session, contact)
                    done += 1
        if done:
            self._scrub()
        return done

    def _anonymise(self, session: Session, contact: Contact) -> None:
        kept = anonymise_contact(session, contact)
        self.log(session, contact.id, "anonymise", f"{kept} accréditation(s) conservée(s)")

    def _scrub(self) -> None:
        """Once committed, clear the old bytes the replaced values left in the storage (db/scrub.py)."""
        if self.ctx._ambient is not None:  # inside a batch, the data is not committed yet
            return
        with self.ctx.sessions() as session:
            engine = session.get_bind().engine
        scrub_freed_space(engine, TOUCHED_TABLES)
