"""Events: invitations presse, conférences de presse, points presse, déplacements."""

from __future__ import annotations

import dataclasses

from sqlalchemy import Select, func, select
from sqlalchemy.orm import lazyload, selectinload

from cmer_desk.db.models import (
    Accreditation,
    Event,
    EventOfficial,
    EventPressOfficer,
    ProgrammeItem,
)
from cmer_desk.domain.drafts import EventDraft, OfficialDraft, ProgrammeItemDraft
from cmer_desk.domain.enums import EventKind, EventStatus
from cmer_desk.domain.i18n import N_
from cmer_desk.services.base import Service, changed_fields, search_clause
from cmer_desk.services.event_rows import EventRow, compose_rows

LABELS = {
    "title": N_("titre"),
    "kind": N_("type"),
    "status": N_("statut"),
    "issue_place": N_("lieu d'émission"),
    "issue_date": N_("date d'émission"),
    "body": N_("texte"),
    "starts_at": N_("début"),
    "ends_at": N_("fin"),
    "venue_name": N_("lieu"),
    "venue_room": N_("salle"),
    "venue_street": N_("adresse"),
    "venue_postcode": N_("code postal"),
    "venue_city": N_("ville"),
    "officials": N_("officiels"),
    "officials_action": N_("action des officiels"),
    "officials_action_single": N_("action d'un seul officiel"),
    "programme": N_("programme"),
    "press_moment": N_("moment presse"),
    "accreditation_required": N_("accréditation requise"),
    "accreditation_deadline": N_("date limite d'accréditation"),
    "accreditation_contact_id": N_("contact accréditations"),
    "accreditation_instructions": N_("modalités d'accréditation"),
    "capacity": N_("capacité"),
    "per_outlet_limit": N_("limite par média"),
    "press_officer_ids": N_("chargés de communication"),
}
_SCALARS = [n for n in LABELS if n not in ("officials", "programme", "press_officer_ids")]
_ENUM_FIELDS = ("kind", "status")
# An event with its own ordered lists, without the people they name (their contacts, outlets and lists
# would be read for nothing: a draft holds contact ids only).
_OWN_ROWS = (
    selectinload(Event.officials).options(lazyload(EventOfficial.contact)),
    selectinload(Event.press_officers).options(lazyload(EventPressOfficer.contact)),
)


def list_statement(search: str | None = None) -> Select:
    """The event list's columns, the latest start first (on SQLite without a search, exactly
    cmer_desk.db.first_read.EVENT_LIST_SQL: a test compares them)."""
    stmt = select(
        Event.id, Event.starts_at, Event.title, Event.kind, Event.status, Event.venue_name, Event.venue_city,
    ).order_by(Event.starts_at.desc())
    clause = search_clause(Event.search_text, search)
    return stmt if clause is None else stmt.where(clause)


def tallies_statement() -> Select:
    """The accreditations counted by event and status (cmer_desk.db.first_read.TALLIES_SQL on SQLite)."""
    return select(Accreditation.event_id, Accreditation.status, func.count()).group_by(
        Accreditation.event_id, Accreditation.status
    )


def _draft(row: Event) -> EventDraft:
    values = {name: getattr(row, name) for name in _SCALARS}
    values["kind"] = EventKind(row.kind)
    values["status"] = EventStatus(row.status)
    return EventDraft(
        id=row.id,
        version=row.version,
        officials=[OfficialDraft(o.contact_id, o.role_wording) for o in row.officials],
        programme=[ProgrammeItemDraft(p.at, p.label) for p in row.programme],
        press_officer_ids=[p.contact_id for p in row.press_officers],
        **values,
    )


