"""French typography applied to typed text, and nothing else changed."""

from __future__ import annotations

import pytest

from cmer_desk.domain.enums import ApostropheStyle
from cmer_desk.domain.typography import NBSP, NNBSP, typeset


@pytest.mark.parametrize(
    "typed",
    ["&eacute;", "R&D &amp; co", "&#233; et &eacute;", "http://exemple.fr/?a=1;b=2", "à 11:30", "std::vector",
     "jean.dupont@exemple.fr", "<b>x</b>"],
)
def test_what_has_nothing_to_space_stays_exactly_as_typed(typed):
    assert typeset(typed) == typed


def test_a_character_reference_followed_by_text_is_not_spaced():
    assert typeset("Le mot &eacute; puis la suite ; enfin") == f"Le mot &eacute; puis la suite{NNBSP}; enfin"


@pytest.mark.parametrize(
    "typed, printed",
    [
        ("11 heures 30", f"11{NBSP}heures{NBSP}30"),
        ("le 24 janvier 2018", f"le 24{NBSP}janvier 2018"),
        ("le 1er mai", f"le 1er{NBSP}mai"),
        ("à 15 km, 20 % et 300 €", f"à 15{NBSP}km, 20{NBSP}% et 300{NBSP}€"),
        ("la salle n° 12", f"la salle n°{NBSP}12"),
        ("en 2018 l'action", "en 2018 l'action"),
        ("2 Place du Marché", "2 Place du Marché"),
    ],
)
def test_a_number_never_leaves_its_unit(typed, printed):
    assert typeset(typed) == printed


def test_the_apostrophe_the_bureau_chose():
    typed = "l'action d'aujourd'hui, 'entre guillemets'"
    assert typeset(typed) == typed
    assert typeset(typed, ApostropheStyle.WORDING) == typed  # typed text stays as typed
    assert typeset(typed, ApostropheStyle.WORDING, typed=False) == "l’action d’aujourd’hui, 'entre guillemets'"
    assert typeset(typed, ApostropheStyle.EVERYWHERE) == "l’action d’aujourd’hui, 'entre guillemets'"
