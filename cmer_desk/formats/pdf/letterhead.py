"""The page header every document shares: the bloc-marque at the top left, the place and date of issue
level with it on the right.

The bloc-marque follows the composition of the State's 2020 charte graphique: the emblem (bloc
Marianne) first, the issuer's official title in bold capitals under it, one line per line the bureau
typed (the charte's césure keeps the institution on the first line), then the motto « Liberté /
Égalité / Fraternité » on three lines, everything aligned on the emblem's left edge. Every measure
derives from the emblem's width (``EMBLEM_W``): the title's body is 0.19 of it, the gap between the
emblem and the title 0.22, the motto's body 0.72 of the title's, separated from it by one line; a
title line wider than 2.7 emblem widths shrinks the whole title. Without an emblem file the title and
the motto are printed alone, in the same place and at the same size.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from cmer_desk.domain.documents import Letterhead
from cmer_desk.formats.pdf import text
from cmer_desk.formats.pdf.emblem import read_emblem
from cmer_desk.formats.pdf.fonts import FontSet

EMBLEM_W = 16 * mm  # on an A4 page; the attendee list and the badges scale the whole bloc
TITLE_SIZE = 0.19 * EMBLEM_W
TITLE_LEADING = 1.08
EMBLEM_GAP = 0.22 * EMBLEM_W
MOTTO_RATIO = 0.72
MOTTO_LEADING = 1.05
MAX_TEXT_W = 2.7 * EMBLEM_W
ISSUE_SIZE = 10.0


@dataclass(frozen=True)
class _Measures:
    scale: float
    emblem_h: float
    title_size: float
    motto_size: float
    height: float


def _measure(data: Letterhead, fonts: FontSet, scale: float) -> _Measures:
    emblem = read_emblem(data.emblem_path)
    emblem_h = emblem.height_for(EMBLEM_W * scale) if emblem else 0.0
    title_size = TITLE_SIZE * scale
    widest = max((text.width(line, fonts.bold, title_size) for line in data.issuer_lines), default=0.0)
    if widest > MAX_TEXT_W * scale:
        title_size *= MAX_TEXT_W * scale / widest
    motto_size = TITLE_SIZE * scale * MOTTO_RATIO
    height = emblem_h
    if data.issuer_lines:
        height += (EMBLEM_GAP * scale if emblem else 0.0) + title_size * TITLE_LEADING * len(data.issuer_lines)
    if data.motto:
        height += (title_size if height else 0.0) + motto_size * MOTTO_LEADING * len(data.motto)
    return _Measures(scale, emblem_h, title_size, motto_size, height)


def letterhead_height(data: Letterhead, fonts: FontSet, scale: float = 1.0) -> float:
    """The height of the header: the bloc-marque, or the issue line alone when there is no bloc-marque."""
    return max(_measure(data, fonts, scale).height, ISSUE_SIZE * scale * 1.3 if data.issue_line else 0.0)


def draw_letterhead(c: Canvas, data: Letterhead, fonts: FontSet, left: float, top: float, right: float,
                    scale: float = 1.0, issue_size: float | None = None) -> float:
    """Draw the header between `left` and `right` from `top` down; returns the y under it."""
    m = _measure(data, fonts, scale)
    c.saveState()
    y = top
    emblem = read_emblem(data.emblem_path)
    if emblem is not None:
        emblem.draw(c, left, top - m.emblem_h, EMBLEM_W * scale)
        y -= m.emblem_h + (EMBLEM_GAP * scale if data.issuer_lines else 0.0)
    c.setFillColor(colors.black)
    first_baseline = None
    for line in data.issuer_lines:
        y -= m.title_size * TITLE_LEADING
        baseline = y + m.title_size * (TITLE_LEADING - 1) + m.title_size * 0.12
        first_baseline = first_baseline if first_baseline is not None else baseline
        text.draw(c, left, baseline, line, fonts.bold, m.title_size)
    if data.motto:
        if y != top:
            y -= m.title_size
        for line in data.motto:
            y -= m.motto_size * MOTTO_LEADING
            text.draw(c, left, y + m.motto_size * 0.15, line, fonts.italic, m.motto_size)
    if data.issue_line:
        size = issue_size or ISSUE_SIZE * scale
        baseline = first_baseline if first_baseline is not None else top - size
        text.draw(c, right, baseline, data.issue_line, fonts.regular, size, align="right")
    c.restoreState()
    return top - letterhead_height(data, fonts, scale)


class LetterheadFlowable(Flowable):
    """The header as the first flowable of a platypus story (the invitation)."""

    def __init__(self, data: Letterhead, fonts: FontSet, space_after: float = 10.0) -> None:
        super().__init__()
        self.data, self.fonts, self.space_after = data, fonts, space_after
        self._height = letterhead_height(data, fonts)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (ReportLab API)
        self.width = availWidth
        return availWidth, self._height + self.space_after

    def draw(self) -> None:
        top = self._height + self.space_after
        draw_letterhead(self.canv, self.data, self.fonts, 0, top, self.width)
