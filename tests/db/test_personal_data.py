"""GDPR: retention setting, contacts past it, subject access, anonymisation."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select, text

from cmer_desk.db.models import ChangeLogEntry
from cmer_desk.domain.contact_points import simple_points
from cmer_desk.domain.drafts import AccreditationDraft, ContactDraft
from cmer_desk.domain.errors import NotFoundError, ValidationError
from cmer_desk.services.integrity import check_database
from cmer_desk.services.personal_data import DEFAULT_RETENTION_YEARS, years_before


def test_the_setting_table_exists_and_starts_empty(app):
    with app.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM setting")).scalar() == 0


def test_retention_defaults_to_three_years_and_is_logged_when_changed(app):
    assert app.personal_data.retention_years() == DEFAULT_RETENTION_YEARS == 3
    app.personal_data.set_retention_years(5)
    assert app.personal_data.retention_years() == 5
    with app.service_context.sessions() as session:
        entry = session.scalars(select(ChangeLogEntry).order_by(ChangeLogEntry.id.desc())).first()
    assert (entry.entity, entry.action, entry.summary) == ("setting", "setting", "durée de conservation : 5 ans")
    for wrong in (0, -1, 31):
        with pytest.raises(ValidationError) as caught:
            app.personal_data.set_retention_years(wrong)
        assert caught.value.message_for("retention_years") == "La durée de conservation doit être comprise entre 1 et 30 ans."


def test_years_before_handles_29_february():
    assert years_before(date(2028, 2, 29), 3) == date(2025, 2, 28)
    assert years_before(date(2026, 11, 27), 3) == date(2023, 11, 27)


def test_contacts_past_retention(app):
    # the fixture clock says 2026-11-27
    old = app.contacts.save(ContactDraft(last_name="Ancien", last_contact_on=date(2023, 11, 26))).id
    app.contacts.save(ContactDraft(last_name="Limite", last_contact_on=date(2023, 11, 27)))
    app.contacts.save(ContactDraft(last_name="Récent", last_contact_on=date(2026, 1, 5)))
    never = app.contacts.save(ContactDraft(last_name="Jamais")).id
    with app.engine.begin() as connection:  # no last contact: the last change decides
        connection.execute(text("UPDATE contact SET updated_at = '2022-01-01 09:00:00' WHERE id = :id"), {"id": never})
    assert [c.id for c in app.personal_data.past_retention()] == [old, never]
    app.personal_data.set_retention_years(10)
    assert app.personal_data.past_retention() == []
    app.personal_data.set_retention_years(1)
    assert {c.name for c in app.personal_data.past_retention()} == {"ANCIEN", "LIMITE", "JAMAIS"}


def _accredited_journalist(app, event_id: int) -> int:
    contact = app.contacts.save(
        ContactDraft(
            first_name="Chloé", last_name="Œillet-Durand",
            **simple_points(email="chloe.oeillet@example.fr", mobile="06 12 34 56 78"),
            press_card_number="123456", press_card_year=2026, notes="préfère être appelée le matin",
            source="salon de la presse", tags=["PQR"], organisation_id=1,
        )
    )
    app.accreditations.save(AccreditationDraft(event_id=event_id, contact_id=contact.id, notes="vient avec un photographe"))
    return contact.id


def test_subject_access_holds_fields_accreditations_and_change_log(app, example_event_id):
    contact_id = _accredited_journalist(app, example_event_id)
    document = json.loads(app.personal_data.subject_access_text(contact_id))
    assert document["contact"]["last_name"] == "Œillet-Durand"
    assert document["contact"]["email"] == "chloe.oeillet@example.fr"
    assert document["contact"]["tags"] == ["PQR"]
    assert document["contact"]["source"] == "salon de la presse"
    [accreditation] = document["accreditations"]
    assert accreditation["notes"] == "vient avec un photographe"
    assert accreditation["statut"] == "Demandée"
    actions = [(e["objet"], e["action"]) for e in document["journal_des_modifications"]]
    assert actions == [("contact", "create"), ("accreditation", "create")]
    # the export itself is in the change log
    with app.service_context.sessions() as session:
        last = session.scalars(select(ChangeLogEntry).order_by(ChangeLogEntry.id.desc())).first()
    assert (last.entity, last.record_id, last.action) == ("contact", contact_id, "subject-access")


def test_subject_access_of_an_official_lists_their_roles(app, example_event_id):
    officials = app.events.get(example_event_id).officials
    document = app.personal_data.subject_access(officials[0].contact_id)
    assert [o["qualite"] for o in document["officiel_aux_evenements"]] == [officials[0].role_wording]


def test_anonymise_removes_identity_and_keeps_statistics(app, example_event_id):
    contact_id = _accredited_journalist(app, example_event_id)
    app.personal_data.anonymise(contact_id)
    record = next(r for r in app.contacts.records() if r["id"] == contact_id)
    for name in ("first_name", "email", "mobile", "landline", "press_card_number", "notes", "source", "function"):
        assert record[name] == "", name
    assert record["emails"] == [] and record["phones"] == []
    assert record["last_name"] == "Anonyme"
    assert record["tags"] == [] and record["press_card_year"] is None and record["last_contact_on"] is None
    assert record["organisation_id"] == 1  # statistics by outlet stay true
    with app.engine.connect() as connection:
        status, notes = connection.execute(
            text("SELECT status, notes FROM accreditation WHERE contact_id = :id"), {"id": contact_id}
        ).one()
        assert (status, notes) == ("requested", "")
        summaries = [
            r[0] for r in connection.execute(
                text("SELECT summary FROM change_log WHERE entity = 'contact' AND record_id = :id ORDER BY id"),
                {"id": contact_id},
            )
        ]
        dump = "\n".join(connection.execute(text("SELECT summary FROM change_log")).scalars())
    assert "Œillet-Durand" not in dump
    assert summaries[-1] == "1 accréditation(s) conservée(s)"
    # an anonymised contact is not offered again for review
    assert contact_id not in {c.id for c in app.personal_data.past_retention(date(2040, 1, 1))}
    assert check_database(app.engine) == []


def test_unknown_contact(app):
    with pytest.raises(NotFoundError):
        app.personal_data.anonymise(999)
    with pytest.raises(NotFoundError):
        app.personal_data.subject_access(999)


def test_subject_access_carries_the_refusal_reason_and_the_accreditation_number(app, example_event_id):
    from cmer_desk.db.models import Contact

    with app.service_context.sessions() as session:
        walesa = session.scalar(select(Contact.id).where(Contact.last_name == "Wałęsa"))
    [accreditation] = app.personal_data.subject_access(walesa)["accreditations"]
    assert (accreditation["statut"], accreditation["motif"], accreditation["numero"]) == (
        "Refusée", "Carte de presse non reconnue", 6)


def test_a_deleted_contact_leaves_no_name_in_the_change_log(app, example_event_id):
    """Deleting a person (the retention clean-up deletes too) must not keep them in the log: the log says
    a contact was deleted, and when, not who."""
    contact_id = _accredited_journalist(app, example_event_id)
    app.contacts.save(replace(app.contacts.get(contact_id), function="cheffe d'édition"))
    app.contacts.delete(contact_id, with_accreditations=True)
    with app.engine.connect() as connection:
        summaries = [s for (s,) in connection.execute(select(ChangeLogEntry.summary))]
    for trace in ("Œillet-Durand", "chloe.oeillet@example.fr", "cheffe"):  # the example has its own Chloé Œillet
        assert not [s for s in summaries if trace.casefold() in s.casefold()], trace
    with app.engine.connect() as connection:
        deleted = connection.execute(select(ChangeLogEntry.summary).where(
            ChangeLogEntry.entity == "contact", ChangeLogEntry.record_id == contact_id,
            ChangeLogEntry.action == "delete")).scalar_one()
    assert deleted == f"Contact n° {contact_id} supprimé"
