"""What the door documents are gathered from: French order of names with particles, the tally, e-mail and
phone, badges for confirmed accreditations only."""

from __future__ import annotations

import pytest

from cmer_desk.domain.drafts import AccreditationDraft, ContactDraft
from cmer_desk.domain.enums import AccreditationStatus
from cmer_desk.domain.errors import ValidationError
from cmer_desk.domain.text import list_sort_key


def test_particles_are_not_counted_in_the_order_but_articles_are():
    names = [("de La Tour", "Jean"), ("d'Arbaud", "Anne-Sophie"), ("Du Bellay", "Joachim"), ("Lambert", "Paul"),
             ("Bertaud", "Katia"), ("de Mazières", "Olivier"), ("La Fontaine", "Jean"), ("Dupont", "Marc")]
    ordered = [last for last, first in sorted(names, key=lambda n: list_sort_key(*n))]
    # word by word, as the rest of the desk sorts: « La Tour » before « Lambert »
    assert ordered == ["d'Arbaud", "Bertaud", "Du Bellay", "Dupont", "La Fontaine", "de La Tour", "Lambert",
                       "de Mazières"]


def test_the_list_sorts_as_french_usage_does_and_shows_names_as_written(app, example_event_id):
    arbaud = app.contacts.find(email="as.darbaud@hebdo-alpilles.example")
    la_tour = app.contacts.save(ContactDraft(first_name="Jean", last_name="de La Tour", email="jdlt@example.fr",
                                             mobile="06 12 34 56 78")).id
    for contact in (arbaud, la_tour):
        app.accreditations.save(AccreditationDraft(example_event_id, contact, status=AccreditationStatus.CONFIRMED))
    data = app.documents.attendee_list(example_event_id)
    assert [r.name for r in data.rows] == ["d'ARBAUD Anne-Sophie", "CAZALÈS Jérôme", "ÉMERY Zoé", "de LA TOUR Jean",
                                           "ZOÉ Émile"]
    la_tour_row = data.rows[3]
    assert (la_tour_row.last_name, la_tour_row.first_name, la_tour_row.email, la_tour_row.phone) == (
        "de LA TOUR", "Jean", "jdlt@example.fr", "06 12 34 56 78")
    assert not data.show_status


def test_the_tally_counts_confirmed_arrivals_and_the_supervisor_admissions(app, example_event_id):
    rows = {r.name: r for r in app.accreditations.rows(example_event_id)}
    app.door.scan(example_event_id, rows["ZOÉ Émile"].code)
    app.door.arrive(rows["WAŁĘSA Łukasz"].id, override_reason="Invité")
    data = app.documents.attendee_list(example_event_id, statuses=tuple(AccreditationStatus))
    assert (data.confirmed, data.present, data.admitted_other, data.capacity) == (3, 1, 1, 30)
    assert data.show_status
    arrived = next(r for r in data.rows if r.name == "ZOÉ Émile")
    assert arrived.arrived is not None and arrived.accreditation_number == rows["ZOÉ Émile"].number


def test_blank_rows_are_bounded(app, example_event_id):
    assert app.documents.attendee_list(example_event_id, blank_rows=200).blank_rows == 200
    with pytest.raises(ValidationError) as caught:
        app.documents.attendee_list(example_event_id, blank_rows=201)
    assert caught.value.errors[0].message == "Le nombre de lignes vierges doit être compris entre 0 et 200."


def test_badges_carry_the_number_and_the_code_and_refuse_what_is_not_confirmed(app, example_event_id):
    rows = {r.name: r for r in app.accreditations.rows(example_event_id)}
    sheet = app.documents.badges(example_event_id)
    assert [(b.name, b.number, b.code) for b in sheet.badges] == [
        (f"{n.split()[1]} {n.split()[0]}", rows[n].number, rows[n].code)
        for n in ("CAZALÈS Jérôme", "ÉMERY Zoé", "ZOÉ Émile")]
    assert len(app.documents.badges(example_event_id, numbers=[rows["ZOÉ Émile"].number]).badges) == 1
    with pytest.raises(ValidationError) as caught:
        app.documents.badges(example_event_id, accreditation_ids=[rows["ŒILLET Chloé"].id, rows["ZOÉ Émile"].id])
    assert caught.value.errors[0].message == (
        f"Pas de badge pour une accréditation non confirmée : ŒILLET Chloé (n° {rows['ŒILLET Chloé'].number}, Demandée).")
    with pytest.raises(ValidationError) as caught:
        app.documents.badges(example_event_id, numbers=[998, 999])
    assert caught.value.errors[0].message == "Accréditations inconnues à cet événement : 998, 999."
