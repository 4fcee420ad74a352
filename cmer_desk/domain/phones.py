"""Phone numbers: parsed with phonenumbers, stored in E.164, printed the French way."""

from __future__ import annotations

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
    """'+33490915129' -> '04 90 91 51 29'; a foreign number keeps its international form."""
    if not stored:
        return ""
    try:
        number = phonenumbers.parse(stored, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return stored
    if phonenumbers.region_code_for_number(number) == DEFAULT_REGION or number.country_code == 33:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
