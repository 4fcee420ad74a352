"""What every PDF of the desk shares: the canvas (DejaVu fonts, French, metadata) and the bureau's logo."""

from __future__ import annotations

import io
import logging
from pathlib import Path

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas

from cmer_desk.formats.pdf import fonts

log = logging.getLogger(__name__)

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


def read_logo(path: str) -> tuple[ImageReader, int, int] | None:
    """The bureau's logo and its size in pixels, or None (with a warning) when it cannot be used:
    documents are then printed without it."""
    if not path:
        return None
    if not Path(path).is_file():
        log.warning("logo %s not found; printed without it", path)
        return None
    try:
        reader = ImageReader(path)
        width, height = reader.getSize()
    except Exception:  # noqa: BLE001 - not an image ReportLab (Pillow) can read, whatever the reason
        log.warning("logo %s is not a readable image; printed without it", path)
        return None
    if not width or not height:
        return None
    return reader, width, height
