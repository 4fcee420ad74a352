"""The checks of a contact's civility, e-mail addresses and phone numbers (used by check_contact).

Each keeps what is plausible as typed and reports it as a warning (an unknown civility, a reserved e-mail
domain, a possible but unassigned number, a North American number without +1); only what is broken (an
address without a domain, a number with too few digits) is an error."""

from __future__ import annotations

import re
from collections.abc import Callable

from cmer_desk.domain.contact_points import (
    EMAIL_KINDS,
    EXTENSION_MAX,
    LABEL_MAX,
    PHONE_KINDS,
    EmailAddress,
    PhoneNumber,
    in_order,
    kind_of,
)
from cmer_desk.domain.enums import Civility, ContactKind
from cmer_desk.domain.errors import FieldError
from cmer_desk.domain.i18n import N_, _
from cmer_desk.domain.phones import PhoneError, parse_phone
from cmer_desk.domain.text import fold

# special-use names (RFC 6761) email-validator refuses; an address there is kept with a warning
_RESERVED_TLDS = ("invalid", "test", "example", "localhost", "local")

_CIVILITIES = {
    "madame": Civility.MADAME, "mme": Civility.MADAME, "mrs": Civility.MADAME, "ms": Civility.MADAME,
    "mlle": Civility.MADAME, "mademoiselle": Civility.MADAME, "miss": Civility.MADAME,
    "monsieur": Civility.MONSIEUR, "m": Civility.MONSIEUR, "mr": Civility.MONSIEUR, "mister": Civility.MONSIEUR,
    "docteur": Civility.DOCTOR, "dr": Civility.DOCTOR, "doctor": Civility.DOCTOR,
    "professeur": Civility.PROFESSOR, "pr": Civility.PROFESSOR, "prof": Civility.PROFESSOR,
    "professor": Civility.PROFESSOR, "maitre": Civility.MAITRE, "me": Civility.MAITRE,
}  # fmt: skip

Fail = Callable[[str, str], None]


def known_civility(text: str) -> Civility | None:
    """'Madame', 'mme', 'Mrs.' -> Madame; 'Dr.' -> Docteur; 'M.Sc.' -> None."""
    return _CIVILITIES.get(re.sub(r"[^a-z]", "", fold(text)))


def check_civility(text: str, warnings: list[FieldError]) -> str:
    """The civility as printed: a known one in its canonical spelling ('Mrs.' -> 'Mme'), any other as typed."""
    if not text:
        return ""
    found = known_civility(text)
    if found is not None:
        return found.label
    warnings.append(FieldError("civility", _("la civilité « {text} » n'est pas connue ; elle est gardée telle "
                                             "quelle.").format(text=text)))
    return text


# An ASCII address of the usual shape in an ordinary domain: email-validator accepts it as it is, with its
# domain in lower case (a test compares the two); anything else goes through email-validator.
_USUAL_ADDRESS = re.compile(
    r"(?P<local>[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*)"
    r"@(?P<domain>(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?P<tld>[A-Za-z]{2,63}))"
)
_SPECIAL_USE = frozenset({"arpa", "invalid", "local", "localhost", "onion", "test"})


def normalise_email(value: str) -> tuple[str, str]:
    """The address as stored and a warning ('' or a French sentence); ValueError when it is broken."""
    usual = _USUAL_ADDRESS.fullmatch(value)
    if (usual is not None and len(usual["local"]) <= 64 and len(value) <= 254 and "xn--" not in value.lower()
            and usual["tld"].lower() not in _SPECIAL_USE):  # fmt: skip
        return f"{usual['local']}@{usual['domain'].lower()}", ""
    from email_validator import EmailNotValidError, validate_email  # loaded on the first unusual address

    try:
        return validate_email(value, check_deliverability=False).normalized, ""
    except EmailNotValidError as exc:
        local, _at, domain = value.rpartition("@")
        labels = domain.lower().split(".")
        if len(labels) < 2 or labels[-1] not in _RESERVED_TLDS:
            raise ValueError(value) from exc
        try:  # the same address in an ordinary domain: if that is valid, only the domain is odd
            validate_email(f"{local}@{'.'.join(labels[:-1])}.fr", check_deliverability=False)
        except EmailNotValidError:
            raise ValueError(value) from exc
        address = f"{local}@{domain.lower()}"
        return address, _("l'adresse « {value} » est dans un domaine réservé aux essais (« .{domain} ») ; "
                          "aucun message n'y arrivera.").format(value=value, domain=labels[-1])


def _label(entry_label: str, field: str, fail: Fail) -> str:
    if not entry_label:
        return ""
    label = " ".join(entry_label.split())
    if len(label) > LABEL_MAX:
        fail(field, _("Le libellé « {label}… » dépasse {limit} caractères.").format(label=label[:20], limit=LABEL_MAX))
    return label


def _kind(kind: object, allowed: tuple[ContactKind, ...]) -> ContactKind:
    if isinstance(kind, ContactKind) and kind in allowed:
        return kind
    try:
        found = kind_of(str(kind))
    except KeyError:
        return ContactKind.OTHER
    return found if found in allowed else ContactKind.OTHER


def check_emails(emails: list[EmailAddress], fail: Fail, warnings: list[FieldError]) -> list[EmailAddress]:
    """Each address checked, each once (case ignored), in the canonical order."""
    out: list[EmailAddress] = []
    seen: set[str] = set()
    for entry in emails:
        value = (entry.address or "").strip()
        if not value:
            continue
        try:
            address, warning = normalise_email(value)
        except ValueError:
            fail("emails", _("L'adresse « {value} » du champ « {label} » n'est pas une adresse électronique "
                              "valide.").format(value=value, label=_("Courriel")))
            continue
        if warning:
            warnings.append(FieldError("emails", warning))
        if address.casefold() in seen:
            continue
        seen.add(address.casefold())
        label = _label(entry.label, "emails", fail)
        out.append(EmailAddress(address, _kind(entry.kind, EMAIL_KINDS), label, entry.preferred))
    return in_order(out, EMAIL_KINDS)


def check_phones(phones: list[PhoneNumber], fail: Fail, warnings: list[FieldError]) -> list[PhoneNumber]:
    """Each number in E.164 with its extension, each once, in the canonical order."""
    out: list[PhoneNumber] = []
    seen: set[tuple[str, str]] = set()
    for entry in phones:
        value = (entry.number or "").strip()
        if not value:
            continue
        kind = _kind(entry.kind, PHONE_KINDS)
        try:
            parsed = parse_phone(value)
        except PhoneError:
            fail("phones", _("Le numéro « {value} » du champ « {label} » n'est pas un numéro de téléphone "
                             "valide.").format(value=value, label=_(_phone_label(kind))))
            continue
        if parsed.warning:
            warnings.append(FieldError("phones", parsed.warning))
        extension = (entry.extension or "").strip() or parsed.extension
        if extension and (not extension.isdigit() or len(extension) > EXTENSION_MAX):
            fail("phones", _("Le poste « {extension} » du numéro « {value} » doit être fait de chiffres "
                             "({limit} au plus).").format(extension=extension, value=value, limit=EXTENSION_MAX))
            continue
        if (parsed.number, extension) in seen:
            continue
        seen.add((parsed.number, extension))
        label = _label(entry.label, "phones", fail)
        out.append(PhoneNumber(parsed.number, kind, label, extension, entry.preferred))
    return in_order(out, PHONE_KINDS)


def _phone_label(kind: ContactKind) -> str:
    return {ContactKind.MOBILE: N_("Portable"), ContactKind.FAX: N_("Fax")}.get(kind, N_("Téléphone"))
