"""The invitation beside the event form: rendered from what the form holds, 400 ms after the last edit."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cmer_desk.domain.errors import NotFoundError, ValidationError
from cmer_desk.ui.print.pdf_view import PdfPreview

log = logging.getLogger(__name__)

DEBOUNCE_MS = 400


class InvitationPreview(QWidget):
    """Clean form: the draft the form was loaded with (the saved record: nothing is read again). Edited
    form: the draft as typed (rendering takes ~10-25 ms, so it runs on the GUI thread once typing pauses)."""

    def __init__(self, documents, form, parent=None):
        """``documents``: the DocumentService; ``form``: the event form whose draft is shown."""
        super().__init__(parent)
        self.documents, self.form = documents, form
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

    def _gather(self, draft):
        try:
            return self.documents.invitation_for_draft(draft)
        except NotFoundError:  # a person it names was deleted meanwhile
            log.exception("cannot compose the preview of the draft")
            return None

    def refresh(self) -> None:
        self.timer.stop()
        loaded = self.form.draft
        if loaded is None:
            return
        hint = ""
        if self.form.is_dirty() or loaded.id is None:
            try:
                data = self._gather(self.form.collect_checked())
            except ValidationError as error:  # something typed is not a value yet: keep what was saved
                data = self._gather(loaded) if loaded.id is not None else None
                hint = self.tr("Aperçu en attente : {0}").format(error.errors[0].message)
            else:
                if data is None:
                    hint = self.tr("Indiquez la date d'émission et le début de l'événement pour voir l'aperçu.")
                    if loaded.id is not None:
                        hint = self.tr("Aperçu à jour après enregistrement.") + " " + hint
                        data = self._gather(loaded)  # meanwhile, the event as saved
                else:
                    hint = self.tr("Aperçu du brouillon : modifications non enregistrées.")
        else:
            data = self._gather(loaded)
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
