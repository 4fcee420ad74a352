"""vCard 2.1 (Outlook: quoted-printable, CHARSET=windows-1252), 3.0 and 4.0 reader; 3.0 writer.

A small parser of our own: vobject, the usual library, reads only vCard 3.0 and later and stumbles on
the quoted-printable lines Outlook writes. The text is decoded by the one rule of formats.decoding
(UTF-8, UTF-16 with or without mark, Windows-1252), any line end is accepted (LF, CRLF, and the CR CR LF
of files that went through a Windows text conversion twice), and a quoted-printable value without a
charset is decoded as UTF-8 when its bytes are valid UTF-8, else as Windows-1252.

Each card becomes one row of the desk's own columns (``contact_columns.EXPORT_FIELDS``), every e-mail
address and phone number in the column of its kind with its label (Apple's ``itemN.X-ABLabel``) and the
preferred one first, so that the same mapping and checks apply as for a spreadsheet.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from cmer_desk.domain.contact_points import EmailAddress, PhoneNumber
from cmer_desk.domain.drafts import ContactDraft
from cmer_desk.domain.enums import ContactKind
from cmer_desk.domain.i18n import _
from cmer_desk.formats.contact_columns import LABELS, column_of, entry_text, join_tags, split_display_name
from cmer_desk.formats.decoding import decode_text
from cmer_desk.formats.errors import FileFormatError
from cmer_desk.formats.table import MAX_FIELD, Table, TableRow

VCARD_FIELDS = tuple(LABELS)
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
W, H, M, F, OT = ContactKind.WORK, ContactKind.HOME, ContactKind.MOBILE, ContactKind.FAX, ContactKind.OTHER
_APPLE_KINDS = {"mobile": M, "iphone": M, "home": H, "work": W, "main": W, "homefax": F, "workfax": F,
                "otherfax": F, "pager": OT, "other": OT}  # fmt: skip
_WRITTEN_TEL = {W: "WORK,VOICE", H: "HOME,VOICE", M: "CELL,VOICE", F: "FAX", OT: "OTHER,VOICE"}
_WRITTEN_EMAIL = {W: "INTERNET,WORK", H: "INTERNET,HOME", OT: "INTERNET,OTHER"}


@dataclass
class Property:
    line: int
    name: str
    params: dict[str, list[str]] = field(default_factory=dict)
    value: str = ""  # decoded text, escapes still in place
    group: str = ""  # 'item1' of 'item1.TEL'
    guessed: bool = False  # quoted-printable bytes without a charset, read as Windows-1252

    def types(self) -> set[str]:
        found = {t.lower() for v in self.params.get("TYPE", []) for t in v.split(",")}
        found.update(k.lower() for k, v in self.params.items() if not v)  # vCard 2.1: TEL;CELL;VOICE
        return found

    def preferred(self) -> bool:
        return "pref" in self.types() or bool(self.params.get("PREF"))


def _physical_lines(text: str) -> Iterator[tuple[int, str]]:
    number = 1
    for line in re.split(r"\r*\n|\r", text):
        yield number, line
        number += 1


def _logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """Unfold: a line starting with a space or tab continues the previous one; a quoted-printable
    value ending with ``=`` continues on the next line (soft line break). Yields (line, text)."""
    current: list[str] = []
    start = 0
    qp = False
    for number, line in _physical_lines(text):
        if current and qp and current[-1].endswith("="):
            current[-1] = current[-1][:-1]
            current.append(line.lstrip() if not current[-1] else line)
            continue
        if current and line[:1] in (" ", "\t"):
            current.append(line[1:])
            continue
        if current:
            yield start, "".join(current)
        if not line.strip():
            current, qp = [], False
            continue
        current, start = [line], number
        qp = "QUOTED-PRINTABLE" in line.split(":", 1)[0].upper()
    if current:
        yield start, "".join(current)


def _decode_qp(value: str, charset: str | None) -> tuple[str, bool]:
    """The text of a quoted-printable value, and whether its encoding had to be guessed: the declared
    charset, else UTF-8 when the bytes are valid UTF-8, else Windows-1252 (a guess, reported)."""
    raw = quopri.decodestring(value.encode("latin-1" if max(value, default=" ") <= "\xff" else "utf-8"))
    for candidate in ([charset] if charset else []) + ["utf-8"]:
        try:
            return raw.decode(candidate), False
        except (LookupError, UnicodeDecodeError):
            continue
    try:
        return raw.decode("cp1252"), True
    except UnicodeDecodeError:
        return raw.decode("latin-1"), True


def _parse_property(number: int, line: str) -> Property | None:
    if ":" not in line:
        return None  # a line that is not a property (a stray base64 line): nothing a contact holds
    head, value = line.split(":", 1)
    parts = head.split(";")
    group, _, name = parts[0].rpartition(".")
    params: dict[str, list[str]] = {}
    for part in parts[1:]:
        if "=" in part:
            key, raw = part.split("=", 1)
            params.setdefault(key.strip().upper(), []).extend(v.strip('"') for v in raw.split(","))
        elif part:
            params.setdefault(part.strip().upper(), [])
    guessed = False
    if "QUOTED-PRINTABLE" in [e.upper() for e in params.get("ENCODING", [])] or "QUOTED-PRINTABLE" in params:
        value, guessed = _decode_qp(value, (params.get("CHARSET") or [""])[0] or None)
    return Property(number, name.strip().upper(), params, value, group.lower(), guessed)


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


def _apple_label(text: str) -> tuple[str, bool]:
    """The label, and whether it is one of Apple's built-in names (``_$!<Mobile>!$_``), which say a kind;
    a label a person typed ('Work', 'Rédaction') is only a label."""
    found = re.fullmatch(r"_\$!<(.*)>!\$_", text.strip())
    return (found.group(1), True) if found else (text.strip(), False)


def _tel_kind(types: set[str], label: str, builtin: bool) -> tuple[ContactKind, str]:
    apple = _APPLE_KINDS.get(label.lower().replace(" ", "")) if label and builtin else None
    if apple is not None:
        return apple, ""
    if types & {"fax", "homefax", "workfax"}:
        kind = F
    elif types & {"cell", "mobile", "iphone"}:
        kind = M
    elif "home" in types:
        kind = H
    elif types & {"work", "main"} or not types - {"voice", "pref", "x-internet"}:
        kind = W
    else:
        kind = OT
    return kind, label


def _email_kind(types: set[str], label: str, builtin: bool) -> tuple[ContactKind, str]:
    apple = _APPLE_KINDS.get(label.lower()) if label and builtin else None
    if apple in (W, H, OT):
        return apple, ""
    if "home" in types:
        return H, label
    if "other" in types:
        return OT, label
    return W, label


def _card_row(props: list[Property], version: str) -> list[str]:
    row: dict[str, str] = {}
    labels = {p.group: _apple_label(unescape(p.value)) for p in props if p.name == "X-ABLABEL" and p.group}
    emails: list[EmailAddress] = []
    phones: list[PhoneNumber] = []
    fn = ""
    v21 = version == "2.1"  # 2.1 escapes only ';' in structured values
    for prop in props:
        name = prop.name
        label, builtin = labels.get(prop.group, ("", False)) if prop.group else ("", False)
        if name == "N":
            raw = split_value(prop.value, ";") + [""] * 5
            parts = [unescape(p) for p in raw]
            additional = [unescape(a).strip() for a in split_value(raw[2], ",")]  # a list: 'Richter,James'
            row["last_name"] = parts[0].strip()
            row["first_name"] = " ".join(p for p in (parts[1].strip(), *additional) if p)
            if parts[3].strip():
                row["civility"] = parts[3].strip()
        elif name == "FN":
            fn = unescape(prop.value).strip()
        elif name == "ORG":
            row.setdefault("organisation", unescape(split_value(prop.value, ";")[0]).strip())
        elif name == "TITLE":
            row.setdefault("function", (prop.value if v21 else unescape(prop.value)).strip())
        elif name == "EMAIL":
            kind, label = _email_kind(prop.types(), label, builtin)
            emails.append(EmailAddress(unescape(prop.value).strip(), kind, label, prop.preferred()))
        elif name in ("TEL", "X-MS-TEL"):
            value = unescape(prop.value).strip()
            value = value[4:] if value.lower().startswith("tel:") else value
            kind, label = _tel_kind(prop.types(), label, builtin) if name == "TEL" else (OT, label)
            phones.append(PhoneNumber(value, kind, label, "", prop.preferred()))
        elif name == "CATEGORIES":
            row["tags"] = join_tags([unescape(t).strip() for t in split_value(prop.value, ",")])
        elif name == "NOTE":
            row["notes"] = (prop.value if v21 else unescape(prop.value)).strip()
        elif name in X_FIELDS:
            row.setdefault(X_FIELDS[name], unescape(prop.value))
    if not row.get("last_name") and not row.get("first_name") and fn:
        row["first_name"], row["last_name"] = split_display_name(fn, row.get("organisation", ""))
    cells: dict[str, list[str]] = {}
    for email in sorted(emails, key=lambda e: not e.preferred):  # the preferred first in its column
        if email.address:
            cells.setdefault(column_of("email", email.kind), []).append(entry_text(email.address, email.label))
    for phone in sorted(phones, key=lambda e: not e.preferred):
        if phone.number:
            cells.setdefault(column_of("phone", phone.kind), []).append(entry_text(phone.number, phone.label))
    row.update({column: "\n".join(texts) for column, texts in cells.items()})
    return [row.get(f, "") for f in VCARD_FIELDS]


def read_vcards(data: bytes) -> Table:
    """Every card of a .vcf file, as rows of the canonical columns; the line is the card's BEGIN line."""
    decoded = decode_text(data)
    notes = [decoded.note] if decoded.note else []
    return Table([LABELS[f] for f in VCARD_FIELDS], _cards(decoded.text), "vcard", decoded.encoding, notes)


