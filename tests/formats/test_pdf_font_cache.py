"""The parsed TrueType faces are kept in the user's cache folder: a document run again reads them from there
instead of parsing its font files, prints the same bytes, and any doubt about the cache (stale, corrupt,
unreadable, unwritable) falls back to parsing the file."""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfbase import ttfonts

from cmer_desk.formats.pdf import font_cache, fonts, parse_cache

ROOT = Path(__file__).resolve().parents[2]
REGULAR = str(fonts.FONT_DIR.joinpath("DejaVuSans.ttf"))
BOLD = str(fonts.FONT_DIR.joinpath("DejaVuSans-Bold.ttf"))

# Counts the faces ReportLab parses and the hyphenation dictionaries pyphen parses, renders the Tarascon
# invitation and prints the counts and the PDF's digest (its /ID, made from the time, left out).
SCRIPT = """
import hashlib, json, re
import pyphen
from reportlab.pdfbase import ttfonts

parsed, dictionaries = [], []
original, original_dictionary = ttfonts.TTFontFile.extractInfo, pyphen.HyphDict.__init__

def counting(self, *args, **kwargs):
    parsed.append(self.filename)
    return original(self, *args, **kwargs)

def counting_dictionary(self, path):
    dictionaries.append(str(path))
    original_dictionary(self, path)

ttfonts.TTFontFile.extractInfo = counting
pyphen.HyphDict.__init__ = counting_dictionary

from cmer_desk.formats.pdf.invitation import render_invitation
from tests.formats.conftest import make_invitation

pdf = re.sub(rb"/ID \\n\\[<[0-9a-f]+><[0-9a-f]+>\\]", b"", render_invitation(make_invitation()))
print(json.dumps({"parsed": len(parsed), "dictionaries": len(dictionaries),
                  "digest": hashlib.sha256(pdf).hexdigest()}))
"""


def render_in_new_process(cache_home: Path) -> dict:
    env = dict(os.environ, XDG_CACHE_HOME=str(cache_home))
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.face"))


def test_a_second_run_reads_its_faces_and_its_hyphenation_from_the_cache_and_prints_the_same_bytes(tmp_path):
    first = render_in_new_process(tmp_path)
    assert first["parsed"] == 2  # the regular and the bold DejaVu faces
    assert first["dictionaries"] == 1  # French, for the justified paragraphs
    assert len(entries(tmp_path / "cmer-desk" / "fonts")) == 2
    assert len(list((tmp_path / "cmer-desk" / "hyphenation").iterdir())) == 1
    second = render_in_new_process(tmp_path)
    assert second == {"parsed": 0, "dictionaries": 0, "digest": first["digest"]}


def test_a_corrupt_and_a_stale_cache_are_parsed_again_with_the_same_bytes_and_rewritten(tmp_path):
    first = render_in_new_process(tmp_path)
    regular, bold = sorted(entries(tmp_path / "cmer-desk" / "fonts"), key=lambda p: p.name)
    regular.write_bytes(regular.read_bytes()[:-100])  # cut short
    _rewrite_payload(bold, lambda p: ((*p[0][:2], "0.0-old", *p[0][3:]), p[1]))  # another ReportLab's parse
    again = render_in_new_process(tmp_path)
    assert again == {"parsed": 2, "dictionaries": 0, "digest": first["digest"]}
    assert render_in_new_process(tmp_path) == {"parsed": 0, "dictionaries": 0, "digest": first["digest"]}


def test_an_unwritable_cache_folder_still_prints_the_same_bytes(tmp_path):
    first = render_in_new_process(tmp_path / "a")
    (tmp_path / "b").write_text("a file where the cache folder should be")
    assert render_in_new_process(tmp_path / "b") == {"parsed": 2, "dictionaries": 1, "digest": first["digest"]}


def _rewrite_payload(entry: Path, change) -> None:
    """Rewrite an entry with a changed payload and a checksum that matches it (what a stale cache looks like)."""
    raw = entry.read_bytes()
    head = raw[: len(parse_cache.MAGIC)]
    payload = marshal.dumps(change(marshal.loads(raw[len(parse_cache.MAGIC) + 32:])))
    entry.write_bytes(head + hashlib.sha256(payload).digest() + payload)


@pytest.fixture
def parses(monkeypatch) -> list[str]:
    seen: list[str] = []
    original = ttfonts.TTFontFile.extractInfo

    def counting(self, *args, **kwargs):
        seen.append(self.filename)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(ttfonts.TTFontFile, "extractInfo", counting)
    return seen


def _same_face(cached: ttfonts.TTFontFace, parsed: ttfonts.TTFontFace) -> None:
    assert type(cached) is type(parsed)
    mine, theirs = dict(vars(cached)), dict(vars(parsed))
    scale_a, scale_b = mine.pop("_pdfScale"), theirs.pop("_pdfScale")
    assert [scale_a(v) for v in (0, 1, -7, 2048, 1000.5)] == [scale_b(v) for v in (0, 1, -7, 2048, 1000.5)]
    assert mine == theirs
    for key, value in theirs.items():
        assert type(mine[key]) is type(value), key
        if isinstance(value, ttfonts.TTFNameBytes):
            assert mine[key].ustr == value.ustr


