"""The officials' paragraph agrees in number with the officials it names: the event holds the action for one
official ("signera...") and for several ("signeront..."), and the paragraph takes the right one."""

from __future__ import annotations

import dataclasses

from cmer_desk.domain.wording import officials_paragraph


def _plain(text: str) -> str:
    """The paragraph with its typographic no-break spaces as plain ones (what is compared here is the words)."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")

ONE = "signera le protocole d'installation de la cellule :"
SEVERAL = "signeront le protocole d'installation de la cellule :"


def test_one_official_takes_the_singular_and_several_the_plural():
    prefect = ("Olivier de MAZIÈRES", "préfet de police des Bouches-du-Rhône")
    mayor = ("Lucien LIMOUSIN", "maire de Tarascon")
    assert _plain(officials_paragraph([mayor], SEVERAL, ONE)) == f"Lucien LIMOUSIN, maire de Tarascon, {ONE}"
    assert _plain(officials_paragraph([prefect, mayor], SEVERAL, ONE)) == (
        f"Olivier de MAZIÈRES, préfet de police des Bouches-du-Rhône, et Lucien LIMOUSIN, maire de Tarascon, {SEVERAL}")
    # only one form typed: it is used whatever the number (the form warns the person)
    assert _plain(officials_paragraph([mayor], SEVERAL, "")) == f"Lucien LIMOUSIN, maire de Tarascon, {SEVERAL}"
    assert _plain(officials_paragraph([prefect, mayor], "", ONE)).endswith(f"Lucien LIMOUSIN, maire de Tarascon, {ONE}")


def test_the_invitation_of_the_example_with_one_official_left_reads_signera(app, example_event_id):
    event = app.events.get(example_event_id)
    assert event.officials_action_single.startswith("signera le protocole")
    event.officials = event.officials[1:]  # the préfet no longer comes
    app.events.save(dataclasses.replace(event))
    paragraph = _plain(app.documents.invitation(example_event_id).officials_paragraph)
    assert paragraph == ("Lucien LIMOUSIN, maire de Tarascon, signera le protocole d'installation de la cellule "
                         "municipale d'échange sur la radicalisation :")
