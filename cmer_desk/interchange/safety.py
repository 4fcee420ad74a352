"""Formula-injection neutralisation that survives a round trip.

``neutralise`` (shared with the other exports) prefixes a quote to a cell starting with = + - @ tab or CR.
A value that already starts with quotes followed by such a character gets one more quote, so that
``unneutralise(protect(v)) == v`` for every text ``v``.
"""

from __future__ import annotations

from cmer_desk.export.spreadsheet_safety import FORMULA_PREFIXES, neutralise


def protect(value: str) -> str:
    """The cell to write for ``value``."""
    if value.startswith("'") and value.lstrip("'").startswith(FORMULA_PREFIXES):
        return "'" + value
    return neutralise(value)


def unneutralise(cell: str) -> str:
    """The value a cell written by ``protect`` stood for; any other cell is returned unchanged."""
    if cell.startswith("'") and cell.lstrip("'").startswith(FORMULA_PREFIXES):
        return cell[1:]
    return cell
