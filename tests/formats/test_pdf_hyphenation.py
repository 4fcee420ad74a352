"""French hyphenation of the invitation: pyphen's cuts, its dictionary loaded only when a word needs it and
kept parsed in the user's cache folder (any doubt about the entry: the dictionary is parsed)."""

from __future__ import annotations

import pyphen
import pytest

from cmer_desk.formats.pdf import hyphenation, parse_cache

WORDS = ("radicalisation", "départemental", "accompagnement", "Bouches-du-Rhône", "anticonstitutionnellement",
         "préfecture", "œuvre", "signeront", "l'installation", "CMER", "a", "")


@pytest.fixture
def parses(monkeypatch) -> list[object]:
    seen: list[object] = []
    original = pyphen.HyphDict.__init__

    def counting(self, path):
        seen.append(path)
        original(self, path)

    monkeypatch.setattr(pyphen.HyphDict, "__init__", counting)
    monkeypatch.setattr(pyphen, "hdcache", {})  # nothing parsed yet in this process
    return seen


def test_the_cuts_are_pyphens(tmp_path, parses):
    french = hyphenation.Hyphenator("fr_FR", tmp_path)
    reference = pyphen.Pyphen(lang="fr_FR")
    for word in WORDS:
        assert list(french(word)) == list(reference.iterate(word)), word


def test_the_dictionary_is_read_when_a_word_is_first_cut_and_once(tmp_path, parses):
    french = hyphenation.Hyphenator("fr_FR", tmp_path)
    assert parses == [] and not list(tmp_path.iterdir())
    list(french("radicalisation"))
    list(french("préfecture"))
    assert len(parses) == 1


def test_a_second_process_reads_the_parsed_dictionary_from_the_cache(tmp_path, parses):
    list(hyphenation.Hyphenator("fr_FR", tmp_path)("radicalisation"))
    parsed = next(iter(pyphen.hdcache.values()))
    pyphen.hdcache.clear()  # as in a new process
    parses.clear()
    french = hyphenation.Hyphenator("fr_FR", tmp_path)
    for word in WORDS:
        assert list(french(word)) == list(pyphen.Pyphen(lang="fr_FR").iterate(word))
    assert parses == []
    cached = next(iter(pyphen.hdcache.values()))
    assert vars(cached).keys() == vars(parsed).keys()
    assert cached.patterns == parsed.patterns and cached.maxlen == parsed.maxlen


@pytest.mark.parametrize("how", ["truncated", "another pyphen", "not patterns"])
def test_a_damaged_or_stale_entry_parses_the_dictionary_again(tmp_path, parses, how):
    list(hyphenation.Hyphenator("fr_FR", tmp_path)("radicalisation"))
    (entry,) = tmp_path.iterdir()
    raw = entry.read_bytes()
    if how == "truncated":
        entry.write_bytes(raw[:-10])
    else:
        key = hyphenation._key(parse_cache.digest(pyphen.LANGUAGES[pyphen.language_fallback("fr_FR")].read_bytes()))
        if how == "another pyphen":
            parse_cache.write(entry, (*key[:2], "0.1", *key[3:]), {"patterns": {}, "maxlen": 1})
        else:
            parse_cache.write(entry, key, {"patterns": [1, 2], "maxlen": "x"})
    pyphen.hdcache.clear()
    parses.clear()
    french = hyphenation.Hyphenator("fr_FR", tmp_path)
    assert list(french("radicalisation")) == list(pyphen.Pyphen(lang="fr_FR").iterate("radicalisation"))
    assert len(parses) == 1
