"""LDIF (RFC 2849), the format Thunderbird exports its address books in: a reader.

Entries are separated by blank lines; ``attr: value``, ``attr:: base64`` (UTF-8) and ``attr:< URL`` (not
followed: nothing is fetched); a line starting with a space continues the previous one; ``#`` starts a
comment. Each person entry becomes one row of the desk's own columns, as for a vCard; distribution lists
(``objectclass: groupOfNames``) carry no person and are left out, and said so.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator

from cmer_desk.domain.enums import ContactKind
from cmer_desk.domain.i18n import _
from cmer_desk.formats.contact_columns import LABELS, column_of, split_display_name
from cmer_desk.formats.decoding import decode_text
from cmer_desk.formats.errors import FileFormatError
from cmer_desk.formats.table import MAX_FIELD, Table, TableRow

LDIF_FIELDS = tuple(LABELS)
_SINGLE = {
    "givenname": "first_name", "sn": "last_name", "surname": "last_name", "title": "function", "o": "organisation",
    "description": "notes", "personaltitle": "civility",
}  # fmt: skip
_EMAILS = {"mail": ContactKind.WORK, "mozillasecondemail": ContactKind.OTHER}
_PHONES = {
    "telephonenumber": ContactKind.WORK, "homephone": ContactKind.HOME, "mobile": ContactKind.MOBILE,
    "cellphone": ContactKind.MOBILE, "facsimiletelephonenumber": ContactKind.FAX, "fax": ContactKind.FAX,
    "pager": ContactKind.OTHER, "pagerphone": ContactKind.OTHER,
}  # fmt: skip


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """Logical lines (continuations joined), with the number of their first line; '' between entries."""
    current: list[str] = []
    start = 0
    for number, line in enumerate(re.split(r"\r*\n|\r", text), start=1):
        if line.startswith(" ") and current:
            current.append(line[1:])
            continue
        if current:
            yield start, "".join(current)
            current = []
        if line.startswith("#"):
            continue
        if not line.strip():
            yield number, ""
            continue
        current, start = [line], number
    if current:
        yield start, "".join(current)


def _attribute(number: int, line: str) -> tuple[str, str]:
    name, sep, rest = line.partition(":")
    if not sep:
        raise FileFormatError(number, _("ligne LDIF sans « : »."))
    if rest.startswith(":"):
        try:
            return name.strip().lower(), base64.b64decode(rest[1:].strip(), validate=True).decode("utf-8", "replace")
        except (binascii.Error, ValueError):
            raise FileFormatError(number, _("la valeur de « {name} » n'est pas du base64 valide.").format(
                name=name.strip())) from None
    if rest.startswith("<"):
        return name.strip().lower(), ""  # a URL: never fetched
    return name.strip().lower(), rest.strip()


def read_ldif(data: bytes) -> Table:
    decoded = decode_text(data)
    return Table([LABELS[f] for f in LDIF_FIELDS], _entries(decoded.text), "ldif", decoded.encoding)


def _entries(text: str) -> Iterator[TableRow]:
    entry: list[tuple[str, str]] = []
    begin = 0
    seen = False
    for number, line in [*_lines(text), (0, "")]:
        if line:
            if not entry:
                begin = number
            entry.append(_attribute(number, line))
            continue
        if entry:
            row = _row(entry)
            if row is not None:
                seen = True
                long = next((i for i, c in enumerate(row) if len(c) > MAX_FIELD), None)
                yield TableRow(begin, row, "" if long is None else _("une valeur dépasse {most} caractères.").format(
                    most=MAX_FIELD))
            entry = []
    if not seen:
        raise FileFormatError(None, _("Le fichier LDIF ne contient aucune personne."))


def _row(entry: list[tuple[str, str]]) -> list[str] | None:
    classes = {v.lower() for k, v in entry if k == "objectclass"}
    if classes & {"groupofnames", "groupofuniquenames", "mozillaablist"} or (entry and entry[0][0] == "version"):
        return None
    values: dict[str, str] = {}
    cells: dict[str, list[str]] = {}
    display = ""
    for name, value in entry:
        if not value:
            continue
        if name in _SINGLE:
            field = _SINGLE[name]
            values[field] = f"{values[field]}\n{value}" if field == "notes" and field in values else values.get(field, value)
        elif name in _EMAILS:
            cells.setdefault(column_of("email", _EMAILS[name]), []).append(value)
        elif name in _PHONES:
            cells.setdefault(column_of("phone", _PHONES[name]), []).append(value)
        elif name == "cn":
            display = value
    if not values.get("first_name") and not values.get("last_name") and display:
        values["first_name"], values["last_name"] = split_display_name(display, values.get("organisation", ""))
    values.update({column: "\n".join(texts) for column, texts in cells.items()})
    if not any(values.values()):
        return None
    return [values.get(f, "") for f in LDIF_FIELDS]
