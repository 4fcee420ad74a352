"""Phone numbers: parsed with phonenumbers, stored in E.164, printed the French way."""

from __future__ import annotations

from functools import lru_cache

import phonenumbers

DEFAULT_REGION = "FR"


class PhoneError(ValueError):
    """The text is not a phone number this desk can dial."""


def normalise_phone(text: str | None) -> str:
    """'04.90.91.51.29' -> '+33490915129'. Empty stays empty; a wrong number raises PhoneError."""
    if text is None or not text.strip():
        return ""
    try:
        number = phonenumbers.parse(text.strip(), DEFAULT_REGION)
    except phonenumbers.NumberParseException as exc:
        raise PhoneError(text) from exc
    if not phonenumbers.is_valid_number(number):
        raise PhoneError(text)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


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
    try:
        number = phonenumbers.parse(stored, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return stored
    if phonenumbers.region_code_for_number(number) == DEFAULT_REGION or number.country_code == 33:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
