"""The attendee list as CSV (for any spreadsheet) and XLSX.

Columns are those of the printed sheet, with the status in place of the signature column (a
signature only exists on paper). The CSV dialect and the XLSX writer apply the formula guard, so that
a name typed as '=HYPERLINK(...)' stays text.
"""

from __future__ import annotations

from cmer_desk.domain.documents import AttendeeListData
from cmer_desk.formats.csv_dialect import write_csv
from cmer_desk.formats.xlsx import write_xlsx

HEADERS = ("N°", "NOM Prénom", "Média", "Rôle", "Carte de presse", "Statut", "Arrivée")
_WIDTHS = (6, 32, 28, 16, 18, 16, 10)


def _cell(text: str) -> str:
    """Line ends as '\n' (what XLSX stores anyway)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def attendee_rows_table(data: AttendeeListData) -> tuple[tuple[str, ...], list[tuple[int | str, ...]]]:
    """(headers, rows) in the order given; the values as they are, the number stays an int."""
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
    return write_csv(headers, rows)


def render_attendee_xlsx(data: AttendeeListData) -> bytes:
    """One sheet, bold frozen header row, readable column widths."""
    headers, rows = attendee_rows_table(data)
    return write_xlsx(headers, rows, sheet_title="Émargement", widths=_WIDTHS, title=data.event_title)
