"""Anonymising a contact: what identifies the person goes, what makes past events' statistics stays."""

from __future__ import annotations

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from cmer_desk.db.models import Accreditation, ChangeLogEntry, Contact, EventOfficial, contact_tag

ANONYMOUS_NAME = "Anonyme"
# Tables whose old row versions may hold the person's data once it is replaced (see db/scrub.py).
TOUCHED_TABLES = ("contact", "contact_tag", "accreditation", "event_official", "change_log")


def anonymise_contact(session: Session, contact: Contact) -> int:
    """Replace every identifying value of the contact, its accreditations, its roles in events and the
    change log; keep the contact row, its organisation, its accreditations (status, role, outlet,
    arrival) and its place among an event's officials. Returns how many accreditations were kept."""
    names = identifying_names(contact)
    contact.civility = ""
    contact.first_name = ""
    contact.last_name = ANONYMOUS_NAME
    contact.function = ""
    contact.emails = []
    contact.phones = []
    contact.press_card_number = ""
    contact.press_card_year = None
    contact.press_card_kind = ""
    contact.notes = ""
    contact.source = ""
    contact.last_contact_on = None
    session.execute(delete(contact_tag).where(contact_tag.c.contact_id == contact.id))
    session.expire(contact, ["tags"])
    accreditations = list(session.scalars(select(Accreditation).where(Accreditation.contact_id == contact.id)))
    for accreditation in accreditations:
        accreditation.notes = ""
        accreditation.decision_reason = ""
    # "maire de Tarascon" names one person as surely as a name does.
    session.execute(update(EventOfficial).where(EventOfficial.contact_id == contact.id).values(role_wording=""))
    forget_in_change_log(session, contact.id, names)
    session.flush()
    return len(accreditations)


def identifying_names(contact: Contact) -> set[str]:
    """What other change-log entries may quote of a person: the name as the log writes it, the addresses."""
    return {f"{contact.first_name} {contact.last_name}".strip(), *(e.address for e in contact.emails)}


def forget_in_change_log(session: Session, contact_id: int, names: set[str]) -> None:
    """The change log keeps who did what and when; the details of this contact's entries go, and so does
    the person's name wherever another entry quotes it (a merge, a duplicate's creation...). Anonymising
    and deleting a contact both call it."""
    session.execute(
        update(ChangeLogEntry)
        .where(ChangeLogEntry.entity == "contact", ChangeLogEntry.record_id == contact_id)
        .values(summary="")
    )
    for name in (n for n in names if n and n != ANONYMOUS_NAME):
        quoting = select(ChangeLogEntry).where(ChangeLogEntry.summary.contains(name, autoescape=True))
        for entry in session.scalars(quoting):
            entry.summary = entry.summary.replace(name, ANONYMOUS_NAME)
