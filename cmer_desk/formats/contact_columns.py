"""The columns of a contact file: header recognition (French and English), values <-> drafts.

A row of any file becomes a dict of *values*: canonical field name -> text, as a person would type it.
``propose_mapping`` guesses which column holds which field; the window shows it and lets the user change
it before anything is written.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from cmer_desk.domain.drafts import ContactDraft
from cmer_desk.domain.enums import Civility, PressCardKind
from cmer_desk.domain.errors import FieldError
from cmer_desk.domain.phones import format_phone
from cmer_desk.domain.text import fold

# canonical field -> header written on export (French, as the bureau reads it)
LABELS: dict[str, str] = {
    "civility": "Civilité",
    "first_name": "Prénom",
    "last_name": "Nom",
    "function": "Fonction",
    "organisation": "Média",
    "email": "Courriel",
    "landline": "Téléphone",
    "mobile": "Portable",
    "press_card_number": "Carte de presse",
    "press_card_year": "Validité carte de presse",
    "press_card_kind": "Type de carte de presse",
    "tags": "Listes",
    "notes": "Notes",
    "source": "Origine",
    "last_contact_on": "Dernier contact",
}
EXPORT_FIELDS = tuple(LABELS)
ROLE = "role"  # only in accreditation lists
FIELD_LABELS = {**LABELS, ROLE: "Rôle"}

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "civility": ("civilite", "civility", "titre", "title", "salutation", "mr mme", "m mme"),
    "first_name": ("prenom", "first name", "firstname", "given name", "prenom usuel", "forename"),
    "last_name": ("nom", "nom de famille", "last name", "lastname", "surname", "family name", "name", "nom usuel"),
    "function": ("fonction", "poste", "job title", "job", "position", "qualite professionnelle", "function"),
    "organisation": ("media", "medias", "organisme", "organisation", "organization", "societe", "company",
                     "entreprise", "redaction", "outlet", "journal", "titre de presse", "employeur"),
    "email": ("courriel", "e mail", "email", "mail", "adresse electronique", "adresse mail", "adresse e mail",
              "adresse de messagerie", "e mail address", "email address", "mel", "courriel professionnel"),
    "landline": ("telephone", "tel", "telephone fixe", "fixe", "phone", "business phone", "telephone bureau",
                 "telephone professionnel", "work phone", "landline", "tel fixe", "tel bureau"),
    "mobile": ("portable", "mobile", "telephone mobile", "telephone portable", "tel portable", "tel mobile",
               "mobile phone", "cell", "cellphone", "cellulaire", "gsm"),
    "press_card_number": ("carte de presse", "carte presse", "press card", "press card number", "carte",
                          "numero carte de presse", "n carte de presse", "ccijp"),
    "press_card_year": ("validite carte de presse", "validite", "validite de la carte", "annee carte de presse",
                        "annee de validite", "press card year", "carte de presse annee"),
    "press_card_kind": ("type de carte de presse", "type de carte", "press card kind", "press card type"),
    "tags": ("listes", "liste", "tags", "tag", "categories", "categorie", "listes de diffusion", "groupes",
             "groupe", "lists"),
    "notes": ("notes", "note", "remarques", "remarque", "commentaire", "commentaires", "observations", "comments"),
    "source": ("origine", "source", "origine des donnees"),
    "last_contact_on": ("dernier contact", "date du dernier contact", "last contact"),
    ROLE: ("role", "qualite", "role demande", "accreditation", "type d accreditation", "role requested"),
}  # fmt: skip
_STOP = {"de", "du", "la", "le", "l", "d", "n", "no", "num", "numero", "des", "the", "of"}


def header_key(header: str) -> str:
    """'N° de carte de presse :' -> 'carte presse'; 'E-mail' -> 'e mail'."""
    words = re.sub(r"[^a-z0-9]+", " ", fold(header)).split()
    return " ".join(w for w in words if w not in _STOP)


_BY_KEY = {header_key(s): f for f, synonyms in _SYNONYMS.items() for s in synonyms}
_BY_KEY.update({header_key(label): f for f, label in FIELD_LABELS.items()})


def propose_mapping(headers: list[str], fields: tuple[str, ...] = (*EXPORT_FIELDS, ROLE)) -> dict[int, str]:
    """Column index -> field, for the headers recognised; each field is taken by its first column."""
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        found = _BY_KEY.get(header_key(header))
        if found in fields and found not in mapping.values():
            mapping[index] = found
    return mapping


def apply_mapping(cells: list[str], mapping: dict[int, str]) -> dict[str, str]:
    """The values of a row; cells are left as they are (check_contact strips them, and a list of one tag
    holding a comma is written with a trailing line break that must survive)."""
    return {field: cells[index] for index, field in mapping.items() if index < len(cells)}


# -- tags ---------------------------------------------------------------------------------------------


def join_tags(tags: list[str]) -> str:
    """'PQR, TV'; one tag per line when a name holds a comma or a semicolon."""
    tags = [t for t in tags if t]
    if any("," in t or ";" in t for t in tags):
        return "\n".join(tags) + ("\n" if len(tags) == 1 else "")
    return ", ".join(tags)


def split_tags(text: str) -> list[str]:
    parts = text.split("\n") if "\n" in text else re.split(r"[,;]", text)
    return [p.strip() for p in parts if p.strip()]


# -- values <-> drafts --------------------------------------------------------------------------------


def parse_date(text: str) -> date:
    for pattern in ("%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(text)


def draft_from_values(values: dict[str, str]) -> ContactDraft:
    """A contact draft from the text of a row (not yet validated: check_contact does that).

    The outlet name stays in ``values["organisation"]``: finding it is the service's work."""
    errors: list[FieldError] = []
    values = {k: v if k == "tags" else v.strip() for k, v in values.items()}
    draft = ContactDraft(
        first_name=values.get("first_name", ""),
        last_name=values.get("last_name", ""),
        function=values.get("function", ""),
        email=values.get("email", ""),
        landline=values.get("landline", ""),
        mobile=values.get("mobile", ""),
        press_card_number=values.get("press_card_number", ""),
        tags=split_tags(values.get("tags", "")),
        notes=values.get("notes", ""),
        source=values.get("source", ""),
    )
    for name, enum in (("civility", _civility), ("press_card_kind", PressCardKind.from_text)):
        text = values.get(name, "")
        if text:
            try:
                setattr(draft, name, enum(text))
            except ValueError:
                errors.append(FieldError(name, f"La valeur « {text} » du champ « {LABELS[name]} » n'est pas reconnue."))
    year = values.get("press_card_year", "")
    if year:
        if year.isdigit() and len(year) <= 4:
            draft.press_card_year = int(year)
        else:
            errors.append(FieldError("press_card_year", f"L'année « {year} » du champ « {LABELS['press_card_year']} » "
                                                        "n'est pas une année."))  # fmt: skip
    when = values.get("last_contact_on", "")
    if when:
        try:
            draft.last_contact_on = parse_date(when)
        except ValueError:
            errors.append(FieldError("last_contact_on", f"La date « {when} » du champ « {LABELS['last_contact_on']} » "
                                                        "n'est pas une date (jj/mm/aaaa)."))  # fmt: skip
    if errors:
        from cmer_desk.domain.errors import ValidationError

        raise ValidationError(errors)
    return draft


