"""Dates and times as people type them, read without Qt: '22/01/2018', '22012018', '22/1/18',
'22 janvier 2018', 'mercredi 24/01/2018 11:30', '11h30', '11 h 30'.

What is left out of a date comes from a reference date (the year of '22/01', the day of a lone '12:30'):
today for most fields, the event's day for its end and its accreditation deadline."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time

# month names in French and English, without accents, and their usual abbreviations
_MONTHS = {
    1: ("janvier", "janv", "january", "jan"),
    2: ("fevrier", "fevr", "fev", "february", "feb"),
    3: ("mars", "march", "mar"),
    4: ("avril", "avr", "april", "apr"),
    5: ("mai", "may"),
    6: ("juin", "june", "jun"),
    7: ("juillet", "juil", "july", "jul"),
    8: ("aout", "august", "aug"),
    9: ("septembre", "sept", "sep", "september"),
    10: ("octobre", "oct", "october"),
    11: ("novembre", "nov", "november"),
    12: ("decembre", "dec", "december"),
}
MONTH_BY_NAME = {name: number for number, names in _MONTHS.items() for name in names}

_CLOCK = re.compile(r"(\d{1,2})\s*(?:[:hH.]\s*(\d{2})?)?")
# a time at the end of a date and time: '… 11:30', '… à 11 h 30', '… at 11h'; not '22.01' (a date)
_TRAILING_TIME = re.compile(r"(?:^|\s+|,)(?:(?:à|a|at)\s+)?(\d{1,2})\s*(?::\s*(\d{2})|h\s*(\d{2})?)\s*$")
_NUMERIC = re.compile(r"(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})(?:\s*[/.\-\s]\s*(\d{2}|\d{4}))?")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_WORDS = re.compile(r"(\d{1,2})(?:er)?\s+([a-z]+)\.?(?:\s+(\d{2}|\d{4}))?")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def parse_clock_time(text: str) -> time | None:
    """'11:30', '9:05', '11h30', '11 h 30', '11h' -> a time; anything else (or 25:99) -> None."""
    match = _CLOCK.fullmatch(text.strip())
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    return time(hour, minute) if hour < 24 and minute < 60 else None


def _year(text: str | None, reference: date) -> int:
    if text is None:
        return reference.year
    return 2000 + int(text) if len(text) == 2 else int(text)


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str, reference: date) -> date | None:
    """The date typed, or None when it is not one (or is incomplete: a lone day number)."""
    folded = _fold(text).replace(",", " ")
    folded = re.sub(r"^(?:le\s+)?[a-z]+\.?\s+(?=\d)", "", folded)  # a weekday before the day: 'mercredi 24/01'
    folded = re.sub(r"^le\s+", "", folded).strip()
    if not folded:
        return None
    if folded.isdigit():
        if len(folded) == 8:
            return _make(int(folded[4:]), int(folded[2:4]), int(folded[:2]))
        if len(folded) == 6:
            return _make(2000 + int(folded[4:]), int(folded[2:4]), int(folded[:2]))
        if len(folded) == 4:
            return _make(reference.year, int(folded[2:]), int(folded[:2]))
        return None
    match = _ISO.fullmatch(folded)
    if match:
        return _make(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    match = _NUMERIC.fullmatch(folded)
    if match:
        return _make(_year(match.group(3), reference), int(match.group(2)), int(match.group(1)))
    match = _WORDS.fullmatch(folded)
    if match and match.group(2) in MONTH_BY_NAME:
        return _make(_year(match.group(3), reference), MONTH_BY_NAME[match.group(2)], int(match.group(1)))
    return None


def parse_datetime(text: str, reference: date) -> datetime | None:
    """A date and a time ('24/01/2018 11:30', '24 janvier 2018 à 11 h 30'); a time alone falls on the
    reference day. A date without its time is incomplete: None (never midnight behind the person's back)."""
    folded = _fold(text)
    match = _TRAILING_TIME.search(folded)
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or match.group(3) or 0)
    if hour > 23 or minute > 59:
        return None
    rest = folded[:match.start()].strip()
    day = reference if not rest else parse_date(rest, reference)
    return None if day is None else datetime.combine(day, time(hour, minute))
