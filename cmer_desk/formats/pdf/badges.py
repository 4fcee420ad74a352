"""Press badges: four A6 badges on an A4 page (cut along the dashed lines) or one per page.

Drawn straight on the canvas, like the sign-in sheet: no platypus, no markup, so a name such as
'<b>x' or 'R&D <presse@exemple.fr>' prints as typed and costs a constant amount per badge.

Each badge, top to bottom: the bloc-marque with the place and date of issue and the bureau beside it, a coloured
'PRESSE' band, the journalist's name (big, bold, shrunk and wrapped to at most two lines),
outlet, role, press card number, then the event (title, date, venue) at the bottom, with the QR code of
the accreditation's code on its right and the accreditation number above the QR code.
Every line is measured before it is drawn and never leaves its cell.
"""

from __future__ import annotations

import dataclasses
import io
import itertools
import logging
import math
from dataclasses import dataclass

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getAscentDescent
from reportlab.pdfgen import canvas as rl_canvas

from cmer_desk.domain.documents import BadgeData, BadgeSheetData
from cmer_desk.formats.pdf import fonts, text
from cmer_desk.formats.pdf.canvas import document_canvas
from cmer_desk.formats.pdf.letterhead import draw_letterhead, letterhead_height
from cmer_desk.formats.pdf.text_fit import ELLIPSIS, _words, fit_lines, stringWidth

log = logging.getLogger(__name__)

KICKER = "Badges presse"
BAND_LABEL = "PRESSE"
EMPTY_MESSAGE = "Aucun badge à imprimer."

PAGE_W, PAGE_H = A4
BADGE_W = 105 * mm  # A6
BADGE_H = 148.5 * mm
PER_PAGE_CHOICES = (1, 4)

PAD = 8 * mm  # inside a cell; also keeps the text clear of the printer's unprintable margin
INNER_W = BADGE_W - 2 * PAD
LETTERHEAD_SCALE = 0.62
LETTERHEAD_MAX_H = 27 * mm
BAND_H = 15 * mm
RULE_GAP = 6.0

# (max size, min size, max lines) of each text block
BUREAU_FONT = (7.5, 6.0, 2)
ISSUE_FONT = (7.0, 6.0, 1)
NAME_FONT = (24.0, 8.0, 2)
NAME_ONE_LINE_FLOOR = 18.0  # a name fitting one line at this size or more stays on one line
OUTLET_FONT = (14.0, 8.0, 2)
ROLE_FONT = (11.5, 7.5, 1)
CARD_FONT = (8.5, 6.5, 1)
EVENT_FONT = (10.5, 7.0, 3)
DATE_FONT = (8.5, 6.5, 1)
VENUE_FONT = (8.0, 6.0, 2)
LEADING = 1.22

# the QR code of the accreditation's code, bottom right, its number above it
QR_SIZE = 25 * mm  # 12 letters: version 1, 21 modules and the quiet zone, 0.86 mm each: easy for any scanner
QR_LEVEL = "M"
QR_GAP = 4 * mm
BESIDE_QR_W = INNER_W - QR_SIZE - QR_GAP
NUMBER_SIZE = 13.0
NUMBER_H = NUMBER_SIZE + 1.2 * mm

ACCENT = colors.HexColor("#000091")
GREY = colors.HexColor("#555555")
CUT = colors.HexColor("#7a7a7a")
RULE = colors.HexColor("#b0b0b0")


# --- measuring -------------------------------------------------------------------------------


def fit_name(name: str, width: float) -> tuple[list[str], float]:
    """The name on one line when it stays big enough there, else on two lines, as big as possible."""
    name = " ".join(_words(name))
    if not name:
        return [], NAME_FONT[0]
    max_size, min_size, max_lines = NAME_FONT
    one = stringWidth(name, fonts.BOLD, max_size)
    one_size = min(max_size, math.floor(max_size * width / one * 2) / 2)
    if one_size >= NAME_ONE_LINE_FLOOR and stringWidth(name, fonts.BOLD, one_size) <= width:
        return [name], one_size
    lines, size = fit_lines(name, fonts.BOLD, max_size, min_size, width, max_lines)
    hy_lines, hy_size = fit_lines(name, fonts.BOLD, max_size, min_size, width, max_lines, hyphens=True)
    if hy_size > size or (hy_size == size and ELLIPSIS in lines[-1] and ELLIPSIS not in hy_lines[-1]):
        lines, size = hy_lines, hy_size  # a compound name may break after its hyphen to stay bigger
    if len(lines) > 1 and one_size > size and stringWidth(name, fonts.BOLD, one_size) <= width:
        return [name], one_size  # one line is bigger than two after all
    return lines, size


