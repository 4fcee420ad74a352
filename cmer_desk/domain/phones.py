"""Phone numbers: parsed with phonenumbers, stored in E.164, printed the French way.

phonenumbers is imported by the functions that need it (20 ms of import): printing a French number, which
every document does, never needs it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from cmer_desk.domain.i18n import _

DEFAULT_REGION = "FR"


class PhoneError(ValueError):
    """The text is not a phone number this desk can dial."""


def normalise_phone(text: str | None) -> str:
    """'04.90.91.51.29' -> '+33490915129'. Empty stays empty; a wrong number raises PhoneError."""
    if text is None or not text.strip():
        return ""
    import phonenumbers

    try:
        number = phonenumbers.parse(text.strip(), DEFAULT_REGION)
    except phonenumbers.NumberParseException as exc:
        raise PhoneError(text) from exc
    if not phonenumbers.is_valid_number(number):
        raise PhoneError(text)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@dataclass(frozen=True)
class ParsedPhone:
    number: str  # E.164
    extension: str = ""
    warning: str = ""  # a French sentence when the number was kept though it looks odd


# '04 65 71 12 58 poste 205', '... p. 205', '... ext. 205', '... x205', '+33465711258;ext=205'
_EXTENSION = re.compile(r"(?:\s*[,;]?\s*(?:poste|p\.|ext\.?|extension|x|#)\s*|;ext=)(\d{1,10})\s*$", re.IGNORECASE)


_NO_EXTENSION = re.compile(r"[+\d .\-()/]*")


def split_extension(text: str) -> tuple[str, str]:
    """'04 65 71 12 58 poste 205' -> ('04 65 71 12 58', '205'); no extension -> (text, '')."""
    if _NO_EXTENSION.fullmatch(text):
        return text, ""
    found = _EXTENSION.search(text)
    if found is None or not any(c.isdigit() for c in text[: found.start()]):
        return text, ""
    return text[: found.start()].strip(), found.group(1)


@lru_cache(maxsize=1)
def _french_valid() -> re.Pattern[str]:
    """Every French number phonenumbers calls valid (the union of its number types for FR), from its own
    metadata, so that the fast path below says exactly what phonenumbers says."""
    import phonenumbers

    metadata = phonenumbers.PhoneMetadata.metadata_for_region(DEFAULT_REGION)
    kinds = ("fixed_line", "mobile", "toll_free", "premium_rate", "shared_cost", "personal_number", "voip", "pager",
             "uan", "voicemail")  # fmt: skip
    patterns = [d.national_number_pattern for d in (getattr(metadata, k) for k in kinds) if d and d.national_number_pattern]
    return re.compile("(?:" + "|".join(f"(?:{p})" for p in patterns) + ")")

# '04 65 71 12 58', '04.65.71.12.58', '+33 4 65 71 12 58', '0465711258': the way French numbers are typed
_FRENCH_TYPED = re.compile(r"(?:\+33|0033|0)[ .\-]?([1-9](?:[ .\-]?\d){8})")


def parse_phone(text: str) -> ParsedPhone:
    """A number as it is kept: E.164 with its extension, and a warning when it is plausible but odd.

    Valid numbers (French by default) pass; a number phonenumbers finds *possible* but not assigned is
    kept with a warning; ten digits not starting with 0 that make a North American number are taken as
    +1 with a warning; anything else raises PhoneError."""
    main, extension = split_extension(text.strip())
    typed = _FRENCH_TYPED.fullmatch(main)
    if typed is not None:  # a valid French number as usually typed: phonenumbers' answer without its cost
        digits = typed.group(1).replace(" ", "").replace(".", "").replace("-", "")
        if _french_valid().fullmatch(digits):
            return ParsedPhone("+33" + digits, extension)
    import phonenumbers

    try:
        number = phonenumbers.parse(main, DEFAULT_REGION)
    except phonenumbers.NumberParseException as exc:
        raise PhoneError(text) from exc
    extension = extension or (number.extension or "")
    number.extension = None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if phonenumbers.is_valid_number(number):
        return ParsedPhone(e164, extension)
    digits = re.sub(r"\D", "", main)
    if not main.lstrip().startswith(("+", "00")) and len(digits) == 10 and digits[0] != "0":
        american = phonenumbers.parse(digits, "US")
        if phonenumbers.is_possible_number(american):
            e164 = phonenumbers.format_number(american, phonenumbers.PhoneNumberFormat.E164)
            if phonenumbers.is_valid_number(american):
                read_as = _("le numéro « {text} » est lu comme un numéro nord-américain ({number}).")
            else:
                read_as = _("le numéro « {text} » est lu comme un numéro nord-américain ({number}), mais ce "
                            "numéro n'est pas attribué.")
            return ParsedPhone(e164, extension, read_as.format(text=text.strip(), number=format_phone(e164)))
    if phonenumbers.is_possible_number(number):
        return ParsedPhone(e164, extension, _("le numéro « {text} » est possible mais n'est pas attribué ; il est "
                                              "gardé tel quel.").format(text=text.strip()))
    raise PhoneError(text)


def format_phone_with_extension(stored: str | None, extension: str = "") -> str:
    """'04 65 71 12 58 poste 205'."""
    printed = format_phone(stored)
    return f"{printed} poste {extension}" if printed and extension else printed


def format_phone(stored: str | None) -> str:
    """'+33490915129' -> '04 90 91 51 29'; a foreign number keeps its international form.

    Lists print every number they show, and phonenumbers takes ~40 µs a number: French geographic and
    mobile numbers (+33, then 1 to 7 and eight digits) are printed directly, as phonenumbers prints them
    (a test compares the two), and any other number goes through phonenumbers once."""
    if not stored:
        return ""
    if len(stored) == 12 and stored.startswith("+33") and stored[3] in "1234567" and stored[3:].isdigit():
        d = stored[3:]
        return f"0{d[0]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:9]}"
    return _format_other(stored)


def printed_phone(stored: str | None) -> str:
    """The number as a document prints it: 'format_phone' with no-break spaces, so it never breaks."""
    return format_phone(stored).replace(" ", "\u00a0")


@lru_cache(maxsize=65_536)
def _format_other(stored: str) -> str:
    import phonenumbers

    try:
        number = phonenumbers.parse(stored, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return stored
    if phonenumbers.region_code_for_number(number) == DEFAULT_REGION or number.country_code == 33:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
