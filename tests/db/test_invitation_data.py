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


def _read_through_the_orm(app, event_id):
    """The invitation gathered as the desk did before it read plain columns: the event's draft through the
    event service, each person through the ORM's contact (its own preferred numbers and address)."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from cmer_desk.db.models import Contact
    from cmer_desk.domain.wording import PersonValues, compose_invitation

    draft = app.events.get(event_id)
    wanted = {o.contact_id for o in draft.officials} | set(draft.press_officer_ids) | {draft.accreditation_contact_id}
    with Session(app.engine) as session:
        people = {c.id: PersonValues(c.first_name, c.last_name, c.preferred_phone(), c.preferred_phone(mobile=True),
                                     c.preferred_email())
                  for c in session.scalars(select(Contact).where(Contact.id.in_(wanted)))}
    return compose_invitation(draft, app.profile.get(), people, app.service_context.clock())


def test_the_invitation_read_with_plain_columns_is_the_one_read_through_the_orm(app, example_event_id):
    from datetime import time

    from cmer_desk.domain.contact_points import EmailAddress, PhoneNumber
    from cmer_desk.domain.drafts import ContactDraft, OfficialDraft, ProgrammeItemDraft
    from cmer_desk.domain.enums import ContactKind

    # a press officer with several numbers and addresses, the preferred ones not first
    many = app.contacts.save(ContactDraft(
        first_name="Anne-Sophie", last_name="d'ALMEIDA",
        emails=[EmailAddress("perso@example.fr", ContactKind.HOME),
                EmailAddress("a.almeida@interieur.gouv.fr", ContactKind.WORK),
                EmailAddress("as.almeida@interieur.gouv.fr", ContactKind.WORK, preferred=True)],
        phones=[PhoneNumber("+33491000001", ContactKind.HOME), PhoneNumber("+33611000001", ContactKind.MOBILE),
                PhoneNumber("+33622000002", ContactKind.MOBILE, preferred=True),
                PhoneNumber("+33491000003", ContactKind.WORK, extension="12"),
                PhoneNumber("+33491000004", ContactKind.FAX)]))
    bare = app.contacts.save(ContactDraft(last_name="SANS-COORDONNÉES"))
    event = app.events.get(example_event_id)
    event.officials = [OfficialDraft(bare.id, ""), *event.officials[:1]]
    event.press_officer_ids = [many.id, *event.press_officer_ids, bare.id]
    event.programme = [ProgrammeItemDraft(time(11, 30), "Accueil"), ProgrammeItemDraft(time(9, 5), "Visite")]
    event.accreditation_contact_id = many.id
    app.events.save(event)
    data = app.documents.invitation(example_event_id)
    assert data == _read_through_the_orm(app, example_event_id)
    assert data.programme[0].time.startswith("11")  # the order of the list, not of the times
    assert data.press_officers[0].mobile.startswith("06\u00a022")


def test_the_invitation_of_an_event_without_people_nor_profile(app):
    from datetime import date, datetime

    from cmer_desk.domain.drafts import EventDraft

    saved = app.events.save(EventDraft(title="Point presse", issue_place="Marseille", issue_date=date(2026, 12, 1),
                                       starts_at=datetime(2026, 12, 3, 10, 0), venue_city="Arles",
                                       accreditation_required=False))
    data = app.documents.invitation(saved.id)
    assert data == _read_through_the_orm(app, saved.id)
    assert data.title == "Point presse" and data.press_officers == () and data.officials_paragraph == ""


def test_the_invitation_of_an_unknown_event_is_not_found(app):
    import pytest

    from cmer_desk.domain.errors import NotFoundError

    with pytest.raises(NotFoundError):
        app.documents.invitation(4242)
