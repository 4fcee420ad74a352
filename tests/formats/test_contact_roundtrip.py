"""Property: any contact the desk keeps, written to CSV, XLSX or vCard, reads back exactly the same:
names, civility, every e-mail and phone with its kind, label, extension and preference, lists, notes
with line breaks (CRLF typed in a file is kept as LF), press card, dates."""

from __future__ import annotations

import os
from datetime import date

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from cmer_desk.domain.contact_points import EMAIL_KINDS, PHONE_KINDS, EmailAddress, PhoneNumber
from cmer_desk.domain.drafts import ContactDraft
from cmer_desk.domain.enums import PressCardKind
from cmer_desk.domain.errors import ValidationError
from cmer_desk.domain.validation import check_contact
from cmer_desk.formats.contact_files import contacts_file, parse_table
from cmer_desk.services.import_rows import RowReader

YEAR = 2026
_chars = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x00") | st.sampled_from(
    "=+-@'\t\n\r;,\\\"()ŒœÉé:"
)
text = st.text(_chars, max_size=30)
one_line = text.map(lambda s: " ".join(s.split()))
tag = one_line.filter(bool).map(lambda s: s[:50])
addresses = st.from_regex(r"[a-z0-9][a-z0-9._+-]{0,12}[a-z0-9]@(example\.fr|la-provence\.com|radio\.fr)", fullmatch=True)
numbers = st.sampled_from(["+33490915129", "+33612345678", "+33465711258", "+14155550132", "+442079460958",
                           "+33199001234", "+11234567890"])  # fmt: skip


@st.composite
def drafts(draw) -> ContactDraft:
    emails = draw(st.lists(st.builds(EmailAddress, addresses, st.sampled_from(EMAIL_KINDS), one_line.map(lambda s: s[:50]),
                                     st.booleans()), max_size=4))  # fmt: skip
    phones = draw(st.lists(st.builds(PhoneNumber, numbers, st.sampled_from(PHONE_KINDS), one_line.map(lambda s: s[:50]),
                                     st.sampled_from(["", "", "205", "12"]), st.booleans()), max_size=4))  # fmt: skip
    return ContactDraft(
        civility=draw(st.sampled_from(["", "Mme", "M.", "Dr", "Pr", "Me", "M.Sc.", "Sœur"])),
        first_name=draw(one_line),
        last_name=draw(one_line),
        function=draw(one_line),
        emails=emails,
        phones=phones,
        press_card_number=draw(one_line.map(lambda s: s[:50])),
        press_card_year=draw(st.none() | st.integers(1936, YEAR + 2)),
        press_card_kind=draw(st.sampled_from(list(PressCardKind))),
        tags=draw(st.lists(tag, max_size=4, unique=True)),
        notes=draw(text),
        source=draw(one_line),
        last_contact_on=draw(st.none() | st.dates(date(1990, 1, 1), date(2030, 12, 31))),
    )


def _clean(draft: ContactDraft) -> ContactDraft:
    try:
        return check_contact(draft, YEAR)
    except ValidationError:
        assume(False)
        raise


def _read_back(suffix: str, contacts: list[tuple[ContactDraft, str]]) -> list[tuple[ContactDraft, str]]:
    table = parse_table(contacts_file(suffix, contacts), suffix)
    out = []
    for row in RowReader(table, None, YEAR):
        assert row.draft is not None, row.problem
        out.append((row.draft, row.outlet))
    return out


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".vcf"])
@settings(max_examples=int(os.environ.get("ROUNDTRIP_EXAMPLES", 60)), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.lists(st.tuples(drafts(), one_line), min_size=1, max_size=3))
def test_export_then_import_changes_nothing(suffix, contacts):
    clean = [(_clean(d), outlet) for d, outlet in contacts]
    assert _read_back(suffix, clean) == clean


def test_crlf_in_notes_and_several_addresses_come_back(tmp_path):
    draft = check_contact(ContactDraft(
        first_name="Zoé", last_name="Durand", notes="ligne 1\r\nligne 2\rligne 3",
        emails=[EmailAddress("zoe@example.fr"), EmailAddress("redaction@example.fr", label="rédaction"),
                EmailAddress("zoe.perso@example.fr", EMAIL_KINDS[1])],
        phones=[PhoneNumber("04 65 71 12 58 poste 205", label="standard"), PhoneNumber("06 12 34 56 78", PHONE_KINDS[1]),
                PhoneNumber("04 65 71 12 59", PHONE_KINDS[3])],
    ), YEAR)  # fmt: skip
    assert draft.notes == "ligne 1\nligne 2\nligne 3"
    assert draft.phones[0] == PhoneNumber("+33465711258", PHONE_KINDS[0], "standard", "205", True)
    for suffix in (".csv", ".xlsx", ".vcf"):
        assert _read_back(suffix, [(draft, "La Provence")]) == [(draft, "La Provence")]


def test_vcard_phones_are_written_in_e164_with_kind_preference_and_extension():
    draft = check_contact(ContactDraft(last_name="Durand", phones=[
        PhoneNumber("04 65 71 12 58 poste 205"), PhoneNumber("06 12 34 56 78", PHONE_KINDS[1]),
        PhoneNumber("04 65 71 12 59", PHONE_KINDS[3], label="rédaction")]), YEAR)  # fmt: skip
    card = contacts_file(".vcf", [(draft, "")]).decode()
    assert "TEL;TYPE=WORK,VOICE,PREF:+33465711258;ext=205\r\n" in card
    assert "TEL;TYPE=CELL,VOICE,PREF:+33612345678\r\n" in card
    assert "item1.TEL;TYPE=FAX,PREF:+33465711259\r\nitem1.X-ABLabel:rédaction\r\n" in card


def test_labels_and_names_holding_separators_come_back():
    """Found by the property test: a label with ')' then ';', a first name with a comma."""
    draft = check_contact(ContactDraft(first_name="y,ĭ[", last_name=",", emails=[
        EmailAddress("a@example.fr", label="x)6;M, ::: (b")], phones=[PhoneNumber("+33490915129", label="p / q; (r)")]),
        YEAR)  # fmt: skip
    for suffix in (".csv", ".xlsx", ".vcf"):
        assert _read_back(suffix, [(draft, "")]) == [(draft, "")], suffix


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".vcf"])
def test_the_cases_the_property_found_come_back(suffix):
    """A list named like Google's separator, a label that is also a vCard type, a label of brackets and a
    semicolon on a number with an extension."""
    clean = [(_clean(ContactDraft(last_name="Martin", tags=[":::", "* urgent"]) ), ""),
             (_clean(ContactDraft(last_name="Durand", phones=[PhoneNumber("+33490915129", label="WORK"),
                                                              PhoneNumber("+33612345678", label=");", extension="205")],
                                  emails=[EmailAddress("d@example.fr", label="HOME")])), "")]
    assert _read_back(suffix, clean) == clean
