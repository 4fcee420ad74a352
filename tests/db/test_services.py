"""Services over a real SQLite file: validation, conflicts, change log, limits, search and order."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest
from sqlalchemy import select

from cmer_desk.db.models import ChangeLogEntry, Contact
from cmer_desk.domain.drafts import (
    AccreditationDraft,
    ContactDraft,
    EventDraft,
    OrganisationDraft,
)
from cmer_desk.domain.enums import AccreditationStatus, OrganisationKind
from cmer_desk.domain.errors import ConflictError, ValidationError
from cmer_desk.services.accreditations import LimitError


def _event(app, **changes) -> int:
    values = dict(title="Point presse sécurité routière", issue_place="Marseille", issue_date=date(2026, 11, 27),
                  starts_at=datetime(2026, 12, 3, 11, 30))
    values.update(changes)
    return app.events.save(EventDraft(**values)).id


def _journalist(app, last: str, outlet_id: int | None = None, first: str = "Anne") -> int:
    return app.contacts.save(ContactDraft(first_name=first, last_name=last, organisation_id=outlet_id)).id


def test_contact_saved_with_tags_and_logged(app):
    saved = app.contacts.save(ContactDraft(first_name="Chloé", last_name="Œillet", email="c@radio.example",
                                           mobile="06 74 60 02 05", tags=["radios", "PQR"]))
    loaded = app.contacts.get(saved.id)
    assert loaded.mobile == "+33674600205"
    assert loaded.tags == ["PQR", "radios"]
    assert app.contacts.tag_names() == ["PQR", "radios"]
    with app.service_context.sessions() as session:
        entry = session.scalars(select(ChangeLogEntry)).one()
    assert (entry.user_name, entry.entity, entry.record_id, entry.action) == ("agent.test", "contact", saved.id, "create")


def test_invalid_draft_saves_nothing(app):
    with pytest.raises(ValidationError):
        app.contacts.save(ContactDraft(last_name="Dupont", email="dupont@"))
    assert app.contacts.rows() == []


def test_stale_edit_raises_a_conflict_and_keeps_the_other_workstation_version(app):
    saved = app.contacts.save(ContactDraft(first_name="Jean", last_name="Martin"))
    mine = app.contacts.get(saved.id)
    theirs = app.contacts.get(saved.id)
    theirs.function = "rédacteur en chef"
    app.contacts.save(theirs)
    mine.function = "pigiste"
    with pytest.raises(ConflictError) as info:
        app.contacts.save(mine)
    assert "modifié sur un autre poste" in str(info.value)
    assert app.contacts.get(saved.id).function == "rédacteur en chef"
    assert app.contacts.get(saved.id).version == 2


def test_update_is_logged_with_changed_fields(app):
    saved = app.contacts.save(ContactDraft(first_name="Jean", last_name="Martin"))
    app.contacts.save(dataclasses.replace(saved, email="jean@exemple.fr", function="pigiste"))
    with app.service_context.sessions() as session:
        summaries = [e.summary for e in session.scalars(select(ChangeLogEntry).order_by(ChangeLogEntry.id))]
    assert summaries[-1] == "fonction, courriel"


def test_search_ignores_accents_and_case_and_rows_sort_the_french_way(app, example_event_id):
    assert [r.name for r in app.contacts.rows("maziere")] == ["de MAZIÈRES Olivier"]
    assert [r.name for r in app.contacts.rows("ŒILLET radio")] == ["ŒILLET Chloé"]
    names = [r.name for r in app.contacts.rows()]
    assert names.index("ÉMERY Zoé") < names.index("KERCHE Malika") < names.index("ZOÉ Émile")
    assert [r.name for r in app.contacts.rows("%")] == []


def test_renaming_an_outlet_updates_what_contact_search_finds(app):
    outlet = app.organisations.save(OrganisationDraft(name="La Gazette", kind=OrganisationKind.DAILY_PRESS))
    _journalist(app, "Durand", outlet.id)
    app.organisations.save(dataclasses.replace(outlet, name="Le Phare Provençal"))
    assert [r.name for r in app.contacts.rows("phare provencal")] == ["DURAND Anne"]


def test_one_accreditation_per_contact_and_event(app):
    event_id = _event(app)
    contact_id = _journalist(app, "Martin")
    app.accreditations.save(AccreditationDraft(event_id, contact_id))
    with pytest.raises(ValidationError) as info:
        app.accreditations.save(AccreditationDraft(event_id, contact_id))
    assert info.value.message_for("contact_id") == "Cette personne est déjà accréditée à cet événement."


def test_capacity_and_per_outlet_limit_warn_before_they_are_exceeded(app):
    outlet = app.organisations.save(OrganisationDraft(name="Radio Sud", kind=OrganisationKind.RADIO)).id
    event_id = _event(app, capacity=3, per_outlet_limit=2)
    ids = [app.accreditations.save(AccreditationDraft(event_id, _journalist(app, f"Nom{i}", outlet))).id
           for i in range(3)]
    assert app.accreditations.set_status(ids[:2], AccreditationStatus.CONFIRMED) == 2
    with pytest.raises(LimitError) as info:
        app.accreditations.set_status([ids[2]], AccreditationStatus.CONFIRMED)
    assert "par média" in info.value.errors[0].message
    assert app.accreditations.counts(event_id)[AccreditationStatus.CONFIRMED] == 2
    assert app.accreditations.set_status([ids[2]], AccreditationStatus.CONFIRMED, over_limit=True) == 1
    other = app.accreditations.save(AccreditationDraft(event_id, _journalist(app, "Autre"))).id
    with pytest.raises(LimitError) as info:
        app.accreditations.set_status([other], AccreditationStatus.CONFIRMED)
    assert "capacité de l'événement (3 places)" in info.value.errors[0].message


def test_refusal_needs_a_reason_and_bulk_changes_bump_versions(app):
    event_id = _event(app)
    acc = app.accreditations.save(AccreditationDraft(event_id, _journalist(app, "Martin")))
    with pytest.raises(ValidationError):
        app.accreditations.set_status([acc.id], AccreditationStatus.REFUSED)
    app.accreditations.set_status([acc.id], AccreditationStatus.REFUSED, "Pas de carte de presse")
    after = app.accreditations.get(acc.id)
    assert after.status is AccreditationStatus.REFUSED
    assert after.decision_reason == "Pas de carte de presse"
    assert after.version == acc.version + 1


def test_check_in_ticks_then_undoes(app):
    event_id = _event(app)
    acc = app.accreditations.save(AccreditationDraft(event_id, _journalist(app, "Martin"),
                                                     status=AccreditationStatus.CONFIRMED))
    assert app.door.toggle(acc.id).row.arrived_at == datetime(2026, 11, 27, 10, 0)
    assert app.door.toggle(acc.id).row.arrived_at is None
    assert app.accreditations.get(acc.id).arrived_at is None


def test_duplicate_event_starts_a_new_unsaved_draft(app, example_event_id):
    copy = app.events.duplicate(example_event_id)
    assert copy.id is None and copy.starts_at is None
    assert copy.title == app.events.get(example_event_id).title
    assert [o.role_wording for o in copy.officials] == ["préfet de police des Bouches-du-Rhône", "maire de Tarascon"]
    copy.starts_at = datetime(2026, 12, 10, 10, 0)
    assert app.events.save(copy).id != example_event_id


def test_example_is_idempotent_and_atomic(app):
    first = app.example.load()
    assert app.example.load() == first
    assert len(app.events.rows()) == 1
    assert len(app.contacts.rows()) == 14
    counts = app.accreditations.counts(first)
    assert counts[AccreditationStatus.CONFIRMED] == 3
    assert counts[AccreditationStatus.REFUSED] == 1
    with app.service_context.sessions() as session:
        assert session.scalar(select(Contact).where(Contact.last_name == "de Mazières")).function == (
            "préfet de police des Bouches-du-Rhône"
        )


def test_batch_rolls_back_every_call_when_one_fails(app):
    with pytest.raises(ValidationError), app.service_context.batch():
        app.contacts.save(ContactDraft(last_name="Premier"))
        app.contacts.save(ContactDraft(last_name="Second", email="faux"))
    assert app.contacts.rows() == []


def test_editing_an_event_keeps_its_officials_and_press_officers(app, example_event_id):
    draft = app.events.get(example_event_id)
    draft.title = "Installation de la CMER de Tarascon"
    draft.officials.reverse()
    draft.press_officer_ids = draft.press_officer_ids[1:]
    saved = app.events.save(draft)
    again = app.events.get(example_event_id)
    assert again.title == "Installation de la CMER de Tarascon"
    assert [o.role_wording for o in again.officials] == ["maire de Tarascon", "préfet de police des Bouches-du-Rhône"]
    assert again.press_officer_ids == draft.press_officer_ids
    assert again.version == saved.version == 2