def _ascent(font: str, size: float) -> float:
    return getAscentDescent(font, size)[0]


@dataclass(frozen=True)
class _Block:
    lines: tuple[str, ...]
    font: str
    size: float
    color: object

    @property
    def height(self) -> float:
        if not self.lines:
            return 0.0
        return self.size * LEADING * (len(self.lines) - 1) + self.size


def _block(text: str, font: str, spec: tuple[float, float, int], color, width: float = INNER_W) -> _Block:
    lines, size = fit_lines(text, font, spec[0], spec[1], width, spec[2])
    return _Block(tuple(lines), font, size, color)


def draw_qr(c: rl_canvas.Canvas, value: str, x: float, y: float, size: float) -> None:
    """A QR code of `value` (ReportLab's own encoder), its quiet zone included, in the square (x, y, size):
    its dark modules as one filled path, each run of a row one rectangle. (ReportLab's graphics renderer
    would also set its default font, Helvetica, which the printer would have to supply.)"""
    widget = QrCodeWidget(value, barLevel=QR_LEVEL)
    qr = widget.qr
    qr.make()
    border = widget.barBorder
    box = size / (qr.getModuleCount() + 2 * border)
    path = c.beginPath()
    for r, row in enumerate(qr.modules):
        column = 0
        for dark, run in itertools.groupby(bool(m) for m in row):
            length = len(list(run))
            if dark:
                path.rect(x + (column + border) * box, y + size - (r + border + 1) * box, length * box, box)
            column += length
    c.saveState()
    c.setFillColor(colors.black)
    c.drawPath(path, stroke=0, fill=1)
    c.restoreState()


# --- drawing ---------------------------------------------------------------------------------