class EventService(Service):
    entity = "event"

    def rows(self, search: str | None = None) -> list[EventRow]:
        """Events, the latest start first.

        Plain columns rather than ORM objects (which would also load every event's officials, programme
        and press officers), each day's words composed once (cmer_desk.services.event_rows, which the
        window also uses for the list it reads at start, before SQLAlchemy is imported)."""
        with self.reading() as session:
            tallies = session.execute(tallies_statement()).all()
            return compose_rows(session.execute(list_statement(search)), tallies)

    def get(self, event_id: int) -> EventDraft:
        with self.reading() as session:
            return _draft(self.load(session, Event, event_id, options=_OWN_ROWS))

    def new_draft(self, issue_place: str = "") -> EventDraft:
        today = self.ctx.clock().date()
        return EventDraft(issue_place=issue_place, issue_date=today)

    def duplicate(self, event_id: int) -> EventDraft:
        """A new, unsaved draft starting from an old event (dates to set again)."""
        draft = self.get(event_id)
        return dataclasses.replace(
            draft,
            id=None,
            version=0,
            status=EventStatus.DRAFT,
            title=draft.title,
            issue_date=self.ctx.clock().date(),
            starts_at=None,
            ends_at=None,
            accreditation_deadline=None,
            officials=[dataclasses.replace(o) for o in draft.officials],
            programme=[dataclasses.replace(p) for p in draft.programme],
            press_officer_ids=list(draft.press_officer_ids),
        )

    def past_but_open(self, draft: EventDraft) -> bool:
        """Started already, yet neither done nor cancelled (the desk asks whether to mark it done)."""
        from cmer_desk.domain.validation import past_but_open

        return past_but_open(draft, self.ctx.clock())

    def save(self, draft: EventDraft) -> EventDraft:
        # validation (and phonenumbers with it) loads with the first save, not with the list at start
        from cmer_desk.domain.validation import check_event

        with self.transaction() as session:
            if draft.id is None:
                row, before = Event(), None
            else:
                row = self.load(session, Event, draft.id, version=draft.version, options=_OWN_ROWS)
                before = _draft(row)
            start_changed = before is None or before.starts_at != draft.starts_at
            clean = check_event(draft, self.ctx.clock(), start_changed=start_changed)
            if before is None:
                session.add(row)
            for name in _SCALARS:
                value = getattr(clean, name)
                setattr(row, name, value.value if name in _ENUM_FIELDS else value)
            # Replace the ordered lists that changed (only those): delete the old rows first, or the
            # unique (event, contact) pairs of the new ones would collide with them.
            lists = [name for name in ("officials", "programme", "press_officer_ids")
                     if before is None or getattr(before, name) != getattr(clean, name)]
            if before is not None and lists:
                for name in lists:
                    getattr(row, "press_officers" if name == "press_officer_ids" else name).clear()
                session.flush()
            if "officials" in lists:
                row.officials = [
                    EventOfficial(contact_id=o.contact_id, role_wording=o.role_wording, position=i)
                    for i, o in enumerate(clean.officials)
                ]
            if "programme" in lists:
                row.programme = [ProgrammeItem(at=p.at, label=p.label, position=i)
                                 for i, p in enumerate(clean.programme)]
            if "press_officer_ids" in lists:
                row.press_officers = [
                    EventPressOfficer(contact_id=cid, position=i) for i, cid in enumerate(clean.press_officer_ids)
                ]
            session.flush()
            if before is None:
                self.log(session, row.id, "create", clean.title)
            else:
                self.log(session, row.id, "update", changed_fields(before, clean, LABELS))
            return dataclasses.replace(clean, id=row.id, version=row.version)

    def delete(self, event_id: int) -> None:
        with self.transaction() as session:
            row = self.load(session, Event, event_id)
            self.log(session, event_id, "delete", row.title)
            session.delete(row)

    def records(self) -> list[dict]:
        with self.reading() as session:
            return [_record(e) for e in session.scalars(select(Event).order_by(Event.starts_at.desc()))]


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def _record(e: Event) -> dict:
    record = {name: getattr(e, name) for name in _SCALARS}
    for name in ("issue_date", "starts_at", "ends_at", "accreditation_deadline"):
        record[name] = _iso(record[name])
    record.update(
        id=e.id,
        kind_label=EventKind(e.kind).label,
        status_label=EventStatus(e.status).label,
        officials=[{"contact_id": o.contact_id, "role_wording": o.role_wording} for o in e.officials],
        programme=[{"at": p.at.isoformat(timespec="minutes"), "label": p.label} for p in e.programme],
        press_officer_ids=[p.contact_id for p in e.press_officers],
        created_at=_iso(e.created_at),
        updated_at=_iso(e.updated_at),
        version=e.version,
    )
    return record