def _cards(text: str) -> Iterator[TableRow]:
    props: list[Property] | None = None
    begin, version = 0, "3.0"
    seen_any = False
    for number, line in _logical_lines(text):
        prop = _parse_property(number, line)
        if prop is None:
            if props is None:
                raise FileFormatError(number, _("texte hors d'une carte (BEGIN:VCARD attendu)."))
            continue
        if prop.name == "BEGIN" and prop.value.strip().upper() == "VCARD":
            if props is not None:
                raise FileFormatError(begin, _("carte sans END:VCARD."))
            props, begin, version = [], number, "3.0"
        elif prop.name == "END" and prop.value.strip().upper() == "VCARD":
            if props is None:
                raise FileFormatError(number, _("END:VCARD sans BEGIN:VCARD."))
            cells = _card_row(props, version)
            long = next((i for i, c in enumerate(cells) if len(c) > MAX_FIELD), None)
            problem = "" if long is None else _("la propriété {name} dépasse {most} caractères ({length}).").format(
                name=_(LABELS[VCARD_FIELDS[long]]), most=MAX_FIELD, length=len(cells[long]))
            notes = tuple(_("la propriété {name} n'indique pas son encodage ; elle est lue en Windows-1252 "
                            "(« {value} »).").format(name=p.name, value=p.value.strip()[:40])
                          for p in props if p.guessed)  # fmt: skip
            seen_any = True
            yield TableRow(begin, cells, problem, notes)
            props = None
        elif props is None:
            raise FileFormatError(number, _("texte hors d'une carte (BEGIN:VCARD attendu)."))
        elif prop.name == "VERSION":
            version = prop.value.strip()
        else:
            props.append(prop)
    if props is not None:
        raise FileFormatError(begin, _("carte sans END:VCARD."))
    if not seen_any:
        raise FileFormatError(None, _("Le fichier ne contient aucune carte de visite (vCard)."))


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


