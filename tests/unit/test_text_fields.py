"""Every text field of every record: control characters refused with a French message naming the field,
line breaks made one space in one-line fields and LF in multi-line ones. The same rule for every engine,
since it is decided before anything reaches a database."""

from __future__ import annotations

import dataclasses
import typing
from datetime import date, datetime, time

import pytest

from cmer_desk.domain.characters import first_forbidden, multi_line, one_line, visible
from cmer_desk.domain.drafts import (
    AccreditationDraft,
    BureauProfileDraft,
    ContactDraft,
    EventDraft,
    OfficialDraft,
    OrganisationDraft,
    ProgrammeItemDraft,
)
from cmer_desk.domain.errors import ValidationError
from cmer_desk.domain.validation import (
    check_accreditation,
    check_contact,
    check_event,
    check_organisation,
    check_profile,
    check_text,
)

NOW = datetime(2026, 11, 27, 10, 0)
ONE, MULTI, EMAIL, PHONE, LIST = "one-line", "multi-line", "email", "phone", "list"

# Every text field of every draft, with its kind and the label its messages name. A new text field
# must be added here (test_every_text_field_is_classified fails until it is), and so gets checked.
FIELDS: dict[type, dict[str, tuple[str, str]]] = {
    ContactDraft: {
        "first_name": (ONE, "Prénom"), "last_name": (ONE, "Nom"), "function": (ONE, "Fonction"),
        "email": (EMAIL, "Courriel"), "landline": (PHONE, "Téléphone fixe"), "mobile": (PHONE, "Portable"),
        "press_card_number": (ONE, "N° de carte de presse"), "tags": (LIST, "Listes"),
        "notes": (MULTI, "Notes"), "source": (ONE, "Origine des données"),
    },
    OrganisationDraft: {
        "name": (ONE, "Nom"), "city": (ONE, "Ville"), "phone": (PHONE, "Téléphone"), "email": (EMAIL, "Courriel"),
        "website": (ONE, "Site internet"), "notes": (MULTI, "Notes"),
    },
    EventDraft: {
        "title": (ONE, "Titre"), "issue_place": (ONE, "Lieu d'émission"), "body": (MULTI, "Texte"),
        "venue_name": (ONE, "Lieu"), "venue_room": (ONE, "Salle"), "venue_street": (ONE, "Adresse"),
        "venue_postcode": (ONE, "Code postal"), "venue_city": (ONE, "Ville"),
        "officials": (LIST, "Qualité de l'officiel"), "officials_action": (MULTI, "Action des officiels"),
        "officials_action_single": (MULTI, "Action d'un seul officiel"),
        "programme": (LIST, "Programme"), "press_moment": (MULTI, "Moment presse"),
        "accreditation_instructions": (MULTI, "Modalités d'accréditation"),
    },
    AccreditationDraft: {"decision_reason": (ONE, "Motif"), "notes": (MULTI, "Notes")},
    BureauProfileDraft: {
        "full_name": (ONE, "Nom du bureau"), "default_issue_place": (ONE, "Lieu d'émission"),
        "shared_email": (EMAIL, "Courriel partagé"), "website": (ONE, "Site internet"),
        "social_handles": (LIST, "Réseaux sociaux"), "logo_path": (ONE, "Emblème"),
        "issuer_title": (MULTI, "Intitulé du bloc-marque"), "font_regular": (ONE, "Police (romain)"),
        "font_bold": (ONE, "Police (gras)"), "font_italic": (ONE, "Police (italique)"),
    },
}

FORBIDDEN = ["\x00", "\x07", "\x08", "\x1b", "\x1f", "\x7f", "\x9b", "\ud800"]


def _valid(record: type):
    return {
        ContactDraft: lambda: ContactDraft(last_name="Martin"),
        OrganisationDraft: lambda: OrganisationDraft(name="La Provence"),
        EventDraft: lambda: EventDraft(title="Visite", issue_place="Arles", issue_date=date(2026, 11, 27),
                                       starts_at=datetime(2026, 12, 3, 11, 30),
                                       officials=[OfficialDraft(1, "préfète")],
                                       programme=[ProgrammeItemDraft(time(11, 30), "Accueil")]),
        AccreditationDraft: lambda: AccreditationDraft(event_id=1, contact_id=1),
        BureauProfileDraft: lambda: BureauProfileDraft(full_name="Bureau de la communication"),
    }[record]()


def _check(draft):
    if isinstance(draft, ContactDraft):
        return check_contact(draft, 2026)
    if isinstance(draft, OrganisationDraft):
        return check_organisation(draft)
    if isinstance(draft, EventDraft):
        return check_event(draft, NOW, start_changed=True)
    if isinstance(draft, AccreditationDraft):
        return check_accreditation(draft)
    return check_profile(draft)


