from datetime import date, datetime, time

import pytest

from cmer_desk.domain.dates import event_moment, issue_line, long_date, time_in_words
from cmer_desk.domain.enums import TimeStyle
from cmer_desk.domain.phones import PhoneError, format_phone, normalise_phone
from cmer_desk.domain.typography import NBSP, NNBSP, french_spacing


def test_dates_in_french_words():
    assert long_date(date(2018, 1, 24)) == "mercredi 24 janvier 2018"
    assert long_date(date(2026, 12, 1)) == "mardi 1er décembre 2026"
    assert issue_line("Marseille", date(2018, 1, 22)) == "Marseille, le 22 janvier 2018"
    assert issue_line("Marseille", date(2018, 3, 1)) == "Marseille, le 1er mars 2018"


def test_the_day_and_month_names_are_babels_french_ones():
    """The names written out in cmer_desk.domain.dates are Babel's (CLDR fr_FR), for every day of a
    leap year and of a year long ago."""
    from datetime import timedelta

    from babel.dates import format_date

    from cmer_desk.domain.dates import LOCALE, date_range, plain_date

    for first in (date(2024, 1, 1), date(1905, 1, 1)):
        for n in range(366):
            d = first + timedelta(days=n)
            babel_day = format_date(d, "EEEE", locale=LOCALE)
            babel_month_year = format_date(d, "MMMM y", locale=LOCALE)
            day = "1er" if d.day == 1 else str(d.day)
            assert long_date(d) == f"{babel_day} {day} {babel_month_year}"
            assert plain_date(d) == f"{day} {babel_month_year}"
    assert date_range(date(2027, 3, 10), date(2027, 3, 11)) == "du mercredi 10 mars au jeudi 11 mars 2027"


def test_times_in_words_and_short_style():
    assert time_in_words(time(11, 30)) == "11 heures 30"
    assert time_in_words(time(11, 0)) == "11 heures"
    assert time_in_words(time(1, 5)) == "1 heure 05"
    assert time_in_words(time(11, 30), TimeStyle.SHORT) == "11 h 30"
    assert time_in_words(time(9, 0), TimeStyle.SHORT) == "9 h"


def test_event_moment_with_and_without_end():
    start = datetime(2018, 1, 24, 11, 30)
    assert event_moment(start) == "mercredi 24 janvier 2018 à 11 heures 30"
    assert event_moment(start, datetime(2018, 1, 24, 13, 0)) == (
        "mercredi 24 janvier 2018 de 11 heures 30 à 13 heures"
    )


@pytest.mark.parametrize(
    "start, end, words",
    [
        (datetime(2027, 3, 10, 12), None, "mercredi 10 mars 2027 à midi"),
        (datetime(2027, 3, 10, 0), None, "mercredi 10 mars 2027 à minuit"),
        (datetime(2027, 3, 10, 9), datetime(2027, 3, 10, 17, 30), "mercredi 10 mars 2027 de 9 heures à 17 heures 30"),
        (datetime(2027, 3, 10, 20), datetime(2027, 3, 11, 0), "mercredi 10 mars 2027 de 20 heures à minuit"),
        (datetime(2027, 3, 10, 12), datetime(2027, 3, 10, 14), "mercredi 10 mars 2027 de midi à 14 heures"),
        (datetime(2027, 3, 10), datetime(2027, 3, 12), "du mercredi 10 mars au jeudi 11 mars 2027"),
        (datetime(2027, 3, 10, 9), datetime(2027, 3, 11, 17),
         "du mercredi 10 mars à 9 heures au jeudi 11 mars 2027 à 17 heures"),
        (datetime(2026, 12, 31, 9), datetime(2027, 1, 1, 17),
         "du jeudi 31 décembre 2026 à 9 heures au vendredi 1er janvier 2027 à 17 heures"),
    ],
)
def test_event_moments_the_french_way(start, end, words):
    assert event_moment(start, end) == words


def test_noon_and_midnight_in_both_styles():
    assert time_in_words(time(12, 0)) == "midi"
    assert time_in_words(time(0, 0), TimeStyle.SHORT) == "minuit"
    assert time_in_words(time(12, 30)) == "12 heures 30"


@pytest.mark.parametrize(
    "typed, stored, printed",
    [
        ("04.96.10.62.15", "+33496106215", "04 96 10 62 15"),
        ("04 90 91 51 29", "+33490915129", "04 90 91 51 29"),
        ("+33 6 74 60 02 05", "+33674600205", "06 74 60 02 05"),
        ("0033674600205", "+33674600205", "06 74 60 02 05"),
        ("+48 22 123 45 67", "+48221234567", "+48 22 123 45 67"),
    ],
)
def test_phones_are_stored_normalised_and_printed_the_french_way(typed, stored, printed):
    assert normalise_phone(typed) == stored
    assert format_phone(stored) == printed


@pytest.mark.parametrize("bad", ["12", "04 90 91", "abc", "06 06 06 06 06 06 06"])
def test_wrong_phone_numbers_are_refused(bad):
    with pytest.raises(PhoneError):
        normalise_phone(bad)


def test_french_spacing():
    assert french_spacing("triple :") == f"triple{NBSP}:"
    assert french_spacing("etc.) ;") == f"etc.){NNBSP};"
    assert french_spacing("Vraiment?") == f"Vraiment{NNBSP}?"
    assert french_spacing("« Bonjour »") == f"«{NNBSP}Bonjour{NNBSP}»"
    assert french_spacing("«Bonjour»") == f"«{NNBSP}Bonjour{NNBSP}»"
    assert french_spacing("Contact: Katia") == f"Contact{NBSP}: Katia"
    # Addresses and clock times are left alone.
    assert french_spacing("https://exemple.fr/?a=1 à 11:30") == "https://exemple.fr/?a=1 à 11:30"


@pytest.mark.parametrize("lead", "1234567")
def test_french_numbers_print_exactly_as_phonenumbers_prints_them(lead):
    import random

    import phonenumbers

    rng = random.Random(lead)
    for _ in range(200):
        stored = f"+33{lead}{rng.randrange(10**8):08d}"
        number = phonenumbers.parse(stored, "FR")
        if phonenumbers.is_valid_number(number):
            expected = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
            assert format_phone(stored) == expected
