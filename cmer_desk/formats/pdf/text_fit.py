"""Fitting text into a width on a canvas: greedy and balanced wrapping (at spaces, after hyphens, and
between letters only as a last resort), shrinking to a floor size, then cutting with an ellipsis.
Used by the badges and the attendee list, which draw straight on the canvas."""

from __future__ import annotations

import math
import re

from cmer_desk.formats.pdf import text as pdf_text

ELLIPSIS = "\u2026"


def stringWidth(value: str, font: str, size: float) -> float:  # noqa: N802 - stands for ReportLab's
    """The printed width, fallback fonts included (an Arabic, Chinese or emoji name measures right)."""
    return pdf_text.width(value, font, size)

_BREAKABLE_SPACE = re.compile(r"[ \t\r\n\f\v]+")  # not the no-break spaces: they glue


_SPACED_DASH = re.compile(r"[ \t]+([\u2013\u2014])[ \t]")
NBSP = "\u00a0"


def _words(text: str) -> list[str]:
    """The words a line may break between; a spaced dash stays with the word before it."""
    text = _SPACED_DASH.sub(lambda m: NBSP + m.group(1) + " ", text)
    return [w for w in _BREAKABLE_SPACE.split(text) if w]


def _split_word(word: str, font: str, size: float, width: float, hyphens: bool = False) -> list[str]:
    """The pieces a line may end after: a word cut after its hyphens ('SAINT-', 'EXUPÉRY') when
    `hyphens` is set or when it is wider than `width`, a piece still too wide cut between letters."""
    if not hyphens and stringWidth(word, font, size) <= width:
        return [word]
    pieces: list[str] = []
    for part in re.findall(r"[^-]+-*|-+", word):
        if stringWidth(part, font, size) <= width:
            pieces.append(part)
            continue
        cur = ""
        for ch in part:
            if cur and stringWidth(cur + ch, font, size) > width:
                pieces.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            pieces.append(cur)
    return pieces


def wrap(text: str, font: str, size: float, width: float, hyphens: bool = False) -> list[str]:
    """Greedy wrap at spaces (and after hyphens when `hyphens`); an over-wide word is cut after its
    hyphens, then anywhere."""
    lines: list[str] = []
    cur = ""
    for word in _words(text):
        for i, piece in enumerate(_split_word(word, font, size, width, hyphens)):
            sep = " " if cur and i == 0 else ""
            trial = cur + sep + piece
            if not cur or stringWidth(trial, font, size) <= width:
                cur = trial
            else:
                lines.append(cur)
                cur = piece
    if cur:
        lines.append(cur)
    return lines


def balanced_wrap(text: str, font: str, size: float, width: float, hyphens: bool = False) -> list[str]:
    """Wrap into as few lines as `wrap` does, but with lines of even length (no lone last word)."""
    lines = wrap(text, font, size, width, hyphens)
    if len(lines) < 2:
        return lines
    # Never narrower than the widest piece: a word must not be cut where the full width kept it.
    pieces = [p for word in _words(text) for p in _split_word(word, font, size, width, hyphens)]
    lo = max(stringWidth(p, font, size) for p in pieces)
    hi = width  # narrowest width that still gives the same number of lines
    if len(wrap(text, font, size, lo, hyphens)) == len(lines):
        return wrap(text, font, size, lo, hyphens)
    for _ in range(20):
        mid = (lo + hi) / 2
        if len(wrap(text, font, size, mid, hyphens)) == len(lines):
            hi = mid
        else:
            lo = mid
    return wrap(text, font, size, hi, hyphens)


def _cut(line: str, font: str, size: float, width: float) -> str:
    """The longest prefix of `line` that fits `width` with an ellipsis after it."""
    lo, hi = 0, len(line)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if stringWidth(line[:mid].rstrip() + ELLIPSIS, font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return line[:lo].rstrip() + ELLIPSIS


def fit_lines(text: str, font: str, max_size: float, min_size: float, width: float,
              max_lines: int, hyphens: bool = False) -> tuple[list[str], float]:
    """Largest size (step 0.5 pt, not below `min_size`) at which `text` wraps into `max_lines`.

    At `min_size` the text that still does not fit is cut with an ellipsis on the last line.
    Every returned line fits `width` at the returned size.
    """
    text = " ".join(_words(text))
    if not text:
        return [], max_size
    size = max_size
    while True:
        lines = wrap(text, font, size, width, hyphens)
        if len(lines) <= max_lines:
            return balanced_wrap(text, font, size, width, hyphens), size
        if size <= min_size:
            break
        size = max(min_size, size - 0.5)
    kept = lines[:max_lines]
    kept[-1] = _cut(kept[-1] + " " + lines[max_lines], font, size, width)
    return kept, size


def fit_text(text: str, font: str, size: float, width: float, min_size: float = 6.5) -> tuple[str, float]:
    """One line: the text shrunk down to `min_size`, then cut with an ellipsis, so that it fits `width`."""
    text = " ".join(text.split())
    w = stringWidth(text, font, size)
    if w <= width:
        return text, size
    shrunk = max(min_size, math.floor(size * width / w * 10) / 10)
    if stringWidth(text, font, shrunk) <= width:
        return text, shrunk
    return _cut(text, font, shrunk, width), shrunk
