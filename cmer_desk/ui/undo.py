"""Undoable desk actions: status changes, arrivals and deleted requests of accreditations (QUndoStack
commands). They call the services; the pages follow what the services publish."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from PySide6.QtGui import QUndoCommand

from cmer_desk.domain.enums import AccreditationStatus


class StatusChange(QUndoCommand):
    """Already applied when pushed; undo puts every row back to its previous status and reason."""

    def __init__(self, service, before: list[tuple[int, AccreditationStatus, str]], status: AccreditationStatus,
                 reason: str, text: str):
        super().__init__(text)
        self.service, self.before, self.status, self.reason = service, before, status, reason
        self._applied = True

    def undo(self) -> None:
        groups: dict[tuple[AccreditationStatus, str], list[int]] = defaultdict(list)
        for acc_id, status, reason in self.before:
            groups[(status, reason)].append(acc_id)
        service = self.service
        with service.ctx.batch():
            for (status, reason), ids in groups.items():
                service.set_status(ids, status, reason or ("—" if status is AccreditationStatus.REFUSED else ""), over_limit=True)
        self._applied = False

    def redo(self) -> None:
        if self._applied:
            return
        self.service.set_status([i for i, _s, _r in self.before], self.status, self.reason, over_limit=True)
        self._applied = True


class CheckIn(QUndoCommand):
    """An arrival ticked (or unticked), already applied when pushed; undo puts the previous arrival time back,
    redo the new one (the supervisor's admission was checked and logged when it was made)."""

    def __init__(self, door, accreditation_id: int, before: datetime | None, after: datetime | None, text: str):
        super().__init__(text)
        self.door, self.accreditation_id, self.before, self.after = door, accreditation_id, before, after
        self._applied = True

    def _put(self, arrived_at: datetime | None) -> None:
        self.door.restore_arrival(self.accreditation_id, arrived_at)

    def undo(self) -> None:
        self._put(self.before)
        self._applied = False

    def redo(self) -> None:
        if not self._applied:
            self._put(self.after)
            self._applied = True


class DeleteAccreditations(QUndoCommand):
    """Accreditation requests deleted, already applied when pushed; undo brings them back whole (same
    number, same badge code), redo deletes them again."""

    def __init__(self, service, removed: list, text: str):
        super().__init__(text)
        self.service, self.removed = service, removed
        self._applied = True

    def undo(self) -> None:
        self.service.restore(self.removed)
        self._applied = False

    def redo(self) -> None:
        if self._applied:
            return
        self.service.delete_many([r.id for r in self.removed])
        self._applied = True
