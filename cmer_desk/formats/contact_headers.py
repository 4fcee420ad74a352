"""Which column of a contact file holds which field: the headers of the desk's own exports and of the
address books people receive (Google Contacts old and new, Outlook in French and English, Thunderbird in
French and English, LinkedIn, Apple, press lists typed in Excel).

A header is compared by its *key*: folded, punctuation and small words dropped ('Tél. bureau' ->
'tel bureau', 'E-mail 2 Address' -> 'e mail 2 address'). Several columns may give one field: every
e-mail and phone column is read (a contact has any number of each), and a duplicated header is reported
and read too (the first non-empty cell wins for a field that holds one value)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from cmer_desk.domain.i18n import _
from cmer_desk.domain.text import fold

ROLE = "role"  # only in accreditation lists
EMAIL_TYPE = "email_type"  # Google's « E-mail 1 - Type » / « - Label »: the kind of the value beside it
PHONE_TYPE = "phone_type"

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "civility": ("civilite", "civility", "titre", "title", "salutation", "mr mme", "m mme", "name prefix", "prefix",
                 "prefixe", "titre de civilite", "formule de politesse"),
    "first_name": ("prenom", "first name", "firstname", "given name", "prenom usuel", "forename", "first"),
    "middle_name": ("middle name", "deuxieme prenom", "additional name", "autre prenom", "second prenom",
                    "autres prenoms"),
    "last_name": ("nom", "nom de famille", "last name", "lastname", "surname", "family name", "nom usuel", "last"),
    "display_name": ("name", "display name", "nom a afficher", "nom complet", "full name", "nom et prenom",
                     "nom prenom", "prenom nom", "nom affiche", "contact", "personne", "formatted name"),
    "function": ("fonction", "poste", "job title", "job", "position", "qualite professionnelle", "function",
                 "profession", "organization title", "organization 1 title", "intitule du poste", "titre du poste",
                 "work title", "fonction poste"),
    "organisation": ("media", "medias", "organisme", "organisation", "organization", "societe", "company",
                     "entreprise", "redaction", "outlet", "journal", "titre de presse", "employeur",
                     "organization name", "organization 1 name", "work company", "company name", "support"),
    "email": ("courriel", "e mail", "email", "mail", "adresse electronique", "adresse mail", "adresse e mail",
              "adresse de messagerie", "e mail address", "email address", "mel", "courriel professionnel",
              "primary email", "adresse electronique principale", "email work", "work email", "business email",
              "e mail professionnel", "courriel travail", "email 1", "e mail 1", "courriel 1"),
    "email_home": ("email home", "home email", "courriel personnel", "e mail personnel", "courriel domicile",
                   "adresse electronique personnelle", "e mail domicile"),
    "email_other": ("e mail 2 address", "e mail 3 address", "adresse de messagerie 2", "adresse de messagerie 3",
                    "secondary email", "adresse electronique secondaire", "email other", "autre courriel",
                    "courriel 2", "courriel 3", "e mail 2", "email 2", "courriel autre", "other email",
                    "second email"),
    "landline": ("telephone", "tel", "telephone fixe", "fixe", "phone", "business phone", "telephone bureau",
                 "telephone professionnel", "work phone", "landline", "tel fixe", "tel bureau", "tel professionnel",
                 "business phone 2", "telephone 2 bureau", "company main phone", "telephone societe", "primary phone",
                 "telephone principal", "phone number", "numero telephone", "ligne directe", "telephone travail",
                 "standard", "phone 1", "telephone 1"),
    "mobile": ("portable", "mobile", "telephone mobile", "telephone portable", "tel portable", "tel mobile",
               "mobile phone", "cell", "cellphone", "cellulaire", "gsm", "mobile number", "home mobile",
               "work mobile", "cell phone"),
    "phone_home": ("home phone", "home phone 2", "telephone domicile", "telephone 2 domicile", "tel personnel",
                   "telephone personnel", "tel domicile"),
    "fax": ("fax", "fax number", "business fax", "home fax", "other fax", "telecopie", "telecopie bureau",
            "telecopie domicile", "telecopie autre", "fax bureau", "fax domicile", "work fax", "telecopieur"),
    "phone_other": ("other phone", "telephone autre", "pager", "pager number", "recepteur radiomessagerie",
                    "car phone", "telephone voiture", "autre telephone", "telephone 2", "phone 2", "callback",
                    "isdn", "radio phone", "tty tdd phone", "rappel", "rnis", "radiotelephone", "radio telephone"),
    "press_card_number": ("carte de presse", "carte presse", "press card", "press card number", "carte",
                          "numero carte de presse", "n carte de presse", "ccijp"),
    "press_card_year": ("validite carte de presse", "validite", "validite de la carte", "annee carte de presse",
                        "annee de validite", "press card year", "carte de presse annee"),
    "press_card_kind": ("type de carte de presse", "type de carte", "press card kind", "press card type"),
    "tags": ("listes", "liste", "tags", "tag", "categories", "categorie", "listes de diffusion", "groupes",
             "groupe", "lists", "labels", "group membership"),
    "notes": ("notes", "note", "remarques", "remarque", "commentaire", "commentaires", "observations", "comments"),
    "source": ("origine", "source", "origine des donnees"),
    "last_contact_on": ("dernier contact", "date du dernier contact", "last contact"),
    ROLE: ("role", "qualite", "role demande", "accreditation", "type d accreditation", "role requested"),
}  # fmt: skip
_STOP = {"de", "du", "la", "le", "l", "d", "n", "no", "num", "numero", "des", "the", "of", "s"}
# Google: « E-mail 1 - Type », « E-mail 1 - Value », « Phone 2 - Label »...
_GOOGLE = re.compile(r"^(e mail|email|phone) (\d+) (type|label|value)$")


def header_key(header: str) -> str:
    """'N° de carte de presse :' -> 'carte presse'; 'E-mail' -> 'e mail'; 'Tél. bureau' -> 'tel bureau'."""
    words = re.sub(r"[^a-z0-9]+", " ", fold(header)).split()
    return " ".join(w for w in words if w not in _STOP)


def _keys(labels: dict[str, str]) -> dict[str, str]:
    found = {header_key(s): f for f, synonyms in _SYNONYMS.items() for s in synonyms}
    found.update({header_key(label): f for f, label in labels.items()})
    return found


_BY_KEY: dict[str, str] = {}


def field_of(header: str, labels: dict[str, str]) -> str | None:
    """The field a header names, or None."""
    if not _BY_KEY:
        _BY_KEY.update(_keys(labels))
    key = header_key(header)
    google = _GOOGLE.match(key)
    if google:
        kind, _, part = google.groups()
        if part == "value":
            return "landline" if kind == "phone" else "email"
        return PHONE_TYPE if kind == "phone" else EMAIL_TYPE
    return _BY_KEY.get(key)


def propose_mapping(headers: list[str], fields: Iterable[str], labels: dict[str, str]) -> dict[int, str]:
    """Column index -> field for every header recognised among ``fields``."""
    wanted = set(fields) | {EMAIL_TYPE, PHONE_TYPE}
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        found = field_of(header, labels)
        if found in wanted:
            mapping[index] = found
    return mapping


def header_score(cells: list[str], labels: dict[str, str]) -> int:
    """How many cells of a row read as headers (to find the header below a title row)."""
    return sum(1 for c in cells if c.strip() and field_of(c, labels) is not None)


def duplicate_headers(headers: list[str], mapping: dict[int, str], names: dict[str, str]) -> list[str]:
    """Sentences (in the interface language) naming the headers written more than once, and how they are read."""
    seen: dict[str, list[int]] = {}
    for index, header in enumerate(headers):
        if header.strip():
            seen.setdefault(header.strip(), []).append(index)
    out = []
    for header, columns in seen.items():
        if len(columns) < 2:
            continue
        where = ", ".join(str(c + 1) for c in columns)
        fields = {mapping[c] for c in columns if c in mapping}
        if len(fields) == 1:
            field = next(iter(fields))
            how = _("chacune est lue comme « {field} »").format(field=_(names.get(field, field)))
        else:
            how = _("aucune n'est lue") if not fields else _("elles sont lues selon la correspondance choisie")
        out.append(_("L'en-tête « {header} » figure {count} fois (colonnes {columns}) : {how}.").format(
            header=header, count=len(columns), columns=where, how=how))
    return out


def type_columns(headers: list[str], mapping: dict[int, str]) -> dict[int, int]:
    """Value column -> the column giving its kind (Google's « E-mail 1 - Type » beside « E-mail 1 - Value »,
    else the next e-mail or phone column to its right)."""
    out: dict[int, int] = {}
    keys = [header_key(h) for h in headers]
    for column, field in mapping.items():
        if field not in (EMAIL_TYPE, PHONE_TYPE):
            continue
        value_key = re.sub(r" (type|label)$", " value", keys[column])
        target = next((i for i, k in enumerate(keys) if k == value_key and i != column and i in mapping), None)
        if target is None:
            target = next((i for i in sorted(mapping) if i > column and mapping[i] not in (EMAIL_TYPE, PHONE_TYPE)),
                          None)  # fmt: skip
        if target is not None:
            out[target] = column
    return out
