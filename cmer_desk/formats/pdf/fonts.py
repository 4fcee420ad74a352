"""The DejaVu Sans family, registered once with ReportLab and embedded in every PDF.

The standard 14 PDF fonts (Helvetica...) only cover Latin-1: 'Łukasz Wałęsa', 'Nguyễn', 'œuvre'
or a narrow no-break space would print as black squares. DejaVu covers them and is embedded
(subset) by ReportLab, so the text also extracts exactly.
"""

from __future__ import annotations

import logging
import threading
from importlib.resources import as_file, files

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

log = logging.getLogger(__name__)

# Package data beside this module (with their licence, LICENSE-DejaVu.txt), read through importlib.resources
# so that an installed wheel or a bundle finds them wherever it lives.
FONT_DIR = files(__package__).joinpath("fonts")

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the family with ReportLab (once per process) and return its name."""
    global _registered
    if _registered:
        return FAMILY
    with _lock:
        if _registered:
            return FAMILY
        for name, filename in _FILES.items():
            resource = FONT_DIR.joinpath(filename)
            if not resource.is_file():
                raise FileNotFoundError(f"missing font {resource}")
            with as_file(resource) as path:  # a real file even when the package is zipped
                pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
        # <b> and <i> inside a Paragraph look the family up through these mappings.
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD_ITALIC)
        log.debug("registered %s from %s", FAMILY, FONT_DIR)
        _registered = True
    return FAMILY
