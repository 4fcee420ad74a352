"""The one rule against formula injection (a cell a spreadsheet would run as a formula).

A text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return would be read as a
formula by Excel or LibreOffice ('=HYPERLINK(...)' typed as a name). How it is made inert depends on the
format:

- **CSV** has no cell types: such a cell is written with a leading apostrophe (``protect``), which the
  spreadsheet shows and a re-import removes (``unprotect``). A value that already starts with
  apostrophes followed by such a character gets one more, so that ``unprotect(protect(v)) == v`` for
  every text ``v``.
- **XLSX** has types: such a value is written as a string cell with Excel's quote-prefix style
  (``formats.xlsx``); the value itself is never changed, no apostrophe is ever put inside it.
"""

from __future__ import annotations

import re

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

# The control characters the XML of a workbook cannot hold (openpyxl's ILLEGAL_CHARACTERS_RE).
_WORKBOOK_ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")


def looks_like_formula(value: str) -> bool:
    """True for a text a spreadsheet would run as a formula."""
    return value.startswith(FORMULA_PREFIXES)


def protect(value: str) -> str:
    """The CSV cell to write for ``value``: '=1+1' -> "'=1+1"; "'=x" -> "''=x"; 'BERTAUD' unchanged."""
    if looks_like_formula(value) or (value.startswith("'") and looks_like_formula(value.lstrip("'"))):
        return "'" + value
    return value


def unprotect(cell: str) -> str:
    """The value a CSV cell written by ``protect`` stood for; any other cell is returned unchanged."""
    if cell.startswith("'") and looks_like_formula(cell.lstrip("'")):
        return cell[1:]
    return cell


def workbook_text(value: str) -> str:
    """Drop the control characters a workbook's XML cannot hold (openpyxl refuses them)."""
    return _WORKBOOK_ILLEGAL.sub("", value)
