"""What every reader returns: a header row and the data rows with their line numbers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from cmer_desk.domain.i18n import _, ngettext
from cmer_desk.formats.errors import FileFormatError

MAX_FIELD = 20_000  # characters in one cell; the longest text a contact holds (notes)
MAX_COLUMNS = 200
HEADER_SEARCH_ROWS = 10  # a title row (or a few) above the header is skipped

# scores a row as a header: how many of its cells are known headers (formats.contact_headers)
HeaderScore = Callable[[list[str]], int]


class TableRow(NamedTuple):
    """One data row; ``problem`` is the French reason it cannot be read (wrong width, over-long cell),
    ``notes`` what the reader noticed (a line converted from Windows-1252)."""

    line: int
    cells: list[str]
    problem: str = ""
    notes: tuple[str, ...] = ()


@dataclass
class Table:
    """``rows`` yields TableRow; it may raise FileFormatError while it is read (a quote never closed)."""

    headers: list[str]
    rows: Iterator[TableRow]
    format: str  # "csv", "xlsx", "vcard", "ldif"
    detail: str = ""  # e.g. "cp1252, ;" for the preview
    notes: list[str] = field(default_factory=list)  # what the reader noticed about the whole file
    header_line: int = 1


def pick_header(first_rows: list[tuple[int, list[str]]], score: HeaderScore | None) -> int:
    """The index, among the first rows, of the header: the row with the most known headers (the first
    row when none is known, or when no scoring is given)."""
    if score is None or not first_rows:
        return 0
    scores = [score(cells) for _, cells in first_rows[:HEADER_SEARCH_ROWS]]
    best = max(range(len(scores)), key=lambda i: (scores[i], -i))
    return best if scores[best] > 0 else 0


def find_header(first_rows: list[tuple[int, list[str]]], score: HeaderScore | None) -> tuple[int, list[str], list[str]]:
    """(index among ``first_rows``, headers, notes): the header row found by ``pick_header``, its cells
    stripped and its empty trailing cells dropped, and a note naming the rows above it that are skipped."""
    index = pick_header(first_rows, score)
    line, cells = first_rows[index]
    headers = [c.strip() for c in cells]
    while headers and not headers[-1]:
        headers.pop()
    if len(headers) > MAX_COLUMNS:
        raise FileFormatError(line, _("le fichier a {count} colonnes ; {most} au plus.").format(
            count=len(headers), most=MAX_COLUMNS))
    notes = []
    if index:
        skipped = ", ".join(str(n) for n, _ in first_rows[:index])
        notes.append(ngettext("Ligne {lines} au-dessus de l'en-tête ignorée (titre ou note) ; l'en-tête est à la "
                              "ligne {line}.",
                              "Lignes {lines} au-dessus de l'en-tête ignorées (titre ou note) ; l'en-tête est à la "
                              "ligne {line}.", index).format(lines=skipped, line=line))
    return index, headers, notes


def too_long(column: int, length: int) -> str:
    """Why a row is refused when its cell at ``column`` (0-based) is longer than MAX_FIELD characters."""
    return _("la colonne {column} dépasse {most} caractères ({length}).").format(column=column + 1, most=MAX_FIELD,
                                                                                length=length)
