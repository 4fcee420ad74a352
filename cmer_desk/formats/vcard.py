"""vCard 2.1 (Outlook: quoted-printable, CHARSET=windows-1252), 3.0 and 4.0 reader; 3.0 writer.

A small parser of our own: vobject, the usual library, reads only vCard 3.0 and later and stumbles on
the quoted-printable lines Outlook writes. Each card becomes one row of the canonical columns
(see ``columns.VCARD_COLUMNS``), so that the same mapping and checks apply as for a spreadsheet.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from cmer_desk.formats.contact_columns import LABELS, join_tags, split_tags
from cmer_desk.formats.csv_dialect import decode
from cmer_desk.formats.errors import FileFormatError
from cmer_desk.formats.table import MAX_FIELD, Table

# the canonical columns a card fills, in the order of the export
VCARD_FIELDS = (
    "civility", "first_name", "last_name", "function", "organisation", "email", "landline", "mobile",
    "press_card_number", "press_card_year", "press_card_kind", "tags", "notes", "source", "last_contact_on",
)  # fmt: skip
X_FIELDS = {
    "X-CMER-PRESS-CARD": "press_card_number",
    "X-PRESS-CARD": "press_card_number",
    "X-CMER-PRESS-CARD-YEAR": "press_card_year",
    "X-CMER-PRESS-CARD-KIND": "press_card_kind",
    "X-CMER-SOURCE": "source",
    "X-CMER-LAST-CONTACT": "last_contact_on",
}
FIELD_X = {"press_card_number": "X-CMER-PRESS-CARD", "press_card_year": "X-CMER-PRESS-CARD-YEAR",
           "press_card_kind": "X-CMER-PRESS-CARD-KIND", "source": "X-CMER-SOURCE", "last_contact_on": "X-CMER-LAST-CONTACT"}  # fmt: skip
MOBILE_TYPES = {"cell", "mobile", "iphone"}


@dataclass
class Property:
    line: int
    name: str
    params: dict[str, list[str]] = field(default_factory=dict)
    value: str = ""  # decoded text, escapes still in place

    def types(self) -> set[str]:
        found = {t.lower() for t in self.params.get("TYPE", [])}
        found.update(k.lower() for k, v in self.params.items() if not v)  # vCard 2.1: TEL;CELL;VOICE
        return found


def _physical_lines(text: str) -> Iterator[tuple[int, str]]:
    yield from enumerate(re.split(r"\r\n|\n|\r", text), start=1)


def _logical_lines(text: str) -> Iterator[tuple[int, str, bool]]:
    """Unfold: a line starting with a space or tab continues the previous one; a quoted-printable
    value ending with ``=`` continues on the next line (soft line break). Yields (line, text, is_qp)."""
    current: list[str] = []
    start = 0
    qp = False
    for number, line in _physical_lines(text):
        if current and qp and current[-1].endswith("="):
            current[-1] = current[-1][:-1]
            current.append(line)
            continue
        if current and line[:1] in (" ", "\t"):
            current.append(line[1:])
            continue
        if current:
            yield start, "".join(current), qp
        if not line.strip():
            current, qp = [], False
            continue
        current, start = [line], number
        head = line.split(":", 1)[0].upper()
        qp = "QUOTED-PRINTABLE" in head
    if current:
        yield start, "".join(current), qp


def _parse_property(number: int, line: str) -> Property:
    if ":" not in line:
        raise FileFormatError(number, f"ligne vCard sans « : » ({line[:40]}).")
    head, value = line.split(":", 1)
    parts = head.split(";")
    name = parts[0].split(".")[-1].upper()  # drop a group prefix: item1.EMAIL
    params: dict[str, list[str]] = {}
    for part in parts[1:]:
        if "=" in part:
            key, raw = part.split("=", 1)
            params.setdefault(key.upper(), []).extend(v.strip('"') for v in raw.split(","))
        elif part:
            params.setdefault(part.upper(), [])
    encoding = [e.upper() for e in params.get("ENCODING", [])]
    if "QUOTED-PRINTABLE" in encoding:
        charset = (params.get("CHARSET") or ["utf-8"])[0]
        raw_bytes = quopri.decodestring(value.encode("latin-1" if max(value, default=" ") <= "\xff" else "utf-8"))
        try:
            value = raw_bytes.decode(charset)
        except (LookupError, UnicodeDecodeError):
            value = raw_bytes.decode("cp1252", "replace")
    return Property(number, name, params, value)


def split_value(value: str, sep: str) -> list[str]:
    """Split on ``sep`` where it is not escaped by a backslash."""
    parts, current, escaped = [], [], False
    for ch in value:
        if escaped:
            current.append("\\" + ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == sep:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    if escaped:
        current.append("\\")
    parts.append("".join(current))
    return parts


def unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def escape(value: str) -> str:
    return (
        value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\r\n", "\n")
        .replace("\r", "\n").replace("\n", "\\n")
    )  # fmt: skip


def _card_row(props: list[Property], version: str) -> dict[str, str]:
    row: dict[str, str] = {}
    fn = ""
    for prop in props:
        name = prop.name
        v21 = version == "2.1"  # 2.1 escapes only ';' in structured values
        if name == "N":
            parts = [unescape(p) for p in split_value(prop.value, ";")] + [""] * 5
            row["last_name"], row["first_name"] = parts[0], parts[1]
            if parts[3]:
                row["civility"] = parts[3]
        elif name == "FN":
            fn = unescape(prop.value)
        elif name == "ORG":
            row.setdefault("organisation", unescape(split_value(prop.value, ";")[0]))
        elif name == "TITLE":
            row.setdefault("function", prop.value if v21 else unescape(prop.value))
        elif name == "EMAIL":
            if "email" not in row or "pref" in prop.types() or "1" in prop.params.get("PREF", []):
                row["email"] = unescape(prop.value).strip()
        elif name == "TEL":
            value = unescape(prop.value).strip()
            if value.lower().startswith("tel:"):
                value = value[4:]
            key = "mobile" if prop.types() & MOBILE_TYPES else "landline"
            row.setdefault(key, value)
        elif name == "CATEGORIES":
            row["tags"] = join_tags([unescape(t).strip() for t in split_value(prop.value, ",")])
        elif name == "NOTE":
            row["notes"] = prop.value if v21 else unescape(prop.value)
        elif name in X_FIELDS:
            row.setdefault(X_FIELDS[name], unescape(prop.value))
    if not row.get("last_name") and not row.get("first_name") and fn:
        row["last_name"] = fn
    return row


def read_vcards(data: bytes) -> Table:
    """Every card of a .vcf file, as rows of the canonical columns; the line is the card's BEGIN line."""
    text, encoding = decode(data)
    return Table([LABELS[f] for f in VCARD_FIELDS], _cards(text), "vcard", encoding)


