"""Accreditations of journalists to events: requests, decisions, limits and check-in."""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cmer_desk.db.models import Accreditation, Contact, Event
from cmer_desk.domain.drafts import AccreditationDraft
from cmer_desk.domain.enums import AccreditationRole, AccreditationStatus
from cmer_desk.domain.errors import FieldError, ValidationError
from cmer_desk.domain.i18n import _, ngettext
from cmer_desk.domain.text import person_name_list_order
from cmer_desk.domain.validation import check_accreditation, check_text
from cmer_desk.services.base import Service

CONFIRMED = AccreditationStatus.CONFIRMED.value
DECIDED = {AccreditationStatus.CONFIRMED, AccreditationStatus.REFUSED}


class LimitError(ValidationError):
    """Confirming would exceed the event's capacity or its per-outlet limit. The desk may insist."""


class AccreditationRow(NamedTuple):
    id: int
    contact_id: int
    name: str  # "BERTAUD Katia"
    outlet: str
    role: str  # French label
    status: str  # French label
    press_card: str
    arrived_at: datetime | None
    sort_key: str
    version: int
    status_value: AccreditationStatus
    decision_reason: str
    number: int  # what the steward types at the door
    code: str  # what the badge's QR code carries


@dataclass(frozen=True)
class RemovedAccreditation:
    """A deleted accreditation, every column of it, so that undo can bring it back as it was."""

    id: int
    values: dict[str, Any]


def accreditation_row(a: Accreditation) -> AccreditationRow:
    return AccreditationRow(
        a.id,
        a.contact_id,
        person_name_list_order(a.contact.first_name, a.contact.last_name),
        a.outlet.name if a.outlet else "",
        AccreditationRole(a.role).label,
        AccreditationStatus(a.status).label,
        a.contact.press_card_number,
        a.arrived_at,
        a.contact.sort_key,
        a.version,
        AccreditationStatus(a.status),
        a.decision_reason,
        a.number,
        a.code,
    )


def _draft(row: Accreditation) -> AccreditationDraft:
    return AccreditationDraft(
        id=row.id,
        version=row.version,
        event_id=row.event_id,
        contact_id=row.contact_id,
        outlet_id=row.outlet_id,
        role=AccreditationRole(row.role),
        status=AccreditationStatus(row.status),
        decision_reason=row.decision_reason,
        press_card_checked=row.press_card_checked,
        arrived_at=row.arrived_at,
        notes=row.notes,
    )


