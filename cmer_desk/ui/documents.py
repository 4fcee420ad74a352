"""The Documents menu: the invitation (preview, print, save), the attendee list, badges, the .ics file.
The main window only builds it, with what it needs: the event the documents are about (the events page)
and the accreditations chosen (the accreditations page). The work happens here and in cmer_desk.ui.print."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar, QWidget

from cmer_desk.domain.drafts import EventDraft
from cmer_desk.domain.wording import document_filename
from cmer_desk.ui.failure_report import guarded

if TYPE_CHECKING:  # printing, the PDF viewer and the renderers load when a document is first asked for
    from PySide6.QtPrintSupport import QPrinter

    from cmer_desk.ui.dialogs.document_dialogs import AttendeeListDialog, BadgesDialog

log = logging.getLogger(__name__)


class EventSource(Protocol):
    """The event the documents are about (the events page)."""

    def current_id(self) -> int | None: ...
    def event_draft(self) -> EventDraft: ...
    def event_title(self) -> str: ...
    def invitation_pdf(self) -> bytes: ...


class AccreditationChoice(Protocol):
    """The accreditations chosen for badges (the accreditations page)."""

    event_id: int | None

    def selected_ids(self) -> list[int]: ...


class DocumentActions(QObject):
    def __init__(self, app, dialog_parent: QWidget, menu_bar: QMenuBar, show_message: Callable[[str], None],
                 events: EventSource, accreditations: AccreditationChoice):
        super().__init__(dialog_parent)
        self.app = app
        self.dialog_parent = dialog_parent
        self.show_message = show_message
        self.events, self.accreditations = events, accreditations
        self.printer: QPrinter | None = None  # kept, so that the second print remembers the printer chosen
        menu = menu_bar.addMenu(self.tr("Doc&uments"))
        self.menu = menu
        invitation = menu.addMenu(self.tr("&Invitation"))
        self.preview_action = self._action(self.tr("&Aperçu de l'invitation…"), None, self.preview_invitation,
                                           invitation)
        self.print_invitation_action = self._action(self.tr("&Imprimer l'invitation…"), None, self.print_invitation,
                                                    invitation)
        self.save_pdf_action = self._action(self.tr("&Enregistrer en PDF…"), QKeySequence("Ctrl+Shift+S"),
                                            self.save_invitation, invitation)
        self.attendees_action = self._action(self.tr("&Liste d'émargement…"), None, self.attendee_list, menu)
        self.badges_action = self._action(self.tr("&Badges…"), None, self.badges, menu)
        self.ics_action = self._action(self.tr("A&genda (.ics)…"), None, self.save_ics, menu)
        menu.addSeparator()
        # Ctrl+P: the window connects it to what fits the page on screen
        self.print_action = self._action(self.tr("Im&primer…"), QKeySequence.StandardKey.Print, None, menu)

    def _action(self, text: str, shortcut, slot, menu) -> QAction:
        action = QAction(text, self.dialog_parent)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if slot is not None:
            action.triggered.connect(guarded(lambda _=False: slot(), self.dialog_parent, text.replace("&", "")))
        menu.addAction(action)
        return action

    # --- what the documents are about ---------------------------------------------------------------
    def event_id(self) -> int | None:
        event_id = self.events.current_id()
        if event_id is None:
            self.show_message(self.tr("Choisissez d'abord un événement enregistré"))
        return event_id

    def filename(self, kind: str, suffix: str) -> str:
        draft = self.events.event_draft()
        return document_filename(kind, draft.title or "evenement", draft.starts_at or self.app.service_context.clock(), suffix)

    def invitation_pdf(self) -> bytes | None:
        """What the preview beside the form shows (the draft as typed), else the saved record."""
        pdf = self.events.invitation_pdf()
        if pdf:
            return pdf
        event_id = self.event_id()
        if event_id is None:
            return None
        from cmer_desk.formats.pdf.invitation import render_invitation

        return render_invitation(self.app.documents.invitation(event_id))

    # --- invitation -------------------------------------------------------------------------------
    def preview_invitation(self) -> None:
        pdf = self.invitation_pdf()
        if pdf:
            from cmer_desk.ui.dialogs.document_dialogs import PdfPreviewDialog

            dialog = PdfPreviewDialog(self.tr("Invitation"), pdf, self.filename("invitation", ".pdf"), self.dialog_parent)
            dialog.saved.connect(self._say_saved)
            dialog.exec()

    def _say_saved(self, path: str) -> None:
        self.show_message(self.tr("Enregistré : {0}").format(path))

    def print_invitation(self) -> bool:
        pdf = self.invitation_pdf()
        if not pdf:
            return False
        from PySide6.QtPrintSupport import QPrinter

        from cmer_desk.ui.print.output import print_pdf

        if self.printer is None:
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        done = print_pdf(pdf, self.dialog_parent, self.events.event_title(), self.printer)
        if done:
            self.show_message(self.tr("Invitation envoyée à l'imprimante"))
        return done

    def save_invitation(self) -> str | None:
        pdf = self.invitation_pdf()
        if not pdf:
            return None
        from cmer_desk.ui.print.output import save_as

        path = save_as(self.dialog_parent, self.tr("Enregistrer l'invitation en PDF"),
                       self.filename("invitation", ".pdf"), self.tr("Document PDF (*.pdf)"), pdf)
        if path:
            self.show_message(self.tr("Invitation enregistrée dans {0}").format(path))
        return path

    # --- other documents ----------------------------------------------------------------------------
    def attendee_list_dialog(self) -> AttendeeListDialog | None:
        event_id = self.event_id()
        if event_id is None:
            return None
        from cmer_desk.ui.dialogs.document_dialogs import AttendeeListDialog

        dialog = AttendeeListDialog(self.app.documents, event_id,
                                    lambda suffix: self.filename("liste d'emargement", suffix), self.dialog_parent)
        dialog.saved.connect(self._say_saved)
        return dialog

    def attendee_list(self) -> None:
        dialog = self.attendee_list_dialog()
        if dialog is not None:
            dialog.exec()

    def badges_dialog(self) -> BadgesDialog | None:
        event_id = self.event_id()
        if event_id is None:
            return None
        chosen = self.accreditations
        selected = chosen.selected_ids() if chosen.event_id == event_id else []
        from cmer_desk.ui.dialogs.document_dialogs import BadgesDialog

        dialog = BadgesDialog(self.app.documents, event_id, selected, lambda suffix: self.filename("badges", suffix),
                              self.dialog_parent)
        dialog.saved.connect(self._say_saved)
        return dialog

    def badges(self) -> None:
        dialog = self.badges_dialog()
        if dialog is not None:
            dialog.exec()

    def save_ics(self) -> str | None:
        event_id = self.event_id()
        if event_id is None:
            return None
        from cmer_desk.formats.calendar import render_ics
        from cmer_desk.ui.print.output import save_as

        data = render_ics(self.app.documents.calendar(event_id))
        path = save_as(self.dialog_parent, self.tr("Enregistrer l'agenda"), self.filename("agenda", ".ics"),
                       self.tr("Agenda iCalendar (*.ics)"), data)
        if path:
            self.show_message(self.tr("Agenda enregistré dans {0}").format(path))
        return path
