"""Excel workbooks (.xlsx) through openpyxl: the first sheet, the first row as header."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Iterator
from datetime import date, datetime

from openpyxl import Workbook, load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from cmer_desk.export.spreadsheet_safety import workbook_text
from cmer_desk.interchange.errors import FileFormatError
from cmer_desk.interchange.safety import unneutralise
from cmer_desk.interchange.table import MAX_COLUMNS, MAX_FIELD, Table


def cell_text(value) -> str:
    """A cell as the text a person sees: 2026 not 2026.0, dates as dd/mm/yyyy."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y") if value.time() == datetime.min.time() else value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def read_xlsx(data: bytes, *, unquote: bool = True) -> Table:
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as exc:
        raise FileFormatError(None, "Ce fichier n'est pas un classeur Excel (.xlsx) lisible.") from exc
    sheet = workbook.worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    try:
        header_row = next(rows)
    except StopIteration:
        workbook.close()
        raise FileFormatError(None, "Le classeur est vide.") from None
    headers = [cell_text(v).strip() for v in header_row]
    while headers and not headers[-1]:
        headers.pop()
    if len(headers) > MAX_COLUMNS:
        raise FileFormatError(1, f"la feuille a {len(headers)} colonnes ; {MAX_COLUMNS} au plus.")
    return Table(headers, _rows(workbook, rows, len(headers), unquote), "xlsx", sheet.title)


def _rows(workbook, rows, width: int, unquote: bool) -> Iterator[tuple[int, list[str]]]:
    try:
        for number, values in enumerate(rows, start=2):
            cells = [cell_text(v) for v in values]
            if not any(c.strip() for c in cells):
                continue
            if any(c.strip() for c in cells[width:]):
                raise FileFormatError(number, f"des cellules sont remplies au-delà des {width} colonnes de l'en-tête.")
            cells = (cells + [""] * width)[:width]
            for index, cell in enumerate(cells):
                if len(cell) > MAX_FIELD:
                    raise FileFormatError(number, f"la colonne {index + 1} dépasse {MAX_FIELD} caractères ({len(cell)}).")
            yield number, [unneutralise(c) for c in cells] if unquote else cells
    finally:
        workbook.close()


def write_xlsx(headers: list[str], rows: Iterable[list[str]], sheet_title: str = "Contacts") -> bytes:
    """Every cell written as text (a press card number keeps its leading zeros)."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_title)
    sheet.append(headers)
    for row in rows:
        # control characters are not allowed in the XML of a workbook
        sheet.append([workbook_text(c) for c in row])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