class _Badges:
    def __init__(self, c: rl_canvas.Canvas, data: BadgeSheetData):
        self.c = c
        self.data = data
        head = data.letterhead
        self.fonts = fonts.register_fonts(head.fonts)
        self.has_bloc = bool(head.issuer_lines or head.emblem_path or head.motto)
        bloc = letterhead_height(dataclasses.replace(head, issue_line=""), self.fonts, LETTERHEAD_SCALE)
        self.bloc_scale = LETTERHEAD_SCALE * min(1.0, LETTERHEAD_MAX_H / bloc) if bloc else LETTERHEAD_SCALE
        self.bloc_h = letterhead_height(dataclasses.replace(head, issue_line=""), self.fonts, self.bloc_scale) \
            if self.has_bloc else 0.0
        # the bureau and the place and date of issue, beside the bloc-marque (under each other without it)
        bureau_w = INNER_W * (0.5 if self.has_bloc else 1.0)
        lines, size = fit_lines(data.bureau_name, fonts.REGULAR, BUREAU_FONT[0], BUREAU_FONT[1],
                                bureau_w, BUREAU_FONT[2])
        self.bureau = _Block(tuple(lines), fonts.REGULAR, size, GREY)
        issue, issue_size = fit_lines(head.issue_line, fonts.REGULAR, ISSUE_FONT[0], ISSUE_FONT[1], bureau_w,
                                      ISSUE_FONT[2])
        self.issue = _Block(tuple(issue), fonts.REGULAR, issue_size, colors.black)
        # The event block is the same on every badge: measure it once.
        self.event = _block(data.event_title, fonts.BOLD, EVENT_FONT, colors.black)
        self.date = _block(data.date_line, fonts.REGULAR, DATE_FONT, colors.black)
        self.venue = _block(data.venue_line, fonts.REGULAR, VENUE_FONT, GREY)
        # ... and beside the QR code, narrower and left-aligned
        self.beside_qr = (
            _block(data.event_title, fonts.BOLD, EVENT_FONT, colors.black, BESIDE_QR_W),
            _block(data.date_line, fonts.REGULAR, DATE_FONT, colors.black, BESIDE_QR_W),
            _block(data.venue_line, fonts.REGULAR, VENUE_FONT, GREY, BESIDE_QR_W),
        )

    def lines(self, block: _Block, top: float, x: float, width: float, centred: bool | None = True) -> float:
        """Draw `block` with its first baseline one ascent under `top` (centred, left-aligned, or
        right-aligned when `centred` is None); return the y under it."""
        if not block.lines:
            return top
        c = self.c
        c.setFillColor(block.color)
        y = top - _ascent(block.font, block.size)
        for i, line in enumerate(block.lines):
            if i:
                y -= block.size * LEADING
            if centred:
                text.draw(c, x + width / 2, y, line, block.font, block.size, align="centre")
            elif centred is None:
                text.draw(c, x + width, y, line, block.font, block.size, align="right")
            else:
                text.draw(c, x, y, line, block.font, block.size)
        return top - block.height

    def event_block(self, badge: BadgeData, left: float, bottom: float) -> float:
        """The event at the bottom of the badge (and the QR code with the number); returns its top."""
        c = self.c
        with_qr = bool(badge.code)
        event, date, venue = self.beside_qr if with_qr else (self.event, self.date, self.venue)
        event_h = event.height + date.height + venue.height
        event_h += 4 * (event.lines != ()) + 3 * (venue.lines != ())
        height = max(event_h, QR_SIZE + NUMBER_H) if with_qr else event_h
        event_top = bottom + height
        if not height:
            return event_top
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.line(left + INNER_W * 0.2, event_top + RULE_GAP, left + INNER_W * 0.8, event_top + RULE_GAP)
        width = BESIDE_QR_W if with_qr else INNER_W
        top = bottom + event_h + (height - event_h) / 2  # centred beside the QR code
        yy = self.lines(event, top, left, width, centred=not with_qr)
        yy = self.lines(date, yy - (4 if event.lines else 0), left, width, centred=not with_qr)
        self.lines(venue, yy - 3, left, width, centred=not with_qr)
        if with_qr:
            qr_x = left + INNER_W - QR_SIZE
            draw_qr(c, badge.code, qr_x, bottom, QR_SIZE)
            if badge.number:
                c.setFillColor(colors.black)
                c.setFont(fonts.BOLD, NUMBER_SIZE)
                c.drawCentredString(qr_x + QR_SIZE / 2, bottom + QR_SIZE + 1.2 * mm, f"N° {badge.number}")
        return event_top

    def badge(self, x0: float, y0: float, badge: BadgeData) -> None:
        """One badge in the A6 cell whose lower left corner is (x0, y0)."""
        c = self.c
        left = x0 + PAD
        top = y0 + BADGE_H - PAD
        bottom = y0 + PAD

        # the bloc-marque at the top left, the place and date of issue and the bureau level with it on the right
        side_h = self.issue.height + self.bureau.height + (2 if self.issue.lines and self.bureau.lines else 0)
        head_h = max(self.bloc_h, side_h)
        if self.has_bloc:
            head = dataclasses.replace(self.data.letterhead, issue_line="")
            draw_letterhead(c, head, self.fonts, left, top, left + INNER_W, self.bloc_scale)
            yy = self.lines(self.issue, top, left + INNER_W / 2, INNER_W / 2, centred=None)
            self.lines(self.bureau, yy - 2, left + INNER_W / 2, INNER_W / 2, centred=None)
        else:
            yy = self.lines(self.issue, top, left, INNER_W)
            self.lines(self.bureau, yy - 2, left, INNER_W)
        y = top - head_h - 4 * mm if head_h else top

        # the band
        c.setFillColor(ACCENT)
        c.rect(left, y - BAND_H, INNER_W, BAND_H, stroke=0, fill=1)
        c.setFillColor(colors.white)
        band_size = 26.0
        c.setFont(fonts.BOLD, band_size)
        c.drawCentredString(left + INNER_W / 2, y - BAND_H / 2 - band_size * 0.36, BAND_LABEL)
        band_bottom = y - BAND_H

        # the event, from the bottom up; with the QR code and the number on its right when there is a code
        event_top = self.event_block(badge, left, bottom)

        # the person, centred in the room left between the band and the event
        name_lines, name_size = fit_name(badge.name, INNER_W)
        blocks = [
            (_Block(tuple(name_lines), fonts.BOLD, name_size, colors.black), 0.0),
            (_block(badge.outlet, fonts.REGULAR, OUTLET_FONT, colors.black), 9.0),
            (_block(badge.role, fonts.BOLD, ROLE_FONT, ACCENT), 6.0),
            (_block(f"Carte de presse n° {badge.press_card.strip()}" if badge.press_card.strip() else "",
                    fonts.REGULAR, CARD_FONT, GREY), 6.0),
        ]
        blocks = [(b, gap) for b, gap in blocks if b.lines]
        total = sum(b.height + (gap if i else 0) for i, (b, gap) in enumerate(blocks))
        room_top = band_bottom - 4 * mm
        room_bottom = event_top + RULE_GAP + 4 * mm
        yy = room_top - max(0.0, (room_top - room_bottom - total) / 2)
        for i, (b, gap) in enumerate(blocks):
            yy = self.lines(b, yy - (gap if i else 0), left, INNER_W)
        c.setFillColor(colors.black)


