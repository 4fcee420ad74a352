"""The columns of a contact file: the desk's own layout, and a row's cells <-> a contact draft.

A row of any file is read through a mapping (column -> field, see ``contact_headers``) into
``RowValues``: the text of each field, and the e-mail addresses and phone numbers of every e-mail and
phone column. In the desk's own files a contact has one column per kind of address or number; a cell
holds one entry per line, the preferred one first, each written ``value (label)``, a phone with its
extension (``04 65 71 12 58 poste 205 (standard)``). Cells from other address books may hold several
entries separated by ``;``, `` / `` or Google's `` ::: ``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from cmer_desk.domain.contact_points import EmailAddress, PhoneNumber
from cmer_desk.domain.drafts import ContactDraft
from cmer_desk.domain.enums import ContactKind, PressCardKind
from cmer_desk.domain.errors import FieldError, ValidationError
from cmer_desk.domain.i18n import N_, _
from cmer_desk.domain.phones import format_phone_with_extension
from cmer_desk.domain.text import NAME_PARTICLES, fold
from cmer_desk.formats.contact_headers import EMAIL_TYPE, PHONE_TYPE, ROLE, type_columns
from cmer_desk.formats.contact_headers import propose_mapping as _propose

W, H, M, F, OT = ContactKind.WORK, ContactKind.HOME, ContactKind.MOBILE, ContactKind.FAX, ContactKind.OTHER
# canonical field -> header written on export (French, as the bureau reads it)
LABELS: dict[str, str] = {
    "civility": N_("Civilité"),
    "first_name": N_("Prénom"),
    "last_name": N_("Nom"),
    "function": N_("Fonction"),
    "organisation": N_("Média"),
    "email": N_("Courriel"),
    "email_home": N_("Courriel (domicile)"),
    "email_other": N_("Courriel (autre)"),
    "landline": N_("Téléphone"),
    "mobile": N_("Portable"),
    "phone_home": N_("Téléphone (domicile)"),
    "fax": N_("Fax"),
    "phone_other": N_("Téléphone (autre)"),
    "press_card_number": N_("Carte de presse"),
    "press_card_year": N_("Validité carte de presse"),
    "press_card_kind": N_("Type de carte de presse"),
    "tags": N_("Listes"),
    "notes": N_("Notes"),
    "source": N_("Origine"),
    "last_contact_on": N_("Dernier contact"),
}
EXPORT_FIELDS = tuple(LABELS)
# e-mail and phone columns: (what they hold, the kind of their entries)
POINT_FIELDS: dict[str, tuple[str, ContactKind]] = {
    "email": ("email", W), "email_home": ("email", H), "email_other": ("email", OT),
    "landline": ("phone", W), "mobile": ("phone", M), "phone_home": ("phone", H), "fax": ("phone", F),
    "phone_other": ("phone", OT),
}  # fmt: skip
_COLUMN_OF = {(what, kind): name for name, (what, kind) in POINT_FIELDS.items()}
IMPORT_ONLY = {"display_name": N_("Nom à afficher"), "middle_name": N_("Deuxième prénom"),
               EMAIL_TYPE: N_("Type du courriel voisin"), PHONE_TYPE: N_("Type du téléphone voisin")}  # fmt: skip
FIELD_LABELS = {**LABELS, **IMPORT_ONLY, ROLE: N_("Rôle")}
CONTACT_FIELDS = (*EXPORT_FIELDS, *IMPORT_ONLY)


def propose_mapping(headers: list[str], *, accreditations: bool = False) -> dict[int, str]:
    """Column index -> field for the headers recognised (French or English, the usual address books)."""
    return _propose(headers, (*CONTACT_FIELDS, ROLE) if accreditations else CONTACT_FIELDS, FIELD_LABELS)


# -- entries in a cell --------------------------------------------------------------------------------

_LABELLED = re.compile(r"^(?P<value>[^()]+?)\s+\((?P<label>.*)\)$")
# One entry as the desk writes it, its label running to the end of the line whatever it holds: an
# address, or a number as format_phone prints it with its extension (or as a vCard writes it, ';ext='), then
# « (label) ».
_OWN_EMAIL = re.compile(r"(?P<value>[^\s();,]+@[^\s();,]+) \((?P<label>.*)\)")
_OWN_PHONE = re.compile(r"(?P<value>\+?\d[\d .\-]*\d(?:(?: poste |;ext=)\d{1,10})?) \((?P<label>.*)\)")
# where a line is cut into entries (never inside a label's parentheses)
_EMAIL_SPLIT = re.compile(r":::|;|,")
_PHONE_SPLIT = re.compile(r":::|;(?!ext=)| / ")


def entry_text(value: str, label: str = "") -> str:
    return f"{value} ({label})" if label else value


def emails_cell(emails: Iterable[EmailAddress]) -> str:
    return "\n".join(entry_text(e.address, e.label) for e in emails)


def phones_cell(phones: Iterable[PhoneNumber]) -> str:
    return "\n".join(entry_text(format_phone_with_extension(p.number, p.extension), p.label) for p in phones)


def split_entries(cell: str, what: str) -> list[tuple[str, str]]:
    """The (value, label) of each entry of a cell, one per line; a line that is not one entry as the desk
    writes it may hold several, separated by ``;``, ``,`` (e-mails), `` / `` (phones) or Google's ``:::``.
    Empty entries are dropped."""
    own, separator = (_OWN_EMAIL, _EMAIL_SPLIT) if what == "email" else (_OWN_PHONE, _PHONE_SPLIT)
    out = []
    for line in cell.strip().split("\n"):
        line = line.strip()
        mine = own.fullmatch(line)
        if mine is not None:
            out.append((mine["value"], mine["label"].strip()))
            continue
        parts = separator.split(line) if "(" not in line else _split_outside_parentheses(line, separator)
        for part in parts:
            if part.strip():
                found = _LABELLED.match(part.strip())
                out.append((found["value"].strip(), found["label"].strip()) if found else (part.strip(), ""))
    return out


def _split_outside_parentheses(text: str, separator: re.Pattern[str]) -> list[str]:
    parts, start, depth, position = [], 0, 0, 0
    while position < len(text):
        ch = text[position]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            found = separator.match(text, position)
            if found and found.end() > position:
                parts.append(text[start:position])
                start = position = found.end()
                continue
        position += 1
    parts.append(text[start:])
    return parts


_KIND_WORDS = {
    "work": W, "travail": W, "bureau": W, "professionnel": W, "professionnelle": W, "business": W, "main": W,
    "principal": W, "pro": W, "company": W, "home": H, "domicile": H, "personnel": H, "personnelle": H,
    "perso": H, "prive": H, "privee": H, "mobile": M, "cell": M, "portable": M, "iphone": M, "gsm": M, "fax": F,
    "telecopie": F, "other": OT, "autre": OT, "pager": OT,
}  # fmt: skip


def kind_of_type(text: str, default: ContactKind, what: str) -> tuple[ContactKind, str, bool]:
    """Google's type cell ('* Work', 'Home Fax', 'Rédaction') -> kind, label, preferred."""
    preferred = text.strip().startswith("*")
    words = fold(text.strip().lstrip("*")).replace("-", " ").split()
    if "fax" in words or "telecopie" in words:
        kind: ContactKind | None = F
    else:
        kind = next((_KIND_WORDS[w] for w in words if w in _KIND_WORDS), None)
    label = "" if kind is not None or not words else text.strip().lstrip("* ").strip()
    kind = kind or default
    if what == "email" and kind in (M, F):
        kind, label = OT, text.strip().lstrip("* ").strip()
    return kind, label, preferred


