"""Gather the documents of the door: the attendee list (liste d'émargement) and the press badges.

Badges are printed for confirmed accreditations only: asking for another one, or for one this event does
not have, is refused with the names. The list sorts names as French usage does (domain.text.list_sort_key)
and carries what the steward and the spreadsheets need (status, e-mail, phone, arrival, the tally)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from cmer_desk.db.models import Accreditation, Contact, Event
from cmer_desk.domain.dates import event_moment, long_date, time_in_words
from cmer_desk.domain.documents import AttendeeListData, AttendeeRow, BadgeData, BadgeSheetData, Letterhead
from cmer_desk.domain.enums import AccreditationRole, AccreditationStatus, TimeStyle
from cmer_desk.domain.errors import FieldError, NotFoundError, ValidationError
from cmer_desk.domain.i18n import _, label, ngettext
from cmer_desk.domain.phones import format_phone
from cmer_desk.domain.text import list_sort_key, person_name, person_name_list_order, surname_caps
from cmer_desk.services.base import Service
from cmer_desk.services.documents import _venue_line
from cmer_desk.services.profile import ProfileService

CONFIRMED = AccreditationStatus.CONFIRMED
MAX_BLANK_ROWS = 200


def contact_reach(contact: Contact) -> tuple[str, str]:
    """The e-mail and the phone (as printed) to list for a person, their preferred ones (a mobile first: the
    steward calls it at the door): the one place that chooses them."""
    return contact.preferred_email(), format_phone(contact.preferred_phone(mobile=True) or contact.preferred_phone())


def _badge_refusal(not_confirmed: list[Accreditation], unknown: list[int]) -> str:
    parts = []
    if not_confirmed:
        names = ", ".join(
            f"{person_name_list_order(a.contact.first_name, a.contact.last_name)} "
            f"(n° {a.number}, {label(AccreditationStatus(a.status))})"
            for a in not_confirmed
        )
        parts.append(ngettext("Pas de badge pour une accréditation non confirmée : {names}.",
                              "Pas de badge pour les accréditations non confirmées : {names}.",
                              len(not_confirmed)).format(names=names))
    if unknown:
        parts.append(ngettext("Accréditation inconnue à cet événement : {numbers}.",
                              "Accréditations inconnues à cet événement : {numbers}.",
                              len(unknown)).format(numbers=", ".join(str(i) for i in unknown)))
    return " ".join(parts)


class DoorDocumentService(Service):
    entity = "event"

    def attendee_list(
        self,
        event_id: int,
        *,
        statuses: tuple[AccreditationStatus, ...] = (CONFIRMED,),
        order: str = "name",
        blank_rows: int = 0,
        letterhead: Letterhead | None = None,
    ) -> AttendeeListData:
        """The door list: confirmed accreditations by default, by name (French usage) or by outlet."""
        if not 0 <= blank_rows <= MAX_BLANK_ROWS:
            raise ValidationError([FieldError(
                "blank_rows", _("Le nombre de lignes vierges doit être compris entre 0 et {most}.").format(
                    most=MAX_BLANK_ROWS))])
        with self.reading() as session:
            event = _event(session, event_id)
            profile = ProfileService(self.ctx).get()
            everyone = list(session.scalars(select(Accreditation).where(Accreditation.event_id == event_id)))
            wanted = {s.value for s in statuses}
            accs = [a for a in everyone if a.status in wanted]
            keys = {a.id: list_sort_key(a.contact.last_name, a.contact.first_name) for a in accs}
            if order == "outlet":  # by outlet in French order, those without an outlet last
                accs.sort(key=lambda a: (a.outlet is None, a.outlet.sort_key if a.outlet else "", keys[a.id]))
            else:
                accs.sort(key=lambda a: keys[a.id])
            rows = tuple(_attendee_row(i, a) for i, a in enumerate(accs, start=1))
            roles = Counter(r.role for r in rows)
            confirmed = [a for a in everyone if a.status == CONFIRMED.value]
            return AttendeeListData(
                event_title=event.title,
                date_line=long_date(event.starts_at.date()),
                time_line=time_in_words(event.starts_at.time(), profile.time_style),
                venue_line=_venue_line(event),
                rows=rows,
                bureau_name=profile.full_name,
                printed_at=self.ctx.clock(),
                blank_rows=blank_rows,
                totals_by_role=tuple((role.label, roles[role.label]) for role in AccreditationRole if roles[role.label]),
                show_status=bool(wanted - {CONFIRMED.value}),
                confirmed=len(confirmed),
                present=sum(1 for a in confirmed if a.arrived_at),
                admitted_other=sum(1 for a in everyone if a.arrived_at and a.status != CONFIRMED.value),
                capacity=event.capacity,
                letterhead=letterhead or Letterhead(),
            )

    def badges(
        self,
        event_id: int,
        *,
        accreditation_ids: Collection[int] | None = None,
        numbers: Collection[int] | None = None,
        per_page: int = 4,
        letterhead: Letterhead | None = None,
    ) -> BadgeSheetData:
        """Badges for the confirmed accreditations, or for a chosen selection (ids, or numbers at this
        event) of confirmed ones, in French order of names."""
        with self.reading() as session:
            event = _event(session, event_id)
            profile = ProfileService(self.ctx).get()
            stmt = select(Accreditation).where(Accreditation.event_id == event_id)
            if accreditation_ids is None and numbers is None:
                chosen = list(session.scalars(stmt.where(Accreditation.status == CONFIRMED.value)))
            else:
                asked = list(dict.fromkeys(accreditation_ids if accreditation_ids is not None else numbers or ()))
                column = Accreditation.id if accreditation_ids is not None else Accreditation.number
                found = {getattr(a, column.key): a for a in session.scalars(stmt.where(column.in_(asked)))}
                unknown = [i for i in asked if i not in found]
                chosen = [found[i] for i in asked if i in found]
                not_confirmed = [a for a in chosen if a.status != CONFIRMED.value]
                if unknown or not_confirmed:
                    raise ValidationError([FieldError("ids", _badge_refusal(not_confirmed, unknown))])
            chosen.sort(key=lambda a: list_sort_key(a.contact.last_name, a.contact.first_name))
            return BadgeSheetData(
                event_title=event.title,
                date_line=event_moment(event.starts_at, None, profile.time_style),
                venue_line=_venue_line(event),
                bureau_name=profile.full_name,
                badges=tuple(
                    BadgeData(
                        name=person_name(a.contact.first_name, a.contact.last_name),
                        outlet=a.outlet.name if a.outlet else "",
                        role=AccreditationRole(a.role).label,
                        press_card=a.contact.press_card_number,
                        number=a.number,
                        code=a.code,
                    )
                    for a in chosen
                ),
                per_page=per_page,
                letterhead=letterhead or Letterhead(),
            )


def _attendee_row(line: int, a: Accreditation) -> AttendeeRow:
    email, phone = contact_reach(a.contact)
    return AttendeeRow(
        number=line,
        name=person_name_list_order(a.contact.first_name, a.contact.last_name),
        outlet=a.outlet.name if a.outlet else "",
        role=AccreditationRole(a.role).label,
        press_card=a.contact.press_card_number,
        status=AccreditationStatus(a.status).label,
        arrived_at=time_in_words(a.arrived_at.time(), TimeStyle.SHORT) if a.arrived_at else "",
        last_name=surname_caps(a.contact.last_name),
        first_name=(a.contact.first_name or "").strip(),
        email=email,
        phone=phone,
        arrived=a.arrived_at,
        accreditation_number=a.number,
        confirmed=a.status == CONFIRMED.value,
    )


def _event(session: Session, event_id: int) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise NotFoundError("event", event_id)
    return event
