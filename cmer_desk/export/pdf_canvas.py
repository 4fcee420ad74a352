"""The canvas every PDF of the desk is drawn on: DejaVu fonts registered, French, with its metadata."""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas as rl_canvas

from cmer_desk.export import fonts

CREATOR = "cmer-desk"


def document_canvas(
    buffer: io.BytesIO, pagesize: tuple[float, float], *, title: str, author: str, subject: str
) -> rl_canvas.Canvas:
    """A compressed canvas whose default font is DejaVu Sans (so no Helvetica is ever declared)."""
    fonts.register_fonts()
    c = rl_canvas.Canvas(buffer, pagesize=pagesize, pageCompression=1, lang="fr-FR", initialFontName=fonts.REGULAR)
    c.setTitle(title)
    c.setAuthor(author)
    c.setSubject(subject)
    c.setCreator(CREATOR)
    return c
