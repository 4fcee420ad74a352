"""Control characters through the services, on the engine the suite runs on: every text field refuses
them with the same French message on SQLite and PostgreSQL (which would otherwise fail on NUL with a
driver error), an import stops at the line, and nothing is written."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import func, select

from cmer_desk.db.models import ChangeLogEntry, Contact, Organisation, Tag
from cmer_desk.domain.drafts import AccreditationDraft, ContactDraft
from cmer_desk.domain.enums import AccreditationStatus
from cmer_desk.domain.errors import ValidationError
from cmer_desk.formats.errors import FileFormatError
from tests.unit.test_text_fields import CASES, IDS, _valid, _with

FORBIDDEN = ["\x00", "\x1b", "\x07", "\x08"]


def count(app, model) -> int:
    with app.service_context.sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def saver(app):
    """Save a draft of any record through its service, with the ids it refers to made real."""
    event_id = app.example.load()
    contact_id = app.events.get(event_id).officials[0].contact_id
    journalist = app.contacts.save(ContactDraft(last_name="Pigiste")).id

    def save(draft):
        name = type(draft).__name__
        if name == "ContactDraft":
            return app.contacts.save(draft)
        if name == "OrganisationDraft":
            return app.organisations.save(draft)
        if name == "EventDraft":
            for official in draft.officials:
                official.contact_id = contact_id
            return app.events.save(draft)
        if name == "AccreditationDraft":
            draft.event_id, draft.contact_id = event_id, journalist
            return app.accreditations.save(draft)
        draft.version = app.profile.get().version
        return app.profile.save(draft)

    return save


@pytest.mark.parametrize(("record", "field", "kind", "label"), CASES, ids=IDS)
def test_every_field_of_every_record_refuses_nul_and_escapes_alike(app, saver, record, field, kind, label):
    before = count(app, ChangeLogEntry)
    for ch in FORBIDDEN:
        draft = _with(_valid(record), field, kind, f"ab{ch}cd")
        if record.__name__ == "EventDraft":
            draft.starts_at = datetime(2027, 1, 5, 11, 0)
        with pytest.raises(ValidationError) as caught:
            saver(draft)
        assert caught.value.fields == [field]
        assert f"U+{ord(ch):04X}" in caught.value.message_for(field)
    assert count(app, ChangeLogEntry) == before  # nothing written


def test_a_refusal_reason_is_one_line_and_refuses_control_characters(app, example_event_id):
    journalist = app.contacts.save(ContactDraft(last_name="Pigiste")).id
    accreditation = app.accreditations.save(AccreditationDraft(example_event_id, journalist)).id
    with pytest.raises(ValidationError) as caught:
        app.accreditations.set_status([accreditation], AccreditationStatus.REFUSED, "carte\x00expirée")
    assert "U+0000" in caught.value.message_for("decision_reason")
    app.accreditations.set_status([accreditation], AccreditationStatus.REFUSED, "carte\r\nexpirée")
    assert app.accreditations.get(accreditation).decision_reason == "carte expirée"


@pytest.mark.parametrize("query", ["\x00", "ma\x00zi", "\x1b[2J", "\ud800", "\x00 \x07"])
def test_searching_with_control_characters_never_fails(app, example_event_id, query):
    assert isinstance(app.contacts.rows(query), list)
    assert isinstance(app.organisations.rows(query), list)
    assert isinstance(app.events.rows(query), list)
    assert [r.name for r in app.contacts.rows("ma\x00ziere")] == ["de MAZIÈRES Olivier"]


def _csv(tmp_path, *rows: str, name: str = "c.csv"):
    path = tmp_path / name
    path.write_text("Nom;Prénom;Média;Listes;Notes\n" + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("row", "label", "ch"),
    [
        ("Martin;Jean\x1b[31m;La Provence;PQR;", "Prénom", "\x1b"),
        ("Martin;Jean;La Pro\x00vence;PQR;", "Média", "\x00"),
        ("Martin;Jean;La Provence;PQR\x07;", "Listes", "\x07"),
        ("Martin;Jean;La Provence;PQR;appeler\x08 le matin", "Notes", "\x08"),
    ],
)
def test_an_import_stops_at_the_line_holding_a_control_character(app, tmp_path, row, label, ch):
    path = _csv(tmp_path, "Bertaud;Katia;La Provence;PQR;", row)
    with pytest.raises(FileFormatError) as caught:
        app.contact_import.import_contacts(path)
    message = str(caught.value)
    assert message.startswith("Ligne 3"), message
    assert f"« {label} »" in message and f"U+{ord(ch):04X}" in message, message
    assert (count(app, Contact), count(app, Organisation), count(app, Tag)) == (0, 0, 0)


def test_an_import_makes_names_one_line_and_keeps_notes_multi_line(app, tmp_path):
    path = _csv(tmp_path, 'Martin;"Jean\nPierre";"La\r\nProvence";"PQR";"appeler\r\nle matin"')
    app.contact_import.import_contacts(path)
    [contact] = app.contacts.records()
    assert (contact["first_name"], contact["organisation"], contact["notes"]) == ("Jean Pierre", "La Provence",
                                                                                 "appeler\nle matin")


def test_the_change_log_never_stores_a_control_character_from_a_file_name(app, tmp_path):
    app.contact_import.import_contacts(_csv(tmp_path, "Martin;Jean;;;", name="contacts\x1b[2J.csv"))
    with app.service_context.sessions() as session:
        summary = session.scalars(select(ChangeLogEntry.summary).where(ChangeLogEntry.action == "import")).one()
    assert "\x1b" not in summary and "contacts\\u001b[2J.csv" in summary