# -- a row --------------------------------------------------------------------------------------------


@dataclass
class RowValues:
    fields: dict[str, str] = field(default_factory=dict)
    emails: list[EmailAddress] = field(default_factory=list)
    phones: list[PhoneNumber] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class ColumnMap:
    """A mapping ready to read rows: which column is which field, and which column types which."""

    def __init__(self, headers: list[str], mapping: dict[int, str]):
        self.mapping = dict(sorted(mapping.items()))
        self.types = type_columns(headers, self.mapping)

    def fields(self) -> set[str]:
        return set(self.mapping.values())

    def values(self, cells: list[str]) -> RowValues:
        out = RowValues()
        for index, name in self.mapping.items():
            cell = cells[index] if index < len(cells) else ""
            if name in (EMAIL_TYPE, PHONE_TYPE) or not cell.strip():
                continue
            if name in POINT_FIELDS:
                self._points(out, name, cell, cells[self.types[index]] if index in self.types else "")
            elif name == "notes" and out.fields.get("notes"):
                out.fields["notes"] += "\n" + cell
            elif name not in out.fields or not out.fields[name].strip():
                out.fields[name] = cell
            elif " ".join(out.fields[name].split()) != " ".join(cell.split()):
                label = _(FIELD_LABELS.get(name, name))
                out.warnings.append(_("deux valeurs pour « {field} » : « {kept} » est gardée, « {left} » ne l'est "
                                      "pas.").format(field=label, kept=out.fields[name].strip(), left=cell.strip()))
        return out

    @staticmethod
    def _points(out: RowValues, name: str, cell: str, types: str) -> None:
        what, default = POINT_FIELDS[name]
        entries = split_entries(cell, what)
        type_texts = [t.strip() for t in types.split(":::")] if types.strip() else []
        for position, (value, label) in enumerate(entries):
            kind, type_label, preferred = default, "", position == 0
            if position < len(type_texts) and type_texts[position]:
                kind, type_label, starred = kind_of_type(type_texts[position], default, what)
                preferred = starred or position == 0
            label = label or type_label
            if what == "email":
                out.emails.append(EmailAddress(value, kind, label, preferred and not _has_kind(out.emails, kind)))
            else:
                out.phones.append(PhoneNumber(value, kind, label, "", preferred and not _has_kind(out.phones, kind)))


