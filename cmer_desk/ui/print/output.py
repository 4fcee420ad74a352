"""Print PDF bytes through the system print dialog, and save bytes to a file the user chooses."""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPoint,
    QRect,
    QSize,
)
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from cmer_desk.services.files import FileWriteError, write_atomic
from cmer_desk.ui import file_dialogs

log = logging.getLogger(__name__)

BAND_ROWS = 512  # a page is rendered in bands of this many device pixels: bounded memory at 1200 dpi




def open_pdf(pdf: bytes, parent=None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument read from memory; keep the buffer alive as long as the document."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    return document, buffer


def paint_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Draw every page at the printer's own resolution (never a 72 dpi image); returns the page count."""
    document, buffer = open_pdf(pdf)
    dpi = printer.resolution()
    printer.setFullPage(True)  # the PDF carries its own margins: page for page, no shrinking
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError(QCoreApplication.translate("DocumentOutput", "L'imprimante n'a pas pu démarrer."))
    try:
        area = printer.pageLayout().fullRectPixels(dpi)
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            width, height = round(points.width() * dpi / 72), round(points.height() * dpi / 72)
            scale = min(1.0, area.width() / width, area.height() / height)  # shrink only a page larger than the paper
            width, height = int(width * scale), int(height * scale)
            x0 = max(0, (area.width() - width) // 2)
            for top in range(0, height, BAND_ROWS):
                rows = min(BAND_ROWS, height - top)
                options = QPdfDocumentRenderOptions()
                options.setScaledSize(QSize(width, height))
                options.setScaledClipRect(QRect(0, top, width, rows))
                image = document.render(page, QSize(width, rows), options)
                painter.drawImage(QPoint(x0, top), image)
        return document.pageCount()
    finally:
        painter.end()
        document.close()
        buffer.close()


def print_pdf(pdf: bytes, parent: QWidget | None, title: str, printer: QPrinter | None = None) -> bool:
    """Ask the print dialog, then print. A 'print to PDF file' choice writes the document itself (text stays
    text); a real printer gets the pages rasterised at its resolution. True when something was printed."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    translate = QCoreApplication.translate
    if not printer.outputFileName() and not QPrinterInfo.availablePrinters():
        QMessageBox.warning(parent, translate("DocumentOutput", "Impression impossible"),
                            translate("DocumentOutput", "Aucune imprimante n'est installée sur ce poste. Pour obtenir le "
                                                 "document, utilisez « Enregistrer en PDF »."))
        return False
    dialog = QPrintDialog(printer, parent)
    # Printing to a file would open Qt's stock file dialog, which reads the files of the folder it shows
    # (cmer_desk.ui.file_dialogs says why that loses the database's locks): the desk's own "Enregistrer en
    # PDF" writes the same document instead.
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    dialog.setWindowTitle(QCoreApplication.translate("DocumentOutput", "Imprimer : {0}").format(title))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        return write_file(parent, printer.outputFileName(), pdf)
    try:
        pages = paint_pdf(pdf, printer)
    except RuntimeError as error:
        QMessageBox.critical(parent, QCoreApplication.translate("DocumentOutput", "Impression impossible"), str(error))
        return False
    log.info("printed %s: %d page(s) at %d dpi", title, pages, printer.resolution())
    return True


def ask_save_path(parent: QWidget | None, title: str, suggested: str, file_filter: str) -> str:
    """Where to save (a bare suggested name starts in the user's documents)."""
    return file_dialogs.ask_save_file(parent, title, suggested, file_filter)


def write_file(parent: QWidget | None, path: str, data: bytes) -> bool:
    """Write atomically; a French message box says why when it fails."""
    try:
        write_atomic(path, data)
    except FileWriteError as error:
        log.warning("cannot write %s: %s", path, error)
        title = QCoreApplication.translate("DocumentOutput", "Enregistrement impossible")
        QMessageBox.critical(parent, title, str(error))
        return False
    log.info("wrote %s (%d bytes)", path, len(data))
    return True


def save_as(parent: QWidget | None, title: str, suggested: str, file_filter: str, data: bytes) -> str | None:
    """Ask where, then write. The path written, or None."""
    path = ask_save_path(parent, title, suggested, file_filter)
    if path and write_file(parent, path, data):
        return path
    return None
