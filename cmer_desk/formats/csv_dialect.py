"""The one CSV dialect of the desk, read and written.

Read as French Excel writes it and as address books export it: the encoding by one rule (formats.decoding:
UTF-8, Windows-1252, UTF-16 as Excel's « Texte Unicode », mixed files line by line), ``;``, ``,`` or a tab,
a title row above the header skipped. Written the way
French Excel opens it without asking: UTF-8 with BOM, ``;``, CRLF line ends, every text cell through the
formula guard (``formats.formula_guard.protect``)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from itertools import chain

from cmer_desk.domain.i18n import N_, _
from cmer_desk.formats.decoding import UTF8_BOM, DecodedText, decode_text
from cmer_desk.formats.errors import FileFormatError
from cmer_desk.formats.formula_guard import protect, unprotect
from cmer_desk.formats.table import (
    HEADER_SEARCH_ROWS,
    MAX_FIELD,
    HeaderScore,
    Table,
    TableRow,
    find_header,
    too_long,
)

CONVERTED = N_("ligne convertie depuis Windows-1252 (le reste du fichier est en UTF-8).")


def decode(data: bytes) -> tuple[str, str]:
    """The text and the name of its encoding (see formats.decoding for the rule)."""
    decoded = decode_text(data)
    return decoded.text, decoded.encoding


def sniff_delimiter(text: str) -> str:
    """``;``, ``,`` or a tab: the one found the same number of times on most of the first lines (outside
    quotes), so that a title or a note above the header does not decide."""
    lines = [line for line in _first_records(text, 20) if line.strip()]
    best, best_score = ";", (0, 0, False)
    for delimiter in (";", ",", "\t"):
        counts = [line.count(delimiter) for line in lines]
        nonzero = [c for c in counts if c]
        if not nonzero:
            continue
        mode = max(set(nonzero), key=lambda c: (nonzero.count(c), c))
        score = (nonzero.count(mode), mode, delimiter == ";")
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _first_records(text: str, limit: int) -> list[str]:
    """The first records' text outside quotes (a quoted line break does not end a record)."""
    out: list[str] = []
    current: list[str] = []
    quoted = False
    for ch in text[:200_000]:
        if ch == '"':
            quoted = not quoted
        elif ch in "\r\n" and not quoted:
            if current:
                out.append("".join(current))
                current = []
                if len(out) >= limit:
                    return out
        elif not quoted:
            current.append(ch)
    if current:
        out.append("".join(current))
    return out


def read_csv(data: bytes, header_score: HeaderScore | None = None) -> Table:
    """Parse CSV bytes. The header is the first row, or with ``header_score`` the best-scoring of the
    first rows (a title row above it is skipped and reported). Rows of the wrong width or with an
    over-long cell come with their ``problem``; a quote never closed raises FileFormatError (with the
    line). Cells written by the formula guard come back as the values they stood for."""
    decoded = decode_text(data)
    delimiter = sniff_delimiter(decoded.text)
    # The csv module's own cell limit (131,072 characters) would report a long but well-formed cell as an
    # error of its own; lifted to the whole text, so that a long cell is reported as such (MAX_FIELD)
    # and an unclosed quote as an unclosed quote.
    if csv.field_size_limit() < len(decoded.text) + 1:
        csv.field_size_limit(len(decoded.text) + 1)
    reader = csv.reader(_lines(decoded.text), delimiter=delimiter, strict=True)
    records = _records(reader)
    first: list[tuple[int, int, list[str]]] = []
    for record in records:
        if any(c.strip() for c in record[2]):
            first.append(record)
            if len(first) >= HEADER_SEARCH_ROWS:
                break
    if not first:
        raise FileFormatError(None, _("Le fichier ne contient aucune ligne."))
    index, headers, notes = find_header([(start, cells) for start, _, cells in first], header_score)
    start = first[index][0]
    notes = [decoded.note, *notes] if decoded.note else notes
    rows = _checked(chain(first[index + 1 :], records), len(headers), decoded)
    label = {";": _("« ; »"), ",": _("« , »"), "\t": _("tabulation")}[delimiter]
    return Table(headers, rows, "csv", f"{decoded.encoding}, {label}", notes, start)


# A line as io.StringIO(newline="") reads it: up to and with its \r\n, \r or \n, or the last one without.
_LINE = re.compile(r"[^\r\n]*(?:\r\n?|\n)|[^\r\n]+")


def _lines(text: str) -> Iterator[str]:
    """The lines of the text, one at a time, as io.StringIO(text, newline="") gives them to the csv module,
    without its copy of the whole text at four bytes a character (40 MB for a file of 10 MB)."""
    return (m.group() for m in _LINE.finditer(text))


def _records(reader) -> Iterator[tuple[int, int, list[str]]]:
    """(first line, last line, cells) of each record."""
    line = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            reason = str(exc)
            if "end of data" in reason or "EOF" in reason:
                raise FileFormatError(line, _("guillemet ouvrant sans guillemet fermant.")) from exc
            raise FileFormatError(line, _("ligne CSV mal formée (guillemets mal placés).")) from exc
        start, line = line, reader.line_num + 1
        yield start, reader.line_num, [unprotect(c) for c in row]


def _checked(records: Iterable[tuple[int, int, list[str]]], width: int, decoded: DecodedText) -> Iterator[TableRow]:
    converted = set(decoded.converted_lines)
    for start, end, row in records:
        if not any(c.strip() for c in row):
            continue  # blank line
        notes = (_(CONVERTED),) if converted and any(n in converted for n in range(start, end + 1)) else ()
        long = next((i for i, c in enumerate(row) if len(c) > MAX_FIELD), None)
        if long is not None:
            yield TableRow(start, row[:width], too_long(long, len(row[long])), notes)
            continue
        if len(row) > width and any(c.strip() for c in row[width:]):
            yield TableRow(start, row[:width], _("{count} colonnes au lieu de {width} comme dans l'en-tête.").format(
                count=len(row), width=width), notes)
            continue
        yield TableRow(start, (row + [""] * width)[:width], "", notes)


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    return protect(value) if isinstance(value, str) else str(value)


def write_csv(headers: Iterable[str], rows: Iterable[Iterable[object]]) -> bytes:
    """UTF-8 with BOM and ``;``, as French Excel opens it without asking; line ends CRLF. Text cells go
    through the formula guard (read back exactly by ``read_csv``); numbers are written as they print."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(list(headers))
    writer.writerows([_csv_cell(v) for v in row] for row in rows)
    return UTF8_BOM + out.getvalue().encode("utf-8")
