"""Check-in on the accreditations page: a scanned badge, a typed number or a name, then Enter; the
supervisor's admission; every change of arrival undoable. Mixed into AccreditationsPage."""

from __future__ import annotations

from cmer_desk.domain.door import as_code, as_number
from cmer_desk.services.door import DoorOutcome, DoorResult
from cmer_desk.ui.dialogs.reason_dialog import ask_override_reason
from cmer_desk.ui.undo import CheckIn


class DoorActions:
    """Needs from the page: app, model, proxy, search, checkin_mode, door (DoorPanel), undo_stack, message,
    event_id, read_only, select_ids(). The list follows what the door service publishes."""

    # --- at the door ---------------------------------------------------------------------------
    def _after_door(self, result: DoorResult, before) -> None:
        """Show the result; a change of arrival goes on the undo stack."""
        row = result.row
        if row is not None and result.outcome in (DoorOutcome.ARRIVED, DoorOutcome.UNDONE):
            self.undo_stack.push(CheckIn(self.app.door, row.id, before, row.arrived_at, self._door_text(result)))
        if row is not None:
            self.select_ids([row.id])
        if self.checkin_mode.isChecked():
            self.door.show_result(result)
        self.message.emit(self._door_text(result))

    def _door_text(self, result: DoorResult) -> str:
        row = result.row
        if row is None:
            return self.door.label.text() if self.checkin_mode.isChecked() else result.message()
        if result.outcome is DoorOutcome.ARRIVED:
            return self.tr("Arrivée de {0} à {1}").format(row.name, row.arrived_at.strftime("%H:%M"))
        if result.outcome is DoorOutcome.UNDONE:
            return self.tr("Arrivée de {0} annulée").format(row.name)
        if result.outcome is DoorOutcome.ALREADY:
            return self.tr("{0} est déjà arrivé(e) à {1}").format(row.name, row.arrived_at.strftime("%H:%M"))
        return self.tr("Entrée refusée : {0} (accréditation « {1} »)").format(row.name, row.status)

    def check_in(self, accreditation_id: int) -> None:
        """Tick the arrival (a confirmed accreditation only), or untick it."""
        if self.read_only:
            return
        before = self.model.row_at(self.model.source_row_of_id(accreditation_id)).arrived_at
        self._after_door(self.app.door.toggle(accreditation_id), before)

    def check_in_selected(self) -> None:
        for acc_id in self.selected_ids()[:1]:
            self.check_in(acc_id)

    def check_in_first(self) -> None:
        """Enter in the search field in check-in mode. A badge's code (a scanner types it then Enter) or a
        number ticks that accreditation, once; a name ticks (or unticks) the first person shown."""
        typed = self.search.text().strip()
        if self.read_only or not self.checkin_mode.isChecked() or self.event_id is None or not typed:
            return
        if as_code(typed) is not None or as_number(typed) is not None:
            found = self.app.door.find(self.event_id, typed)
            if found.row is not None or not self.proxy.rowCount():
                before = found.row.arrived_at if found.row is not None else None
                result = self.app.door.scan(self.event_id, typed) if found.row is not None else found
                self.search.clear()  # ready for the next badge
                self._after_door(result, before)
                return
        if not self.proxy.rowCount():
            self.door.show_result(DoorResult(DoorOutcome.UNKNOWN, typed=typed))
            self.search.selectAll()
            return
        self.check_in(self.proxy.row_at(0).id)
        self.search.selectAll()  # Enter again unticks; typing replaces the name

    def admit_anyway(self, accreditation_id: int) -> None:
        """The supervisor's explicit admission of someone whose accreditation is not confirmed."""
        if self.read_only:
            return
        row = self.model.row_at(self.model.source_row_of_id(accreditation_id))
        reason = ask_override_reason(self, row.name, row.status)
        if reason is None:
            return
        self._after_door(self.app.door.arrive(accreditation_id, override_reason=reason), row.arrived_at)

