"""Events: the list, the event form with the live preview of its invitation, duplicate."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QSplitter, QVBoxLayout, QWidget

from cmer_desk.domain import i18n as words
from cmer_desk.domain.enums import EventKind, EventStatus
from cmer_desk.domain.errors import ValidationError
from cmer_desk.ui.models.table import Column
from cmer_desk.ui.pages.record_page import RecordPage
from cmer_desk.ui.widgets.tables import fit_columns

if TYPE_CHECKING:  # the form and the preview (QtPdf) are built once the list is on screen
    from cmer_desk.domain.drafts import EventDraft
    from cmer_desk.ui.forms.event_form import EventForm
    from cmer_desk.ui.widgets.invitation_preview import InvitationPreview

TITLE = 1  # the column that takes the room the others leave
VENUE_WIDTH = 160  # the venue is data of any length: elided beyond this width


def _column_samples() -> dict[int, list[str]]:
    """What the list's columns may show, in the interface language: the longest dates (every weekday of
    September, at 23:45), every kind and status."""
    moments = [datetime(2027, 9, day, 23, 45) for day in range(20, 27)]
    return {0: [words.list_moment(m) for m in moments], 2: [words.label(k) for k in EventKind],
            3: [words.label(s) for s in EventStatus]}


def _t(text: str) -> str:
    return QCoreApplication.translate("EventsPage", text)


class EventsPage(RecordPage):
    key = "events"
    entity = "event"
    shows = frozenset({"event", "accreditation"})  # accreditations: the counts in the list
    default_sort = (0, Qt.SortOrder.DescendingOrder)

    def __init__(self, app, settings, parent=None):
        """With ``app=None`` (the window at start, before the database is open) the page shows the rows it
        is given, read-only, until ``attach``."""
        self.app = app
        self.preview: InvitationPreview | None = None
        columns = [
            Column(_t("Date"), lambda r: words.list_moment(r.starts_at), lambda r: r.starts_at),
            Column(_t("Titre"), lambda r: r.title),
            Column(_t("Type"), lambda r: words.gettext(r.kind)),
            Column(_t("Statut"), lambda r: words.gettext(r.status)),
            Column(_t("Lieu"), lambda r: r.place),
            Column(_t("Confirmées"), lambda r: str(r.confirmed), lambda r: r.confirmed, align_right=True),
            Column(_t("Demandées"), lambda r: str(r.requested), lambda r: r.requested, align_right=True),
        ]
        super().__init__(app.events if app is not None else None, self._make_form, columns, settings, parent)
        fit_columns(self.table, TITLE, _column_samples())
        self.table.setColumnWidth(4, max(self.table.columnWidth(4), VENUE_WIDTH))
        # the list across the top (every column visible), the form and its live preview side by side below
        self.preview_box = QWidget()
        QVBoxLayout(self.preview_box).setContentsMargins(0, 0, 0, 0)
        self.detail_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.detail_splitter.setObjectName("events_detail_splitter")
        right = self.splitter.replaceWidget(1, self.detail_splitter)
        self.detail_splitter.addWidget(right)
        self.detail_splitter.addWidget(self.preview_box)
        self.detail_splitter.setStretchFactor(0, 1)
        self.detail_splitter.setStretchFactor(1, 1)
        self.detail_splitter.setSizes([660, 480])
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([230, 600])

    def attach(self, app) -> None:
        """The database is open (the page was built before it, to show the list read at start)."""
        self.app = app
        self.attach_service(app.events)

    def _make_form(self) -> EventForm:
        from cmer_desk.ui.dialogs.new_contact_dialog import create_contact
        from cmer_desk.ui.forms.event_form import EventForm

        app = self.app

        def create(parent, typed):
            return create_contact(app.contacts, app.organisations, parent, typed)

        return EventForm(app.events, app.contacts, create)

    def form_attached(self, form) -> None:
        from cmer_desk.ui.widgets.invitation_preview import InvitationPreview

        self.preview = InvitationPreview(self.app.documents, form)
        self.preview_box.layout().addWidget(self.preview)

    def layout_parts(self) -> dict[str, QHeaderView | QSplitter]:
        return {"header": self.table.horizontalHeader(), "layout2/splitter": self.splitter,
                "layout2/detail": self.detail_splitter}

    def page_title(self) -> str:
        return self.tr("Événements")

    def empty_draft(self) -> EventDraft:
        place = self.app.profile.get().default_issue_place
        return self.app.events.new_draft(place)

    def saved_message(self, draft) -> str:
        if draft.kind is EventKind.PRESS_INVITATION:
            return self.tr("Invitation enregistrée")
        return self.tr("{0} enregistré(e)").format(words.label(draft.kind))

    def deleted_message(self) -> str:
        return self.tr("Événement supprimé")

    # --- what the documents are about (the Documents menu asks the page, not its widgets) ------------
    def event_draft(self) -> EventDraft:
        """The event as it stands in the form, saved or not (as last loaded while something typed is not
        a value yet)."""
        try:
            return self.form.collect_checked()
        except ValidationError:
            from cmer_desk.domain.drafts import EventDraft

            return self.form.draft or EventDraft()

    def event_title(self) -> str:
        return self.form.title()

    def invitation_pdf(self) -> bytes:
        """The invitation the preview shows (the draft as typed); empty when there is none."""
        return self.preview.pdf() if self.preview is not None else b""

    # --- actions ---------------------------------------------------------------------------------------
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
