"""Invitation preview beside the event form, print, save as, attendee list and badges from the window."""

from __future__ import annotations

import csv
import io

import pypdf
import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from cmer_desk.domain.enums import AccreditationStatus
from cmer_desk.ui.print.output import paint_pdf
from tests.ui.conftest import type_text


def _pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)


@pytest.fixture
def window(make_window):
    return make_window(load_example=True)


def test_preview_shows_the_example_invitation_and_follows_edits_and_saves(window, qtbot):
    preview = window.events_page.preview
    assert preview.pdf_view.document.status() == QPdfDocument.Status.Ready
    assert preview.pdf_view.page_count() == 1
    assert preview.pdf_view.title().startswith("Installation de la cellule")
    assert preview.hint.isHidden()
    form = window.events_page.form
    form.title_edit.selectAll()
    type_text(form.title_edit, "Réunion des maires")
    # debounced: nothing rebuilt while typing, then once, 400 ms after the last key
    renders = preview.renders
    assert preview.timer.isActive()
    qtbot.waitUntil(lambda: preview.renders == renders + 1, timeout=2000)
    assert preview.pdf_view.title() == "Réunion des maires"
    assert "non enregistrées" in preview.hint.text()
    form.set_dirty(False)


def test_preview_of_a_new_event_is_rebuilt_after_each_save(window, qtbot):
    preview = window.events_page.preview
    form = window.events_page.form
    window.new_action.trigger()
    assert preview.pdf_view.pdf == b"" and "début" in preview.hint.text()
    type_text(form.title_edit, "Visite du préfet à Arles")
    form.starts_at.setDateTime(QDateTime(QDate(2030, 3, 4), QTime(10, 0)))
    type_text(form.venue_city, "Arles")
    qtbot.waitUntil(lambda: preview.pdf_view.title() == "Visite du préfet à Arles", timeout=2000)
    window.save_action.trigger()
    assert not form.is_dirty() and window.events_page.current_id() is not None
    assert preview.hint.isHidden() and preview.pdf_view.page_count() == 1
    form.body.setPlainText("\n\n".join(["Un paragraphe assez long pour remplir la page. " * 12] * 12))
    window.save_action.trigger()
    assert not form.is_dirty()
    assert preview.pdf_view.page_count() == 2  # the saved record flows onto a second page


def test_print_to_a_pdf_printer_keeps_the_text(window, tmp_path, monkeypatch):
    target = tmp_path / "imprime.pdf"
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    window.documents.printer = printer
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    window.documents.print_action.trigger()  # Ctrl+P on the events page
    assert "Olivier de MAZIÈRES" in _pdf_text(target)
    assert window.statusBar().currentMessage() == "Invitation envoyée à l'imprimante"


def test_pages_are_painted_at_the_printer_resolution(window, tmp_path):
    """The raster path of a real printer: the page image has the printer's pixels, not 72 dpi ones."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "raster.pdf"))
    printer.setResolution(300)
    assert paint_pdf(window.events_page.preview.pdf(), printer) == 1
    page = pypdf.PdfReader(str(tmp_path / "raster.pdf")).pages[0]
    bands = [image.image for image in page.images]  # drawn in bands: bounded memory at 1200 dpi
    assert len(bands) > 1 and len({band.tobytes() for band in bands}) == len(bands)  # each band its own strip
    width, height = bands[0].size[0], sum(band.size[1] for band in bands)
    assert width > 2000 and height > 3000  # A4 at 300 dpi is 2480 x 3508, within the printable area


def test_save_as_writes_the_invitation(window, tmp_path, choose_file):
    target = tmp_path / "invitation.pdf"
    choose_file(target)
    assert window.documents.save_invitation() == str(target)
    [dialog] = choose_file.dialogs
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)  # the desk's own, safe dialog
    assert dialog.selectedFiles()[0].endswith(".pdf")
    text = _pdf_text(target)
    assert "Olivier de MAZIÈRES" in text and "Marseille, le 22 janvier 2018" in text


def test_save_as_into_a_missing_folder_says_why_in_french(window, tmp_path, monkeypatch, choose_file):
    choose_file(tmp_path / "absent" / "x.pdf")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    assert window.documents.save_invitation() is None
    assert shown and "n'existe pas" in shown[0][1]


def test_attendee_list_defaults_to_the_confirmed_names(window, app_ctx, tmp_path, choose_file):
    dialog = window.documents.attendee_list_dialog()
    assert [s for s, box in dialog.status_boxes.items() if box.isChecked()] == [AccreditationStatus.CONFIRMED]
    assert dialog.order.currentData() == "name" and dialog.blank_rows.value() == 0
    target = tmp_path / "liste.csv"
    choose_file(target)
    assert dialog.save("csv") == str(target)
    rows = list(csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig")), delimiter=";"))
    last_col, first_col = rows[0].index("NOM"), rows[0].index("Prénom")
    event_id = window.events_page.current_id()
    confirmed = {r.name for r in app_ctx.accreditations.rows(event_id)
                 if r.status_value is AccreditationStatus.CONFIRMED}
    assert len(confirmed) == 3
    assert {f"{r[last_col]} {r[first_col]}" for r in rows[1:]} == confirmed
    pdf_target = tmp_path / "liste.pdf"
    choose_file(pdf_target)
    dialog.save("pdf")
    text = _pdf_text(pdf_target)
    assert all(name in text for name in confirmed) and "WAŁĘSA" not in text


def test_badges_for_the_rows_selected_on_the_accreditations_page(window, app_ctx):
    window.sidebar.setCurrentRow(3)
    page = window.accreditations_page
    rows = {page.proxy.row_at(i).name: page.proxy.row_at(i).id for i in range(page.proxy.rowCount())}
    page.select_ids([rows["BEN SAÏD Inès"]])  # on the waiting list: no badge, and the dialog says why
    dialog = window.documents.badges_dialog()
    assert dialog.print_() is False
    assert dialog.status.text() == ("Pas de badge pour une accréditation non confirmée : BEN SAÏD Inès "
                                    "(n° 5, Liste d'attente).")
    page.select_ids([rows["ÉMERY Zoé"]])
    dialog = window.documents.badges_dialog()
    assert dialog.selection.isChecked()
    assert len(dialog.data().badges) == 1
    dialog.confirmed.setChecked(True)
    dialog.one.setChecked(True)
    data = dialog.data()
    assert len(data.badges) == 3 and data.per_page == 1
    assert dialog.file_bytes("pdf").startswith(b"%PDF")
