"""Arbitrary Unicode, control characters and markup through the contact and organisation services:
either a French ValidationError naming the field, or a saved value that reads back exactly."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
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

FRENCH = ("Le champ", "L'adresse", "Le numéro", "La liste", "Le site", "Le contact")

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def assert_french(error: ValidationError, fields: set[str]) -> None:
    assert error.errors
    for field_error in error.errors:
        assert field_error.field in fields
        assert field_error.message.startswith(FRENCH), field_error.message


@SETTINGS
@given(first=hostile, last=hostile, function=hostile, notes=hostile, source=hostile, card=hostile, tag=hostile)
def test_contact_text_fields(app, first, last, function, notes, source, card, tag):
    draft = ContactDraft(first_name=first, last_name=last, function=function, notes=notes, source=source,
                         press_card_number=card, tags=[tag])
    try:
        saved = app.contacts.save(draft)
    except ValidationError as error:
        assert_french(error, {"first_name", "last_name", "function", "notes", "source", "press_card_number", "tags"})
        return
    back = app.contacts.get(saved.id)
    assert back.first_name == first.strip()
    assert back.last_name == last.strip()
    assert back.function == function.strip()
    assert back.notes == notes.strip().replace("\r\n", "\n").replace("\r", "\n")  # line ends kept as LF
    assert back.source == source.strip()
    assert back.press_card_number == card.strip()
    assert back.tags == ([tag.strip()] if tag.strip() else [])
    # and it is found by the list, sorted and searchable without crashing
    assert saved.id in {row.id for row in app.contacts.rows(last)}


@SETTINGS
@given(name=hostile, city=hostile, notes=hostile, website=hostile)
def test_organisation_text_fields(app, name, city, notes, website):
    try:
        saved = app.organisations.save(OrganisationDraft(name=name, city=city, notes=notes, website=website))
    except ValidationError as error:
        assert_french(error, {"name", "city", "notes", "website"})
        return
    back = app.organisations.get(saved.id)
    assert (back.name, back.city, back.notes, back.website) == (name.strip(), city.strip(), notes.strip(),
                                                                 website.strip())
