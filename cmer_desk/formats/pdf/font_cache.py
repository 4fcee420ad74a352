"""Parsed TrueType faces kept in the user's cache folder, so that a document does not parse its fonts at every run.

ReportLab parses a TrueType file in Python (``TTFontFile.extractInfo``: names, metrics, the cmap, every
glyph's width and position), about 10 ms a DejaVu face, three faces for an invitation. An entry
(``parse_cache``) keeps the attributes the parse gave the face, under the file's SHA-256 and ReportLab's
version; a face made from it is attribute for attribute the parsed one (its file name included, so the
PDF is the same bytes). The font file itself is still read at every use: embedding copies its glyphs
from it. Any doubt about an entry, and the file is parsed as before, and the entry written again.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path
from typing import Any

import reportlab
from reportlab.pdfbase.ttfonts import TTFNameBytes, TTFontFace

from cmer_desk.formats.pdf import parse_cache

log = logging.getLogger(__name__)

FORMAT = 1
_SKIPPED = ("_ttf_data", "_pdfScale")  # the file's bytes (read again) and a function (made again)
# What the documents read of a face: an entry without one of them is not used.
_REQUIRED = ("name", "unitsPerEm", "ascent", "descent", "capHeight", "bbox", "flags", "italicAngle", "stemV",
             "defaultWidth", "charWidths", "charToGlyph", "glyphToChar", "hmetrics", "glyphPos", "table",
             "numGlyphs", "subfontNameX", "filename")


def cache_folder() -> Path:
    return parse_cache.folder("fonts")


def load_face(path: str, folder: Path | None = None) -> TTFontFace:
    """The face of the TrueType file at `path`, as ``TTFontFace(path)`` parses it: from the cache when it
    holds this file's parse by this ReportLab, else parsed, and the parse kept for the next time."""
    data = Path(path).read_bytes()
    key = _key(parse_cache.digest(data))
    entry = (folder if folder is not None else cache_folder()) / f"{Path(path).stem}-{key[-1][:24]}.face"
    kept = parse_cache.read(entry, key)
    if kept is not None:
        try:
            face = _face(kept, data, path)
            log.debug("face of %s read from %s", path, entry)
            return face
        except Exception as error:  # noqa: BLE001 - any doubt about an entry: the file is parsed, as without a cache
            log.info("font cache %s not used (%s): %s is parsed", entry, error, path)
    source = io.BytesIO(data)
    source.name = path  # what ReportLab records as the face's file name, as when it opens the path itself
    face = TTFontFace(source)
    state = _state(face)
    if state is None:
        log.info("the face of %s holds values the font cache cannot keep: parsed at every run", path)
    else:
        parse_cache.write(entry, key, state)
    return face


def _key(digest: str) -> tuple[str, int, str, str, str]:
    return "TrueType face", FORMAT, reportlab.Version, parse_cache.PYTHON, digest


def _face(state: dict[str, dict[str, Any]], data: bytes, path: str) -> TTFontFace:
    plain, names = state["plain"], state["names"]
    if not isinstance(plain, dict) or not isinstance(names, dict):
        raise TypeError("not the attributes of a face")
    missing = [k for k in _REQUIRED if k not in plain and k not in names]
    if missing:
        raise ValueError(f"attributes missing: {missing}")
    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(plain)
    face.filename = path  # the same bytes may have been parsed at another path (a copy, a temporary file)
    for key, text in names.items():
        setattr(face, key, TTFNameBytes(text.encode("utf8")))  # what the parse gives: the text in UTF-8
    face._ttf_data = data
    face._pdfScale = _scale(face.unitsPerEm)
    return face


def _scale(units_per_em: int):
    """The face's conversion from font units to thousandths of an em, as ``extractInfo`` makes it."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _state(face: TTFontFace) -> dict[str, dict[str, Any]] | None:
    """The face's attributes in a form marshal keeps exactly; None when one is of another kind."""
    if bytes(face.name).startswith(b"_RL_"):  # a name ReportLab made up from the file name or the time
        return None
    plain: dict[str, Any] = {}
    names: dict[str, str] = {}
    for key, value in vars(face).items():
        if key in _SKIPPED:
            continue
        if type(value) is TTFNameBytes and value == value.ustr.encode("utf8"):
            names[key] = value.ustr
        elif parse_cache.is_plain(value):
            plain[key] = value
        else:
            return None
    return {"plain": plain, "names": names}
