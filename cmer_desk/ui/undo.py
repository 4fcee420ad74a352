"""Undoable desk actions: status changes and arrivals of accreditations (QUndoStack commands). They call
the accreditation service; the pages follow what it publishes."""

from __future__ import annotations

from collections import defaultdict

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
    """An arrival ticked (or unticked); undo toggles it back."""

    def __init__(self, service, accreditation_id: int, text: str):
        super().__init__(text)
        self.service, self.accreditation_id = service, accreditation_id
        self._applied = True

    def _toggle(self) -> None:
        self.service.check_in(self.accreditation_id)

    def undo(self) -> None:
        self._toggle()
        self._applied = False

    def redo(self) -> None:
        if not self._applied:
            self._toggle()
            self._applied = True
