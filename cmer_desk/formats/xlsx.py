"""Excel workbooks (.xlsx) through openpyxl, read and written.

Read: the first sheet, the first row as header. Written: one sheet, a bold frozen header row, text cells
typed as text (a press card keeps its leading zeros), and a text that looks like a formula stored as it is
with Excel's quote-prefix style (``formats.formula_guard``)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from cmer_desk.formats.errors import FileFormatError
from cmer_desk.formats.formula_guard import looks_like_formula, workbook_text
from cmer_desk.formats.table import MAX_COLUMNS, MAX_FIELD, Table

DATETIME_FORMAT = "dd/mm/yyyy hh:mm"


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


def read_xlsx(data: bytes) -> Table:
    """The header and the rows of the first sheet; values as a person sees them (see ``cell_text``)."""
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
    return Table(headers, _rows(workbook, rows, len(headers)), "xlsx", sheet.title)


def _rows(workbook, rows, width: int) -> Iterator[tuple[int, list[str]]]:
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
            yield number, cells
    finally:
        workbook.close()


@dataclass(frozen=True)
class PrintLayout:
    """How the sheet prints: landscape, shrunk to one page wide (as many pages tall as needed), the header
    row repeated at the top of every page."""

    landscape: bool = False
    fit_width: bool = False
    repeat_header: bool = False


def _apply_print_layout(sheet, layout: PrintLayout) -> None:
    if layout.landscape:
        sheet.page_setup.orientation = "landscape"
    if layout.fit_width:
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0  # as many pages as the rows need
    if layout.repeat_header:
        sheet.print_title_rows = "1:1"


def write_xlsx(
    headers: Iterable[str],
    rows: Iterable[Iterable[object]],
    *,
    sheet_title: str = "Contacts",
    widths: Iterable[float] = (),
    title: str = "",
    print_layout: PrintLayout | None = None,
) -> bytes:
    """One sheet: ``headers`` in bold and frozen, then ``rows``. A ``str`` is a text cell (control
    characters a workbook cannot hold dropped; quote-prefixed when it looks like a formula); a number keeps
    its type, a date-time is shown as dd/mm/yyyy hh:mm; None is an empty cell. ``widths`` are the first
    columns' widths, in characters."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_title[:31])
    if print_layout is not None:
        _apply_print_layout(sheet, print_layout)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header_cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=workbook_text(header))
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    for row in rows:
        sheet.append([_cell(sheet, value) for value in row])
    if title:  # a document property is XML text: no control character (lxml, when installed, refuses them)
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        workbook.properties.title = ILLEGAL_CHARACTERS_RE.sub("", title)
    workbook.properties.creator = "cmer-desk"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _cell(sheet, value: object):
    if isinstance(value, datetime):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = DATETIME_FORMAT
        return cell
    if not isinstance(value, str):
        return value
    text = workbook_text(value)
    if not looks_like_formula(text):
        return text
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"  # openpyxl would otherwise store it as a formula
    cell.quotePrefix = True
    return cell
