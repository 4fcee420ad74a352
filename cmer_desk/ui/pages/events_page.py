"""Events: the list, the event form, duplicate."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from cmer_desk.domain.drafts import EventDraft
from cmer_desk.domain.enums import EventKind
from cmer_desk.ui.forms.event_form import EventForm
from cmer_desk.ui.models.table import Column
from cmer_desk.ui.pages.record_page import RecordPage


def _t(text: str) -> str:
    return QCoreApplication.translate("EventsPage", text)


class EventsPage(RecordPage):
    key = "events"
    default_sort = (0, Qt.SortOrder.DescendingOrder)

    def __init__(self, app, settings, parent=None):
        self.app = app
        columns = [
            Column(_t("Date"), lambda r: r.when, lambda r: r.starts_at),
            Column(_t("Titre"), lambda r: r.title),
            Column(_t("Type"), lambda r: r.kind),
            Column(_t("Statut"), lambda r: r.status),
            Column(_t("Lieu"), lambda r: r.place),
            Column(_t("Confirmées"), lambda r: str(r.confirmed), lambda r: r.confirmed, align_right=True),
            Column(_t("Demandées"), lambda r: str(r.requested), lambda r: r.requested, align_right=True),
        ]
        super().__init__(app.events, EventForm(app.events, app.contacts), columns, settings, parent)
        self.table.setColumnWidth(0, 230)
        self.table.setColumnWidth(1, 320)

    def list_title(self) -> str:
        return self.tr("Événements")

    def empty_draft(self) -> EventDraft:
        place = self.app.profile.get().default_issue_place
        return self.app.events.new_draft(place)

    def saved_message(self, draft) -> str:
        if draft.kind is EventKind.PRESS_INVITATION:
            return self.tr("Invitation enregistrée")
        return self.tr("{0} enregistré(e)").format(draft.kind.label)

    def deleted_message(self) -> str:
        return self.tr("Événement supprimé")

    def duplicate(self) -> None:
        """Start a new event from the selected one (dates to set again)."""
        if self._current_id is None or not self.form.maybe_save():
            return
        draft = self.app.events.duplicate(self._current_id)
        self._current_id = None
        self.table.clearSelection()
        self.form.load(draft)
        self.form.set_dirty(True)
        self._update_title()
        self.current_changed.emit(None)
        self.form.starts_at.setFocus()
        self.message.emit(self.tr("Copie de l'événement : indiquez les nouvelles dates puis enregistrez"))
