"""Arbitrary Unicode, control characters and markup through the contact and organisation services:
a value holding a control character is refused with a French ValidationError naming its field, on every
engine; any other value is saved and reads back as typed (line breaks made one space in one-line
fields, LF in notes).

The examples are drawn from a fixed seed (``derandomize``) and the NUL, ESC, BEL and BS cases are given
explicitly in every field, so that every run of the suite tries them."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cmer_desk.domain.drafts import ContactDraft, OrganisationDraft
from cmer_desk.domain.errors import ValidationError

MARKUP = [
    "<b>x", "a<b", "<img src=x onerror=alert(1)>", '<a href="javascript:alert(1)">clic</a>', "</para>", "&amp;",
    "&lt;", "]]>", "<![CDATA[x]]>", "=HYPERLINK(\"http://x\")", "+33 =1+1", "@SUM(A1)", "BEGIN:VCARD\r\nEND:VCARD",
    "\\\\serveur\\partage", "'; DROP TABLE contact; --", "%s%n", "{0}", "\u202eRTL", "e\u0301", "\ufeff", "𝕏🇫🇷👩‍👩‍👧",
]

hostile = st.one_of(
    st.text(max_size=250),
    st.text(alphabet=st.characters(codec="utf-8", categories=["Cc", "Cf", "Zs", "Zl", "Zp", "So", "Mn"]), max_size=60),
    st.lists(st.sampled_from(MARKUP), max_size=4).map("".join),
    st.tuples(st.text(max_size=20), st.sampled_from(MARKUP), st.text(max_size=20)).map("".join),
)

FRENCH = ("Le champ", "L'adresse", "Le numéro", "La liste", "Le site")

SETTINGS = settings(max_examples=150, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])

ALLOWED_CONTROLS = "\t\n\r\x0b\x0c\x85"


def forbidden(text: str) -> bool:
    """The rule, written independently of the code under test: control characters (Cc) other than tab
    and line breaks, and lone surrogates (Cs)."""
    return any(unicodedata.category(c) == "Cs" or (unicodedata.category(c) == "Cc" and c not in ALLOWED_CONTROLS)
               for c in text)


def one_line(text: str) -> str:
    return re.sub(r"[ \t]*(?:[\t\n\r\x0b\x0c\x85\u2028\u2029][ \t]*)+", " ", text).strip()


def multi_line(text: str) -> str:
    return re.sub(r"\r\n|[\r\x0b\x0c\x85\u2028\u2029]", "\n", text).strip()


def control_examples(names: list[str]):
    """@example decorators putting NUL, ESC, BEL and BS (and a line break) into each field in turn."""
    def decorate(test):
        for name in names:
            for ch in ("\x00", "\x1b", "\x07", "\x08", "\r\n"):
                values = dict.fromkeys(names, "Martin")
                values[name] = f"ab{ch}cd"
                test = example(**values)(test)
        return test

    return decorate


def assert_french(error: ValidationError, fields: set[str]) -> None:
    assert error.errors
    for field_error in error.errors:
        assert field_error.field in fields
        assert field_error.message.startswith(FRENCH), field_error.message


CONTACT_FIELDS = {"first": "first_name", "last": "last_name", "function": "function", "notes": "notes",
                  "source": "source", "card": "press_card_number", "tag": "tags"}


@SETTINGS
@given(first=hostile, last=hostile, function=hostile, notes=hostile, source=hostile, card=hostile, tag=hostile)
@control_examples(list(CONTACT_FIELDS))
def test_contact_text_fields(app, first, last, function, notes, source, card, tag):
    typed = {"first": first, "last": last, "function": function, "notes": notes, "source": source, "card": card,
             "tag": tag}
    draft = ContactDraft(first_name=first, last_name=last, function=function, notes=notes, source=source,
                         press_card_number=card, tags=[tag])
    refused = {CONTACT_FIELDS[k] for k, v in typed.items() if forbidden(v)}
    try:
        saved = app.contacts.save(draft)
    except ValidationError as error:
        assert_french(error, set(CONTACT_FIELDS.values()))
        assert refused <= set(error.fields)
        return
    assert not refused, f"saved despite a control character in {refused}"
    back = app.contacts.get(saved.id)
    assert back.first_name == one_line(first)
    assert back.last_name == one_line(last)
    assert back.function == one_line(function)
    assert back.notes == multi_line(notes)
    assert back.source == one_line(source)
    assert back.press_card_number == one_line(card)
    assert back.tags == ([one_line(tag)] if one_line(tag) else [])
    # and it is found by the list, sorted and searchable without crashing
    assert saved.id in {row.id for row in app.contacts.rows(last)}


@SETTINGS
@given(name=hostile, city=hostile, notes=hostile, website=hostile)
@control_examples(["name", "city", "notes", "website"])
def test_organisation_text_fields(app, name, city, notes, website):
    refused = {k for k, v in {"name": name, "city": city, "notes": notes, "website": website}.items() if forbidden(v)}
    try:
        saved = app.organisations.save(OrganisationDraft(name=name, city=city, notes=notes, website=website))
    except ValidationError as error:
        assert_french(error, {"name", "city", "notes", "website"})
        assert refused <= set(error.fields)
        return
    assert not refused, f"saved despite a control character in {refused}"
    back = app.organisations.get(saved.id)
    assert (back.name, back.city, back.notes, back.website) == (one_line(name), one_line(city), multi_line(notes),
                                                                 one_line(website))
