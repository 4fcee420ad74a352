"""Which rows match a search: every word must appear, accents and case ignored (the texts are already
folded); when a word of five letters or more is found nowhere as typed, one typo is allowed ("meziere"
finds "mazieres").

The rows are indexed once, when they load (Matcher): the distinct words of their texts (split at spaces),
sorted, each with the rows that hold it, and the same words reversed. Then a keystroke costs:

- a word as typed: a C-level substring scan of the rows, narrowed to the rows that held a shorter word it
  contains (typing "mazi" after "maz" only looks at the rows holding "maz");
- a word with one typo: one edit leaves one half of the word intact, so only the distinct words holding
  either half go through the one-edit pattern, and the rows of the words it accepts are looked up; a typo
  that is a space (the wildcard of the pattern meeting the space between two words: "demazieres" for
  "de mazieres") is found through the words that start (or end) with the longer side of that space. The
  next letter typed only checks, with the longer pattern, the rows the shorter word found (a row within
  one edit of "meziere" is within one edit of "mezier").

The result is exactly the rows whose text holds the word or a one-edit variant of it, as a regular
expression over each row would find them, at a fraction of the cost.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

FUZZY_FROM = 5  # letters: shorter words must match exactly
_NARROW_CACHE = 16  # words as typed whose rows are kept, to narrow the next keystroke
_ANY = "[^\n]"


def word_pattern(word: str) -> re.Pattern[str]:
    """The word with at most one letter wrong, missing or extra. Variants whose edit falls on the first or
    last letter are left out: each contains a shorter variant (the word without that letter), so they
    match nothing more, and without them every variant starts with a letter the search can skip to."""
    if len(word) < FUZZY_FROM:
        return re.compile(re.escape(word))
    variants = {re.escape(word)}
    last = len(word) - 1
    for i in range(len(word)):
        head, tail = re.escape(word[:i]), re.escape(word[i + 1:])
        variants.add(head + tail)  # one letter too many in the search
        if 0 < i < last:
            variants.add(head + _ANY + tail)  # one letter wrong
        if i > 0:
            variants.add(head + _ANY + re.escape(word[i:]))  # one letter missing
    return re.compile("|".join(sorted(variants, key=len, reverse=True)))


def _prefixed(sorted_words: list[str], prefix: str) -> Iterable[int]:
    """Positions, in a sorted list, of the words that start with ``prefix``."""
    i = bisect_left(sorted_words, prefix)
    while i < len(sorted_words) and sorted_words[i].startswith(prefix):
        yield i
        i += 1


class Matcher:
    """The folded texts of some rows (by their position when loaded), indexed by word."""

    def __init__(self, folded: list[str]):
        self.folded = folded
        self.count = len(folded)
        postings: dict[str, int | list[int]] = {}  # a word seen in one row keeps a plain int
        for row, text in enumerate(folded):
            for word in text.split():
                held = postings.get(word)
                if held is None:
                    postings[word] = row
                elif held.__class__ is int:
                    if held != row:
                        postings[word] = [held, row]
                elif held[-1] != row:
                    held.append(row)
        self.words = sorted(postings)
        self._rows_of = postings
        self._reversed = sorted(w[::-1] for w in self.words)  # to find the words that end with a text
        self._narrow: dict[str, list[int]] = {}
        self._typo: dict[str, list[int]] = {}  # rows within one edit of a word, to narrow the next keystroke

    # --- words as typed ----------------------------------------------------------------------------
    def forget_searches(self) -> None:
        """Drop the rows kept from earlier keystrokes (benchmarks: each repetition types afresh)."""
        self._narrow.clear()
        self._typo.clear()

    def rows_holding(self, word: str) -> list[int]:
        """Rows whose text holds ``word``, ascending."""
        found = self._narrow.get(word)
        if found is not None:
            return found
        shorter = max((w for w in self._narrow if w in word), key=len, default=None)
        folded = self.folded
        if shorter is None or len(self._narrow[shorter]) > self.count // 2:  # a plain scan is quicker then
            found = [i for i, text in enumerate(folded) if word in text]
        else:
            found = [i for i in self._narrow[shorter] if word in folded[i]]
        if len(self._narrow) >= _NARROW_CACHE:
            self._narrow.pop(next(iter(self._narrow)))
        self._narrow[word] = found
        return found

    # --- one typo -------------------------------------------------------------------------------------
    def _rows_of_words(self, words: Iterable[str], into: set[int]) -> None:
        for word in words:
            held = self._rows_of[word]
            if held.__class__ is int:
                into.add(held)  # type: ignore[arg-type]
            else:
                into.update(held)  # type: ignore[arg-type]

    def rows_with_typo(self, word: str) -> list[int]:
        """Rows (ascending) whose text holds ``word`` with at most one letter wrong, missing or extra."""
        found = self._typo.get(word)
        if found is None:
            shorter = max((w for w in self._typo if w in word), key=len, default=None)
            if shorter is None:
                found = sorted(self._typo_from_index(word))
            else:  # whatever holds the longer word with one typo holds the shorter one with one at most
                search, folded = word_pattern(word).search, self.folded
                found = [i for i in self._typo[shorter] if search(folded[i])]
            if len(self._typo) >= _NARROW_CACHE:
                self._typo.pop(next(iter(self._typo)))
            self._typo[word] = found
        return found

    def _typo_from_index(self, word: str) -> set[int]:
        pattern, half = word_pattern(word), len(word) // 2
        head, tail = word[:half], word[half:]
        search = pattern.search
        found: set[int] = set()
        self._rows_of_words((w for w in self.words if (head in w or tail in w) and search(w)), found)
        # the wildcard on the space between two words: 'de' + ' ' + 'mazieres' for 'demazieres'
        last = len(word) - 1
        spaced = [(word[:i], word[i:]) for i in range(1, len(word))]  # a letter missing: the space
        spaced += [(word[:i], word[i + 1:]) for i in range(1, last)]  # a letter wrong: the space
        for before, after in spaced:
            text = f"{before} {after}"
            rows: set[int] = set()
            if len(after) >= len(before):
                self._rows_of_words((self.words[i] for i in _prefixed(self.words, after)), rows)
            else:
                self._rows_of_words((w[::-1] for w in (self._reversed[i] for i in
                                                       _prefixed(self._reversed, before[::-1]))), rows)
            found.update(r for r in rows if text in self.folded[r])
        return found

    # --- a search -------------------------------------------------------------------------------------
    def rows(self, words: list[str]) -> list[int]:
        """The rows (by load position, ascending) that hold every word (a long word: with one typo if it
        is found nowhere as typed)."""
        if not words:
            return list(range(self.count))
        found: list[Iterable[int]] = []
        for word in words:
            rows: Iterable[int] = self.rows_holding(word)
            if not rows and len(word) >= FUZZY_FROM:
                rows = self.rows_with_typo(word)
            found.append(rows)
        found.sort(key=len)  # type: ignore[arg-type]  # lists: the fewest rows first
        kept = found[0]
        for other in found[1:]:
            if not kept:
                break
            wanted = set(other)
            kept = [i for i in kept if i in wanted]
        return list(kept)

    def accept(self, words: list[str]) -> list[bool]:
        """For each row (by load position): is it found?"""
        flags = [False] * self.count
        for i in self.rows(words):
            flags[i] = True
        return flags
