"""The attendee list as CSV (for any spreadsheet) and XLSX.

Columns are those of the printed sheet, with the status in place of the signature column (a
signature only exists on paper). Every text cell goes through `neutralise` so that a name typed
as '=HYPERLINK(...)' stays text.
"""

from __future__ import annotations

import csv
import io

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from cmer_desk.domain.documents import AttendeeListData
from cmer_desk.export.spreadsheet_safety import neutralise, workbook_text

HEADERS = ("N°", "NOM Prénom", "Média", "Rôle", "Carte de presse", "Statut", "Arrivée")
_WIDTHS = (6, 32, 28, 16, 18, 16, 10)


def _cell(text: str) -> str:
    """Neutralised text with line ends as '\n' (what XLSX stores anyway)."""
    return neutralise(text.replace("\r\n", "\n").replace("\r", "\n"))


def attendee_rows_table(data: AttendeeListData) -> tuple[tuple[str, ...], list[tuple[int | str, ...]]]:
    """(headers, rows) in the order given; text cells already neutralised, the number stays an int."""
    rows: list[tuple[int | str, ...]] = [
        (
            r.number,
            _cell(r.name),
            _cell(r.outlet),
            _cell(r.role),
            _cell(r.press_card),
            _cell(r.status),
            _cell(r.arrived_at),
        )
        for r in data.rows
    ]
    return HEADERS, rows


def render_attendee_csv(data: AttendeeListData) -> bytes:
    """UTF-8 with BOM (so Excel reads accents), ';' separator (French Excel), CRLF line ends."""
    headers, rows = attendee_rows_table(data)
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(headers)
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8-sig")


def render_attendee_xlsx(data: AttendeeListData) -> bytes:
    """One sheet, bold frozen header row, readable column widths."""
    headers, rows = attendee_rows_table(data)
    wb = Workbook()
    ws = wb.active
    ws.title = "Émargement"
    ws.append(list(headers))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append([workbook_text(cell) if isinstance(cell, str) else cell for cell in row])
    # openpyxl reads a string starting with '=' as a formula; neutralise() already guarantees none
    # does, and this keeps every text cell typed as text whatever comes in.
    for row_cells in ws.iter_rows(min_row=2):
        for cell in row_cells[1:]:
            if cell.data_type == "f":
                cell.data_type = "s"
    for i, width in enumerate(_WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    if data.event_title:
        wb.properties.title = data.event_title
    wb.properties.creator = "cmer-desk"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
