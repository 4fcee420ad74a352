"""Excel workbooks (.xlsx) through openpyxl, read and written.

Read: the first sheet (its size checked before it is decompressed), the header row found below any title,
cells merged over several rows filled down. Written: one sheet, a bold frozen header row, text cells
typed as text (a press card keeps its leading zeros), and a text that looks like a formula stored as it is
with Excel's quote-prefix style (``formats.formula_guard``)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from itertools import chain
from xml.etree import ElementTree

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import coordinate_to_tuple, range_boundaries
from openpyxl.utils.exceptions import InvalidFileException

from cmer_desk.domain.i18n import _, ngettext
from cmer_desk.formats.errors import FileFormatError
from cmer_desk.formats.formula_guard import looks_like_formula, workbook_text
from cmer_desk.formats.table import (
    HEADER_SEARCH_ROWS,
    MAX_FIELD,
    HeaderScore,
    Table,
    TableRow,
    find_header,
    too_long,
)

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


MAX_INFLATED = 200 * 1024 * 1024  # what a workbook may take once decompressed, read before anything else
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def read_xlsx(data: bytes, header_score: HeaderScore | None = None) -> Table:
    """The header and the rows of the first sheet; values as a person sees them (see ``cell_text``).

    Refused before it is read: a workbook that decompresses to more than ``MAX_INFLATED``. The header is
    the first row, or with ``header_score`` the best-scoring of the first rows (a title above it is
    skipped). A cell merged over several rows gives its value to each of them; a formula whose value the
    workbook does not hold makes its row a problem that says so."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        inflated = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise FileFormatError(None, _("Ce fichier n'est pas un classeur Excel (.xlsx) lisible.")) from exc
    if inflated > MAX_INFLATED:
        raise FileFormatError(None, _("Ce classeur se décompresse en {size} Mo, plus que les {most} Mo admis : "
                                      "il n'est pas lu.").format(size=inflated // 2**20, most=MAX_INFLATED // 2**20))
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise FileFormatError(None, _("Ce fichier n'est pas un classeur Excel (.xlsx) lisible.")) from exc
    if not workbook.worksheets:
        raise FileFormatError(None, _("Le classeur ne contient aucune feuille."))
    sheet = workbook.worksheets[0]
    sheet.reset_dimensions()  # some programs write a wrong size; read what is there
    merged, uncached = _sheet_facts(archive, getattr(sheet, "_worksheet_path", ""))
    rows = _filled(enumerate(sheet.iter_rows(values_only=True), start=1), merged)
    first: list[tuple[int, list[str]]] = []
    for number, values in rows:
        cells = [cell_text(v) for v in values]
        if any(c.strip() for c in cells):
            first.append((number, cells))
            if len(first) >= HEADER_SEARCH_ROWS:
                break
    if not first:
        workbook.close()
        raise FileFormatError(None, _("Le classeur est vide."))
    try:
        index, headers, notes = find_header(first, header_score)
    except FileFormatError:
        workbook.close()
        raise
    header_line = first[index][0]
    if merged:
        notes.append(ngettext("{n} cellule fusionnée sur plusieurs lignes : sa valeur vaut pour chaque ligne.",
                              "{n} cellules fusionnées sur plusieurs lignes : leur valeur vaut pour chaque ligne.",
                              len(merged)).format(n=len(merged)))
    later = ((n, [cell_text(v) for v in values]) for n, values in rows)
    body = _rows(workbook, chain(first[index + 1 :], later), len(headers), uncached)
    return Table(headers, body, "xlsx", sheet.title, notes, header_line)


def _sheet_facts(archive: zipfile.ZipFile, path: str) -> tuple[dict[tuple[int, int], int], dict[int, list[str]]]:
    """From the sheet's XML: the cells merged below the top of a vertical merge ((row, column) -> top
    row), and the formulas without a stored value (row -> cell names). The XML is parsed only when it
    holds merges or formulas."""
    merged: dict[tuple[int, int], int] = {}
    uncached: dict[int, list[str]] = {}
    if not path or path.lstrip("/") not in archive.namelist():
        return merged, uncached
    name = path.lstrip("/")
    with archive.open(name) as source:
        has_merge = has_formula = False
        while chunk := source.read(1 << 20):
            has_merge = has_merge or b"mergeCell" in chunk
            has_formula = has_formula or b"<f" in chunk or b":f>" in chunk
    if not (has_merge or has_formula):
        return merged, uncached
    with archive.open(name) as source:
        for _, element in ElementTree.iterparse(source):
            tag = element.tag.removeprefix(_MAIN)
            if tag == "c":
                formula, value = element.find(_MAIN + "f"), element.find(_MAIN + "v")
                if formula is not None and (value is None or not (value.text or "")):
                    ref = element.get("r", "")
                    uncached.setdefault(coordinate_to_tuple(ref)[0], []).append(ref)
                element.clear()
            elif tag == "row":
                element.clear()
            elif tag == "mergeCell":
                low_col, low_row, _high_col, high_row = range_boundaries(element.get("ref", ""))
                for row in range(low_row + 1, high_row + 1):
                    merged[(row, low_col)] = low_row
    return merged, uncached


def _filled(rows, merged: dict[tuple[int, int], int]):
    """Rows with each vertically merged cell given the value of the top of its merge."""
    if not merged:
        yield from rows
        return
    tops: dict[tuple[int, int], object] = {}
    wanted: dict[int, list[int]] = {}
    below: dict[int, list[tuple[int, int]]] = {}
    for (row, col), top in merged.items():
        below.setdefault(row, []).append((col, top))
        wanted.setdefault(top, []).append(col)
    for number, values in rows:
        values = list(values)
        for col in wanted.get(number, ()):
            tops[(number, col)] = values[col - 1] if col <= len(values) else None
        for col, top in below.get(number, ()):
            values.extend([None] * (col - len(values)))
            if values[col - 1] in (None, ""):
                values[col - 1] = tops.get((top, col))
        yield number, values


def _rows(workbook, rows, width: int, uncached: dict[int, list[str]]) -> Iterator[TableRow]:
    try:
        for number, cells in rows:
            if not any(c.strip() for c in cells):
                continue
            if any(c.strip() for c in cells[width:]):
                yield TableRow(number, cells[:width], _("des cellules sont remplies au-delà des {width} colonnes "
                                                        "de l'en-tête.").format(width=width))  # fmt: skip
                continue
            cells = (cells + [""] * width)[:width]
            long = next((i for i, c in enumerate(cells) if len(c) > MAX_FIELD), None)
            if long is not None:
                yield TableRow(number, cells, too_long(long, len(cells[long])))
                continue
            if number in uncached:
                yield TableRow(number, cells, _("la cellule {cells} contient une formule dont le classeur n'a pas "
                                                "gardé le résultat ; ouvrez-le dans Excel ou LibreOffice et "
                                                "enregistrez-le à nouveau pour que les valeurs soient "
                                                "calculées.").format(cells=", ".join(uncached[number])))  # fmt: skip
                continue
            yield TableRow(number, cells)
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