_CIVILITIES = {"madame": Civility.MADAME, "mme": Civility.MADAME, "mrs": Civility.MADAME, "ms": Civility.MADAME,
               "mlle": Civility.MADAME, "mademoiselle": Civility.MADAME, "monsieur": Civility.MONSIEUR,
               "m": Civility.MONSIEUR, "mr": Civility.MONSIEUR}  # fmt: skip


def _civility(text: str) -> Civility:
    found = _CIVILITIES.get(re.sub(r"[^a-z]", "", fold(text)))
    return found if found is not None else Civility.from_text(text)


def values_from_draft(draft: ContactDraft, organisation: str) -> dict[str, str]:
    """The text of each column for a saved contact (phones as printed, dates as dd/mm/yyyy)."""
    return {
        "civility": draft.civility.label,
        "first_name": draft.first_name,
        "last_name": draft.last_name,
        "function": draft.function,
        "organisation": organisation,
        "email": draft.email,
        "landline": format_phone(draft.landline),
        "mobile": format_phone(draft.mobile),
        "press_card_number": draft.press_card_number,
        "press_card_year": str(draft.press_card_year) if draft.press_card_year is not None else "",
        "press_card_kind": draft.press_card_kind.label,
        "tags": join_tags(draft.tags),
        "notes": draft.notes,
        "source": draft.source,
        "last_contact_on": draft.last_contact_on.strftime("%d/%m/%Y") if draft.last_contact_on else "",
    }
