"""Hyphenation of justified paragraphs: pyphen's cuts, as ReportLab makes them from a language name, with the
dictionary read the first time a word needs cutting and kept parsed in the user's cache folder.

Given ``hyphenationLang="fr_FR"``, ReportLab builds ``pyphen.Pyphen(lang="fr_FR").iterate`` for every
paragraph, and pyphen parses its French dictionary (about 2,900 patterns, 15 ms) at its first use in a
process. A ``Hyphenator`` is the callable ReportLab accepts in its place: the same cuts (``Pyphen.iterate``),
but the dictionary's patterns come from an entry of ``parse_cache`` when it holds this dictionary's parse
by this pyphen, else from pyphen's parse (then kept). The patterns go where pyphen keeps a parsed
dictionary (``pyphen.hdcache``), so every ``Pyphen`` of the process shares them as it would.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cmer_desk.formats.pdf import parse_cache

log = logging.getLogger(__name__)

FORMAT = 1


def _key(digest: str) -> tuple[str, int, str, str, str]:
    import pyphen

    return "hyphenation patterns", FORMAT, pyphen.__version__, parse_cache.PYTHON, digest


class Hyphenator:
    """What ReportLab calls with a word: its (head, tail) cuts, the longest head first."""

    def __init__(self, language: str, folder: Path | None = None) -> None:
        self.language = language
        self.folder = folder
        self._pyphen: Any = None

    def __call__(self, word: str) -> Iterator[tuple[str, str]]:
        if self._pyphen is None:
            self._pyphen = _load(self.language, self.folder)
        return self._pyphen.iterate(word)

    def __repr__(self) -> str:
        return f"Hyphenator({self.language!r})"


def _load(language: str, folder: Path | None):
    import pyphen

    path = pyphen.LANGUAGES[pyphen.language_fallback(language)]
    if path not in pyphen.hdcache:
        data = path.read_bytes()
        key = _key(parse_cache.digest(data))
        entry = (folder if folder is not None else parse_cache.folder("hyphenation")) / (
            f"{Path(path.name).stem}-{key[-1][:24]}.patterns")
        dictionary = _from_entry(parse_cache.read(entry, key))
        if dictionary is None:
            dictionary = pyphen.HyphDict(path)
            if parse_cache.is_plain(dictionary.patterns):  # not with pyphen's non-standard cuts (DataInt)
                parse_cache.write(entry, key, {"patterns": dictionary.patterns, "maxlen": dictionary.maxlen})
        else:
            log.debug("hyphenation patterns of %s read from %s", language, entry)
        pyphen.hdcache[path] = dictionary
    return pyphen.Pyphen(lang=language)


def _from_entry(kept: Any):
    """The parsed dictionary an entry holds (what ``HyphDict.__init__`` sets), or None."""
    import pyphen

    if not isinstance(kept, dict):
        return None
    patterns, maxlen = kept.get("patterns"), kept.get("maxlen")
    if not isinstance(patterns, dict) or not patterns or not isinstance(maxlen, int):
        return None
    dictionary = pyphen.HyphDict.__new__(pyphen.HyphDict)
    dictionary.patterns = patterns
    dictionary.cache = {}
    dictionary.maxlen = maxlen
    return dictionary
