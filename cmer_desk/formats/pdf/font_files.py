"""The bureau's own font files (Marianne, Spectral...), read with fontTools into what ReportLab embeds.

TTF is used as it is; WOFF and WOFF2 are unpacked; an OpenType font with PostScript (CFF) outlines
is converted to TrueType outlines (fontTools' cu2qu), since ReportLab embeds TrueType outlines only.
"""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

FONT_SUFFIXES = (".ttf", ".otf", ".woff", ".woff2")
# The letters every invitation prints: a font without them would print boxes.
_NEEDED = "AaÀàÉéÈèÊêÇçŒœ0123456789:;!?«»–’@"


class FontFileError(ValueError):
    """The file is not a font the documents can print with (the message says why, in French)."""


def _cff_to_glyf(font) -> None:
    """Replace PostScript outlines by quadratic TrueType outlines, in place."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable

    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    for tag in ("CFF ", "CFF2", "VORG"):
        if tag in font:
            del font[tag]
    font["head"].glyphDataFormat = 0
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    maxp.maxComponentDepth = 0
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order
    font.sfntVersion = "\x00\x01\x00\x00"


@lru_cache(maxsize=16)
def _load(path: str, size: int, mtime: float) -> bytes:
    from fontTools.ttLib import TTFont, TTLibError

    try:
        font = TTFont(path, fontNumber=0)
        font.flavor = None  # WOFF / WOFF2 -> plain sfnt
        if "glyf" not in font:
            if "CFF " not in font:
                raise FontFileError(f"« {Path(path).name} » n'a ni contours TrueType ni contours PostScript.")
            _cff_to_glyf(font)
        cmap = font.getBestCmap() or {}
        missing = [c for c in _NEEDED if ord(c) not in cmap]
        if len(missing) > 4:
            raise FontFileError(f"« {Path(path).name} » ne contient pas les lettres du français ({''.join(missing)}).")
        out = io.BytesIO()
        font.save(out)
        return out.getvalue()
    except FontFileError:
        raise
    except (TTLibError, OSError, ValueError, KeyError, AssertionError) as exc:
        raise FontFileError(f"« {Path(path).name} » n'est pas un fichier de police lisible ({exc}).") from exc


def load_font_bytes(path: str) -> bytes:
    """The font at `path` as TrueType bytes ready for ReportLab; FontFileError when it cannot be used."""
    file = Path(path)
    if file.suffix.lower() not in FONT_SUFFIXES:
        raise FontFileError(f"« {file.name} » doit être une police {', '.join(FONT_SUFFIXES)}.")
    try:
        stat = file.stat()
    except OSError as exc:
        raise FontFileError(f"Le fichier « {path} » est introuvable.") from exc
    return _load(str(file), stat.st_size, stat.st_mtime)


def font_file_problem(path: str) -> str | None:
    """Why the file cannot be used as a document font, in French; None when it can."""
    if not path:
        return None
    try:
        load_font_bytes(path)
    except FontFileError as exc:
        return str(exc)
    return None
