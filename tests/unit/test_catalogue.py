"""The domain's words in the interface language: a gettext catalogue compiled from the .po with Babel,
French (the source) by default and in the command line; the documents keep the French labels."""

from __future__ import annotations

import re
import string

import pytest
from babel.messages.pofile import read_po

from cmer_desk.domain import i18n
from cmer_desk.domain.drafts import OrganisationDraft
from cmer_desk.domain.enums import AccreditationRole, AccreditationStatus, EventKind, EventStatus, OrganisationKind
from cmer_desk.domain.errors import ValidationError
from cmer_desk.domain.validation import check_organisation

PO = i18n.LOCALE_DIR / "en" / "LC_MESSAGES" / "cmer_desk.po"


@pytest.fixture
def english():
    assert i18n.set_language("en")
    yield
    i18n.set_language("fr")


def _refusal(draft: OrganisationDraft) -> str:
    with pytest.raises(ValidationError) as refused:
        check_organisation(draft)
    return refused.value.errors[0].message


def test_french_by_default_needs_no_catalogue():
    assert i18n.language() == "fr"
    assert i18n.label(EventStatus.DRAFT) == "Brouillon"
    assert _refusal(OrganisationDraft(name="")) == "Le champ « Nom » est obligatoire."
    assert [i18n.ngettext("fiche", "fiches", n) for n in (0, 1, 2)] == ["fiche", "fiche", "fiches"]


def test_english_labels_messages_and_plurals(english):
    assert i18n.language() == "en"
    assert [i18n.label(s) for s in EventStatus] == ["Draft", "Sent", "Done", "Cancelled"]
    assert i18n.label(AccreditationStatus.WAITING) == "Waiting list"
    assert i18n.label(AccreditationRole.CAMERA) == "Camera operator"
    assert i18n.label(EventKind.OFFICIAL_VISIT) == "Official visit"
    assert i18n.label(OrganisationKind.MAIRIE) == "Town hall"
    assert _refusal(OrganisationDraft(name="")) == "The field “Name” is required."
    assert _refusal(OrganisationDraft(name="Radio", email="pas une adresse")) == (
        "The address “pas une adresse” in the field “E-mail” is not a valid e-mail address.")
    assert [i18n.ngettext("fiche", "fiches", n) for n in (0, 1, 2)] == ["fiches", "fiche", "fiches"]


def test_the_labels_the_documents_print_stay_french(english):
    assert EventStatus.DRAFT.label == "Brouillon"
    assert AccreditationRole.REPORTER.label == "Rédacteur"
    assert EventKind.from_text("Point presse") is EventKind.PRESS_BRIEFING


def test_unknown_language_stays_french():
    assert not i18n.set_language("xx")
    assert i18n.language() == "fr"
    assert i18n.label(EventStatus.SENT) == "Envoyée"


def test_a_shipped_mo_is_used_and_a_stale_one_is_not(tmp_path):
    from babel.messages.mofile import write_mo

    folder = tmp_path / "en" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    po = folder / "cmer_desk.po"
    po.write_bytes(PO.read_bytes())
    with PO.open("rb") as stream:
        catalog = read_po(stream)
    catalog["Brouillon"].string = "Draft (compiled)"
    with (folder / "cmer_desk.mo").open("wb") as stream:
        write_mo(stream, catalog)
    assert i18n.compile_catalogue("en", tmp_path).gettext("Brouillon") == "Draft (compiled)"
    import os

    mo_time = (folder / "cmer_desk.mo").stat().st_mtime
    os.utime(po, (mo_time + 10, mo_time + 10))  # the .po edited since: compiled again from it
    assert i18n.compile_catalogue("en", tmp_path).gettext("Brouillon") == "Draft"


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_message_is_translated_with_the_same_placeholders():
    with PO.open("rb") as stream:
        catalog = read_po(stream)
    untranslated, placeholders, french = [], [], []
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(strings) or message.fuzzy:
            untranslated.append(ids[0])
            continue
        if any(_fields(s) != _fields(ids[0]) for s in strings):
            placeholders.append(ids[0])
        if any(re.search(r"[éèàùç]|« ", s) and "Préfecture" not in s and "heures" not in s and " h 30" not in s
               for s in strings):
            french.append(ids[0])
    assert untranslated == [] and placeholders == [] and french == []


def test_the_catalogue_holds_every_marked_message():
    """The .po is up to date: every N_/_ message of the domain and the services is in it (run
    scripts/update-translations.sh after adding one)."""
    from babel.messages.extract import extract_from_dir

    with PO.open("rb") as stream:
        known = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(stream) if m.id}
    package = i18n.LOCALE_DIR.parents[1]
    found = set()
    for folder in ("domain", "services", "formats"):
        for _file, _line, message, _comments, _context in extract_from_dir(
                package / folder, keywords={"_": None, "N_": None, "gettext": None, "ngettext": (1, 2),
                                                    "interface_ngettext": (1, 2)}):
            found.add(message if isinstance(message, str) else message[0])
    assert found - known == set()
