"""Fonts ship with the repository and register once."""

from __future__ import annotations


def test_fonts_register_once_from_the_repository(tmp_path):
    from reportlab.pdfbase import pdfmetrics

    from cmer_desk.formats.pdf import fonts

    assert (fonts.FONT_DIR / "LICENSE-DejaVu.txt").is_file()
    assert fonts.register_fonts() == fonts.register_fonts() == fonts.FontSet()
    assert fonts.register_fonts().regular == "DejaVuSans"
    for name in (fonts.REGULAR, fonts.BOLD, fonts.ITALIC, fonts.BOLD_ITALIC):
        assert pdfmetrics.getFont(name).face.name  # registered TTF, not a fallback
