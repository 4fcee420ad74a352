from datetime import date, datetime

import pytest

from cmer_desk.domain.contact_points import simple_points
from cmer_desk.domain.drafts import ContactDraft, EventDraft, OrganisationDraft
from cmer_desk.domain.enums import EventStatus
from cmer_desk.domain.errors import ValidationError
from cmer_desk.domain.validation import check_contact, check_event, check_organisation

NOW = datetime(2026, 11, 27, 10, 0)


def _event(**changes) -> EventDraft:
    values = dict(
        title="Visite du préfet",
        issue_place="Marseille",
        issue_date=date(2026, 11, 27),
        starts_at=datetime(2026, 12, 3, 11, 30),
    )
    values.update(changes)
    return EventDraft(**values)


def test_contact_is_cleaned_and_phones_normalised():
    clean = check_contact(
        ContactDraft(first_name=" Katia ", last_name="Bertaud", tags=["PQR", " PQR", "", "TV"],
                     **simple_points(email="Katia.Beraud@Mairie-Tarascon13.fr", landline="04 90 91 51 29")),
        2026,
    )
    assert clean.first_name == "Katia"
    assert clean.landline == "+33490915129"
    assert clean.email == "Katia.Beraud@mairie-tarascon13.fr"
    assert clean.tags == ["PQR", "TV"]


def test_contact_errors_name_each_field_in_french():
    with pytest.raises(ValidationError) as info:
        check_contact(ContactDraft(last_name="", press_card_year=1800,
                                   **simple_points(email="pas-une-adresse", mobile="12")), 2026)  # fmt: skip
    error = info.value
    assert set(error.fields) == {"last_name", "emails", "phones", "press_card_year"}
    assert error.message_for("last_name") == "Le contact n'a ni nom, ni prénom, ni courriel : indiquez au moins l'un des trois."
    assert "pas-une-adresse" in error.message_for("emails")
    assert "n'est pas une adresse électronique valide" in error.message_for("emails")
    assert error.message_for("phones") == "Le numéro « 12 » du champ « Portable » n'est pas un numéro de téléphone valide."


def test_overlong_and_nul_text_refused():
    with pytest.raises(ValidationError) as info:
        check_organisation(OrganisationDraft(name="x" * 201))
    assert "200 caractères" in info.value.message_for("name")
    with pytest.raises(ValidationError):
        check_organisation(OrganisationDraft(name="a\x00b"))


def test_event_end_after_start_and_deadline_before_event():
    with pytest.raises(ValidationError) as info:
        check_event(
            _event(ends_at=datetime(2026, 12, 3, 10, 0), accreditation_deadline=datetime(2026, 12, 4, 9, 0)),
            NOW,
            start_changed=True,
        )
    assert info.value.message_for("ends_at") == "La fin doit être postérieure au début."
    assert info.value.message_for("accreditation_deadline") == (
        "La date limite d'accréditation doit précéder l'événement."
    )


def test_a_past_event_is_saved_and_a_past_draft_is_worth_a_question():
    from cmer_desk.domain.validation import past_but_open

    past = _event(starts_at=datetime(2018, 1, 24, 11, 30))
    assert check_event(past, NOW, start_changed=True).starts_at == datetime(2018, 1, 24, 11, 30)  # archives
    assert past_but_open(past, NOW)
    assert not past_but_open(_event(starts_at=datetime(2018, 1, 24, 11, 30), status=EventStatus.DONE), NOW)
    assert not past_but_open(_event(starts_at=datetime(2018, 1, 24, 11, 30), status=EventStatus.CANCELLED), NOW)
    assert not past_but_open(_event(starts_at=datetime(2030, 1, 24, 11, 30)), NOW)
    assert not past_but_open(EventDraft(), NOW)


def test_event_required_fields():
    with pytest.raises(ValidationError) as info:
        check_event(EventDraft(), NOW, start_changed=True)
    assert {"title", "issue_place", "issue_date", "starts_at"} <= set(info.value.fields)
