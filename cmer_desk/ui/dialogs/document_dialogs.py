"""Dialogs around a printable document: a preview with Print and Save, and the options of the attendee list
and of the badges before previewing, printing or saving them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cmer_desk.domain import i18n as words
from cmer_desk.domain.enums import AccreditationStatus
from cmer_desk.domain.errors import ValidationError
from cmer_desk.formats.attendee_tables import render_attendee_csv, render_attendee_xlsx
from cmer_desk.formats.pdf.attendees import render_attendee_list
from cmer_desk.formats.pdf.badges import render_badges
from cmer_desk.ui.dialogs.sizing import resize_within
from cmer_desk.ui.print.output import print_pdf, save_as
from cmer_desk.ui.print.pdf_view import PdfPreview


def _button(text: str, slot) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(text.replace("&", ""))
    button.clicked.connect(slot)
    return button


class PdfPreviewDialog(QDialog):
    """A PDF on screen with Imprimer and Enregistrer; a save is said in the dialog and through ``saved``
    (the window's status line)."""

    saved = Signal(str)  # the path written

    def __init__(self, title: str, pdf: bytes, filename: str, parent=None):
        super().__init__(parent)
        self.title, self.filename = title, filename
        self.setWindowTitle(self.tr("Aperçu : {0}").format(title))
        self.preview = PdfPreview(self.tr("Aperçu : {0}").format(title))
        self.preview.set_pdf(pdf)
        buttons = QDialogButtonBox()
        self.print_button = _button(self.tr("&Imprimer…"), self.print_)
        self.save_button = _button(self.tr("&Enregistrer en PDF…"), self.save)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Fermer"))
        close.setAccessibleName(self.tr("Fermer"))
        buttons.rejected.connect(self.reject)
        self.status = QLabel()
        self.status.setObjectName("preview_status")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        resize_within(self, 760, 900)  # an A4 page as tall as the screen allows, the buttons always shown

    def print_(self) -> bool:
        return print_pdf(self.preview.pdf, self, self.title)

    def save(self) -> str | None:
        path = save_as(self, self.tr("Enregistrer en PDF"), self.filename, self.tr("Document PDF (*.pdf)"),
                       self.preview.pdf)
        if path:
            self.status.setText(self.tr("Enregistré : {0}").format(path))
            self.saved.emit(path)
        return path


class DocumentDialog(QDialog):
    """Options on top, then Aperçu / Imprimer / Enregistrer; subclasses build the bytes. A file saved
    (here or from the preview) is said in the dialog and through ``saved``."""

    saved = Signal(str)  # the path written

    def __init__(self, title: str, filename: Callable[[str], str], parent=None):
        super().__init__(parent)
        self.title, self.filename = title, filename
        self.setWindowTitle(title)
        self.options = QFormLayout()
        self.buttons = QHBoxLayout()
        self.preview_button = _button(self.tr("&Aperçu…"), self.preview)
        self.print_button = _button(self.tr("&Imprimer…"), self.print_)
        self.pdf_button = _button(self.tr("Enregistrer en &PDF…"), lambda: self.save("pdf"))
        for b in (self.preview_button, self.print_button, self.pdf_button):
            self.buttons.addWidget(b)
        self.close_button = _button(self.tr("Fermer"), self.reject)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.options)
        layout.addWidget(self.status)
        layout.addLayout(self.buttons)
        bottom = QHBoxLayout()
        bottom.addStretch()
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)

    def file_bytes(self, fmt: str) -> bytes:
        raise NotImplementedError

    def rendered(self, fmt: str) -> bytes | None:
        """The document, or None with the reason shown in the dialog (badges asked for unconfirmed
        accreditations, too many blank rows...)."""
        try:
            return self.file_bytes(fmt)
        except ValidationError as error:
            self.status.setText(" ".join(e.message for e in error.errors))
            return None

    def preview(self) -> None:
        pdf = self.rendered("pdf")
        if pdf is not None:
            dialog = PdfPreviewDialog(self.title, pdf, self.filename(".pdf"), self)
            dialog.saved.connect(self._saved)
            dialog.exec()

    def _saved(self, path: str) -> None:
        self.status.setText(self.tr("Enregistré : {0}").format(path))
        self.saved.emit(path)

    def print_(self) -> bool:
        pdf = self.rendered("pdf")
        return pdf is not None and print_pdf(pdf, self, self.title)

    def save(self, fmt: str) -> str | None:
        filters = {"pdf": self.tr("Document PDF (*.pdf)"), "csv": self.tr("Tableau CSV (*.csv)"),
                   "xlsx": self.tr("Classeur Excel (*.xlsx)")}
        data = self.rendered(fmt)
        if data is None:
            return None
        path = save_as(self, self.tr("Enregistrer"), self.filename(f".{fmt}"), filters[fmt], data)
        if path:
            self._saved(path)
        return path


