"""Dates and times in French words, through Babel."""

from __future__ import annotations

from datetime import date, datetime, time
from functools import lru_cache

from babel.dates import format_date

from cmer_desk.domain.enums import TimeStyle

LOCALE = "fr_FR"


def day_of_month(d: date) -> str:
    """'1er' for the first of the month, as French typography wants; the number otherwise."""
    return "1er" if d.day == 1 else str(d.day)


@lru_cache(maxsize=4_096)  # Babel takes ~0.1 ms a date, and lists show the same days again and again
def long_date(d: date) -> str:
    """'mercredi 24 janvier 2018' ('1er' on the first of the month)."""
    weekday = format_date(d, "EEEE", locale=LOCALE)
    month_year = format_date(d, "MMMM y", locale=LOCALE)
    return f"{weekday} {day_of_month(d)} {month_year}"


def plain_date(d: date) -> str:
    """'22 janvier 2018' ('1er' on the first of the month)."""
    return f"{day_of_month(d)} {format_date(d, 'MMMM y', locale=LOCALE)}"


def time_in_words(t: time, style: TimeStyle = TimeStyle.WORDS) -> str:
    """'11 heures 30', '11 heures', '1 heure 15'; or '11 h 30', '11 h' in the short style."""
    if style is TimeStyle.SHORT:
        return f"{t.hour} h" + (f" {t.minute:02d}" if t.minute else "")
    unit = "heure" if t.hour <= 1 else "heures"
    return f"{t.hour} {unit}" + (f" {t.minute:02d}" if t.minute else "")


def event_moment(start: datetime, end: datetime | None = None, style: TimeStyle = TimeStyle.WORDS) -> str:
    """'mercredi 24 janvier 2018 à 11 heures 30', with ' jusqu'à 13 heures' or another day when it ends."""
    text = f"{long_date(start.date())} à {time_in_words(start.time(), style)}"
    if end is not None:
        if end.date() == start.date():
            text += f" jusqu'à {time_in_words(end.time(), style)}"
        else:
            text += f" jusqu'au {long_date(end.date())} à {time_in_words(end.time(), style)}"
    return text


def issue_line(place: str, d: date) -> str:
    """'Marseille, le 22 janvier 2018'."""
    return f"{place.strip()}, le {plain_date(d)}"
