"""Saves say what changed: every committed transaction publishes the records it touched, once; a failed
one publishes nothing."""

from __future__ import annotations

import pytest

from cmer_desk.domain.changes import ChangeSet
from cmer_desk.domain.drafts import ContactDraft, OrganisationDraft
from cmer_desk.domain.errors import ValidationError


@pytest.fixture
def published(app):
    seen: list[ChangeSet] = []
    stop = app.service_context.subscribe(seen.append)
    yield seen
    stop()


def test_an_event_save_publishes_the_event_once(app, example_event_id, published):
    draft = app.events.get(example_event_id)
    draft.venue_room = "salle du Conseil"
    app.events.save(draft)
    assert published == [ChangeSet.of([("event", example_event_id)])]


def test_a_new_contact_publishes_its_id_and_the_lists_it_created(app, published):
    saved = app.contacts.save(ContactDraft(first_name="Zoé", last_name="Émery", tags=["PQR"]))
    assert len(published) == 1
    assert published[0].touches("contact", saved.id)
    assert published[0].records["contact"] == {saved.id}
    assert published[0].touches("tag")


def test_a_refused_save_publishes_nothing(app, published):
    with pytest.raises(ValidationError):
        app.contacts.save(ContactDraft(first_name="", last_name=""))
    assert published == []


def test_a_batch_publishes_once_when_it_commits(app, published):
    with app.service_context.batch():
        a = app.organisations.save(OrganisationDraft(name="La Provence")).id
        b = app.organisations.save(OrganisationDraft(name="La Marseillaise")).id
        assert published == []
    assert published == [ChangeSet.of([("organisation", a), ("organisation", b)])]


def test_a_rolled_back_batch_publishes_nothing(app, published):
    with pytest.raises(ValidationError), app.service_context.batch():
        app.organisations.save(OrganisationDraft(name="La Provence"))
        app.organisations.save(OrganisationDraft(name=""))
    assert published == []


def test_a_contact_import_publishes_contacts_in_bulk_and_the_outlets_it_created(app, tmp_path, published):
    path = tmp_path / "c.csv"
    path.write_text("Nom;Prénom;Média\nÉmery;Zoé;Radio Camargue\nBlanc;Bruno;Radio Camargue\n", encoding="utf-8")
    app.contact_import.import_contacts(path)
    assert len(published) == 1
    changes = published[0]
    assert changes.records["contact"] is None  # inserted in bulk: some contacts, any of them
    assert changes.touches("contact", 12345)
    outlet = next(r.id for r in app.organisations.rows() if r.name == "Radio Camargue")
    assert changes.touches("organisation", outlet)


def test_a_dry_run_publishes_nothing(app, tmp_path, published):
    path = tmp_path / "c.csv"
    path.write_text("Nom;Prénom\nÉmery;Zoé\n", encoding="utf-8")
    app.contact_import.import_contacts(path, dry_run=True)
    assert published == []


def test_a_merge_publishes_both_contacts_and_the_accreditations_it_moved(app, example_event_id, published):
    rows = app.accreditations.rows(example_event_id)
    moved = rows[0]
    other = app.accreditations.get(moved.id).contact_id
    keep = app.contacts.save(ContactDraft(first_name="Double", last_name="Fiche")).id
    published.clear()
    app.duplicates.merge(keep, other)
    changes = published[0]
    assert changes.touches("contact", keep) and changes.touches("contact", other)
    assert changes.touches("accreditation", moved.id)


def test_stopping_a_subscription(app, published):
    seen = []
    stop = app.service_context.subscribe(seen.append)
    stop()
    stop()  # twice is harmless
    app.organisations.save(OrganisationDraft(name="La Provence"))
    assert seen == [] and len(published) == 1


def test_change_sets_merge_and_narrow():
    a = ChangeSet.of([("event", 1), ("contact", 2)])
    b = ChangeSet.of([("event", 3), ("contact", None)])
    both = a | b
    assert both.records == {"event": {1, 3}, "contact": None}
    assert both.only({"event"}) == ChangeSet.of([("event", 1), ("event", 3)])
    assert not both.only({"organisation"})
    assert both.touches("contact", 99) and not both.touches("event", 2) and not both.touches("tag")
