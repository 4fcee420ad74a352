"""Text as ReportLab must receive it so that every script prints and extracts right.

- Arabic (and Hebrew) runs are shaped by arabic-reshaper (joined letter forms) and put in visual
  order by python-bidi inside the left-to-right French text; the words of one right-to-left run are
  glued so that the run never breaks across lines. A PDF reader (pypdf, poppler, Acrobat) turns a
  right-to-left run back into logical order when it extracts the text.
- Each character the main font lacks is printed with the first font of the fallback chain that has
  it (``fonts.FALLBACKS``), per character.
- No-break spaces become the stand-ins ``fonts`` declares (never stretched, extracted as U+00A0 / U+202F).

``markup`` gives Paragraph markup (user text escaped: it prints literally); ``runs``, ``width`` and
``draw`` do the same for text drawn straight on a canvas.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from cmer_desk.formats.pdf import fonts
from cmer_desk.formats.pdf.markup import para_text

_RTL_LETTERS = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
_RTL = re.compile(f"[{_RTL_LETTERS}]")
# Words of one right-to-left run: glued so that the run is laid out as one piece.
_RTL_RUN_GAP = re.compile(f"(?<=[{_RTL_LETTERS}])[ \u00a0]+(?=[{_RTL_LETTERS}])")
_ATTACHED = {"Mn", "Me", "Cf"}  # combining marks, zero-width joiners, variation selectors: stay with the letter


def visual(text: str) -> str:
    """Logical text in the order it is drawn, right-to-left runs shaped; unchanged without them."""
    if not _RTL.search(text):
        return text
    import arabic_reshaper
    from bidi import get_display

    shown = get_display(arabic_reshaper.reshape(text), base_dir="L")
    return _RTL_RUN_GAP.sub(lambda m: fonts.GLUED_SPACE_STANDIN * len(m.group(0)), shown)


def _standins(text: str) -> str:
    return text.replace("\u00a0", fonts.NBSP_STANDIN).replace("\u202f", fonts.NNBSP_STANDIN)


@lru_cache(maxsize=4096)
def _font_for(main: str, char: str) -> str:
    if fonts.has_glyph(main, char):
        return main
    for fallback in fonts.fallback_chain(main):
        if fonts.has_glyph(fallback, char):
            return fallback
    return main


def runs(text: str, font: str) -> list[tuple[str, str]]:
    """(piece, font) in drawing order: the visual text cut where the font has to change."""
    text = _standins(visual(text))
    if fonts.covers(font, text):  # the usual case: one piece, no character looked at on its own
        return [(text, font)] if text else []
    return _runs_by_character(text, font)


def _runs_by_character(text: str, font: str) -> list[tuple[str, str]]:
    """``runs`` of a visual text with its stand-ins, character after character."""
    out: list[tuple[str, str]] = []
    current, start = font, 0
    for i, char in enumerate(text):
        if i and unicodedata.category(char) in _ATTACHED:
            continue  # a mark keeps the font of the letter it follows
        if char in fonts.STANDINS and fonts.has_glyph(current, char):
            continue  # a glued space keeps the font of what it follows
        if char.isspace() or char in fonts.STANDINS:
            wanted = font  # spaces between words are the main font's (justification stretches them)
        else:
            wanted = _font_for(font, char)
        if wanted != current:
            if i > start:
                out.append((text[start:i], current))
            current, start = wanted, i
    if start < len(text):
        out.append((text[start:], current))
    return out


def markup(text: str | None, font: str) -> str:
    """Paragraph markup for `text` in `font`: escaped, with the fallback fonts where needed."""
    if not text:
        return ""
    return "".join(
        para_text(piece) if name == font else f'<font name="{name}">{para_text(piece)}</font>'
        for piece, name in runs(text, font)
    )


def width(text: str, font: str, size: float) -> float:
    return sum(stringWidth(piece, name, size) for piece, name in runs(text, font))


def draw(c: Canvas, x: float, y: float, text: str, font: str, size: float, align: str = "left") -> float:
    """Draw `text` with its baseline at y ('left', 'centre' or 'right' of x); returns its width."""
    pieces = runs(text, font)
    total = sum(stringWidth(piece, name, size) for piece, name in pieces)
    if align == "centre":
        x -= total / 2
    elif align == "right":
        x -= total
    for piece, name in pieces:
        c.setFont(name, size)
        c.drawString(x, y, piece)
        x += stringWidth(piece, name, size)
    return total
