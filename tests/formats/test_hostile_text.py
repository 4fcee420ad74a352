"""Arbitrary Unicode, control characters and markup through every document writer: no crash, nothing
interpreted, exact round trips where the format has one."""

from __future__ import annotations

import email
from datetime import datetime
from email import policy

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from cmer_desk.domain.body import BodyParagraph
from cmer_desk.domain.documents import (
    Attachment,
    BadgeData,
    BadgeSheetData,
    CalendarEventData,
    EmailDraftData,
)
from cmer_desk.formats.attendee_tables import render_attendee_csv, render_attendee_xlsx
from cmer_desk.formats.calendar import render_ics
from cmer_desk.formats.email_draft import render_email_draft
from cmer_desk.formats.pdf.attendees import render_attendee_list
from cmer_desk.formats.pdf.badges import render_badges
from cmer_desk.formats.pdf.invitation import render_invitation
from tests.formats.conftest import make_attendees, make_invitation, pdf_reader

MARKUP = st.sampled_from(
    ["<b>x", "x<y", "R&D <presse@exemple.fr>", "&eacute;", '<img src="/etc/passwd"/>', '<a href="file:///x">',
     '<font face="X">', "]]>", "<para>", "&#0;", "\\", "%PDF", ")Tj("]
)
ANY_TEXT = st.one_of(st.text(max_size=80), MARKUP, st.lists(MARKUP, max_size=4).map(" ".join))
# What a form can hold: any printable text (the services refuse NUL; other control characters may pass).
FORM_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=80)
HOSTILE = st.one_of(FORM_TEXT, MARKUP, st.lists(MARKUP, max_size=4).map(" ".join))

def _lines(text: str) -> list[str]:
    """Text as lines: CRLF, a lone CR and a lone LF are all line ends."""
    return text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n").split("\n")


FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _no_link_or_image(pdf: bytes) -> None:
    reader = pdf_reader(pdf)
    for page in reader.pages:
        assert "/Annots" not in page
        resources = page.get("/Resources") or {}
        assert "/XObject" not in resources


@FAST
@given(title=HOSTILE, paragraph=HOSTILE, name=HOSTILE)
def test_invitation_prints_any_text_without_interpreting_it(title, paragraph, name):
    data = make_invitation(title=title, body=(BodyParagraph(paragraph),), officials_paragraph=f"{name}, préfet :")
    pdf = render_invitation(data)
    assert pdf.startswith(b"%PDF")
    _no_link_or_image(pdf)


@FAST
@given(name=HOSTILE, outlet=HOSTILE, title=HOSTILE)
def test_attendee_list_and_badges_take_any_text(name, outlet, title):
    attendees = make_attendees(3, event_title=title)
    attendees = type(attendees)(**{**attendees.__dict__, "rows": tuple(
        type(r)(**{**r.__dict__, "name": name, "outlet": outlet}) for r in attendees.rows)})
    _no_link_or_image(render_attendee_list(attendees))
    assert render_attendee_csv(attendees).startswith(b"\xef\xbb\xbf")
    assert render_attendee_xlsx(attendees)[:2] == b"PK"
    badges = BadgeSheetData(title, "mercredi 24 janvier 2018", outlet, name, (BadgeData(name, outlet, "Rédacteur"),))
    _no_link_or_image(render_badges(badges))


@FAST
@given(title=FORM_TEXT.filter(lambda t: t.strip()), place=FORM_TEXT, description=FORM_TEXT)
def test_calendar_entry_round_trips_any_printable_text(title, place, description):
    data = CalendarEventData("uid-1@cmer-desk", title, datetime(2027, 1, 24, 11, 30), None, place, description)
    [event] = Calendar.from_ical(render_ics(data)).walk("VEVENT")
    # iCalendar has one line end (\n): a CR typed in a field comes back as a line end too.
    assert _lines(str(event["summary"])) == _lines(title)
    assert _lines(str(event.get("location", ""))) == _lines(place)
    assert _lines(str(event.get("description", ""))) == _lines(description)


@FAST
@given(subject=st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=60), body=FORM_TEXT)
def test_email_draft_keeps_subject_and_body(subject, body):
    draft = EmailDraftData(subject, "bureau@exemple.fr", ("a@exemple.fr",), body,
                           (Attachment("invitation.pdf", b"%PDF-1.4", "application/pdf"),))
    message = email.message_from_bytes(render_email_draft(draft), policy=policy.default)
    assert " ".join(str(message["Subject"]).split()) == " ".join(subject.split())
    assert _lines(message.get_body(("plain",)).get_content()) == _lines(body)
    [attachment] = list(message.iter_attachments())
    assert attachment.get_content() == b"%PDF-1.4"
