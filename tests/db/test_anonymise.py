"""After `anonymise`, nothing that identifies the person is left in the live database: not in any text
column of any table (the official's role wording and the change log included), and on SQLite not in the
file's bytes either (free space and write-ahead log)."""

from __future__ import annotations

import pytest
from sqlalchemy import String, Text, inspect, select, text

from cmer_desk.db.models import Base
from cmer_desk.domain.drafts import AccreditationDraft, ContactDraft, OfficialDraft
from cmer_desk.domain.text import fold

IDENTIFYING = ["Quérel-Dubreuil", "Maëlle", "maelle.querel@example.fr", "ancienne.adresse@example.fr", "+33612345678",
               "PRESSE-98765", "directrice de l'école Jules-Ferry", "préfère être appelée le matin",
               "vient avec un photographe", "rencontrée au salon"]


def _person(app, event_id: int) -> int:
    draft = app.contacts.save(ContactDraft(first_name="Maëlle", last_name="Quérel-Dubreuil",
                                           email="ancienne.adresse@example.fr", organisation_id=1))
    draft.email = "maelle.querel@example.fr"  # an older value, replaced long ago
    draft.mobile = "06 12 34 56 78"
    draft.press_card_number = "PRESSE-98765"
    draft.notes = "préfère être appelée le matin"
    draft.source = "rencontrée au salon"
    draft.tags = ["PQR"]
    contact_id = app.contacts.save(draft).id
    app.accreditations.save(AccreditationDraft(event_id, contact_id, notes="vient avec un photographe"))
    event = app.events.get(event_id)
    event.officials.append(OfficialDraft(contact_id, "directrice de l'école Jules-Ferry"))
    app.events.save(event)
    return contact_id


def _every_text_value(app) -> str:
    """Every text column of every table, read with SQL."""
    values = []
    with app.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            columns = [c.name for c in table.columns if isinstance(c.type, String | Text)]
            if columns:
                for row in connection.execute(select(*(table.c[c] for c in columns))):
                    values.extend(v for v in row if v)
    return "\n".join(values)


def test_nothing_identifying_is_left_in_any_text_column(app, example_event_id):
    contact_id = _person(app, example_event_id)
    everything = _every_text_value(app)
    assert all(value in everything or fold(value) in everything for value in IDENTIFYING[:3])
    app.personal_data.anonymise(contact_id)
    everything = _every_text_value(app)
    for value in IDENTIFYING:
        assert value not in everything, value
        assert fold(value) not in everything, value
    # what makes the statistics stays: the accreditation, its outlet, the official's place in the event
    record = next(r for r in app.contacts.records() if r["id"] == contact_id)
    assert (record["last_name"], record["organisation_id"]) == ("Anonyme", 1)
    assert app.accreditations.counts(example_event_id)
    assert contact_id in [o.contact_id for o in app.events.get(example_event_id).officials]


def test_the_name_goes_from_other_records_change_log_too(app, example_event_id):
    keep = _person(app, example_event_id)
    twin = app.contacts.save(ContactDraft(first_name="Maëlle", last_name="Quérel-Dubreuil", email="maelle@autre.fr")).id
    app.duplicates.merge(keep, twin)  # "fusion de Maëlle Quérel-Dubreuil (n° …)" in keep's entries
    app.personal_data.anonymise(keep)
    with app.engine.connect() as connection:
        summaries = "\n".join(connection.execute(text("SELECT summary FROM change_log")).scalars())
    assert "Quérel" not in summaries and "maelle@autre.fr" not in summaries


def test_several_at_once_in_one_transaction(app, example_event_id):
    first = _person(app, example_event_id)
    second = app.contacts.save(ContactDraft(first_name="Jean", last_name="Martin")).id
    assert app.personal_data.anonymise_many([first, second, 9999]) == 2
    assert {r["last_name"] for r in app.contacts.records() if r["id"] in (first, second)} == {"Anonyme"}


@pytest.mark.sqlite_only
def test_nothing_identifying_is_left_in_the_sqlite_files_bytes(app, example_event_id, db_path):
    contact_id = _person(app, example_event_id)
    app.personal_data.anonymise(contact_id)
    assert inspect(app.engine).get_table_names()  # the database is still there and readable
    app.engine.dispose()  # read the bytes only once SQLite has let go of the file (POSIX locks)
    raw = b"".join(p.read_bytes() for p in (db_path, db_path.with_name(db_path.name + "-wal")) if p.exists())
    for value in IDENTIFYING:
        for form in {value, fold(value)}:
            assert form.encode("utf-8") not in raw, form