class AttendeeListDialog(DocumentDialog):
    """Liste d'émargement: order, statuses (confirmed only by default), blank rows for walk-ins."""

    def __init__(self, documents, event_id: int, filename: Callable[[str], str], parent=None):
        super().__init__(self.tr("Liste d'émargement"), filename, parent)
        self.documents, self.event_id = documents, event_id
        self.order = QComboBox()
        self.order.addItem(self.tr("Nom"), "name")
        self.order.addItem(self.tr("Média"), "outlet")
        self.order.setAccessibleName(self.tr("Trier par"))
        self.options.addRow(self.tr("Trier par"), self.order)
        statuses = QWidget()
        row = QHBoxLayout(statuses)
        row.setContentsMargins(0, 0, 0, 0)
        self.status_boxes: dict[AccreditationStatus, QCheckBox] = {}
        for status in AccreditationStatus:
            box = QCheckBox(words.label(status))
            box.setAccessibleName(words.label(status))
            box.setChecked(status is AccreditationStatus.CONFIRMED)
            self.status_boxes[status] = box
            row.addWidget(box)
        self.options.addRow(self.tr("Statuts"), statuses)
        self.blank_rows = QSpinBox()
        self.blank_rows.setRange(0, 200)
        self.blank_rows.setAccessibleName(self.tr("Lignes vierges"))
        self.options.addRow(self.tr("Lignes vierges"), self.blank_rows)
        self.csv_button = _button(self.tr("&CSV…"), lambda: self.save("csv"))
        self.xlsx_button = _button(self.tr("&XLSX…"), lambda: self.save("xlsx"))
        self.buttons.addWidget(self.csv_button)
        self.buttons.addWidget(self.xlsx_button)

    def statuses(self) -> tuple[AccreditationStatus, ...]:
        return tuple(s for s, box in self.status_boxes.items() if box.isChecked())

    def data(self):
        return self.documents.attendee_list(self.event_id, statuses=self.statuses(), order=self.order.currentData(),
                                            blank_rows=self.blank_rows.value())

    def file_bytes(self, fmt: str) -> bytes:
        renderer = {"pdf": render_attendee_list, "csv": render_attendee_csv, "xlsx": render_attendee_xlsx}[fmt]
        return renderer(self.data())


class BadgesDialog(DocumentDialog):
    """Badges: four per A4 page or one; the confirmed accreditations or the rows selected on the page."""

    def __init__(self, documents, event_id: int, selected_ids: list[int], filename: Callable[[str], str],
                 parent=None):
        super().__init__(self.tr("Badges"), filename, parent)
        self.documents, self.event_id, self.selected_ids = documents, event_id, list(selected_ids)
        self.four = QRadioButton(self.tr("4 par page (A6)"))
        self.one = QRadioButton(self.tr("1 par page"))
        self.four.setChecked(True)
        self.confirmed = QRadioButton(self.tr("Accréditations confirmées"))
        self.selection = QRadioButton(self.tr("Sélection de la page Accréditations (%n)", "", len(self.selected_ids)))
        self.selection.setEnabled(bool(self.selected_ids))
        (self.selection if self.selected_ids else self.confirmed).setChecked(True)
        for group_buttons, label in (((self.four, self.one), self.tr("Format")),
                                     ((self.confirmed, self.selection), self.tr("Pour"))):
            group = QButtonGroup(self)
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            for b in group_buttons:
                b.setAccessibleName(b.text())
                group.addButton(b)
                row.addWidget(b)
            self.options.addRow(label, box)

    def data(self):
        ids = self.selected_ids if self.selection.isChecked() else None
        return self.documents.badges(self.event_id, accreditation_ids=ids, per_page=4 if self.four.isChecked() else 1)

    def file_bytes(self, fmt: str) -> bytes:
        return render_badges(self.data())
