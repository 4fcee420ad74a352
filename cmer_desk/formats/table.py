"""What every reader returns: a header row and the data rows with their line numbers."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

MAX_FIELD = 20_000  # characters in one cell; the longest text a contact holds (notes)
MAX_COLUMNS = 200


@dataclass
class Table:
    """``rows`` yields (line number, cells); it may raise FileFormatError while it is read."""

    headers: list[str]
    rows: Iterator[tuple[int, list[str]]]
    format: str  # "csv", "xlsx", "vcard"
    detail: str = ""  # e.g. "cp1252, ;" for the preview
