"""What an invitation reads from the database, in plain column queries on the tables.

No ORM object is built and no ORM attribute is used (an attribute of a mapped class configures every mapper
of the models the first time a query names it, about 20 ms): a command that prints one invitation reads
its event, the people it names and their main numbers and address with eight small statements. The
values are those the ORM's objects give (``tests/db/test_invitation_data.py`` compares them): the same
columns, the ordered lists in the order of their relationships (by position).
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cmer_desk.db.models import (
    Contact,
    ContactEmail,
    ContactPhone,
    Event,
    EventOfficial,
    EventPressOfficer,
    ProgrammeItem,
)
from cmer_desk.domain.contact_points import LANDLINE_KINDS, MOBILE_KINDS, main_email, main_phone
from cmer_desk.domain.drafts import EventDraft, OfficialDraft, ProgrammeItemDraft
from cmer_desk.domain.enums import EventKind, EventStatus
from cmer_desk.domain.errors import NotFoundError
from cmer_desk.domain.wording import PersonValues

_EVENT = Event.__table__
_OFFICIAL = EventOfficial.__table__
_PROGRAMME = ProgrammeItem.__table__
_PRESS_OFFICER = EventPressOfficer.__table__
_CONTACT = Contact.__table__
_EMAIL = ContactEmail.__table__
_PHONE = ContactPhone.__table__
# The draft's fields the event's row holds (id, version and every scalar; the ordered lists are rows apart).
_EVENT_FIELDS = tuple(f.name for f in dataclasses.fields(EventDraft) if f.name in _EVENT.c)


def saved_event(session: Session, event_id: int) -> EventDraft:
    """The draft of a saved event, as the event service reads it; NotFoundError when there is none."""
    row = session.execute(select(*(_EVENT.c[name] for name in _EVENT_FIELDS)).where(_EVENT.c.id == event_id)).first()
    if row is None:
        raise NotFoundError("event", event_id)
    values: dict[str, Any] = row._asdict()
    values["kind"] = EventKind(values["kind"])
    values["status"] = EventStatus(values["status"])
    officials = session.execute(select(_OFFICIAL.c.contact_id, _OFFICIAL.c.role_wording)
                                .where(_OFFICIAL.c.event_id == event_id).order_by(_OFFICIAL.c.position))
    programme = session.execute(select(_PROGRAMME.c.at, _PROGRAMME.c.label)
                                .where(_PROGRAMME.c.event_id == event_id).order_by(_PROGRAMME.c.position))
    officers = session.scalars(select(_PRESS_OFFICER.c.contact_id)
                               .where(_PRESS_OFFICER.c.event_id == event_id).order_by(_PRESS_OFFICER.c.position))
    return EventDraft(
        officials=[OfficialDraft(contact_id, wording) for contact_id, wording in officials],
        programme=[ProgrammeItemDraft(at, label) for at, label in programme],
        press_officer_ids=list(officers),
        **values,
    )


def people(session: Session, contact_ids: Iterable[int]) -> dict[int, PersonValues]:
    """What a document prints of each contact: names, main landline, preferred mobile, main address."""
    wanted = sorted(set(contact_ids))
    if not wanted:
        return {}
    emails: dict[int, list[Any]] = defaultdict(list)
    for row in session.execute(select(_EMAIL.c.contact_id, _EMAIL.c.kind, _EMAIL.c.preferred, _EMAIL.c.address)
                               .where(_EMAIL.c.contact_id.in_(wanted))
                               .order_by(_EMAIL.c.contact_id, _EMAIL.c.position)):
        emails[row.contact_id].append(row)
    phones: dict[int, list[Any]] = defaultdict(list)
    for row in session.execute(select(_PHONE.c.contact_id, _PHONE.c.kind, _PHONE.c.preferred, _PHONE.c.number)
                               .where(_PHONE.c.contact_id.in_(wanted))
                               .order_by(_PHONE.c.contact_id, _PHONE.c.position)):
        phones[row.contact_id].append(row)
    return {
        contact_id: PersonValues(first_name, last_name, main_phone(phones[contact_id], LANDLINE_KINDS),
                                 main_phone(phones[contact_id], MOBILE_KINDS), main_email(emails[contact_id]))
        for contact_id, first_name, last_name in session.execute(
            select(_CONTACT.c.id, _CONTACT.c.first_name, _CONTACT.c.last_name).where(_CONTACT.c.id.in_(wanted)))
    }
