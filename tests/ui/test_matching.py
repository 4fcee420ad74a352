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


def test_a_sorted_list_shows_what_is_found_in_its_own_order(qapp):
    from collections import namedtuple

    from PySide6.QtCore import Qt

    from cmer_desk.ui.models.table import Column, FoldFilterProxy, RowTableModel

    row = namedtuple("Row", "id name")
    names = [f"{a}{b}" for a in "mazer" for b in ("ieres", "tin", "o", "dupont")]
    model = RowTableModel([Column("Nom", lambda r: r.name)])
    model.set_rows([row(i, n) for i, n in enumerate(names)])
    proxy = FoldFilterProxy()
    proxy.setSourceModel(model)
    for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
        model.sort(0, order)
        shown_all = [model.row_at(r).name for r in range(model.rowCount())]
        for typed in ("zier", "ieres", "o", "zzz", "t"):  # one found, a quarter, most, none
            proxy.set_search(typed)
            shown = [proxy.row_at(r).name for r in range(proxy.rowCount())]
            assert shown == [n for n in shown_all if typed in n], (order, typed)


@settings(max_examples=200, deadline=None)
@given(rows=st.lists(st.text(alphabet="aeimrsz -.", max_size=30), max_size=12), word=words)
def test_typing_letter_by_letter_gives_what_a_fresh_search_gives(rows, word):
    matcher = Matcher(rows)
    for end in [*range(1, len(word) + 1), len(word) - 1, len(word)]:
        typed = word[:end]
        if typed:
            assert matcher.accept([typed]) == reference(rows, [typed]), typed
