"""Cells a spreadsheet would read as a formula are made inert (CSV / formula injection)."""

from __future__ import annotations

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """Prefix an apostrophe to a cell starting with = + - @, a tab or a carriage return.

    '=1+1' -> "'=1+1", '+33 4 90 91 51 29' -> "'+33 4 90 91 51 29"; anything else is unchanged.
    """
    if cell and cell.startswith(FORMULA_PREFIXES):
        return "'" + cell
    return cell


def workbook_text(cell: str) -> str:
    """Drop the control characters a workbook's XML cannot hold (openpyxl refuses them)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", cell)
