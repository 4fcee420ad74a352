"""The door: find an accreditation by its badge's code or its number, and tick the arrival of those who
may come in. Only a confirmed accreditation is ticked; anyone else is let in only by a supervisor's
explicit admission, with a reason, written to the change log."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from cmer_desk.db.models import Accreditation, Event
from cmer_desk.domain.dates import time_in_words
from cmer_desk.domain.door import as_code, as_number
from cmer_desk.domain.enums import AccreditationStatus, TimeStyle
from cmer_desk.domain.errors import FieldError, ValidationError
from cmer_desk.services.accreditations import AccreditationRow, accreditation_row
from cmer_desk.services.base import Service

CONFIRMED = AccreditationStatus.CONFIRMED


class DoorOutcome(str, enum.Enum):
    ARRIVED = "arrived"  # ticked now
    ALREADY = "already"  # had arrived already: nothing changed
    NOT_ADMITTED = "not_admitted"  # not confirmed: nothing changed, a supervisor may admit
    UNDONE = "undone"  # the arrival was unticked
    OTHER_EVENT = "other_event"  # a badge of another event
    UNKNOWN = "unknown"  # no badge has this code or number


@dataclass(frozen=True)
class DoorResult:
    outcome: DoorOutcome
    row: AccreditationRow | None = None
    typed: str = ""
    other_event: str = ""  # the title of the event the badge is for (OTHER_EVENT)

    @property
    def admitted(self) -> bool:
        return self.outcome in (DoorOutcome.ARRIVED, DoorOutcome.ALREADY)

    def message(self) -> str:
        """One French sentence for the command line (the window words its own through tr())."""
        row = self.row
        if row is None:
            if self.outcome is DoorOutcome.OTHER_EVENT:
                return f"Ce badge est celui d'un autre événement : « {self.other_event} »."
            return f"Aucune accréditation ne correspond à « {self.typed} » pour cet événement."
        who = f"n° {row.number} {row.name}" + (f" ({row.outlet})" if row.outlet else "")
        at = arrival_time(row.arrived_at)
        if self.outcome is DoorOutcome.ARRIVED:
            return f"Arrivée enregistrée : {who} à {at}."
        if self.outcome is DoorOutcome.ALREADY:
            return f"Déjà arrivé(e) : {who} à {at}."
        if self.outcome is DoorOutcome.UNDONE:
            return f"Arrivée annulée : {who}."
        reason = f" Motif : {row.decision_reason}." if row.decision_reason else ""
        return f"Entrée refusée : {who}, accréditation « {row.status} ».{reason}"


def arrival_time(at: datetime | None) -> str:
    """'11 h 02'."""
    return time_in_words(at.time(), TimeStyle.SHORT) if at else ""


class DoorService(Service):
    entity = "accreditation"

    def find(self, event_id: int, typed: str) -> DoorResult:
        """The accreditation of this event whose code (scanned) or number (typed) this is. Nothing changes."""
        code, number = as_code(typed), as_number(typed)
        with self.reading() as session:
            if code is not None:
                found = session.scalar(select(Accreditation).where(Accreditation.code == code))
                if found is not None and found.event_id != event_id:
                    title = session.scalar(select(Event.title).where(Event.id == found.event_id)) or ""
                    return DoorResult(DoorOutcome.OTHER_EVENT, typed=typed, other_event=title)
            elif number is not None:
                found = session.scalar(
                    select(Accreditation).where(Accreditation.event_id == event_id, Accreditation.number == number)
                )
            else:
                found = None
            if found is None:
                return DoorResult(DoorOutcome.UNKNOWN, typed=typed)
            return DoorResult(DoorOutcome.ALREADY if found.arrived_at else DoorOutcome.NOT_ADMITTED,
                              accreditation_row(found), typed)

    def scan(self, event_id: int, typed: str) -> DoorResult:
        """A badge scanned or a number typed: tick the arrival when the accreditation is confirmed."""
        found = self.find(event_id, typed)
        if found.row is None:
            return found
        return self.arrive(found.row.id)

    def arrive(self, accreditation_id: int, *, override_reason: str = "") -> DoorResult:
        """Tick the arrival now. A confirmed accreditation only, unless a supervisor gives a reason to let
        the person in anyway; someone who arrived already stays as they were."""
        override_reason = override_reason.strip()
        with self.transaction() as session:
            row = self.load(session, Accreditation, accreditation_id)
            if row.arrived_at is not None:
                return DoorResult(DoorOutcome.ALREADY, accreditation_row(row))
            status = AccreditationStatus(row.status)
            if status is not CONFIRMED and not override_reason:
                return DoorResult(DoorOutcome.NOT_ADMITTED, accreditation_row(row))
            row.arrived_at = self.ctx.clock()
            session.flush()
            if status is CONFIRMED:
                self.log(session, row.id, "check-in", f"n° {row.number}")
            else:
                self.log(session, row.id, "check-in override",
                         f"n° {row.number} admis(e) malgré le statut « {status.label} » : {override_reason}")
            return DoorResult(DoorOutcome.ARRIVED, accreditation_row(row))

    def toggle(self, accreditation_id: int) -> DoorResult:
        """Enter on a name: tick the arrival (confirmed only), or untick it when it was ticked."""
        with self.reading() as session:
            arrived = self.load(session, Accreditation, accreditation_id).arrived_at
        if arrived is None:
            return self.arrive(accreditation_id)
        self.restore_arrival(accreditation_id, None)
        with self.reading() as session:
            return DoorResult(DoorOutcome.UNDONE, accreditation_row(self.load(session, Accreditation, accreditation_id)))

    def restore_arrival(self, accreditation_id: int, arrived_at: datetime | None) -> None:
        """Put the arrival back as it was (undo and redo of the desk)."""
        with self.transaction() as session:
            row = self.load(session, Accreditation, accreditation_id)
            row.arrived_at = arrived_at
            self.log(session, row.id, "check-in undone" if arrived_at is None else "check-in restored",
                     f"n° {row.number}")

    def check_in_command(self, event_id: int, typed: str, override_reason: str = "") -> DoorResult:
        """``cmer-desk check-in EVENT CODE|NUMBER``: like a scan; refused with the reason when nobody may come
        in (ValidationError, so the command line exits 1 with one French line)."""
        found = self.find(event_id, typed)
        if found.row is None:
            raise ValidationError([FieldError("code", found.message())])
        result = self.arrive(found.row.id, override_reason=override_reason)
        if result.outcome is DoorOutcome.NOT_ADMITTED:
            raise ValidationError([FieldError("status", result.message())])
        return result