def test_a_face_from_the_cache_is_the_parsed_face_attribute_by_attribute(tmp_path, parses):
    parsed = ttfonts.TTFontFace(REGULAR)
    parses.clear()
    font_cache.load_face(REGULAR, tmp_path)
    assert parses == [REGULAR] and len(entries(tmp_path)) == 1
    cached = font_cache.load_face(REGULAR, tmp_path)
    assert parses == [REGULAR]  # not parsed the second time
    _same_face(cached, parsed)


def test_a_document_font_on_a_cached_face_is_the_font_made_from_the_file(tmp_path):
    font_cache.load_face(BOLD, tmp_path)
    from_file = fonts.DocumentFont("X-Bold", BOLD)
    from_cache = fonts.DocumentFont("X-Bold", BOLD, face=font_cache.load_face(BOLD, tmp_path))
    mine, theirs = dict(vars(from_cache)), dict(vars(from_file))
    _same_face(mine.pop("face"), theirs.pop("face"))
    assert type(mine.pop("encoding")) is type(theirs.pop("encoding"))
    assert type(mine.pop("state")) is type(theirs.pop("state"))
    assert mine == theirs


def _damage(entry: Path, how: str) -> None:
    raw = entry.read_bytes()
    if how == "empty":
        entry.write_bytes(b"")
    elif how == "truncated":
        entry.write_bytes(raw[: len(raw) // 2])
    elif how == "flipped byte":
        middle = len(raw) // 2
        entry.write_bytes(raw[:middle] + bytes([raw[middle] ^ 0x40]) + raw[middle + 1:])
    elif how == "garbage":
        entry.write_bytes(os.urandom(len(raw)))
    elif how == "another magic":
        entry.write_bytes(b"X" + raw[1:])
    elif how == "not marshal":
        payload = b"\xff" * 64
        entry.write_bytes(parse_cache.MAGIC + hashlib.sha256(payload).digest() + payload)
    elif how == "another format":
        _rewrite_payload(entry, lambda p: ((p[0][0], p[0][1] + 1, *p[0][2:]), p[1]))
    elif how == "another Python":
        _rewrite_payload(entry, lambda p: ((*p[0][:3], "2.7", p[0][4]), p[1]))
    elif how == "another font's digest":
        _rewrite_payload(entry, lambda p: ((*p[0][:4], "0" * 64), p[1]))
    elif how == "wrong shape":
        _rewrite_payload(entry, lambda p: p[0])
    elif how == "not a face":
        _rewrite_payload(entry, lambda p: (p[0], {"plain": [], "names": {}}))
    elif how == "a missing attribute":
        _rewrite_payload(entry, lambda p: (p[0], {"plain": {k: v for k, v in p[1]["plain"].items()
                                                            if k != "charWidths"}, "names": p[1]["names"]}))
    elif how == "a directory":
        entry.unlink()
        entry.mkdir()
    else:
        raise AssertionError(how)


@pytest.mark.parametrize("how", [
    "empty", "truncated", "flipped byte", "garbage", "another magic", "not marshal", "another format",
    "another Python", "another font's digest", "wrong shape", "not a face", "a missing attribute", "a directory",
])
def test_any_doubt_about_an_entry_parses_the_file_again(tmp_path, parses, how):
    parsed = ttfonts.TTFontFace(REGULAR)
    font_cache.load_face(REGULAR, tmp_path)
    (entry,) = entries(tmp_path)
    _damage(entry, how)
    parses.clear()
    again = font_cache.load_face(REGULAR, tmp_path)
    assert parses == [REGULAR]
    _same_face(again, parsed)
    if how != "a directory":  # rewritten whole: the next run reads it
        parses.clear()
        _same_face(font_cache.load_face(REGULAR, tmp_path), parsed)
        assert parses == []


def test_a_changed_font_file_is_never_read_from_the_entry_of_the_old_one(tmp_path, parses):
    copy = tmp_path / "Bureau.ttf"
    copy.write_bytes(Path(REGULAR).read_bytes())
    font_cache.load_face(str(copy), tmp_path / "cache")
    copy.write_bytes(Path(BOLD).read_bytes())
    parses.clear()
    face = font_cache.load_face(str(copy), tmp_path / "cache")
    assert parses == [str(copy)] and face.name == b"DejaVuSans-Bold"


def test_the_cache_holds_no_font_bytes(tmp_path):
    """Only what the parse found is kept; the file itself is read again (subsetting copies its glyphs)."""
    font_cache.load_face(REGULAR, tmp_path)
    (entry,) = entries(tmp_path)
    assert entry.stat().st_size < Path(REGULAR).stat().st_size
    assert Path(REGULAR).read_bytes()[:4096] not in entry.read_bytes()
    assert re.fullmatch(r"DejaVuSans-[0-9a-f]{24}\.face", entry.name)


def test_the_same_font_at_another_path_is_read_from_the_cache_under_its_own_name(tmp_path, parses):
    copy = tmp_path / "DejaVuSans.ttf"
    copy.write_bytes(Path(REGULAR).read_bytes())
    font_cache.load_face(REGULAR, tmp_path / "cache")
    parses.clear()
    face = font_cache.load_face(str(copy), tmp_path / "cache")
    assert parses == [] and face.filename == str(copy)
    _same_face(face, ttfonts.TTFontFace(str(copy)))
