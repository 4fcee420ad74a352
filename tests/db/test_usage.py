"""Deleting what events use: refused with the list of uses, or done with a replacement in every place."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from cmer_desk.db.models import Accreditation, Contact
from cmer_desk.domain.drafts import ContactDraft, OrganisationDraft
from cmer_desk.services.usage import InUseError


def _contact(app, last):
    with app.service_context.sessions() as session:
        return session.scalar(select(Contact.id).where(Contact.last_name == last))


def test_deleting_an_official_is_refused_with_where_it_is_used(app, example_event_id):
    prefect = _contact(app, "de Mazières")
    with pytest.raises(InUseError) as caught:
        app.contacts.delete(prefect)
    assert [u.role for u in caught.value.usages] == ["officiel(le)"]
    assert caught.value.errors[0].message == (
        "« Olivier de MAZIÈRES » est utilisé(e) par 1 événement : officiel(le) : « Installation de la cellule "
        "municipale d'échanges sur la radicalisation de Tarascon » (24/01/2018). Choisissez qui le ou la remplace, "
        "ou renoncez.")
    assert app.events.get(example_event_id).officials[0].contact_id == prefect
    assert "Olivier de MAZIÈRES" in app.documents.invitation(example_event_id).officials_paragraph


def test_every_kind_of_use_is_listed(app, example_event_id):
    katia = _contact(app, "Bertaud")
    assert [u.role for u in app.contacts.usages(katia)] == ["contact pour les accréditations"]
    officer = _contact(app, "Duroselle")
    assert [u.role for u in app.contacts.usages(officer)] == ["chargé(e) de communication"]
    journalist = _contact(app, "Wałęsa")
    [use] = app.contacts.usages(journalist)
    assert (use.role, use.detail) == ("journaliste accrédité(e)", "Refusée")
    outlet = app.organisations.find_by_name("Agence Méditerranée Presse")
    [use] = app.organisations.usages(outlet)
    assert (use.role, use.detail) == ("média d'une accréditation", "WAŁĘSA Łukasz")
    assert app.contacts.usages(_contact(app, "d'Arbaud")) == []  # not accredited: deleted as before
    app.contacts.delete(_contact(app, "d'Arbaud"))


def test_a_replacement_takes_the_officials_place_and_wording(app, example_event_id):
    prefect = _contact(app, "de Mazières")
    successor = app.contacts.save(ContactDraft(first_name="Pierre-André", last_name="Durand")).id
    version = app.events.get(example_event_id).version
    app.contacts.delete(prefect, replacement_id=successor)
    event = app.events.get(example_event_id)
    assert (event.officials[0].contact_id, event.officials[0].role_wording) == (
        successor, "préfet de police des Bouches-du-Rhône")
    assert event.version > version  # a form still showing the old préfet gets a conflict, not a broken save
    paragraph = app.documents.invitation(example_event_id).officials_paragraph
    assert paragraph.startswith("Pierre-André DURAND, préfet de police des Bouches-du-Rhône, et Lucien LIMOUSIN")


def test_a_replacement_takes_a_journalists_accreditations(app, example_event_id):
    journalist = _contact(app, "Wałęsa")
    colleague = app.contacts.save(ContactDraft(first_name="Ana", last_name="Nowak")).id
    app.contacts.delete(journalist, replacement_id=colleague)
    with app.service_context.sessions() as session:
        assert session.scalar(select(Accreditation.status).where(Accreditation.contact_id == colleague)) == "refused"


def test_an_organisation_used_as_outlet_is_replaced_for_its_accreditations_and_contacts(app, example_event_id):
    outlet = app.organisations.find_by_name("Agence Méditerranée Presse")
    with pytest.raises(InUseError):
        app.organisations.delete(outlet)
    other = app.organisations.save(OrganisationDraft(name="Agence Sud Presse")).id
    app.organisations.delete(outlet, replacement_id=other)
    rows = {r.name: r for r in app.accreditations.rows(example_event_id)}
    assert rows["WAŁĘSA Łukasz"].outlet == "Agence Sud Presse"
    assert app.contacts.get(_contact(app, "Wałęsa")).organisation_id == other


def test_the_retention_clean_up_may_take_accreditations_but_not_places_in_an_invitation(app, example_event_id):
    app.contacts.delete(_contact(app, "Wałęsa"), with_accreditations=True)
    with pytest.raises(InUseError):
        app.contacts.delete(_contact(app, "Limousin"), with_accreditations=True)
