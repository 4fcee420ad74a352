"""The door service: by code or number, confirmed only, a supervisor's logged admission, undo."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from cmer_desk.db.models import ChangeLogEntry
from cmer_desk.domain.drafts import AccreditationDraft, ContactDraft, EventDraft
from cmer_desk.domain.enums import AccreditationStatus
from cmer_desk.domain.errors import ValidationError
from cmer_desk.services.door import DoorOutcome

NOW = datetime(2026, 11, 27, 10, 0)


def _rows(app, event_id):
    return {r.name: r for r in app.accreditations.rows(event_id)}


def test_a_code_or_a_number_finds_the_accreditation_of_this_event(app, example_event_id):
    rows = _rows(app, example_event_id)
    zoe = rows["ÉMERY Zoé"]
    for typed in (zoe.code, zoe.code.lower(), f" {zoe.code[:4]} {zoe.code[4:]} ", str(zoe.number), f"n° {zoe.number}",
                  f"N°{zoe.number}", f"#{zoe.number}"):
        found = app.door.find(example_event_id, typed)
        assert found.row is not None and found.row.id == zoe.id, typed
    for typed in ("999", "BCDFGHJKLNPR", "zoé", ""):
        assert app.door.find(example_event_id, typed).outcome is DoorOutcome.UNKNOWN


def test_a_badge_of_another_event_is_named(app, example_event_id):
    other = app.events.save(EventDraft(title="Visite du port", issue_place="Marseille", issue_date=date(2026, 11, 27),
                                       starts_at=datetime(2026, 12, 3, 9, 0))).id
    contact = app.contacts.save(ContactDraft(first_name="Paul", last_name="Durand")).id
    app.accreditations.save(AccreditationDraft(other, contact, status=AccreditationStatus.CONFIRMED))
    code = _rows(app, other)["DURAND Paul"].code
    found = app.door.scan(example_event_id, code)
    assert found.outcome is DoorOutcome.OTHER_EVENT and found.other_event == "Visite du port"
    assert found.message() == "Ce badge est celui d'un autre événement : « Visite du port »."


@pytest.mark.parametrize("name", ["WAŁĘSA Łukasz", "NGUYỄN Lan", "BEN SAÏD Inès", "ŒILLET Chloé"])
def test_only_confirmed_accreditations_are_ticked(app, example_event_id, name):
    row = _rows(app, example_event_id)[name]
    result = app.door.scan(example_event_id, row.code)
    assert result.outcome is DoorOutcome.NOT_ADMITTED and not result.admitted
    assert app.accreditations.get(row.id).arrived_at is None
    assert app.door.toggle(row.id).outcome is DoorOutcome.NOT_ADMITTED


def test_a_confirmed_badge_is_ticked_once_and_a_second_scan_changes_nothing(app, example_event_id):
    row = _rows(app, example_event_id)["ZOÉ Émile"]
    first = app.door.scan(example_event_id, row.code)
    assert first.outcome is DoorOutcome.ARRIVED and first.row.arrived_at == NOW
    again = app.door.scan(example_event_id, row.code)
    assert again.outcome is DoorOutcome.ALREADY and again.admitted
    assert again.message() == "Déjà arrivé(e) : n° 1 ZOÉ Émile (Le Courrier du Delta) à 10 h."


def test_a_supervisor_admission_needs_a_reason_and_is_logged(app, example_event_id):
    row = _rows(app, example_event_id)["WAŁĘSA Łukasz"]
    assert app.door.arrive(row.id, override_reason="   ").outcome is DoorOutcome.NOT_ADMITTED
    result = app.door.arrive(row.id, override_reason="Invité par le préfet")
    assert result.outcome is DoorOutcome.ARRIVED
    assert app.accreditations.get(row.id).status is AccreditationStatus.REFUSED  # the decision stays
    with app.service_context.sessions() as session:
        entry = session.scalars(select(ChangeLogEntry).order_by(ChangeLogEntry.id.desc())).first()
    assert (entry.action, entry.record_id, entry.user_name) == ("check-in override", row.id, "agent.test")
    assert entry.summary == f"n° {row.number} admis(e) malgré le statut « Refusée » : Invité par le préfet"


def test_the_command_refuses_with_the_reason(app, example_event_id):
    row = _rows(app, example_event_id)["WAŁĘSA Łukasz"]
    with pytest.raises(ValidationError) as caught:
        app.door.check_in_command(example_event_id, str(row.number))
    assert caught.value.errors[0].message == (
        f"Entrée refusée : n° {row.number} WAŁĘSA Łukasz (Agence Méditerranée Presse), accréditation « Refusée ». "
        "Motif : Carte de presse non reconnue.")
    with pytest.raises(ValidationError) as caught:
        app.door.check_in_command(example_event_id, "999")
    assert caught.value.errors[0].message == "Aucune accréditation ne correspond à « 999 » pour cet événement."


def test_restore_arrival_puts_the_exact_time_back(app, example_event_id):
    row = _rows(app, example_event_id)["ZOÉ Émile"]
    app.door.scan(example_event_id, row.code)
    app.door.restore_arrival(row.id, None)
    assert app.accreditations.get(row.id).arrived_at is None
    app.door.restore_arrival(row.id, datetime(2018, 1, 24, 11, 2))
    assert app.accreditations.get(row.id).arrived_at == datetime(2018, 1, 24, 11, 2)


def test_deleted_requests_come_back_whole(app, example_event_id):
    rows = _rows(app, example_event_id)
    ids = [rows["ŒILLET Chloé"].id, rows["NGUYỄN Lan"].id]
    removed = app.accreditations.delete_many(ids)
    assert set(_rows(app, example_event_id)) & {"ŒILLET Chloé", "NGUYỄN Lan"} == set()
    assert app.accreditations.restore(removed) == 2
    back = _rows(app, example_event_id)
    for name in ("ŒILLET Chloé", "NGUYỄN Lan"):
        assert (back[name].id, back[name].number, back[name].code, back[name].status) == (
            rows[name].id, rows[name].number, rows[name].code, rows[name].status)
