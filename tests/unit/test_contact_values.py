"""Phone numbers and e-mail addresses as the desk keeps them: the fast paths say exactly what
phonenumbers and email-validator say; odd but plausible values are kept with a warning."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cmer_desk.domain.contact_checks import check_civility, normalise_email
from cmer_desk.domain.phones import PhoneError, parse_phone


@settings(max_examples=400, deadline=None)
@given(st.one_of(
    st.from_regex(r"(\+33 ?|0033|0)[1-9]([ .\-]?[0-9]){8}", fullmatch=True),
    st.from_regex(r"0[1-9]( [0-9]{2}){4}", fullmatch=True),
    st.text("0123456789 +.-", max_size=16),
))  # fmt: skip
def test_the_fast_path_for_french_numbers_says_what_phonenumbers_says(text):
    import phonenumbers

    try:
        number = phonenumbers.parse(text, "FR")
        expected = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) \
            if phonenumbers.is_valid_number(number) else None
    except phonenumbers.NumberParseException:
        expected = None
    try:
        found = parse_phone(text)
    except PhoneError:
        found = None
    if expected is not None:
        assert found is not None and (found.number, found.warning) == (expected, "")
    else:
        assert found is None or found.warning  # never called valid when phonenumbers does not


@settings(max_examples=400, deadline=None)
@given(st.one_of(
    st.from_regex(r"[A-Za-z0-9._%+'-]{1,20}@([A-Za-z0-9-]{1,12}\.){1,3}[A-Za-z]{2,6}", fullmatch=True),
    st.text("abcAB09.-_@+'", max_size=30),
))  # fmt: skip
def test_the_fast_path_for_usual_addresses_says_what_email_validator_says(address):
    from email_validator import EmailNotValidError, validate_email

    try:
        expected = validate_email(address, check_deliverability=False).normalized
    except EmailNotValidError:
        expected = None
    try:
        found, warning = normalise_email(address)
    except ValueError:
        found, warning = None, ""
    if expected is not None:
        assert (found, warning) == (expected, "")
    else:
        assert found is None or warning  # refused, or kept only with a warning (reserved domain)


@pytest.mark.parametrize("text, number, extension, warned", [
    ("04 65 71 12 58 poste 205", "+33465711258", "205", False), ("04.65.71.12.58 p. 12", "+33465711258", "12", False),
    ("+33465711258;ext=205", "+33465711258", "205", False), ("(415) 555-0132", "+14155550132", "", True),
    ("06 39 98 12 34", "+33639981234", "", True), ("+33 (0)4 90 91 51 29", "+33490915129", "", False),
])  # fmt: skip
def test_plausible_numbers_are_kept_as_typed(text, number, extension, warned):
    parsed = parse_phone(text)
    assert (parsed.number, parsed.extension, bool(parsed.warning)) == (number, extension, warned)


@pytest.mark.parametrize("text", ["04 65", "mainphone", "100", "+1 (212) 204-34456", "phone work"])
def test_broken_numbers_are_refused(text):
    with pytest.raises(PhoneError):
        parse_phone(text)


def test_civilities_known_and_unknown():
    warnings: list = []
    assert [check_civility(c, warnings) for c in ("Dr.", "Pr", "Me", "Mrs.", "madame", "M.Sc.")] == [
        "Dr", "Pr", "Me", "Mme", "Mme", "M.Sc."]
    assert [w.message for w in warnings] == ["la civilité « M.Sc. » n'est pas connue ; elle est gardée telle quelle."]


def test_reserved_domains_are_kept_with_a_warning_and_broken_addresses_refused():
    assert normalise_email("jane@doe.invalid") == ("jane@doe.invalid", "l'adresse « jane@doe.invalid » est dans un "
                                                   "domaine réservé aux essais (« .invalid ») ; aucun message n'y arrivera.")
    for broken in ("contact1@invalid", "x@", "a@@b.fr", "ÑÑÑ"):
        with pytest.raises(ValueError):
            normalise_email(broken)
