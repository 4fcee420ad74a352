"""The example holds every sentence, name, phone and e-mail of the reference invitation."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from cmer_desk.domain.body import BodyBullets, BodyParagraph
from cmer_desk.domain.enums import AccreditationStatus

REFERENCE = Path(__file__).resolve().parents[1] / "fixtures" / "reference" / "invitation-presse-tarascon-2018.txt"


def _normalise(text: str) -> str:
    text = text.replace("**", "").replace("\u00a0", " ").replace("\u202f", " ")
    text = re.sub(r"(\d\d)\.(?=\d\d)", r"\1 ", text)  # 04.96.10.62.15 is printed 04 96 10 62 15
    text = text.replace(" - ", " – ")  # the reference mixes hyphen and en dash in one line
    return re.sub(r"\s+", " ", text).strip()


def _invitation_text(data) -> list[str]:
    lines = [data.issue_line, data.kicker, data.title]
    for block in data.body:
        if isinstance(block, BodyParagraph):
            lines.append(block.text)
        else:
            assert isinstance(block, BodyBullets)
            lines.extend(f"- {item}" for item in block.items)
    lines += [data.officials_paragraph, *data.when_where, data.press_moment, data.accreditation_paragraph,
              data.bureau_name]
    lines += [f"{o.name} – {o.landline} / {o.mobile} – {o.email}" for o in data.press_officers]
    # The issue asks for what the reference lacks: a "Contact presse" heading over the press officers
    # and each social account with its network (« X : @prefpolice13 »); the reference prints the bare accounts.
    lines += [data.shared_email, data.website, *(a.account for a in data.social_accounts)]
    return [_normalise(line) for line in lines]


def test_example_invitation_reproduces_the_reference_line_by_line(app, example_event_id):
    expected = [_normalise(line) for line in REFERENCE.read_text(encoding="utf-8").splitlines() if line.strip()]
    data = app.documents.invitation(example_event_id)
    # The example's accreditation deadline, which the reference did not print and the desk now does.
    deadline = " Accréditation obligatoire avant le mardi 23 janvier 2018 à 18 heures."
    assert _normalise(deadline) in _normalise(data.accreditation_paragraph)
    data = dataclasses.replace(data, accreditation_paragraph=_normalise(data.accreditation_paragraph).replace(
        _normalise(deadline), ""))
    assert _invitation_text(data) == expected


def test_invitation_data_is_french(app, example_event_id):
    data = app.documents.invitation(example_event_id)
    assert data.issue_line == "Marseille, le 22 janvier 2018"
    assert data.when_where == (
        "mercredi 24\u00a0janvier 2018 à 11\u00a0heures\u00a030,",
        "hôtel de Ville, salle des Consuls,",
        "2 Place du Marché à Tarascon",
    )
    assert data.officials_paragraph.startswith(
        "Olivier de MAZIÈRES, préfet de police des Bouches-du-Rhône, et Lucien LIMOUSIN, maire de Tarascon, signeront"
    )
    assert data.accreditation_paragraph.endswith(
        "Contact\u00a0: Katia BERTAUD\u00a0– 04\u00a090\u00a091\u00a051\u00a029\u00a0– katia.beraud@mairie-tarascon13.fr."
    )
    assert data.press_officers[0].landline == "04\u00a096\u00a010\u00a062\u00a015"
    assert data.author.startswith("Préfecture de police des Bouches-du-Rhône")


def test_attendee_list_confirmed_only_by_default_in_french_order(app, example_event_id):
    data = app.documents.attendee_list(example_event_id)
    assert [r.name for r in data.rows] == ["CAZALÈS Jérôme", "ÉMERY Zoé", "ZOÉ Émile"]
    assert [r.number for r in data.rows] == [1, 2, 3]
    assert dict(data.totals_by_role) == {"Rédacteur": 1, "Photographe": 1, "JRI / cameraman": 1}
    everyone = app.documents.attendee_list(example_event_id, statuses=tuple(AccreditationStatus), order="outlet")
    assert everyone.rows[0].outlet == "Agence Méditerranée Presse"
    assert len(everyone.rows) == 7


def test_invitation_of_a_draft_follows_the_form_before_it_is_saved(app, example_event_id):
    draft = app.events.get(example_event_id)
    assert app.documents.invitation_for_draft(draft) == app.documents.invitation(example_event_id)
    draft.title = "Titre pas encore enregistré"
    draft.officials.pop()
    data = app.documents.invitation_for_draft(draft)
    assert data.title == "Titre pas encore enregistré"
    assert "LIMOUSIN" not in data.officials_paragraph
    draft.starts_at = None
    assert app.documents.invitation_for_draft(draft) is None
