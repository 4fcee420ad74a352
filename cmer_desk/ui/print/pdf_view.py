"""A PDF shown from memory (QtPdf), fitted to the width of the pane."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QVBoxLayout, QWidget

from cmer_desk.ui.print.output import open_pdf


class PdfPreview(QWidget):
    def __init__(self, accessible_name: str, parent=None):
        super().__init__(parent)
        self.pdf: bytes = b""
        self.document = QPdfDocument(self)
        self._buffer = None
        self.view = QPdfView()
        self.view.setAccessibleName(accessible_name)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # The width the page is fitted to must not depend on whether the page needs a scroll bar: at some
        # heights a bar that came and went re-fitted the page for ever (the window froze).
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setDocument(self.document)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def set_pdf(self, pdf: bytes) -> None:
        """Show new bytes; the old document is dropped only once the new one is ready (no flicker)."""
        document, buffer = open_pdf(pdf, self)
        old_document, old_buffer = self.document, self._buffer
        self.document, self._buffer, self.pdf = document, buffer, pdf
        scroll = self.view.verticalScrollBar().value()
        self.view.setDocument(document)
        self.view.verticalScrollBar().setValue(scroll)  # typing must not throw the reader back to the top
        for obj in (old_document, old_buffer):
            if obj is not None:
                obj.deleteLater()

    def clear(self) -> None:
        self.pdf = b""
        self.document.close()

    def page_count(self) -> int:
        return self.document.pageCount()

    def title(self) -> str:
        return self.document.metaData(QPdfDocument.MetaDataField.Title) or ""