def write_vcards(contacts: Iterable[tuple[ContactDraft, dict[str, str]]]) -> bytes:
    """vCard 3.0 in UTF-8, one card per contact: every address and number with its kind (TYPE), the
    preferred one of each kind marked PREF, a label as Apple writes it (``itemN.X-ABLabel``), phones in
    E.164 with their extension (``+33465711258;ext=205``). ``values`` are the contact's column texts."""
    lines: list[str] = []
    for draft, row in contacts:
        first, last = draft.first_name, draft.last_name
        card = ["BEGIN:VCARD", "VERSION:3.0"]
        card.append(f"N:{escape(last)};{escape(first)};;{escape(draft.civility)};")
        card.append("FN:" + escape(" ".join(p for p in (first, last) if p) or last or draft.email))
        if row.get("organisation"):
            card.append("ORG:" + escape(row["organisation"]))
        if draft.function:
            card.append("TITLE:" + escape(draft.function))
        item = 0
        for email in draft.emails:
            types = _WRITTEN_EMAIL.get(email.kind, "INTERNET") + (",PREF" if email.preferred else "")
            prop = f"EMAIL;TYPE={types}:{escape(email.address)}"
            if email.label:
                item += 1
                card.extend([f"item{item}.{prop}", f"item{item}.X-ABLabel:{escape(email.label)}"])
            else:
                card.append(prop)
        for phone in draft.phones:
            types = _WRITTEN_TEL[phone.kind] + (",PREF" if phone.preferred else "")
            prop = f"TEL;TYPE={types}:{phone.number}" + (f";ext={phone.extension}" if phone.extension else "")
            if phone.label:
                item += 1
                card.extend([f"item{item}.{prop}", f"item{item}.X-ABLabel:{escape(phone.label)}"])
            else:
                card.append(prop)
        if draft.tags:
            card.append("CATEGORIES:" + ",".join(escape(t) for t in draft.tags))
        if draft.notes:
            card.append("NOTE:" + escape(draft.notes))
        for key, name in FIELD_X.items():
            if row.get(key):
                card.append(f"{name}:{escape(row[key])}")
        card.append("END:VCARD")
        lines.extend(_fold(line) for line in card)
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")
