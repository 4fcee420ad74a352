"""The entries of the user's cache folder that keep what a library parsed (see formats/pdf/parse_cache.py)."""

from __future__ import annotations

import gc
import hashlib

import pytest

from cmer_desk.formats.pdf import parse_cache

KEY = ("test", 1, "lib 1.0", parse_cache.PYTHON, "ab" * 32)


def test_an_entry_gives_back_what_was_kept_under_its_key_only(tmp_path):
    value = {"patterns": {"a1b": (0, (1, 2))}, "names": ["x", b"y", None, 1.5, True]}
    parse_cache.write(tmp_path / "e.x", KEY, value)
    assert parse_cache.read(tmp_path / "e.x", KEY) == value
    assert parse_cache.read(tmp_path / "e.x", (*KEY[:-1], "cd" * 32)) is None
    assert parse_cache.read(tmp_path / "missing.x", KEY) is None
    assert [p.name for p in tmp_path.iterdir()] == ["e.x"]  # no temporary file left


@pytest.mark.parametrize("enabled", [True, False])
def test_reading_leaves_garbage_collection_as_it_found_it(tmp_path, enabled):
    parse_cache.write(tmp_path / "e.x", KEY, list(range(10)))
    payload = b"\xff" * 8  # whole, but not marshal
    (tmp_path / "bad.x").write_bytes(parse_cache.MAGIC + hashlib.sha256(payload).digest() + payload)
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        assert parse_cache.read(tmp_path / "e.x", KEY) == list(range(10))
        assert gc.isenabled() is enabled
        assert parse_cache.read(tmp_path / "bad.x", KEY) is None
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_only_values_marshal_gives_back_exactly_are_plain():
    class Name(bytes):
        pass

    assert parse_cache.is_plain({1: [(2, 3.0, "x", b"y", None, False)]})
    assert not parse_cache.is_plain([Name(b"x")]) and not parse_cache.is_plain({1: {2}})
    assert not parse_cache.is_plain(lambda x: x)
