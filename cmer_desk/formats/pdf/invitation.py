"""The press invitation as an A4 PDF, laid out like the bureau's own invitations.

Order on the page: the bloc-marque with the place and date of issue beside it, kicker, title, body,
officials, the bold when/where block, programme, press moment, accreditation, then the "Contact presse"
block (kept whole on one page).
"""

from __future__ import annotations

import dataclasses
import io
import logging
from datetime import datetime
from functools import partial

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer

from cmer_desk.domain.body import BodyBullets, BodyParagraph
from cmer_desk.domain.documents import InvitationData
from cmer_desk.domain.typography import NBSP
from cmer_desk.domain.wording import DASH, officer_line, programme_line
from cmer_desk.formats.pdf import fonts, text
from cmer_desk.formats.pdf.canvas import CREATOR
from cmer_desk.formats.pdf.hyphenation import Hyphenator
from cmer_desk.formats.pdf.letterhead import LetterheadFlowable

log = logging.getLogger(__name__)

ACCENT = colors.HexColor("#000091")  # the State's blue
GREY = colors.HexColor("#555555")
HYPHENATION = Hyphenator("fr_FR")  # pyphen's French cuts, its dictionary read when a word first needs it
SEPARATOR = "\u2003·\u2003"  # between two items on one footer line (em spaces around a middle dot)
MARGIN_X = 2.0 * cm
MARGIN_TOP = 1.2 * cm
MARGIN_BOTTOM = 1.4 * cm


def _styles(fs: fonts.FontSet) -> dict[str, ParagraphStyle]:
    # Justified text is hyphenated the French way (pyphen's dictionary, through ReportLab), words with
    # their own hyphens included, so that lines are not loose.
    base = ParagraphStyle("base", fontName=fs.regular, fontSize=10, leading=13, alignment=TA_LEFT,
                          hyphenationLang=HYPHENATION, embeddedHyphenation=1, uriWasteReduce=0.3)
    return {
        "kicker": ParagraphStyle(
            "kicker", base, fontName=fs.bold, fontSize=12.5, leading=16, textColor=ACCENT, spaceAfter=4
        ),
        "title": ParagraphStyle("title", base, fontName=fs.bold, fontSize=16, leading=19, spaceAfter=9),
        "body": ParagraphStyle("body", base, alignment=TA_JUSTIFY, spaceAfter=5.5),
        # contact details end with long unbreakable pieces (phone, address): ragged, never stretched
        "contact": ParagraphStyle("contact", base, spaceAfter=5.5),
        "bullet": ParagraphStyle(
            "bullet", base, alignment=TA_JUSTIFY, leftIndent=0.9 * cm, bulletIndent=0.35 * cm,
            bulletFontName=fs.regular, spaceAfter=2.5,
        ),
        "when": ParagraphStyle(
            "when", base, fontName=fs.bold, fontSize=10.5, leading=14, leftIndent=1.5 * cm,
            spaceBefore=2, spaceAfter=8,
        ),
        "programme_head": ParagraphStyle("programme_head", base, fontName=fs.bold, spaceBefore=2, spaceAfter=3),
        "programme": ParagraphStyle(
            "programme", base, leftIndent=1.5 * cm, firstLineIndent=0, spaceAfter=1.5
        ),
        "footer_head": ParagraphStyle(
            "footer_head", base, fontName=fs.bold, fontSize=8.5, leading=11, spaceBefore=2, spaceAfter=2
        ),
        "footer": ParagraphStyle("footer", base, fontSize=8.5, leading=11, textColor=colors.black),
    }


class _Story:
    """Paragraphs of final text (escaped, every script in its font) in the document's styles."""

    def __init__(self, data: InvitationData) -> None:
        self.fonts = fonts.register_fonts(data.letterhead.fonts)
        self.st = _styles(self.fonts)

    def para(self, value: str, style: str, **kwargs) -> Paragraph:
        st = self.st[style]
        return Paragraph(text.markup(value, st.fontName), st, **kwargs)

    def lines(self, values: tuple[str, ...], style: str) -> Paragraph:
        st = self.st[style]
        return Paragraph("<br/>".join(text.markup(v, st.fontName) for v in values), st)


def _footer(data: InvitationData, s: _Story) -> list[Flowable]:
    lines: list[Flowable] = [
        HRFlowable(width="100%", thickness=0.6, color=GREY, spaceBefore=8, spaceAfter=3),
    ]
    if data.contact_heading and (data.press_officers or data.shared_email):
        lines.append(s.para(data.contact_heading, "footer_head"))
    if data.bureau_name:
        lines.append(s.para(data.bureau_name, "footer"))
    for officer in data.press_officers:
        lines.append(s.para(officer_line(officer), "footer"))
    # the shared address and the website on one line, the social accounts on the next
    extra = [SEPARATOR.join(e for e in (data.shared_email, data.website) if e),
             SEPARATOR.join(a.label for a in data.social_accounts)]
    extra = [e for e in extra if e]
    if extra:
        lines.append(Spacer(1, 2))
        lines.extend(s.para(e, "footer") for e in extra)
    return lines


def build_story(data: InvitationData) -> list[Flowable]:
    """The flowables of the invitation, in reading order."""
    s = _Story(data)
    letterhead = dataclasses.replace(data.letterhead, issue_line=data.letterhead.issue_line or data.issue_line)
    story: list[Flowable] = [LetterheadFlowable(letterhead, s.fonts)]
    if data.kicker:
        story.append(s.para(data.kicker, "kicker"))
    if data.title:
        story.append(s.para(data.title, "title"))
    for block in data.body:
        if isinstance(block, BodyParagraph):
            story.append(s.para(block.text, "body"))
        elif isinstance(block, BodyBullets):
            for item in block.items:
                story.append(s.para(item, "bullet", bulletText=DASH))
            story.append(Spacer(1, 5))
    if data.officials_paragraph:
        story.append(s.para(data.officials_paragraph, "body"))
    if data.when_where:
        story.append(s.lines(data.when_where, "when"))
    if data.programme:
        story.append(s.para("Programme" + NBSP + ":", "programme_head"))
        for line in data.programme:
            story.append(s.para(programme_line(line), "programme"))
        story.append(Spacer(1, 8))
    if data.press_moment:
        story.append(s.para(data.press_moment, "body"))
    if data.accreditation_paragraph:
        story.append(s.para(data.accreditation_paragraph, "contact"))
    story.append(KeepTogether(_footer(data, s)))
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

    def __init__(self, *args, created_at: datetime | None = None, page_font: str = fonts.REGULAR, **kwargs):
        super().__init__(*args, **kwargs)
        self._page_font = page_font
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
                self.setFont(self._page_font, 8.5)
                self.setFillColor(GREY)
                self.drawCentredString(A4[0] / 2, 1.0 * cm, f"{self._pageNumber} / {total}")
            super().showPage()
        super().save()


def render_invitation(data: InvitationData) -> bytes:
    """Render the invitation to PDF bytes (A4, the bureau's fonts or DejaVu Sans embedded)."""
    fs = fonts.register_fonts(data.letterhead.fonts)
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
        initialFontName=fs.regular,  # otherwise every page declares Helvetica
    )
    doc.build(build_story(data), canvasmaker=partial(NumberedCanvas, created_at=data.created_at, page_font=fs.regular))
    return buf.getvalue()
