"""Dates and times in French words.

The names of the days and months are those of Babel's French locale (CLDR, ``fr_FR``: its ``EEEE`` and
``MMMM`` patterns), written out here: loading Babel's date module and locale data takes about 70 ms, and
the event list shows its dates at start before anything else is loaded. tests/unit/test_formatting.py
compares every one with Babel's."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache

from cmer_desk.domain.enums import TimeStyle

LOCALE = "fr_FR"  # the locale the names are Babel's of
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")  # date.weekday() order
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")


def day_of_month(d: date) -> str:
    """'1er' for the first of the month, as French typography wants; the number otherwise."""
    return "1er" if d.day == 1 else str(d.day)


@lru_cache(maxsize=4_096)  # lists show the same days again and again
def long_date(d: date) -> str:
    """'mercredi 24 janvier 2018' ('1er' on the first of the month)."""
    return f"{WEEKDAYS[d.weekday()]} {day_of_month(d)} {MONTHS[d.month - 1]} {d.year}"


def plain_date(d: date) -> str:
    """'22 janvier 2018' ('1er' on the first of the month)."""
    return f"{day_of_month(d)} {MONTHS[d.month - 1]} {d.year}"


def time_in_words(t: time, style: TimeStyle = TimeStyle.WORDS) -> str:
    """'11 heures 30', '11 heures', '1 heure 15', 'midi', 'minuit'; or '11 h 30', '11 h' in the short style."""
    if t.minute == 0 and t.hour in (0, 12):
        return "midi" if t.hour == 12 else "minuit"
    if style is TimeStyle.SHORT:
        return f"{t.hour} h" + (f" {t.minute:02d}" if t.minute else "")
    unit = "heure" if t.hour <= 1 else "heures"
    return f"{t.hour} {unit}" + (f" {t.minute:02d}" if t.minute else "")


def _day_month(d: date) -> str:
    """'mercredi 10 mars' (no year)."""
    return f"{WEEKDAYS[d.weekday()]} {day_of_month(d)} {MONTHS[d.month - 1]}"


def date_range(first: date, last: date) -> str:
    """'du mercredi 10 mars au jeudi 11 mars 2027'; the first year is written only when it differs."""
    start = long_date(first) if first.year != last.year else _day_month(first)
    return f"du {start} au {long_date(last)}"


def event_moment(start: datetime, end: datetime | None = None, style: TimeStyle = TimeStyle.WORDS) -> str:
    """'mercredi 24 janvier 2018 à 11 heures 30'; 'mercredi 24 janvier 2018 de 9 heures à 17 heures 30'
    when it ends the same day (or at midnight after it); 'du mercredi 10 mars à 9 heures au jeudi 11 mars
    2027 à 17 heures' over several days ('du mercredi 10 mars au jeudi 11 mars 2027' when both times
    are midnight: whole days)."""
    if end is None or end <= start:
        return f"{long_date(start.date())} à {time_in_words(start.time(), style)}"
    same_evening = end.time() == time(0) and end.date() == start.date() + timedelta(days=1) and start.time() != time(0)
    if end.date() == start.date() or same_evening:
        return f"{long_date(start.date())} de {time_in_words(start.time(), style)} à {time_in_words(end.time(), style)}"
    if start.time() == time(0) and end.time() == time(0):
        return date_range(start.date(), end.date() - timedelta(days=1))
    first = long_date(start.date()) if start.year != end.year else _day_month(start.date())
    return (f"du {first} à {time_in_words(start.time(), style)} "
            f"au {long_date(end.date())} à {time_in_words(end.time(), style)}")


def issue_line(place: str, d: date) -> str:
    """'Marseille, le 22 janvier 2018'."""
    return f"{place.strip()}, le {plain_date(d)}"


def utc(moment: datetime) -> datetime:
    """The same instant in UTC; a naive time is the workstation's local time."""
    return moment.astimezone(UTC)
