"""The press invitation as an A4 PDF, laid out like the bureau's own invitations.

Order on the page: logo, issue line, kicker, title, body, officials, the bold when/where block,
programme, press moment, accreditation, then the contact block (kept whole on one page).
"""

from __future__ import annotations

import io
import logging
import re
from datetime import datetime
from functools import partial

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
)

from cmer_desk.domain.body import BodyBullets, BodyParagraph
from cmer_desk.domain.documents import InvitationData, PressOfficerLine
from cmer_desk.domain.typography import NBSP, NNBSP, french_spacing
from cmer_desk.formats.pdf import fonts
from cmer_desk.formats.pdf.canvas import CREATOR, read_logo
from cmer_desk.formats.pdf.markup import para_text

log = logging.getLogger(__name__)

ACCENT = colors.HexColor("#000091")  # the State's blue
GREY = colors.HexColor("#555555")
LOGO_WIDTH = 3 * cm
MARGIN_X = 2.0 * cm
MARGIN_TOP = 1.5 * cm
MARGIN_BOTTOM = 1.6 * cm
DASH = "\u2013"  # en dash
# '04 90 91 51 29' or '+33 4 90 91 51 29' must never break across lines.
_SPACED_DASH = re.compile(r" ([-\u2013\u2014]) ")
_PHONE = re.compile(r"(?<![\w+])(?:\+\d{1,3} ?)?\d{1,2}(?: \d\d){4}(?!\w)")


def _styles() -> dict[str, ParagraphStyle]:
    fonts.register_fonts()
    base = ParagraphStyle("base", fontName=fonts.REGULAR, fontSize=10, leading=13.3, alignment=TA_LEFT)
    return {
        "issue": ParagraphStyle("issue", base, alignment=TA_RIGHT, spaceAfter=14),
        "kicker": ParagraphStyle(
            "kicker", base, fontName=fonts.BOLD, fontSize=12.5, leading=16, textColor=ACCENT, spaceAfter=4
        ),
        "title": ParagraphStyle("title", base, fontName=fonts.BOLD, fontSize=16, leading=19.5, spaceAfter=11),
        "body": ParagraphStyle("body", base, alignment=TA_JUSTIFY, spaceAfter=6),
        "bullet": ParagraphStyle(
            "bullet", base, alignment=TA_JUSTIFY, leftIndent=0.9 * cm, bulletIndent=0.35 * cm,
            bulletFontName=fonts.REGULAR, spaceAfter=2.5,
        ),
        "when": ParagraphStyle(
            "when", base, fontName=fonts.BOLD, fontSize=10.5, leading=14, leftIndent=1.5 * cm,
            spaceBefore=3, spaceAfter=10,
        ),
        "programme_head": ParagraphStyle("programme_head", base, fontName=fonts.BOLD, spaceBefore=2, spaceAfter=3),
        "programme": ParagraphStyle(
            "programme", base, leftIndent=1.5 * cm, firstLineIndent=0, spaceAfter=1.5
        ),
        "footer_head": ParagraphStyle(
            "footer_head", base, fontName=fonts.BOLD, fontSize=8.5, leading=11, spaceBefore=2, spaceAfter=2
        ),
        "footer": ParagraphStyle("footer", base, fontSize=8.5, leading=11, textColor=colors.black),
    }


def _running(text: str) -> str:
    """French spacing, then escaping, for text that flows in a paragraph.

    ReportLab's line breaker treats U+202F (narrow no-break space) as an ordinary breaking space,
    which would let ';' or '?' start a line; it honours U+00A0, so we print that instead.
    """
    return para_text(_glue_phones(french_spacing(text)).replace(NNBSP, NBSP))


def _glue_phones(text: str) -> str:
    """Phone numbers never break; a spaced dash stays with the word before it."""
    text = _PHONE.sub(lambda m: m.group(0).replace(" ", NBSP), text)
    return _SPACED_DASH.sub(lambda m: NBSP + m.group(1) + " ", text)


def _plain(text: str) -> str:
    """Escaping only (names, addresses, e-mails: no typography rules applied)."""
    return para_text(_glue_phones(text)).replace(NNBSP, NBSP)


def _logo(path: str) -> Flowable | None:
    found = read_logo(path)
    if found is None:
        return None
    _reader, width, height = found
    logo = Image(path, width=LOGO_WIDTH, height=LOGO_WIDTH * height / width)
    logo.hAlign = "LEFT"
    return logo


