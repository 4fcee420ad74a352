"""The sign-in sheet for the door: one line per accredited person, a tick box, room to sign.

Drawn straight on the canvas rather than with a platypus Table: a Table lays out all its rows at
once (about 11 s for 10,000 rows) while this costs a constant amount per row. The layout is fixed
(same header on every page, fixed row height), so the page count is known before drawing and
'page x / y' needs no second pass.
"""

from __future__ import annotations

import dataclasses
import io
import math
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rl_canvas

from cmer_desk.domain.dates import plain_date, time_in_words
from cmer_desk.domain.documents import AttendeeListData, AttendeeRow
from cmer_desk.domain.enums import TimeStyle
from cmer_desk.formats.pdf import fonts, text
from cmer_desk.formats.pdf.canvas import document_canvas
from cmer_desk.formats.pdf.letterhead import draw_letterhead, letterhead_height
from cmer_desk.formats.pdf.text_fit import fit_text, stringWidth

KICKER = "Liste d'émargement"
CHECK = "\u2713"

PAGE_W, PAGE_H = landscape(A4)
MARGIN_X = 1.2 * cm
MARGIN_TOP = 1.1 * cm
MARGIN_BOTTOM = 1.4 * cm
HEADER_H = 84.0  # the bloc-marque at the left; kicker, title, date and venue lines beside it
LETTERHEAD_SCALE = 0.75
LETTERHEAD_COLUMN = 5.4 * cm  # the text of the header starts after the bloc-marque
COLUMN_HEAD_H = 18.0
ROW_H = 24.0  # room for a signature
CELL_PAD = 4.0
FONT_SIZE = 9.0
MIN_FONT_SIZE = 6.5
TOTAL_LINE_H = 13.0

ACCENT = colors.HexColor("#000091")
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
HEAD_FILL = colors.HexColor("#e8e8f0")


@dataclass(frozen=True)
class Column:
    title: str
    width: float


_FIXED = (
    Column("N°", 1.1 * cm),
    Column("NOM Prénom", 6.0 * cm),
    Column("Média", 5.0 * cm),
    Column("Rôle", 3.2 * cm),
    Column("Carte de presse", 3.4 * cm),
    Column("Arrivée", 2.4 * cm),
)
STATUS_COLUMN = Column("Statut", 2.6 * cm)
STATUS_AT = 5  # between the press card and the arrival


def columns_for(show_status: bool) -> tuple[Column, ...]:
    """The columns, with a status column when statuses other than confirmed are listed; the signature
    takes what is left of the width."""
    fixed = (*_FIXED[:STATUS_AT], STATUS_COLUMN, *_FIXED[STATUS_AT:]) if show_status else _FIXED
    return (*fixed, Column("Signature", PAGE_W - 2 * MARGIN_X - sum(c.width for c in fixed)))


COLUMNS = columns_for(False)
COLUMN_TITLES = tuple(c.title for c in COLUMNS)
EMPTY_MESSAGE = "Aucune accréditation"
NAME_ONE_LINE_FLOOR = 8.0  # a name that fits one line at this size or more stays on one line
NAME_TWO_LINE_SIZE = 8.0
TALLY_GAP = 5.0  # between the totals by role and the presence tally

