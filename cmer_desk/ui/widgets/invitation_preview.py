"""The invitation beside the event form: rendered from what the form holds, 400 ms after the last edit."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cmer_desk.domain.errors import NotFoundError
from cmer_desk.ui.print.pdf_view import PdfPreview

log = logging.getLogger(__name__)

DEBOUNCE_MS = 400


class InvitationPreview(QWidget):
    """Clean form: the saved record through DocumentService.invitation. Edited form: the draft as typed
    (rendering takes ~10-25 ms, so it runs on the GUI thread once typing pauses)."""

    def __init__(self, app, form, parent=None):
        super().__init__(parent)
        self.app, self.form = app, form
        self.heading = QLabel(self.tr("Aperçu de l'invitation"))
        self.heading.setStyleSheet("color: #555;")
        self.hint = QLabel()
        self.hint.setObjectName("preview_hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #8a5a00;")
        self.pdf_view = PdfPreview(self.tr("Aperçu de l'invitation"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.pdf_view, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh)
        form.edited.connect(self.timer.start)
        form.loaded.connect(self.refresh)
        self.renders = 0  # how many times the PDF was rebuilt (tests, logs)

    def pdf(self) -> bytes:
        """The bytes shown (what Print and Save write)."""
        if self.timer.isActive():
            self.refresh()
        return self.pdf_view.pdf

    def refresh(self) -> None:
        self.timer.stop()
        draft = self.form.draft
        if draft is None:
            return
        data, hint = None, ""
        if self.form.is_dirty() or draft.id is None:
            draft = self.form.collect()
            try:
                data = self.app.documents.invitation_for_draft(draft)
            except NotFoundError:
                log.exception("cannot compose the preview of the draft")
            if data is None:
                hint = self.tr("Indiquez la date d'émission et le début de l'événement pour voir l'aperçu.")
                if draft.id is not None:
                    hint = self.tr("Aperçu à jour après enregistrement.") + " " + hint
            else:
                hint = self.tr("Aperçu du brouillon : modifications non enregistrées.")
        if data is None and draft.id is not None:
            try:
                data = self.app.documents.invitation(draft.id)
            except NotFoundError:
                data = None
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        if data is None:
            self.pdf_view.clear()
            return
        from cmer_desk.formats.pdf.invitation import (
            render_invitation,  # ReportLab loads after the first paint
        )

        self.pdf_view.set_pdf(render_invitation(data))
        self.renders += 1