class AccreditationService(Service):
    entity = "accreditation"

    def rows(self, event_id: int) -> list[AccreditationRow]:
        stmt = (
            select(Accreditation)
            .join(Accreditation.contact)
            .where(Accreditation.event_id == event_id)
            .order_by(Contact.sort_key)
        )
        with self.reading() as session:
            return [accreditation_row(a) for a in session.scalars(stmt)]

    def counts(self, event_id: int) -> dict[AccreditationStatus, int]:
        with self.reading() as session:
            found = dict(
                session.execute(
                    select(Accreditation.status, func.count())
                    .where(Accreditation.event_id == event_id)
                    .group_by(Accreditation.status)
                ).all()
            )
        return {status: found.get(status.value, 0) for status in AccreditationStatus}

    def get(self, accreditation_id: int) -> AccreditationDraft:
        with self.reading() as session:
            return _draft(self.load(session, Accreditation, accreditation_id))

    def save(self, draft: AccreditationDraft, *, over_limit: bool = False) -> AccreditationDraft:
        """Create or update one accreditation. The outlet defaults to the contact's organisation."""
        clean = check_accreditation(draft)
        with self.transaction() as session:
            event = self._lock_event(session, clean.event_id)
            contact = session.get(Contact, clean.contact_id)
            if contact is None:
                raise ValidationError([FieldError("contact_id", _("Ce contact n'existe plus."))])
            if clean.outlet_id is None:
                clean.outlet_id = contact.organisation_id
            if clean.id is None:
                duplicate = session.scalar(
                    select(Accreditation.id).where(
                        Accreditation.event_id == clean.event_id, Accreditation.contact_id == clean.contact_id
                    )
                )
                if duplicate is not None:
                    raise ValidationError(
                        [FieldError("contact_id", _("Cette personne est déjà accréditée à cet événement."))]
                    )
                row = Accreditation(event_id=clean.event_id, contact_id=clean.contact_id, requested_at=self.ctx.clock())
                session.add(row)
                before = None
            else:
                row = self.load(session, Accreditation, clean.id, version=clean.version)
                before = AccreditationStatus(row.status)
            if clean.status is AccreditationStatus.CONFIRMED and before is not AccreditationStatus.CONFIRMED:
                with session.no_autoflush:
                    self._check_limits(session, event, [(row.id, clean.outlet_id)], over_limit)
            if clean.status in DECIDED and before is not clean.status:
                row.decided_at = self.ctx.clock()
            row.outlet_id = clean.outlet_id
            row.role = clean.role.value
            row.status = clean.status.value
            row.decision_reason = clean.decision_reason
            row.press_card_checked = clean.press_card_checked
            row.arrived_at = clean.arrived_at
            row.notes = clean.notes
            session.flush()
            self.log(session, row.id, "create" if before is None else "update", f"{clean.status.label}")
            return dataclasses.replace(clean, id=row.id, version=row.version)

    def set_status(
        self, ids: list[int], status: AccreditationStatus, reason: str = "", *, over_limit: bool = False
    ) -> int:
        """Change the status of several accreditations at once; returns how many changed."""
        reason = check_text("decision_reason", "Motif", reason, limit=1000)
        if status is AccreditationStatus.REFUSED and not reason:
            raise ValidationError([FieldError("decision_reason", _("Indiquez le motif du refus."))])
        with self.transaction() as session:
            rows = list(session.scalars(select(Accreditation).where(Accreditation.id.in_(ids))))
            changing = [r for r in rows if r.status != status.value]
            if status is AccreditationStatus.CONFIRMED:
                for event_id in {r.event_id for r in changing}:
                    event = self._lock_event(session, event_id)
                    self._check_limits(
                        session, event, [(r.id, r.outlet_id) for r in changing if r.event_id == event_id], over_limit
                    )
            for row in changing:
                row.status = status.value
                row.decision_reason = reason
                if status in DECIDED:
                    row.decided_at = self.ctx.clock()
                self.log(session, row.id, "status", status.label)
            return len(changing)

    def delete(self, accreditation_id: int) -> None:
        self.delete_many([accreditation_id])

    def delete_many(self, ids: list[int]) -> list[RemovedAccreditation]:
        """Delete accreditation requests; returns what ``restore`` needs to bring them back whole."""
        removed = []
        with self.transaction() as session:
            for accreditation_id in ids:
                row = self.load(session, Accreditation, accreditation_id)
                values = {column.key: getattr(row, column.key) for column in Accreditation.__table__.columns}
                removed.append(RemovedAccreditation(row.id, values))
                self.log(session, accreditation_id, "delete", f"n° {row.number}")
                session.delete(row)
        return removed

    def restore(self, removed: list[RemovedAccreditation]) -> int:
        """Bring deleted accreditations back with their id, number and code (undo of a deletion). Those whose
        event or contact was deleted meanwhile, or whose person was accredited again since, stay deleted."""
        restored = 0
        with self.transaction() as session:
            for item in removed:
                values = item.values
                if session.get(Event, values["event_id"]) is None or session.get(Contact, values["contact_id"]) is None:
                    continue
                taken = session.scalar(select(Accreditation.id).where(
                    Accreditation.event_id == values["event_id"], Accreditation.contact_id == values["contact_id"]))
                if taken is not None or session.get(Accreditation, item.id) is not None:
                    continue
                session.add(Accreditation(**{k: v for k, v in values.items() if k != "version"}))
                session.flush()
                self.log(session, item.id, "restore", f"n° {values['number']}")
                restored += 1
        return restored

    def _lock_event(self, session: Session, event_id: int) -> Event:
        """The event row, locked on engines that can, so two desks cannot both take the last seat."""
        stmt = select(Event).where(Event.id == event_id)
        if session.get_bind().dialect.name == "postgresql":
            stmt = stmt.with_for_update()
        event = session.scalar(stmt)
        if event is None:
            raise ValidationError([FieldError("event_id", _("Cet événement n'existe plus."))])
        return event

    def _check_limits(
        self, session: Session, event: Event, confirming: list[tuple[int | None, int | None]], over_limit: bool
    ) -> None:
        if over_limit or (event.capacity is None and event.per_outlet_limit is None):
            return
        confirmed = list(
            session.execute(
                select(Accreditation.id, Accreditation.outlet_id).where(
                    Accreditation.event_id == event.id, Accreditation.status == CONFIRMED
                )
            )
        )
        taken_ids = {acc_id for acc_id, _ in confirmed}
        adding = [(acc_id, outlet) for acc_id, outlet in confirming if acc_id is None or acc_id not in taken_ids]
        errors = []
        if event.capacity is not None and len(confirmed) + len(adding) > event.capacity:
            errors.append(
                FieldError(
                    "status",
                    _("La capacité de l'événement ({capacity}) serait dépassée : {confirmed}, {more} de plus.").format(
                        capacity=ngettext("{n} place", "{n} places", event.capacity).format(n=event.capacity),
                        confirmed=ngettext("{n} déjà confirmée", "{n} déjà confirmées", len(confirmed)).format(
                            n=len(confirmed)),
                        more=len(adding)),
                )
            )
        if event.per_outlet_limit is not None:
            per_outlet = Counter(outlet for _, outlet in confirmed if outlet is not None)
            per_outlet.update(outlet for _, outlet in adding if outlet is not None)
            over = [outlet for outlet, n in per_outlet.items() if n > event.per_outlet_limit]
            if over:
                errors.append(
                    FieldError(
                        "outlet_id",
                        ngettext("La limite de {n} journaliste par média serait dépassée.",
                                 "La limite de {n} journalistes par média serait dépassée.",
                                 event.per_outlet_limit).format(n=event.per_outlet_limit),
                    )
                )
        if errors:
            raise LimitError(errors)
