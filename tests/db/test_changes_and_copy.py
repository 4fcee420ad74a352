"""The change counter other workstations poll, and the copy of a whole database."""

from __future__ import annotations

import pytest

from cmer_desk.app import AppContext
from cmer_desk.domain.drafts import ContactDraft
from cmer_desk.domain.errors import ValidationError
from cmer_desk.services.database_copy import copy_database


def test_change_counter_tells_what_another_workstation_saved(app, database_url):
    mark = app.changes.mark()
    other = AppContext.open(database_url)
    other.service_context.user = "poste.deux"
    try:
        saved = other.contacts.save(ContactDraft(last_name="Nouveau"))
    finally:
        other.close()
    changes = app.changes.since(mark)
    assert [(c.entity, c.record_id, c.action, c.user_name) for c in changes] == [
        ("contact", saved.id, "create", "poste.deux")
    ]
    assert app.changes.mark() == changes[-1].id
    assert app.changes.since(app.changes.mark()) == []


def test_track_own_tells_this_context_changes_from_another_one_under_the_same_name(app, database_url, tmp_path):
    own = app.changes.track_own()
    mark = app.changes.mark()
    mine = app.contacts.save(ContactDraft(last_name="Moi"))
    other = AppContext.open(database_url)  # same workstation user name
    try:
        theirs = other.contacts.save(ContactDraft(last_name="Autre"))
    finally:
        other.close()
    csv = tmp_path / "c.csv"
    csv.write_text("Nom;Courriel\nEssai;essai@example.fr\n", encoding="utf-8")
    app.contact_import.import_contacts(csv, dry_run=True)  # rolled back: not a change at all
    changes = app.changes.since(mark)
    assert [(c.record_id, c.id in own) for c in changes] == [(mine.id, True), (theirs.id, False)]


@pytest.fixture
def other_engine_url(pg_cluster, tmp_path):
    """An empty database on the other engine: PostgreSQL when the suite runs there, else a second file."""
    if pg_cluster is None:
        yield str(tmp_path / "copy.db")
        return
    yield f"sqlite:///{tmp_path / 'copy.db'}"


def test_copy_database_copies_every_record_and_refuses_a_non_empty_target(app, example_event_id, other_engine_url):
    from cmer_desk.db.engine import resolve_database_url

    counts = copy_database(app.engine, resolve_database_url(other_engine_url))
    assert counts["contact"] == 14 and counts["accreditation"] == 7 and counts["change_log"] > 0
    copy = AppContext.open(other_engine_url)
    try:
        assert [r.name for r in copy.contacts.rows("maziere")] == ["de MAZIÈRES Olivier"]
        new = copy.contacts.save(ContactDraft(last_name="Après la copie"))
        assert new.id == 15
    finally:
        copy.close()
    with pytest.raises(ValidationError) as info:
        copy_database(app.engine, resolve_database_url(other_engine_url))
    assert "contient déjà des données" in info.value.errors[0].message


def test_copy_back_and_forth_keeps_every_invitation_fact(
    app, example_event_id, other_engine_url, pg_cluster, tmp_path
):
    """SQLite -> SQLite -> SQLite, or PostgreSQL -> SQLite -> a new PostgreSQL database."""
    from cmer_desk.db.engine import resolve_database_url

    copy_database(app.engine, resolve_database_url(other_engine_url))
    there = AppContext.open(other_engine_url)
    try:
        back_url = pg_cluster.url(pg_cluster.create_database()) if pg_cluster else f"sqlite:///{tmp_path / 'back.db'}"
        copy_database(there.engine, back_url)
    finally:
        there.close()
    back = AppContext.open(back_url)
    try:
        original = app.documents.invitation(example_event_id)
        returned = back.documents.invitation(example_event_id)
        assert returned.title == original.title and returned.body == original.body
        assert returned.press_officers == original.press_officers
        assert returned.when_where == original.when_where
    finally:
        back.close()
