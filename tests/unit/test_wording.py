"""The wording of the invitation, composed in the domain from plain values (no database, no PDF)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from cmer_desk.domain.documents import PressOfficerLine, ProgrammeLine
from cmer_desk.domain.drafts import BureauProfileDraft, EventDraft, OfficialDraft
from cmer_desk.domain.errors import NotFoundError
from cmer_desk.domain.typography import NBSP, NNBSP, typeset
from cmer_desk.domain.wording import (
    PersonValues,
    compose_invitation,
    officer_line,
    programme_line,
    venue_line,
)

PEOPLE = {
    1: PersonValues("Olivier", "de Mazières"),
    2: PersonValues("Lucien", "Limousin"),
    3: PersonValues("Katia", "Bertaud", "+33490915129", "", "katia.beraud@mairie-tarascon13.fr"),
    4: PersonValues("Mathieu", "Duroselle", "+33496106215", "+33674600205", "mathieu.duroselle@interieur.gouv.fr"),
}
PROFILE = BureauProfileDraft(full_name="Préfecture – Bureau de la communication", shared_email="c@x.fr")


def _draft(**changes) -> EventDraft:
    values = dict(
        title="Installation de la cellule", issue_place="Marseille", issue_date=date(2018, 1, 22),
        body="Un dispositif novateur : les CMER.\n\n- détecter ;\n- accompagner.",
        starts_at=datetime(2018, 1, 24, 11, 30), venue_name="hôtel de Ville", venue_room="salle des Consuls",
        venue_street="2 Place du Marché", venue_postcode="13150", venue_city="Tarascon",
        officials=[OfficialDraft(1, "préfet de police"), OfficialDraft(2, "maire de Tarascon")],
        officials_action="signeront le protocole",
        accreditation_instructions="Les journalistes sont priés de s'accréditer.", accreditation_contact_id=3,
        press_officer_ids=[4],
    )
    values.update(changes)
    return EventDraft(**values)


def test_the_invitation_is_worded_from_plain_values():
    data = compose_invitation(_draft(), PROFILE, PEOPLE, datetime(2018, 1, 22, 9, 30))
    assert data.issue_line == "Marseille, le 22 janvier 2018"
    assert data.officials_paragraph == (
        f"Olivier de MAZIÈRES, préfet de police, et Lucien LIMOUSIN, maire de Tarascon, signeront le protocole{NBSP}:"
    )
    assert data.when_where == (f"mercredi 24{NBSP}janvier 2018 à 11{NBSP}heures{NBSP}30,", "hôtel de Ville, salle des Consuls,",
                               "2 Place du Marché à Tarascon")
    assert data.body[0].text == f"Un dispositif novateur{NBSP}: les CMER."
    assert data.body[1].items == (f"détecter{NNBSP};", "accompagner.")
    assert data.accreditation_paragraph == (
        f"Les journalistes sont priés de s'accréditer. Contact{NBSP}: Katia BERTAUD{NBSP}– "
        f"04{NBSP}90{NBSP}91{NBSP}51{NBSP}29{NBSP}– katia.beraud@mairie-tarascon13.fr."
    )
    assert data.bureau_name == f"Préfecture{NBSP}– Bureau de la communication"
    assert data.created_at == datetime(2018, 1, 22, 9, 30)


def test_phones_come_structured_with_their_no_break_spaces():
    (officer,) = compose_invitation(_draft(), PROFILE, PEOPLE).press_officers
    assert officer == PressOfficerLine("Mathieu DUROSELLE", f"04{NBSP}96{NBSP}10{NBSP}62{NBSP}15",
                                       f"06{NBSP}74{NBSP}60{NBSP}02{NBSP}05", "mathieu.duroselle@interieur.gouv.fr")
    assert officer_line(officer) == (
        f"Mathieu DUROSELLE{NBSP}– 04{NBSP}96{NBSP}10{NBSP}62{NBSP}15 / 06{NBSP}74{NBSP}60{NBSP}02{NBSP}05"
        f"{NBSP}– mathieu.duroselle@interieur.gouv.fr"
    )
    assert officer_line(PressOfficerLine("A B", "", "06", "a@b.fr")) == f"A B{NBSP}– 06{NBSP}– a@b.fr"


def test_a_person_the_draft_names_must_be_given():
    with pytest.raises(NotFoundError):
        compose_invitation(_draft(press_officer_ids=[9]), PROFILE, PEOPLE)


def test_venue_and_programme_lines():
    assert venue_line("hôtel de Ville", "", "2 Place du Marché", "13150", "Tarascon") == (
        "hôtel de Ville, 2 Place du Marché, 13150 Tarascon"
    )
    assert programme_line(ProgrammeLine("11 heures 30", "Accueil")) == f"11 heures 30{NBSP}– Accueil"


def test_typed_text_gets_french_spacing_and_unbreakable_phones():
    out = typeset("Contact : Katia - 04 90 91 51 29 ; « oui » ?")
    assert "Contact\u00a0:" in out
    assert "04\u00a090\u00a091\u00a051\u00a029" in out
    assert "Katia\u00a0- " in out
    assert out.endswith("\u202f?")