def _cards(text: str) -> Iterator[tuple[int, list[str]]]:
    props: list[Property] | None = None
    begin, version = 0, "3.0"
    seen_any = False
    for number, line, _qp in _logical_lines(text):
        prop = _parse_property(number, line)
        if prop.name == "BEGIN" and prop.value.strip().upper() == "VCARD":
            if props is not None:
                raise FileFormatError(begin, "carte sans END:VCARD.")
            props, begin, version = [], number, "3.0"
        elif prop.name == "END" and prop.value.strip().upper() == "VCARD":
            if props is None:
                raise FileFormatError(number, "END:VCARD sans BEGIN:VCARD.")
            row = _card_row(props, version)
            for key, value in row.items():
                if len(value) > MAX_FIELD:
                    raise FileFormatError(begin, f"la propriété {key} dépasse {MAX_FIELD} caractères ({len(value)}).")
            seen_any = True
            yield begin, [row.get(f, "") for f in VCARD_FIELDS]
            props = None
        elif props is None:
            raise FileFormatError(number, "texte hors d'une carte (BEGIN:VCARD attendu).")
        elif prop.name == "VERSION":
            version = prop.value.strip()
        else:
            props.append(prop)
    if props is not None:
        raise FileFormatError(begin, "carte sans END:VCARD.")
    if not seen_any:
        raise FileFormatError(None, "Le fichier ne contient aucune carte de visite (vCard).")


def _fold(line: str, width: int = 75) -> str:
    """Fold at 75 octets, never inside a UTF-8 sequence (RFC 6350 §3.2)."""
    out: list[str] = []
    current: list[str] = []
    size = 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > width:
            out.append("".join(current))
            current, size = [" "], 1
        current.append(ch)
        size += n
    out.append("".join(current))
    return "\r\n".join(out)


def write_vcards(rows: Iterable[dict[str, str]]) -> bytes:
    """vCard 3.0 in UTF-8, one card per row of canonical values; phones as stored (E.164)."""
    lines: list[str] = []
    for row in rows:
        first, last = row.get("first_name", ""), row.get("last_name", "")
        card = ["BEGIN:VCARD", "VERSION:3.0"]
        card.append(f"N:{escape(last)};{escape(first)};;{escape(row.get('civility', ''))};")
        card.append("FN:" + escape(" ".join(p for p in (first, last) if p) or last))
        if row.get("organisation"):
            card.append("ORG:" + escape(row["organisation"]))
        if row.get("function"):
            card.append("TITLE:" + escape(row["function"]))
        if row.get("email"):
            card.append("EMAIL;TYPE=INTERNET,PREF:" + escape(row["email"]))
        if row.get("landline"):
            card.append("TEL;TYPE=WORK,VOICE:" + escape(row["landline"]))
        if row.get("mobile"):
            card.append("TEL;TYPE=CELL:" + escape(row["mobile"]))
        tags = split_tags(row.get("tags", ""))
        if tags:
            card.append("CATEGORIES:" + ",".join(escape(t) for t in tags))
        if row.get("notes"):
            card.append("NOTE:" + escape(row["notes"]))
        for key, name in FIELD_X.items():
            if row.get(key):
                card.append(f"{name}:{escape(row[key])}")
        card.append("END:VCARD")
        lines.extend(_fold(line) for line in card)
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")
