"""Accreditation numbers (per event, never given twice) and codes (random), and the migration that
gives them to the accreditations already held."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select, text

from cmer_desk.db import migrate
from cmer_desk.db.engine import make_engine, resolve_database_url
from cmer_desk.db.models import Accreditation
from cmer_desk.domain.door import CODE_ALPHABET, CODE_LENGTH
from cmer_desk.domain.drafts import AccreditationDraft, ContactDraft, EventDraft


def _event(app, title="Point presse") -> int:
    return app.events.save(EventDraft(title=title, issue_place="Marseille", issue_date=date(2026, 11, 27),
                                      starts_at=datetime(2026, 12, 3, 11, 30))).id


def _accredit(app, event_id: int, last: str) -> int:
    contact = app.contacts.save(ContactDraft(first_name="Anne", last_name=last)).id
    return app.accreditations.save(AccreditationDraft(event_id=event_id, contact_id=contact)).id


def _numbers_and_codes(app, event_id):
    with app.service_context.sessions() as session:
        return session.execute(select(Accreditation.number, Accreditation.code)
                               .where(Accreditation.event_id == event_id).order_by(Accreditation.number)).all()


def test_numbers_count_per_event_and_codes_are_random_letters(app):
    first, second = _event(app, "Premier"), _event(app, "Second")
    for name in ("Arnaud", "Bastide", "Carles"):
        _accredit(app, first, name)
    _accredit(app, second, "Durand")
    rows = _numbers_and_codes(app, first)
    assert [n for n, _c in rows] == [1, 2, 3]
    assert [n for n, _c in _numbers_and_codes(app, second)] == [1]
    codes = [c for _n, c in rows]
    assert len(set(codes)) == 3
    assert all(len(c) == CODE_LENGTH and set(c) <= set(CODE_ALPHABET) for c in codes)


def test_a_number_is_never_given_twice_even_after_a_deletion(app):
    event = _event(app)
    _accredit(app, event, "Arnaud")
    last = _accredit(app, event, "Bastide")
    app.accreditations.delete(last)
    _accredit(app, event, "Carles")
    assert [n for n, _c in _numbers_and_codes(app, event)] == [1, 3]


def test_adding_an_accreditation_leaves_the_event_version_alone(app):
    """The event form may be open on another workstation: its save must not become a conflict."""
    event = _event(app)
    draft = app.events.get(event)
    _accredit(app, event, "Arnaud")
    draft.title = "Point presse (modifié)"
    assert app.events.save(draft).title == "Point presse (modifié)"


def test_imported_requests_get_numbers_and_codes_too(app, tmp_path):
    event = _event(app)
    _accredit(app, event, "Arnaud")
    path = tmp_path / "demandes.csv"
    path.write_text("Nom;Prénom;Média\nBastide;Paul;La Provence\nCarles;Léa;France 3\n", encoding="utf-8")
    app.accreditation_import.import_requests(event, path)
    rows = _numbers_and_codes(app, event)
    assert [n for n, _c in rows] == [1, 2, 3]
    assert len({c for _n, c in rows}) == 3


def test_migration_numbers_the_accreditations_already_held(database_url):
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from cmer_desk.db.models import Base

    engine = make_engine(resolve_database_url(database_url))
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
        connection.execute(text(
            "INSERT INTO event (id, kind, status, issue_place, issue_date, title, body, starts_at, venue_name, "
            "venue_room, venue_street, venue_postcode, venue_city, officials_action, press_moment, "
            "accreditation_required, accreditation_instructions, search_text, created_at, updated_at, version) "
            "VALUES (:id, 'press_invitation', 'draft', 'Marseille', '2018-01-22', :title, '', '2018-01-24 11:30:00', "
            "'', '', '', '', '', 'signeront :', '', TRUE, '', '', '2018-01-01 00:00:00', '2018-01-01 00:00:00', 1)"),
            [{"id": 1, "title": "A"}, {"id": 2, "title": "B"}])
        connection.execute(text(
            "INSERT INTO contact (id, civility, first_name, last_name, function, email, landline, mobile, "
            "press_card_number, press_card_kind, notes, source, sort_key, search_text, created_at, updated_at, version) "
            "VALUES (:id, '', '', :name, '', '', '', '', '', '', '', '', '', '', '2018-01-01', '2018-01-01', 1)"),
            [{"id": i, "name": f"N{i}"} for i in (1, 2, 3)])
        connection.execute(text(
            "INSERT INTO accreditation (id, event_id, contact_id, role, status, decision_reason, requested_at, "
            "press_card_checked, notes, version) VALUES (:id, :event, :contact, 'reporter', 'requested', '', :at, FALSE, '', 1)"),
            [{"id": 10, "event": 1, "contact": 1, "at": "2018-01-03 09:00:00"},
             {"id": 11, "event": 1, "contact": 2, "at": "2018-01-02 09:00:00"},
             {"id": 12, "event": 2, "contact": 3, "at": "2018-01-02 09:00:00"}])
    migrate.upgrade(engine)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT id, number, code FROM accreditation ORDER BY id")).all()
        counters = dict(connection.execute(text("SELECT id, last_accreditation_number FROM event")).all())
        single = connection.execute(text("SELECT officials_action_single FROM event WHERE id = 1")).scalar()
        diffs = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert [(i, n) for i, n, _c in rows] == [(10, 2), (11, 1), (12, 1)]  # in the order the requests came
    assert len({c for _i, _n, c in rows}) == 3 and all(len(c) == CODE_LENGTH for _i, _n, c in rows)
    assert counters == {1: 2, 2: 1}
    assert single == ""
    touched = [d for d in diffs if any(name in repr(d) for name in ("accreditation", "'event'"))]
    assert touched == []
    engine.dispose()
