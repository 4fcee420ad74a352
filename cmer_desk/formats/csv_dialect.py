"""The one CSV dialect of the desk, read and written.

Read as French Excel writes it: cp1252 or UTF-8 (with or without BOM), ``;`` or ``,``. Written the way
French Excel opens it without asking: UTF-8 with BOM, ``;``, CRLF line ends, every text cell through the
formula guard (``formats.formula_guard.protect``)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator

from cmer_desk.formats.errors import FileFormatError
from cmer_desk.formats.formula_guard import protect, unprotect
from cmer_desk.formats.table import MAX_COLUMNS, MAX_FIELD, Table

UTF8_BOM = b"\xef\xbb\xbf"


def decode(data: bytes) -> tuple[str, str]:
    """The text and the name of its encoding: UTF-8 (BOM or not) when it decodes, else Windows-1252."""
    if data.startswith(UTF8_BOM):
        try:
            return data[len(UTF8_BOM) :].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise FileFormatError(_line_of(data, exc.start), "le fichier annonce l'UTF-8 mais ne l'est pas.") from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # five bytes are undefined in cp1252; Latin-1 gives them a (control) character
        return data.decode("latin-1"), "latin-1"


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def sniff_delimiter(text: str) -> str:
    """``;`` or ``,`` (or a tab), by counting outside quotes on the header line."""
    header = _first_record(text)
    counts = {d: header.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: (counts[d], d == ";"))
    return best if counts[best] else ";"


def _first_record(text: str) -> str:
    out, quoted = [], False
    for ch in text[:100_000]:
        if ch == '"':
            quoted = not quoted
        elif ch in "\r\n" and not quoted:
            break
        elif not quoted:
            out.append(ch)
    return "".join(out)


def read_csv(data: bytes) -> Table:
    """Parse CSV bytes. The rows iterator raises FileFormatError (with the line) on a malformed record;
    cells written by the formula guard come back as the values they stood for."""
    text, encoding = decode(data)
    delimiter = sniff_delimiter(text)
    # The csv module's own cell limit (131,072 characters) would report a long but well-formed cell as an
    # error of its own; lifted to the whole text, so that a long cell is reported as such (MAX_FIELD below)
    # and an unclosed quote as an unclosed quote.
    if csv.field_size_limit() < len(text) + 1:
        csv.field_size_limit(len(text) + 1)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records = _records(reader)
    try:
        _, headers = next(records)
    except StopIteration:
        raise FileFormatError(None, "Le fichier est vide.") from None
    headers = [h.strip() for h in headers]
    if len(headers) > MAX_COLUMNS:
        raise FileFormatError(1, f"le fichier a {len(headers)} colonnes ; {MAX_COLUMNS} au plus.")
    return Table(headers, _checked(records, len(headers)), "csv", f"{encoding}, « {delimiter} »")


def _records(reader) -> Iterator[tuple[int, list[str]]]:
    line = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            reason = str(exc)
            if "end of data" in reason or "EOF" in reason:
                raise FileFormatError(line, "guillemet ouvrant sans guillemet fermant.") from exc
            raise FileFormatError(line, f"ligne CSV mal formée ({reason}).") from exc
        start, line = line, reader.line_num + 1
        for index, cell in enumerate(row):
            if len(cell) > MAX_FIELD:
                raise FileFormatError(
                    start, f"la colonne {index + 1} dépasse {MAX_FIELD} caractères ({len(cell)})."
                )
        yield start, [unprotect(c) for c in row]


def _checked(records: Iterator[tuple[int, list[str]]], width: int) -> Iterator[tuple[int, list[str]]]:
    for line, row in records:
        if not any(c.strip() for c in row):
            continue  # blank line
        if len(row) > width and not any(c.strip() for c in row[width:]):
            row = row[:width]
        if len(row) != width:
            raise FileFormatError(line, f"{len(row)} colonnes au lieu de {width} comme dans l'en-tête.")
        yield line, row


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