def _has_kind(entries: list, kind: ContactKind) -> bool:
    return any(e.kind == kind and e.preferred for e in entries)


# -- tags ---------------------------------------------------------------------------------------------


def join_tags(tags: list[str]) -> str:
    """'PQR, TV'; one tag per line when a name holds a comma, a semicolon or Google's ':::', or starts as
    Google's own groups do ('* ')."""
    tags = [t for t in tags if t]
    if any("," in t or ";" in t or ":::" in t or t.startswith("* ") for t in tags):
        return "\n".join(tags) + ("\n" if len(tags) == 1 else "")
    return ", ".join(tags)


def split_tags(text: str) -> list[str]:
    """'PQR, TV' -> ['PQR', 'TV']; one per line as written by ``join_tags``; Google's
    '* myContacts ::: Presse' -> ['Presse'] (its own groups, marked with '*', are left out)."""
    if "\n" in text:
        return [p.strip() for p in text.split("\n") if p.strip()]
    parts = text.split(":::") if ":::" in text else re.split(r"[,;]", text)
    return [p.strip() for p in parts if p.strip() and not p.strip().startswith("* ")]


# -- values <-> drafts --------------------------------------------------------------------------------


def parse_date(text: str) -> date:
    for pattern in ("%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(text)


def split_display_name(name: str, organisation: str = "") -> tuple[str, str]:
    """(first name, last name) from a display name: 'Jean DUPONT' and 'DUPONT Jean' by the capitals,
    'Dupont, Jean', 'Olivier de Mazières' (particles go with the surname); an address or an outlet's own
    name stays whole as the last name ('' first name)."""
    name = " ".join(name.split())
    if not name or "@" in name:
        return "", ""
    if organisation and fold(name) == fold(" ".join(organisation.split())):
        return "", name
    if "," in name:
        last, _, first = name.partition(",")
        return first.strip(), last.strip()
    words = name.split()
    if len(words) == 1:
        return "", name
    capitals = [i for i, w in enumerate(words) if len(w) > 1 and w.isupper()]
    if capitals and len(capitals) < len(words):
        if capitals == list(range(len(capitals))):
            return " ".join(words[len(capitals) :]), " ".join(words[: len(capitals)])
        if capitals == list(range(capitals[0], len(words))):
            start = capitals[0]
            while start > 1 and words[start - 1].lower() in NAME_PARTICLES:
                start -= 1
            return " ".join(words[:start]), " ".join(words[start:])
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in NAME_PARTICLES:
        start -= 1
    return " ".join(words[:start]), " ".join(words[start:])


def draft_from_values(values: RowValues) -> ContactDraft:
    """A contact draft from a row (not yet validated: check_contact does that).

    The outlet name stays in ``values.fields["organisation"]``: finding it is the service's work."""
    errors: list[FieldError] = []
    text = {k: v if k == "tags" else v.strip() for k, v in values.fields.items()}
    first, last = text.get("first_name", ""), text.get("last_name", "")
    if not first and not last and text.get("display_name"):
        first, last = split_display_name(text["display_name"], text.get("organisation", ""))
    if text.get("middle_name"):
        first = f"{first} {text['middle_name']}".strip()
    draft = ContactDraft(
        first_name=first,
        last_name=last,
        civility=text.get("civility", ""),
        function=text.get("function", ""),
        emails=list(values.emails),
        phones=list(values.phones),
        press_card_number=text.get("press_card_number", ""),
        tags=split_tags(text.get("tags", "")),
        notes=text.get("notes", ""),
        source=text.get("source", ""),
    )
    kind = text.get("press_card_kind", "")
    if kind:
        try:
            draft.press_card_kind = PressCardKind.from_text(kind)
        except ValueError:
            errors.append(FieldError("press_card_kind", _("La valeur « {value} » du champ « {field} » n'est pas reconnue "
                                                          "(CCIJP, correspondant étranger, autre).").format(
                value=kind, field=_(LABELS["press_card_kind"]))))
    year = text.get("press_card_year", "")
    if year:
        if year.isdigit() and len(year) <= 4:
            draft.press_card_year = int(year)
        else:
            errors.append(FieldError("press_card_year", _("L'année « {value} » du champ « {field} » n'est pas une "
                                                          "année.").format(value=year, field=_(LABELS["press_card_year"]))))
    when = text.get("last_contact_on", "")
    if when:
        try:
            draft.last_contact_on = parse_date(when)
        except ValueError:
            errors.append(FieldError("last_contact_on", _("La date « {value} » du champ « {field} » n'est pas une date "
                                                          "(jj/mm/aaaa).").format(value=when, field=_(LABELS["last_contact_on"]))))
    if errors:
        raise ValidationError(errors)
    return draft


def values_from_draft(draft: ContactDraft, organisation: str) -> dict[str, str]:
    """The text of each column for a saved contact (phones as printed, dates as dd/mm/yyyy)."""
    out = {
        "civility": draft.civility,
        "first_name": draft.first_name,
        "last_name": draft.last_name,
        "function": draft.function,
        "organisation": organisation,
        "press_card_number": draft.press_card_number,
        "press_card_year": str(draft.press_card_year) if draft.press_card_year is not None else "",
        "press_card_kind": draft.press_card_kind.label,
        "tags": join_tags(draft.tags),
        "notes": draft.notes,
        "source": draft.source,
        "last_contact_on": draft.last_contact_on.strftime("%d/%m/%Y") if draft.last_contact_on else "",
    }
    for name, (what, kind) in POINT_FIELDS.items():
        if what == "email":
            out[name] = emails_cell(e for e in draft.emails if e.kind == kind)
        else:
            out[name] = phones_cell(p for p in draft.phones if p.kind == kind)
    return out


def column_of(what: str, kind: ContactKind) -> str:
    """The export column of an e-mail ('email') or phone ('phone') of this kind."""
    return _COLUMN_OF[(what, kind)]