def officer_line(officer: PressOfficerLine) -> str:
    """'Mathieu DUROSELLE – 04 96 10 62 15 / 06 74 60 02 05 – mathieu.duroselle@interieur.gouv.fr'."""
    phones = " / ".join(p for p in (officer.landline, officer.mobile) if p)
    return f" {DASH} ".join(p for p in (officer.name, phones, officer.email) if p)


def _footer(data: InvitationData, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    lines: list[Flowable] = [
        HRFlowable(width="100%", thickness=0.6, color=GREY, spaceBefore=8, spaceAfter=3),
    ]
    if data.bureau_name:
        lines.append(Paragraph(_plain(data.bureau_name), st["footer_head"]))
    for officer in data.press_officers:
        lines.append(Paragraph(_plain(officer_line(officer)), st["footer"]))
    extra = [data.shared_email, data.website, *data.social_handles]
    extra = [e for e in extra if e]
    if extra:
        lines.append(Spacer(1, 3))
        lines.extend(Paragraph(_plain(e), st["footer"]) for e in extra)
    return lines


def build_story(data: InvitationData) -> list[Flowable]:
    """The flowables of the invitation, in reading order."""
    st = _styles()
    story: list[Flowable] = []
    logo = _logo(data.logo_path)
    if logo is not None:
        story += [logo, Spacer(1, 6)]
    if data.issue_line:
        story.append(Paragraph(_plain(data.issue_line), st["issue"]))
    if data.kicker:
        story.append(Paragraph(_plain(data.kicker), st["kicker"]))
    if data.title:
        story.append(Paragraph(_running(data.title), st["title"]))
    for block in data.body:
        if isinstance(block, BodyParagraph):
            story.append(Paragraph(_running(block.text), st["body"]))
        elif isinstance(block, BodyBullets):
            for item in block.items:
                story.append(Paragraph(_running(item), st["bullet"], bulletText=DASH))
            story.append(Spacer(1, 5))
    if data.officials_paragraph:
        story.append(Paragraph(_running(data.officials_paragraph), st["body"]))
    if data.when_where:
        story.append(Paragraph("<br/>".join(_running(line) for line in data.when_where), st["when"]))
    if data.programme:
        story.append(Paragraph("Programme" + NBSP + ":", st["programme_head"]))
        for line in data.programme:
            text = f" {DASH} ".join(p for p in (line.time, line.label) if p)
            story.append(Paragraph(_running(text), st["programme"]))
        story.append(Spacer(1, 8))
    if data.press_moment:
        story.append(Paragraph(_running(data.press_moment), st["body"]))
    if data.accreditation_paragraph:
        story.append(Paragraph(_running(data.accreditation_paragraph), st["body"]))
    story.append(KeepTogether(_footer(data, st)))
    return story


def _timestamp_from(created_at: datetime):
    """A ReportLab TimeStamp carrying `created_at` (naive means local time)."""
    from reportlab.lib.utils import TimeStamp

    aware = created_at if created_at.tzinfo is not None else created_at.astimezone()
    offset = aware.utcoffset()
    offset_minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    ts = TimeStamp(invariant=False)
    ts.t = aware.timestamp()
    ts.lt = aware.timetuple()
    ts.YMDhms = tuple(aware.timetuple())[:6]
    sign = -1 if offset_minutes < 0 else 1
    ts.dhh = sign * (abs(offset_minutes) // 60)
    ts.dmm = abs(offset_minutes) % 60
    ts.tzname = aware.tzname() or ""
    return ts


class NumberedCanvas(rl_canvas.Canvas):
    """Defers page output so 'x / y' can be drawn once the page count is known (only if y > 1)."""

    def __init__(self, *args, created_at: datetime | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict] = []
        if created_at is not None:
            self._doc._timeStamp = _timestamp_from(created_at)

    def showPage(self):  # noqa: N802 (ReportLab API)
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            if total > 1:
                self.setFont(fonts.REGULAR, 8.5)
                self.setFillColor(GREY)
                self.drawCentredString(A4[0] / 2, 1.0 * cm, f"{self._pageNumber} / {total}")
            super().showPage()
        super().save()


def render_invitation(data: InvitationData) -> bytes:
    """Render the invitation to PDF bytes (A4, DejaVu Sans embedded)."""
    fonts.register_fonts()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=data.title,
        author=data.author,
        subject=data.subject,
        creator=CREATOR,
        lang="fr-FR",
        initialFontName=fonts.REGULAR,  # otherwise every page declares Helvetica
    )
    doc.build(build_story(data), canvasmaker=partial(NumberedCanvas, created_at=data.created_at))
    return buf.getvalue()