TABLE_TOP = PAGE_H - MARGIN_TOP - HEADER_H  # top of the column header row
ROWS_TOP = TABLE_TOP - COLUMN_HEAD_H
ROWS_PER_PAGE = int((ROWS_TOP - MARGIN_BOTTOM) // ROW_H)


def printed_line(data: AttendeeListData) -> str:
    """'Imprimé le 27 novembre 2026 à 14 h 05' (empty without a print time)."""
    if data.printed_at is None:
        return ""
    at = data.printed_at
    return f"Imprimé le {plain_date(at.date())} à {time_in_words(at.time(), TimeStyle.SHORT)}"


def name_lines(row: AttendeeRow, width: float) -> tuple[list[str], float]:
    """The name on one line when it fits there at NAME_ONE_LINE_FLOOR or more; else the surname on the first
    line and the first name, whole, on the second (only a surname too long for a whole line is cut)."""
    full = " ".join(row.name.split())
    size = min(FONT_SIZE, math.floor(FONT_SIZE * width / max(stringWidth(full, fonts.BOLD, FONT_SIZE), 1) * 10) / 10)
    if size >= NAME_ONE_LINE_FLOOR or not row.first_name or not row.last_name:
        return [full], FONT_SIZE
    last, first = " ".join(row.last_name.split()), " ".join(row.first_name.split())
    widest = max(stringWidth(last, fonts.BOLD, NAME_TWO_LINE_SIZE), stringWidth(first, fonts.BOLD, NAME_TWO_LINE_SIZE))
    size = max(MIN_FONT_SIZE, min(NAME_TWO_LINE_SIZE, math.floor(NAME_TWO_LINE_SIZE * width / widest * 10) / 10))
    return [fit_text(last, fonts.BOLD, size, width)[0], first], size


def tally_lines(data: AttendeeListData) -> list[str]:
    """'Présents : 5 sur 12 confirmés', who was let in without a confirmed accreditation, the capacity."""
    lines = [f"Présents\u00a0: {data.present} sur {data.confirmed} confirmé{'s' if data.confirmed > 1 else ''}"]
    if data.admitted_other:
        lines.append(f"Admis par un responsable sans accréditation confirmée\u00a0: {data.admitted_other}")
    if data.capacity is not None:
        lines.append(f"Capacité\u00a0: {data.capacity} place{'s' if data.capacity > 1 else ''}")
    return lines


def _totals_height(data: AttendeeListData) -> float:
    if not data.totals_by_role:
        return 0.0
    return 10 + TALLY_GAP + TOTAL_LINE_H * (len(data.totals_by_role) + 2 + len(tally_lines(data)))


def _lines(data: AttendeeListData) -> int:
    """Slots of rows: the people, the blank rows, and one for the 'aucune accréditation' line."""
    return len(data.rows) + max(0, data.blank_rows) + (0 if data.rows else 1)


def page_count(data: AttendeeListData) -> int:
    """Pages needed: full pages of rows, plus one if the totals do not fit under the last rows."""
    lines = _lines(data)
    pages = max(1, math.ceil(lines / ROWS_PER_PAGE))
    on_last = lines - (pages - 1) * ROWS_PER_PAGE
    free = ROWS_TOP - on_last * ROW_H - MARGIN_BOTTOM
    if _totals_height(data) > free:
        pages += 1
    return pages


class _Sheet:
    def __init__(self, c: rl_canvas.Canvas, data: AttendeeListData, pages: int):
        self.c = c
        self.data = data
        self.pages = pages
        self.page = 0
        self.printed = printed_line(data)
        when = " à ".join(p for p in (data.date_line, data.time_line) if p)
        self.when_where = " – ".join(p for p in (when, data.venue_line) if p)
        self.columns = columns_for(data.show_status)
        x = MARGIN_X
        self.xs: list[float] = []
        for col in self.columns:
            self.xs.append(x)
            x += col.width
        self.x_end = x
        self.font: tuple[str, float] = ("", 0.0)
        self.fonts = fonts.register_fonts(data.letterhead.fonts)
        bloc = letterhead_height(data.letterhead, self.fonts, LETTERHEAD_SCALE)
        self.letterhead_scale = LETTERHEAD_SCALE * min(1.0, (HEADER_H - 4) / bloc) if bloc else LETTERHEAD_SCALE

    def text(self, x: float, y: float, value: str, font: str, size: float, width: float) -> None:
        if not value:
            return
        fitted, fsize = fit_text(value, font, size, width)
        pieces = text.runs(fitted, font)
        if pieces:
            text.draw(self.c, x, y, fitted, font, fsize)
            self.font = (font, fsize) if pieces[-1][1] == font else ("", 0.0)

    def set_font(self, font: str, size: float) -> None:
        """setFont writes an operator every time; skip it when nothing changes (half the calls)."""
        if (font, size) != self.font:
            self.c.setFont(font, size)
            self.font = (font, size)

    def start_page(self, with_columns: bool = True) -> None:
        self.page += 1
        self.font = ("", 0.0)  # a new page starts from the canvas' initial font
        c = self.c
        top = PAGE_H - MARGIN_TOP
        head = self.data.letterhead
        x = MARGIN_X
        if head.issuer_lines or head.emblem_path or head.motto:
            draw_letterhead(c, dataclasses.replace(head, issue_line=""), self.fonts, MARGIN_X, top, self.x_end,
                            self.letterhead_scale)
            x += LETTERHEAD_COLUMN
        width = self.x_end - x
        c.setFillColor(GREY)
        if head.issue_line:
            text.draw(c, self.x_end, top - 10, head.issue_line, fonts.REGULAR, 9, align="right")
        if self.data.bureau_name:
            fitted, fsize = fit_text(self.data.bureau_name, fonts.REGULAR, 8, width / 2)
            text.draw(c, self.x_end, top - 10 - (12 if head.issue_line else 0), fitted, fonts.REGULAR, fsize,
                      align="right")
        self.font = ("", 0.0)
        c.setFillColor(ACCENT)
        self.text(x, top - 10, KICKER, fonts.BOLD, 10, width / 2)
        c.setFillColor(colors.black)
        self.text(x, top - 34, self.data.event_title, fonts.BOLD, 14, width)
        self.text(x, top - 51, self.when_where, fonts.REGULAR, 10, width)
        # footer
        c.setFillColor(GREY)
        self.set_font(fonts.REGULAR, 8)
        if self.printed:
            c.drawString(MARGIN_X, MARGIN_BOTTOM - 22, self.printed)
        c.drawRightString(self.x_end, MARGIN_BOTTOM - 22, f"page {self.page} / {self.pages}")
        c.setFillColor(colors.black)
        if with_columns:
            self.column_header()

    def column_header(self) -> None:
        c = self.c
        c.setFillColor(HEAD_FILL)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.rect(MARGIN_X, ROWS_TOP, self.x_end - MARGIN_X, COLUMN_HEAD_H, stroke=1, fill=1)
        c.setFillColor(colors.black)
        for x, col in zip(self.xs, self.columns):
            self.text(x + CELL_PAD, ROWS_TOP + 6, col.title, fonts.BOLD, 8.5, col.width - 2 * CELL_PAD)

    def finish_rows(self, count: int, first: int = 0) -> None:
        """Grid of the rows drawn on this page, from slot `first` to `count`."""
        if count <= first:
            return
        c = self.c
        top = ROWS_TOP - first * ROW_H
        bottom = ROWS_TOP - count * ROW_H
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        path = c.beginPath()
        for i in range(first or 1, count + 1):
            y = ROWS_TOP - i * ROW_H
            path.moveTo(MARGIN_X, y)
            path.lineTo(self.x_end, y)
        for x in (*self.xs, self.x_end):
            path.moveTo(x, top)
            path.lineTo(x, bottom)
        c.drawPath(path, stroke=1, fill=0)

    def row(self, slot: int, row: AttendeeRow | None, number: int) -> None:
        c = self.c
        base = ROWS_TOP - (slot + 1) * ROW_H + (ROW_H - FONT_SIZE) / 2 + 1.5
        cells = [str(number), "", "", "", ""] if row is None else [
            str(row.number), row.name, row.outlet, row.role, row.press_card,
        ]
        if self.data.show_status:
            cells.insert(STATUS_AT, "" if row is None else row.status)
        for i, value in enumerate(cells):
            width = self.columns[i].width - 2 * CELL_PAD
            if i == 1 and row is not None:
                self.name(self.xs[i] + CELL_PAD, base, row, width)
                continue
            self.text(self.xs[i] + CELL_PAD, base, value, fonts.REGULAR, FONT_SIZE, width)
        arrival = len(cells)
        arrival_x = self.xs[arrival] + CELL_PAD
        if row is not None and row.arrived_at:
            self.text(arrival_x, base, f"{CHECK} {row.arrived_at}", fonts.REGULAR, FONT_SIZE,
                      self.columns[arrival].width - 2 * CELL_PAD)
        else:
            c.rect(arrival_x, base - 1, 9, 9, stroke=1, fill=0)

    def name(self, x: float, base: float, row: AttendeeRow, width: float) -> None:
        lines, size = name_lines(row, width)
        if len(lines) == 1:
            self.text(x, base, lines[0], fonts.BOLD, size, width)
            return
        self.text(x, base + 4.6, lines[0], fonts.BOLD, size, width)
        self.text(x, base - 4.4, lines[1], fonts.BOLD, size, width)

    def empty(self, slot: int) -> None:
        """'Aucune accréditation' in the room of a row."""
        base = ROWS_TOP - (slot + 1) * ROW_H + (ROW_H - FONT_SIZE) / 2 + 1.5
        self.c.setFillColor(GREY)
        self.text(MARGIN_X + CELL_PAD, base, EMPTY_MESSAGE, fonts.BOLD, 11, self.x_end - MARGIN_X)
        self.c.setFillColor(colors.black)

    def totals(self, y_top: float) -> None:
        c = self.c
        y = y_top - 10 - TOTAL_LINE_H
        c.setFillColor(colors.black)
        self.set_font(fonts.BOLD, 9.5)
        c.drawString(MARGIN_X, y, "Totaux par rôle")
        total = 0
        for role, count in self.data.totals_by_role:
            y -= TOTAL_LINE_H
            total += count
            self.text(MARGIN_X + 12, y, f"{role}\u00a0: {count}", fonts.REGULAR, 9.5, 10 * cm)
        y -= TOTAL_LINE_H
        self.set_font(fonts.BOLD, 9.5)
        c.drawString(MARGIN_X + 12, y, f"Total\u00a0: {total}")
        y -= TALLY_GAP
        for line in tally_lines(self.data):
            y -= TOTAL_LINE_H
            self.text(MARGIN_X, y, line, fonts.BOLD, 9.5, self.x_end - MARGIN_X)


def render_attendee_list(data: AttendeeListData) -> bytes:
    """Render the sign-in sheet (A4 landscape) in the order of `data.rows`."""
    buf = io.BytesIO()
    c = document_canvas(
        buf, (PAGE_W, PAGE_H), title=f"{KICKER} – {data.event_title}" if data.event_title else KICKER,
        author=data.bureau_name, subject=KICKER,
    )
    pages = page_count(data)
    sheet = _Sheet(c, data, pages)

    lines = _lines(data)
    next_number = max((r.number for r in data.rows), default=0) + 1
    slot = 0
    grid_from = 0  # the 'aucune accréditation' line has no grid
    sheet.start_page()
    for index in range(lines):
        if slot == ROWS_PER_PAGE:
            sheet.finish_rows(slot, grid_from)
            c.showPage()
            sheet.start_page()
            slot = grid_from = 0
        if not data.rows and index == 0:
            sheet.empty(slot)
            grid_from = 1
        elif index < len(data.rows):
            sheet.row(slot, data.rows[index], 0)
        else:
            sheet.row(slot, None, next_number)
            next_number += 1
        slot += 1
    sheet.finish_rows(slot, grid_from)
    if data.totals_by_role:
        y_top = ROWS_TOP - slot * ROW_H
        if y_top - _totals_height(data) < MARGIN_BOTTOM:
            c.showPage()
            sheet.start_page(with_columns=False)
            y_top = TABLE_TOP
        sheet.totals(y_top)
    c.showPage()
    c.save()
    return buf.getvalue()
