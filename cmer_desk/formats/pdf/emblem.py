"""The emblem of the bloc-marque, as the service holds it: PNG or JPEG, SVG, or the first page of a PDF.

The desk never ships the State's marks (their use is reserved to State services): the file is the
bureau's. A raster image is drawn as it is, an SVG as vector drawing (svglib), a PDF rendered by
PDFium at print resolution (1,200 dpi at the printed size).
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

log = logging.getLogger(__name__)

EMBLEM_SUFFIXES = (".png", ".jpg", ".jpeg", ".svg", ".pdf")
PRINT_DPI = 1200


@dataclass(frozen=True)
class Emblem:
    kind: str  # "image" or "svg"
    source: Any  # an ImageReader, or an svglib Drawing
    width: float  # natural size, any unit: only the ratio is used
    height: float

    def height_for(self, width: float) -> float:
        return width * self.height / self.width

    def draw(self, c: Canvas, x: float, y: float, width: float) -> None:
        """Draw at `width` with the lower left corner at (x, y)."""
        height = self.height_for(width)
        if self.kind == "svg":
            from reportlab.graphics import renderPDF

            c.saveState()
            c.translate(x, y)
            c.scale(width / self.width, height / self.height)
            renderPDF.draw(self.source, c, 0, 0)
            c.restoreState()
        else:
            c.drawImage(self.source, x, y, width=width, height=height, mask="auto")


def _pdf_page(path: str, print_width_pt: float = 60.0) -> Emblem:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(path)
    try:
        page = pdf[0]
        width, height = page.get_size()
        scale = PRINT_DPI / 72 * print_width_pt / width
        image = page.render(scale=scale, draw_annots=False).to_pil()
        buffer = io.BytesIO()
        image.save(buffer, "PNG")
        buffer.seek(0)
        return Emblem("image", ImageReader(buffer), width, height)
    finally:
        pdf.close()


@lru_cache(maxsize=8)
def _load(path: str, size: int, mtime: float) -> Emblem:
    suffix = Path(path).suffix.lower()
    if suffix == ".svg":
        from svglib.svglib import svg2rlg

        drawing = svg2rlg(path)
        if drawing is None or not drawing.width or not drawing.height:
            raise ValueError("not a drawing")
        return Emblem("svg", drawing, float(drawing.width), float(drawing.height))
    if suffix == ".pdf":
        return _pdf_page(path)
    reader = ImageReader(path)
    width, height = reader.getSize()
    if not width or not height:
        raise ValueError("empty image")
    return Emblem("image", reader, width, height)


def emblem_problem(path: str) -> str | None:
    """Why the file cannot be printed as the emblem, in French; None when it can (or no file is named)."""
    if not path:
        return None
    file = Path(path)
    if file.suffix.lower() not in EMBLEM_SUFFIXES:
        return f"L'emblème « {file.name} » doit être une image PNG, JPEG, SVG ou PDF."
    try:
        stat = file.stat()
    except OSError:
        return f"Le fichier « {path} » est introuvable."
    try:
        _load(str(file), stat.st_size, stat.st_mtime)
    except Exception:  # noqa: BLE001 - whatever the library says, the file is not a usable picture
        log.info("emblem %s cannot be read", path, exc_info=True)
        return f"Le fichier « {file.name} » n'est pas une image lisible."
    return None


def read_emblem(path: str) -> Emblem | None:
    """The emblem, or None (with a warning) when it cannot be used: documents then print the title alone."""
    if not path:
        return None
    problem = emblem_problem(path)
    if problem is not None:
        log.warning("%s The document is printed without the emblem.", problem)
        return None
    stat = Path(path).stat()
    return _load(str(Path(path)), stat.st_size, stat.st_mtime)
