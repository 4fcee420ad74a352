"""Spreadsheet safety: cells that a spreadsheet would run as a formula are neutralised."""

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """Prefix a quote to a cell that starts like a formula, so that no spreadsheet runs it."""
    return "'" + cell if cell.startswith(FORMULA_PREFIXES) else cell
