"""Which rows match a search, in a few C-level regex scans: every word must appear, accents and case
ignored (the texts are already folded); when a word of five letters or more is found nowhere as
typed, one typo is allowed ("meziere" finds "mazieres")."""

from __future__ import annotations

import re
from bisect import bisect_right

FUZZY_FROM = 5  # letters: shorter words must match exactly


def word_pattern(word: str) -> re.Pattern[str]:
    if len(word) < FUZZY_FROM:
        return re.compile(re.escape(word))
    variants = {re.escape(word)}
    any_char = r"[^\n]"
    for i in range(len(word)):
        head, tail = re.escape(word[:i]), re.escape(word[i + 1:])
        variants.add(head + any_char + tail)  # one letter wrong
        variants.add(head + tail)  # one letter too many in the search
        variants.add(re.escape(word[:i]) + any_char + re.escape(word[i:]))  # one letter missing
    return re.compile("|".join(sorted(variants, key=len, reverse=True)))


class Matcher:
    """The folded texts joined once; each search scans them once per word."""

    def __init__(self, folded: list[str]):
        self.folded = folded
        self.text = "\n".join(folded) + "\n"
        self.starts = []
        pos = 0
        for f in folded:
            self.starts.append(pos)
            pos += len(f) + 1
        self.count = len(folded)

    def rows_with(self, word: str) -> set[int]:
        pattern, text, starts = word_pattern(word), self.text, self.starts
        found: set[int] = set()
        pos = 0
        while True:
            m = pattern.search(text, pos)
            if m is None:
                return found
            row = bisect_right(starts, m.start()) - 1
            found.add(row)
            pos = starts[row + 1] if row + 1 < self.count else len(text)

    def rows_with_typo(self, word: str) -> list[bool]:
        """Flags of the rows holding ``word`` with at most one typo. One edit leaves one half of the word
        intact, so only rows holding either half (a C-level substring test) go through the regex."""
        pattern, half = word_pattern(word), len(word) // 2
        head, tail = word[:half], word[half:]
        search = pattern.search
        return [(head in f or tail in f) and search(f) is not None for f in self.folded]

    def accept(self, words: list[str]) -> list[bool]:
        exact = [w for w in words if len(w) < FUZZY_FROM]
        fuzzy = [w for w in words if len(w) >= FUZZY_FROM]
        folded = self.folded
        if len(exact) == 1:
            w = exact[0]
            flags = [w in f for f in folded]
        elif exact:
            flags = [all(w in f for w in exact) for f in folded]
        else:
            flags = [True] * self.count
        for word in fuzzy:
            found = [word in f for f in folded]
            if not any(found):  # no exact spelling anywhere: allow one typo
                found = self.rows_with_typo(word)
            flags = [a and b for a, b in zip(flags, found)]
        return flags
