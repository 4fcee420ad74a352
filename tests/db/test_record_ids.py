"""Record ids are never given twice, so that the change log and a subject-access export never mix two
people: SQLite tables are AUTOINCREMENT since revision 0004 (PostgreSQL sequences never go back)."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from cmer_desk.app import AppContext
from cmer_desk.db import migrate
from cmer_desk.db.engine import make_engine
from cmer_desk.domain.contact_points import simple_points
from cmer_desk.domain.drafts import AccreditationDraft, ContactDraft, EventDraft, OrganisationDraft


def test_the_ids_of_deleted_records_are_never_given_again(app):
    event = dict(issue_place="Arles", issue_date=datetime(2026, 11, 27).date(), starts_at=datetime(2027, 1, 5, 11))
    makers = {
        "contact": (lambda n: app.contacts.save(ContactDraft(last_name=n)).id, app.contacts.delete),
        "organisation": (lambda n: app.organisations.save(OrganisationDraft(name=n)).id, app.organisations.delete),
        "event": (lambda n: app.events.save(EventDraft(title=n, **event)).id, app.events.delete),
    }
    for entity, (make, delete) in makers.items():
        make("premier")
        last = make("second")
        delete(last)
        assert make("troisième") > last, entity
    first_event = app.events.rows()[0].id
    journalist = app.contacts.save(ContactDraft(last_name="Pigiste")).id
    last = app.accreditations.save(AccreditationDraft(first_event, journalist)).id
    app.accreditations.delete(last)
    assert app.accreditations.save(AccreditationDraft(first_event, journalist)).id > last


def test_a_subject_access_export_holds_only_that_persons_change_log(app):
    gone = app.contacts.save(ContactDraft(first_name="Jean", last_name="Martin",
                                          **simple_points(email="jean.martin@example.fr")))
    gone.function = "pigiste"
    app.contacts.save(gone)
    app.contacts.delete(gone.id)
    other = app.contacts.save(ContactDraft(first_name="Zoé", last_name="Durand")).id
    entries = app.personal_data.subject_access(other)["journal_des_modifications"]
    assert [(e["numero"], e["action"], e["detail"]) for e in entries] == [(other, "create", "Zoé Durand")]


@pytest.mark.sqlite_only
def test_a_file_whose_ids_were_already_reused_exports_only_the_entries_after_the_last_deletion(app):
    """An older file may already hold entries of a deleted person under an id given again: they end at
    that person's deletion entry, and the export leaves them out."""
    old = app.contacts.save(ContactDraft(first_name="Jean", last_name="Martin")).id
    app.contacts.delete(old)
    with app.engine.begin() as connection:  # what an older version did: the same id to someone else
        connection.execute(text("INSERT INTO contact (id, civility, first_name, last_name, function, "
                                "press_card_number, press_card_kind, notes, source, sort_key, "
                                "search_text, created_at, updated_at, version) VALUES (:id, '', 'Zoé', 'Durand', "
                                "'', '', '', '', '', 'durand', 'durand', :now, :now, 1)"),
                           {"id": old, "now": datetime(2026, 11, 27)})
    mine = app.contacts.get(old)
    mine.function = "rédactrice"
    app.contacts.save(mine)
    entries = app.personal_data.subject_access(old)["journal_des_modifications"]
    assert [e["action"] for e in entries] == ["update"]


def _schema_sql(path, table: str) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]


@pytest.mark.sqlite_only
def test_revision_0003_makes_every_table_autoincrement_and_keeps_every_row(tmp_path):
    """A file as an older version left it: full of records, its highest contact id deleted, its tables
    without AUTOINCREMENT (the data is made at the head, then the schema taken down to before 0003)."""
    path = tmp_path / "ancien.db"
    ctx = AppContext.open(str(path), backup_dir=tmp_path / "backups")
    ctx.service_context.clock = lambda: datetime(2026, 11, 27, 10)
    event_id = ctx.example.load()
    journalist = ctx.contacts.save(ContactDraft(last_name="Dernier"))
    ctx.accreditations.save(AccreditationDraft(event_id, journalist.id))
    highest = ctx.contacts.save(ContactDraft(last_name="Supprimé")).id
    ctx.contacts.delete(highest)  # the highest id is gone: an older file would give it again
    with ctx.engine.connect() as connection:
        counts = {t: connection.execute(text(f"SELECT count(*) FROM {t}")).scalar()  # noqa: S608 - fixed names
                  for t in ("contact", "organisation", "event", "accreditation", "event_official", "programme_item",
                            "event_press_officer", "contact_tag", "tag", "change_log", "bureau_profile")}
    ctx.close()
    config = migrate.alembic_config()
    before = ScriptDirectory.from_config(config).get_revision("0004").down_revision  # the schema just before
    engine = make_engine(f"sqlite:///{path}")
    with migrate.migration_connection(engine) as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, before)
    engine.dispose()
    assert "AUTOINCREMENT" not in _schema_sql(path, "contact")

    ctx = AppContext.open(str(path), backup_dir=tmp_path / "backups")
    try:
        assert migrate.current_revision(ctx.engine) == migrate.head_revision()
        with ctx.engine.connect() as connection:
            for table, count in counts.items():
                assert connection.execute(text(f"SELECT count(*) FROM {table}")).scalar() == count, table  # noqa: S608
                if table not in ("contact_tag",):
                    assert "AUTOINCREMENT" in _schema_sql(path, table), table
            assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert ctx.contacts.save(ContactDraft(last_name="Nouveau")).id > highest
    finally:
        ctx.close()
    with create_engine(f"sqlite:///{path}").connect() as connection:
        assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"


@pytest.mark.sqlite_only
def test_revision_0003_refuses_to_run_with_foreign_keys_on(app, example_event_id):
    """Run by hand on a connection of the desk (foreign keys on), its table rebuilds would cascade: it
    refuses, and nothing changes."""
    config = migrate.alembic_config()
    before = ScriptDirectory.from_config(config).get_revision("0004").down_revision
    with pytest.raises(RuntimeError, match="foreign keys off"), app.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, before)
    assert migrate.current_revision(app.engine) == migrate.head_revision()
    assert app.accreditations.rows(example_event_id)
