"""The Documents menu: the invitation (preview, print, save), the attendee list, badges, the .ics file.
The main window only builds it; the work happens here and in cmer_desk.ui.print."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from cmer_desk.services.documents import document_filename

if TYPE_CHECKING:  # printing, the PDF viewer and the renderers load when a document is first asked for
    from PySide6.QtPrintSupport import QPrinter

    from cmer_desk.ui.dialogs.document_dialogs import AttendeeListDialog, BadgesDialog

log = logging.getLogger(__name__)


class DocumentActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.app = window.app
        self.printer: QPrinter | None = None  # kept, so that the second print remembers the printer chosen
        menu = window.menuBar().addMenu(self.tr("&Documents"))
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
        self.print_action = self._action(self.tr("Im&primer…"), QKeySequence.StandardKey.Print, self.print_current,
                                         menu)

    def _action(self, text: str, shortcut, slot, menu) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        return action

    # --- what the documents are about ---------------------------------------------------------------
    def event_id(self) -> int | None:
        event_id = self.window.events_page.current_id()
        if event_id is None:
            self.window.show_message(self.tr("Choisissez d'abord un événement enregistré"))
        return event_id

    def filename(self, kind: str, suffix: str) -> str:
        draft = self.window.events_page.form.collect()
        return document_filename(kind, draft.title or "evenement", draft.starts_at or self.app.service_context.clock(), suffix)

    def invitation_pdf(self) -> bytes | None:
        """What the preview beside the form shows (the draft as typed), else the saved record."""
        pdf = self.window.events_page.preview.pdf()
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

            PdfPreviewDialog(self.tr("Invitation"), pdf, self.filename("invitation", ".pdf"), self.window).exec()

    def print_invitation(self) -> bool:
        pdf = self.invitation_pdf()
        if not pdf:
            return False
        from PySide6.QtPrintSupport import QPrinter

        from cmer_desk.ui.print.output import print_pdf

        if self.printer is None:
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        done = print_pdf(pdf, self.window, self.window.events_page.form.title(), self.printer)
        if done:
            self.window.show_message(self.tr("Invitation envoyée à l'imprimante"))
        return done

    def save_invitation(self) -> str | None:
        pdf = self.invitation_pdf()
        if not pdf:
            return None
        from cmer_desk.ui.print.output import save_as

        path = save_as(self.window, self.tr("Enregistrer l'invitation en PDF"), self.filename("invitation", ".pdf"),
                       self.tr("Document PDF (*.pdf)"), pdf)
        if path:
            self.window.show_message(self.tr("Invitation enregistrée dans {0}").format(path))
        return path

    def print_current(self) -> None:
        """Ctrl+P: the attendee list from the accreditations page, the invitation everywhere else."""
        if self.window.current_page() is self.window.accreditations_page:
            self.attendee_list()
        else:
            self.print_invitation()

    # --- other documents ----------------------------------------------------------------------------
    def attendee_list_dialog(self) -> AttendeeListDialog | None:
        event_id = self.event_id()
        if event_id is None:
            return None
        from cmer_desk.ui.dialogs.document_dialogs import AttendeeListDialog

        return AttendeeListDialog(self.app.documents, event_id,
                                  lambda suffix: self.filename("liste d'emargement", suffix), self.window)

    def attendee_list(self) -> None:
        dialog = self.attendee_list_dialog()
        if dialog is not None:
            dialog.exec()

    def badges_dialog(self) -> BadgesDialog | None:
        event_id = self.event_id()
        if event_id is None:
            return None
        page = self.window.accreditations_page
        selected = page.selected_ids() if page.event_id == event_id else []
        from cmer_desk.ui.dialogs.document_dialogs import BadgesDialog

        return BadgesDialog(self.app.documents, event_id, selected, lambda suffix: self.filename("badges", suffix),
                            self.window)

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
        path = save_as(self.window, self.tr("Enregistrer l'agenda"), self.filename("agenda", ".ics"),
                       self.tr("Agenda iCalendar (*.ics)"), data)
        if path:
            self.window.show_message(self.tr("Agenda enregistré dans {0}").format(path))
        return path
