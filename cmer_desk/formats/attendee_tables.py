"""The attendee list as CSV (for any spreadsheet) and XLSX.

One row per person with the event, separate NOM and Prénom columns, e-mail, phone, status and the arrival
as a date-time, then the blank rows asked for (walk-ins), numbered. The CSV dialect and the XLSX writer
apply the formula guard, so that a name typed as '=HYPERLINK(...)' stays text; the workbook prints in
landscape, one page wide, its header row repeated on every page.
"""

from __future__ import annotations

from datetime import datetime

from cmer_desk.domain.documents import AttendeeListData, AttendeeRow
from cmer_desk.formats.csv_dialect import write_csv
from cmer_desk.formats.xlsx import PrintLayout, write_xlsx

HEADERS = ("Événement", "N°", "N° d'accréditation", "NOM", "Prénom", "Média", "Rôle", "Carte de presse",
           "Courriel", "Téléphone", "Statut", "Arrivée")
_WIDTHS = (28, 6, 10, 22, 18, 24, 16, 16, 28, 17, 14, 16)
CSV_ARRIVAL = "%d/%m/%Y %H:%M"  # what French Excel reads as a date and time


def _cell(text: str) -> str:
    """Line ends as '\n' (what XLSX stores anyway)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _names(row: AttendeeRow) -> tuple[str, str]:
    """(NOM, Prénom); a row given only its full name keeps it in NOM."""
    if row.last_name or row.first_name:
        return row.last_name, row.first_name
    return row.name, ""


def attendee_rows_table(data: AttendeeListData) -> tuple[tuple[str, ...], list[tuple[object, ...]]]:
    """(headers, rows) in the order given, then the blank rows; numbers stay ints, the arrival a datetime."""
    event = _cell(data.event_title)
    rows: list[tuple[object, ...]] = []
    for r in data.rows:
        last, first = _names(r)
        rows.append((
            event, r.number, r.accreditation_number or None, _cell(last), _cell(first), _cell(r.outlet),
            _cell(r.role), _cell(r.press_card), _cell(r.email), _cell(r.phone), _cell(r.status), r.arrived,
        ))
    following = max((r.number for r in data.rows), default=0) + 1
    rows.extend((event, following + i, *([None] * (len(HEADERS) - 2))) for i in range(max(0, data.blank_rows)))
    return HEADERS, rows


def render_attendee_csv(data: AttendeeListData) -> bytes:
    """UTF-8 with BOM (so Excel reads accents), ';' separator (French Excel), CRLF line ends."""
    headers, rows = attendee_rows_table(data)
    return write_csv(headers, ([v.strftime(CSV_ARRIVAL) if isinstance(v, datetime) else v for v in row]
                               for row in rows))


def render_attendee_xlsx(data: AttendeeListData) -> bytes:
    """One sheet, bold frozen header row, readable column widths; printed landscape, one page wide."""
    headers, rows = attendee_rows_table(data)
    return write_xlsx(headers, rows, sheet_title="Émargement", widths=_WIDTHS, title=data.event_title,
                      print_layout=PrintLayout(landscape=True, fit_width=True, repeat_header=True))
