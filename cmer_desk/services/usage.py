"""Where a contact or an organisation is used by events, and putting another one in its place.

Deleting something an event uses must never strip an invitation silently: the services refuse it
(InUseError, which lists the uses) unless a replacement is given; the replacement takes every place
(official, press officer, accreditation contact, accredited journalist, outlet of an accreditation).
The merge of duplicates moves a contact's places the same way."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from cmer_desk.db.models import Accreditation, Contact, Event, EventOfficial, EventPressOfficer
from cmer_desk.domain.enums import AccreditationStatus
from cmer_desk.domain.errors import FieldError, ValidationError
from cmer_desk.domain.i18n import N_, _, ngettext
from cmer_desk.domain.text import person_name_list_order

OFFICIAL = N_("officiel(le)")
PRESS_OFFICER = N_("chargé(e) de communication")
ACCREDITATION_CONTACT = N_("contact pour les accréditations")
JOURNALIST = N_("journaliste accrédité(e)")
OUTLET = N_("média d'une accréditation")


@dataclass(frozen=True)
class Usage:
    event_id: int
    event_title: str
    starts_at: datetime
    role: str  # one of the words above
    detail: str = ""  # the accreditation's status, or the journalist whose outlet it is

    def text(self) -> str:
        """'officiel(le) de « Installation… » (24/01/2018)'"""
        detail = f", {_(self.detail)}" if self.detail else ""  # a status label, or a name (not in the catalogue)
        return _("{role}{detail} : « {title} » ({day})").format(
            role=_(self.role), detail=detail, title=self.event_title, day=f"{self.starts_at:%d/%m/%Y}")


class InUseError(ValidationError):
    """Deleting this would remove it from events; ``usages`` says where."""

    def __init__(self, what: str, usages: list[Usage]):
        self.usages = usages
        events = len({u.event_id for u in usages})
        super().__init__([FieldError("id", ngettext(
            "« {what} » est utilisé(e) par {n} événement : {where}. Choisissez qui le ou la remplace, ou renoncez.",
            "« {what} » est utilisé(e) par {n} événements : {where}. Choisissez qui le ou la remplace, ou renoncez.",
            events).format(what=what, n=events, where=" ; ".join(u.text() for u in usages)))])


def contact_usages(session: Session, contact_id: int) -> list[Usage]:
    """Every place events give this contact, by event date."""
    found: list[Usage] = []
    places: tuple[tuple[type[EventOfficial] | type[EventPressOfficer], str], ...] = (
        (EventOfficial, OFFICIAL), (EventPressOfficer, PRESS_OFFICER))
    for model, role in places:
        rows = session.execute(select(Event.id, Event.title, Event.starts_at).join(model, model.event_id == Event.id)
                               .where(model.contact_id == contact_id))
        found += [Usage(i, t, s, role) for i, t, s in rows]
    rows = session.execute(select(Event.id, Event.title, Event.starts_at)
                           .where(Event.accreditation_contact_id == contact_id))
    found += [Usage(i, t, s, ACCREDITATION_CONTACT) for i, t, s in rows]
    found += [Usage(i, t, s, JOURNALIST, AccreditationStatus(status).label) for i, t, s, status in session.execute(
        select(Event.id, Event.title, Event.starts_at, Accreditation.status)
        .join(Accreditation, Accreditation.event_id == Event.id).where(Accreditation.contact_id == contact_id))]
    return sorted(found, key=lambda u: (u.starts_at, u.event_id))


def organisation_usages(session: Session, organisation_id: int) -> list[Usage]:
    """The accreditations whose outlet this organisation is, by event date."""
    rows = session.execute(
        select(Event.id, Event.title, Event.starts_at, Contact.first_name, Contact.last_name)
        .join(Accreditation, Accreditation.event_id == Event.id).join(Contact, Contact.id == Accreditation.contact_id)
        .where(Accreditation.outlet_id == organisation_id)
    )
    found = [Usage(i, t, s, OUTLET, person_name_list_order(first, last)) for i, t, s, first, last in rows]
    return sorted(found, key=lambda u: (u.starts_at, u.event_id))


# the further an accreditation went, the higher; a merge keeps the higher of two for one event
STATUS_RANK = {
    AccreditationStatus.CANCELLED.value: 0,
    AccreditationStatus.REQUESTED.value: 1,
    AccreditationStatus.WAITING.value: 2,
    AccreditationStatus.REFUSED.value: 3,
    AccreditationStatus.CONFIRMED.value: 4,
}


def move_accreditations(session: Session, keep: Contact, other: Contact) -> int:
    """The accreditations of `other` go to `keep`; at an event where both were accredited the more advanced
    status stays, with the arrival either had. Returns how many were taken over."""
    mine = {a.event_id: a for a in session.scalars(select(Accreditation).where(Accreditation.contact_id == keep.id))}
    moved = 0
    for acc in list(session.scalars(select(Accreditation).where(Accreditation.contact_id == other.id))):
        kept = mine.get(acc.event_id)
        if kept is None:
            acc.contact_id = keep.id
            moved += 1
            continue
        if STATUS_RANK.get(acc.status, 0) > STATUS_RANK.get(kept.status, 0):
            for name in ("status", "role", "outlet_id", "decision_reason", "decided_at", "press_card_checked"):
                setattr(kept, name, getattr(acc, name))
        kept.arrived_at = kept.arrived_at or acc.arrived_at
        if acc.notes and acc.notes not in kept.notes:
            kept.notes = f"{kept.notes}\n{acc.notes}".strip()
        session.delete(acc)
        moved += 1
    session.flush()
    return moved


def move_event_roles(session: Session, keep: Contact, other: Contact, at: datetime) -> None:
    """`keep` takes the place of `other` as an official (same position and wording), a press officer and an
    accreditation contact of every event; where `keep` already had that role, `other` just leaves it. Each
    event changed gets a new version, so that a form still showing `other` there cannot save over it."""
    changed: set[int] = set()
    models: tuple[type[EventOfficial] | type[EventPressOfficer], ...] = (EventOfficial, EventPressOfficer)
    for model in models:
        taken = set(session.scalars(select(model.event_id).where(model.contact_id == keep.id)))
        rows: list[EventOfficial | EventPressOfficer] = list(
            session.scalars(select(model).where(model.contact_id == other.id)))
        for row in rows:
            changed.add(row.event_id)
            if row.event_id in taken:
                session.delete(row)
            else:
                row.contact_id = keep.id
    for event in session.scalars(select(Event).where(Event.accreditation_contact_id == other.id)):
        event.accreditation_contact_id = keep.id
    for event in session.scalars(select(Event).where(Event.id.in_(changed))):
        event.updated_at = at
    session.flush()
