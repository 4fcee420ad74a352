"""The search index finds exactly what a regular expression over every row would: each word as typed,
else (five letters or more) with one letter wrong, missing or extra, spaces included."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from cmer_desk.ui.models.matching import FUZZY_FROM, Matcher


def _one_edit(word: str) -> re.Pattern[str]:
    """Every variant, written plainly (the reference the index is checked against)."""
    variants = {re.escape(word)}
    for i in range(len(word)):
        variants.add(re.escape(word[:i]) + "[^\n]" + re.escape(word[i + 1:]))
        variants.add(re.escape(word[:i]) + re.escape(word[i + 1:]))
        variants.add(re.escape(word[:i]) + "[^\n]" + re.escape(word[i:]))
    return re.compile("|".join(sorted(variants, key=len, reverse=True)))


def reference(folded: list[str], words: list[str]) -> list[bool]:
    flags = [True] * len(folded)
    for word in words:
        found = [word in f for f in folded]
        if not any(found) and len(word) >= FUZZY_FROM:
            pattern = _one_edit(word)
            found = [pattern.search(f) is not None for f in folded]
        flags = [a and b for a, b in zip(flags, found)]
    return flags


ROWS = ["de mazieres olivier prefet", "olivier de maziere", "katia bertaud katia.bertaud@mairie.fr",
        "jean-paul riviere", "jean paul riviere", "zoe emery radio camargue", "mazieres", "", "a b  c"]


def test_the_bureau_s_searches():
    matcher = Matcher(ROWS)
    for words in (["mazi"], ["meziere"], ["demazieres"], ["jeanpaul"], ["olivier", "maz"], ["zzzzz"],
                  ["bertaut"], ["katia.bertaud@mairie"], ["riviere", "jean-paul"], ["e"], ["camarge"]):
        assert matcher.accept(words) == reference(ROWS, words), words


def test_narrowing_keystroke_by_keystroke_gives_the_same_rows():
    matcher = Matcher(ROWS)
    for typed in ("m", "ma", "maz", "mazi", "mazie", "mazier", "maziere", "mazieres", "mazieresx", "m"):
        assert matcher.accept([typed]) == reference(ROWS, [typed]), typed


words = st.text(alphabet="aeimrsz -.", min_size=1, max_size=9).map(str.strip).filter(lambda w: w and " " not in w)


@settings(max_examples=300, deadline=None)
@given(rows=st.lists(st.text(alphabet="aeimrsz -.", max_size=30), max_size=12),
       query=st.lists(words, min_size=1, max_size=3))
def test_the_index_agrees_with_a_regular_expression_over_every_row(rows, query):
    assert Matcher(rows).accept(query) == reference(rows, query)
