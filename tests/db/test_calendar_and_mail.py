"""The calendar entry (RFC 5545, read by icalendar and by vobject) and the e-mail draft of the example."""

from __future__ import annotations

import dataclasses
import email
import time
from datetime import datetime
from email import policy

import pytest
import vobject
from icalendar import Calendar

from cmer_desk.formats.calendar import render_ics
from cmer_desk.formats.email_draft import render_email_draft
from cmer_desk.formats.invitation_text import render_invitation_text
from tests.conftest import NOW

DEADLINE = "Accréditation obligatoire avant le mardi 23 janvier 2018 à 18 heures."


@pytest.fixture
def paris(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def test_the_ics_is_valid_rfc_5545_for_two_independent_readers(app, example_event_id, paris):
    ics = render_ics(app.documents.calendar(example_event_id))
    calendar = Calendar.from_ical(ics)
    [timezone] = calendar.walk("VTIMEZONE")
    assert str(timezone["tzid"]) == "Europe/Paris"
    [event] = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == datetime(2018, 1, 24, 11, 30, tzinfo=event.decoded("dtstart").tzinfo)
    assert b"DTSTAMP:20261127T090000Z" in ics  # NOW, 10:00 in Paris, written in UTC
    assert _plain(DEADLINE) in _plain(str(event["description"]))
    parsed = vobject.readOne(ics.decode("utf-8"))
    vevent = parsed.vevent
    assert vevent.uid.value == str(event["uid"])
    assert vevent.dtstart.value.utcoffset().total_seconds() == 3600  # Paris winter time, from the VTIMEZONE
    assert vevent.dtstamp.value == datetime(2026, 11, 27, 9, 0, tzinfo=vevent.dtstamp.value.tzinfo)
    assert vevent.dtstamp.value.utcoffset().total_seconds() == 0


def test_the_uid_is_stable_and_the_sequence_grows_when_the_event_changes(app, example_event_id):
    first = Calendar.from_ical(render_ics(app.documents.calendar(example_event_id))).walk("VEVENT")[0]
    again = Calendar.from_ical(render_ics(app.documents.calendar(example_event_id))).walk("VEVENT")[0]
    assert first["uid"] == again["uid"] and first["sequence"] == again["sequence"]
    draft = app.events.get(example_event_id)
    app.events.save(dataclasses.replace(draft, venue_room="salle du Conseil"))
    changed = Calendar.from_ical(render_ics(app.documents.calendar(example_event_id))).walk("VEVENT")[0]
    assert changed["uid"] == first["uid"]
    assert int(changed["sequence"]) == int(first["sequence"]) + 1


def test_the_email_draft_comes_from_the_bureau_with_the_deadline_and_a_whole_named_attachment(app, example_event_id):
    data = app.documents.invitation(example_event_id)
    text = render_invitation_text(data)
    assert _plain(DEADLINE) in _plain(text)
    assert "Contact presse" in text and "X\u00a0: @prefpolice13" in text
    tags = app.contacts.records()[0]["tags"] if app.contacts.records()[0]["tags"] else []
    tag = tags[0] if tags else "PQR"
    draft = app.documents.email_draft(example_event_id, tag, text, b"%PDF-1.4")
    message = email.message_from_bytes(render_email_draft(draft), policy=policy.default)
    sender = message["From"].addresses[0]
    assert " ".join(sender.display_name.split()) == "Préfecture de police des Bouches-du-Rhône – Bureau de la communication et du protocole"
    assert sender.addr_spec == "prefpolice13-communication@interieur.gouv.fr"
    assert message["X-Unsent"] == "1"
    [attachment] = list(message.iter_attachments())
    name = attachment.get_filename()
    assert name.startswith("invitation-presse-2018-01-24-installation-de-la-cellule") and name.endswith(".pdf")
    title_words = ["invitation", "presse", "2018", "01", "24", "installation", "de", "la", "cellule", "municipale", "d", "echanges", "sur", "la", "radicalisation", "de", "tarascon"]
    assert all(word in title_words for word in name[:-4].split("-"))  # no word cut
    assert NOW  # the service clock is the fixed one