def _with(draft, field: str, kind: str, text: str):
    """The draft with ``text`` put into the field, as that kind of field holds text."""
    if field == "officials":
        return dataclasses.replace(draft, officials=[OfficialDraft(1, text)])
    if field == "programme":
        return dataclasses.replace(draft, programme=[ProgrammeItemDraft(time(11, 30), text)])
    if field == "social_handles":  # an account names its network
        return dataclasses.replace(draft, social_handles=["X : @prefpolice13", f"Facebook : {text}"])
    if kind == LIST:
        return dataclasses.replace(draft, **{field: ["Presse", text]})
    if kind == EMAIL:
        text = f"jean{text}@example.fr"
    elif kind == PHONE:
        text = f"06 12 34{text} 56 78"
    return dataclasses.replace(draft, **{field: text})


def _text_fields(record: type) -> set[str]:
    hints = typing.get_type_hints(record)
    return {f.name for f in dataclasses.fields(record)
            if hints[f.name] in (str, list[str], list[OfficialDraft], list[ProgrammeItemDraft])}


CASES = [(record, field, kind, label) for record, fields in FIELDS.items() for field, (kind, label) in fields.items()]
IDS = [f"{record.__name__}.{field}" for record, field, _, _ in CASES]


@pytest.mark.parametrize("record", list(FIELDS))
def test_every_text_field_is_classified(record):
    assert _text_fields(record) == set(FIELDS[record])


@pytest.mark.parametrize(("record", "field", "kind", "label"), CASES, ids=IDS)
@pytest.mark.parametrize("ch", FORBIDDEN, ids=[f"U+{ord(c):04X}" for c in FORBIDDEN])
def test_control_characters_are_refused_naming_the_field(record, field, kind, label, ch):
    with pytest.raises(ValidationError) as caught:
        _check(_with(_valid(record), field, kind, f"ab{ch}cd"))
    assert caught.value.fields == [field]
    message = caught.value.message_for(field)
    assert f"U+{ord(ch):04X}" in message, message
    assert message.startswith(("Le champ", "La liste")), message
    assert label in message or kind == LIST, message
    assert first_forbidden(message) is None  # the message itself can be printed anywhere


# Fields whose own rule refuses spaces or long text (a website, a postcode) are left out here.
FREE_TEXT = [(c, i) for c, i in zip(CASES, IDS) if c[2] in (ONE, MULTI, LIST) and c[1] not in ("website", "venue_postcode")]


@pytest.mark.parametrize(("record", "field", "kind", "label"), [c for c, _ in FREE_TEXT], ids=[i for _, i in FREE_TEXT])
def test_line_breaks_are_one_space_in_one_line_fields_and_lf_in_multi_line_ones(record, field, kind, label):
    typed = "Visite \r\n du\tpréfet\u2028à\x0bArles\r"
    clean = _check(_with(_valid(record), field, kind, typed))
    if field == "officials":
        value = clean.officials[0].role_wording
    elif field == "programme":
        value = clean.programme[0].label
    elif kind == LIST:
        value = getattr(clean, field)[-1]
    else:
        value = getattr(clean, field)
    if field == "social_handles":
        assert value == "Facebook : Visite du préfet à Arles"
    elif field == "issuer_title":  # printed line by line: each line trimmed
        assert value == "Visite\ndu\tpréfet\nà\nArles"
    elif kind == MULTI:
        assert value == "Visite \n du\tpréfet\nà\nArles"
    else:
        assert value == "Visite du préfet à Arles"


def test_a_value_with_neither_is_kept_exactly():
    typed = "Łukasz Wałęsa 👩‍👩‍👧 \u202eRTL e\u0301 <b>&amp;"
    assert check_contact(ContactDraft(first_name=typed, last_name="x"), 2026).first_name == typed


def test_check_text_for_a_single_value():
    assert check_text("reason", "Motif", "  carte\r\nexpirée ") == "carte expirée"
    assert check_text("notes", "Notes", "a\r\nb", multiline=True) == "a\nb"
    with pytest.raises(ValidationError) as caught:
        check_text("reason", "Motif", "a\x1b[31m")
    assert caught.value.message_for("reason") == (
        "Le champ « Motif » contient un caractère de contrôle (U+001B) qui ne peut pas être enregistré ; "
        "retirez-le."
    )
    with pytest.raises(ValidationError):
        check_text("reason", "Motif", "", required=True)


def test_helpers():
    assert one_line("a\r\n\r\n  b\tc") == "a b c"
    assert multi_line("a\r\nb\rc\u2029d") == "a\nb\nc\nd"
    assert visible("a\x1b[2J\x07\x08\x00\x9b\nb\tc") == "a\\u001b[2J\\u0007\\u0008\\u0000\\u009b\nb\tc"
    assert first_forbidden("ordinaire, accentué, 👩‍👩‍👧") is None
    assert first_forbidden("a\tb\nc\r\u2028") is None
    assert first_forbidden("a\x00") == "\x00"