def _cut_lines_four(c: rl_canvas.Canvas) -> None:
    """Dashed lines across the page between the four A6 cells."""
    c.saveState()
    c.setStrokeColor(CUT)
    c.setLineWidth(0.5)
    c.setDash(4, 3)
    c.line(BADGE_W, 0, BADGE_W, PAGE_H)
    c.line(0, BADGE_H, PAGE_W, BADGE_H)
    c.restoreState()


def _cut_border(c: rl_canvas.Canvas, x0: float, y0: float) -> None:
    """Dashed border around a single badge, with corner marks running out into the margin."""
    c.saveState()
    c.setStrokeColor(CUT)
    c.setLineWidth(0.5)
    c.setDash(4, 3)
    c.rect(x0, y0, BADGE_W, BADGE_H, stroke=1, fill=0)
    c.setDash()
    mark = 6 * mm
    gap = 2 * mm
    for x in (x0, x0 + BADGE_W):
        for y in (y0, y0 + BADGE_H):
            dy = -1 if y == y0 else 1
            dx = -1 if x == x0 else 1
            c.line(x, y + dy * gap, x, y + dy * (gap + mark))
            c.line(x + dx * gap, y, x + dx * (gap + mark), y)
    c.restoreState()


# Lower left corners of the four cells, in reading order.
FOUR_CELLS = ((0.0, BADGE_H), (BADGE_W, BADGE_H), (0.0, 0.0), (BADGE_W, 0.0))
SINGLE_CELL = ((PAGE_W - BADGE_W) / 2, (PAGE_H - BADGE_H) / 2)


def badge_cells(per_page: int) -> tuple[tuple[float, float], ...]:
    """Lower left corners of the badge cells on one page, in print order."""
    if per_page == 4:
        return FOUR_CELLS
    if per_page == 1:
        return (SINGLE_CELL,)
    raise ValueError(f"per_page must be one of {PER_PAGE_CHOICES}, not {per_page!r}")


def page_count(data: BadgeSheetData) -> int:
    return max(1, math.ceil(len(data.badges) / len(badge_cells(data.per_page))))


def render_badges(data: BadgeSheetData) -> bytes:
    """Render the press badges of `data`, in the order of `data.badges`, on A4 portrait pages."""
    cells = badge_cells(data.per_page)
    buf = io.BytesIO()
    c = document_canvas(
        buf, (PAGE_W, PAGE_H), title=f"{KICKER} – {data.event_title}" if data.event_title else KICKER,
        author=data.bureau_name, subject=KICKER,
    )

    if not data.badges:
        c.setFont(fonts.BOLD, 14)
        c.drawCentredString(PAGE_W / 2, PAGE_H / 2, EMPTY_MESSAGE)
        if data.event_title:
            lines, size = fit_lines(data.event_title, fonts.REGULAR, 10, 7, PAGE_W - 40 * mm, 3)
            c.setFillColor(GREY)
            c.setFont(fonts.REGULAR, size)
            for i, line in enumerate(lines):
                c.drawCentredString(PAGE_W / 2, PAGE_H / 2 - 24 - i * size * LEADING, line)
        c.showPage()
        c.save()
        return buf.getvalue()

    sheet = _Badges(c, data)
    per_page = len(cells)
    for start in range(0, len(data.badges), per_page):
        on_page = data.badges[start:start + per_page]
        for (x0, y0), badge in zip(cells, on_page):
            sheet.badge(x0, y0, badge)
        if per_page == 4:
            _cut_lines_four(c)
        else:
            _cut_border(c, *cells[0])
        c.showPage()
    c.save()
    return buf.getvalue()
