"""The press invitation PDF, checked against the Tarascon 2018 reference."""

from __future__ import annotations

from datetime import datetime

import pytest

from cmer_desk.domain.body import BodyBullets, BodyParagraph
from cmer_desk.domain.documents import Letterhead, PressOfficerLine, ProgrammeLine
from cmer_desk.formats.pdf.invitation import render_invitation
from cmer_desk.formats.pdf.markup import para_text
from tests.formats.conftest import (
    BULLETS,
    BUREAU,
    FOOTER_SEQUENCE,
    OFFICER_LINES,
    REFERENCE_SEQUENCE,
    SHARED_EMAIL,
    WEBSITE,
    assert_in_order,
    make_invitation,
    page_texts,
    pdf_reader,
)


@pytest.fixture(scope="module")
def reference_pdf() -> bytes:
    return render_invitation(make_invitation())


def _fonts(pdf: bytes) -> list:
    found = []
    for page in pdf_reader(pdf).pages:
        fonts = page["/Resources"].get("/Font", {})
        for ref in fonts.values():
            found.append(ref.get_object())
    return found


def _descriptor(font):
    if "/FontDescriptor" in font:
        return font["/FontDescriptor"].get_object()
    descendant = font["/DescendantFonts"][0].get_object()
    return descendant["/FontDescriptor"].get_object()


def test_reference_fits_on_one_page(reference_pdf):
    assert len(pdf_reader(reference_pdf).pages) == 1


def test_every_sentence_name_phone_and_email_in_reading_order(reference_pdf):
    (text,) = page_texts(reference_pdf)
    assert_in_order(text, REFERENCE_SEQUENCE)
    assert text.endswith("X : @prefpolice13"), "the footer must close the page"


def test_no_page_number_on_a_single_page(reference_pdf):
    (text,) = page_texts(reference_pdf)
    assert "1 / 1" not in text


def test_long_body_flows_to_second_page_with_footer_whole_on_last_page():
    data = make_invitation()
    data = make_invitation(body=data.body * 3)
    pages = page_texts(render_invitation(data))
    assert len(pages) == 2
    first, last = pages
    for line in FOOTER_SEQUENCE[:-2]:  # the social handles repeat words of the body
        assert line not in first
    assert "@prefpolice13" not in first
    assert_in_order(last, FOOTER_SEQUENCE)
    assert "1 / 2" in first
    assert "2 / 2" in last


def test_metadata(reference_pdf):
    meta = pdf_reader(reference_pdf).metadata
    assert meta.title == "Installation de la cellule municipale d'échanges sur la radicalisation de Tarascon"
    assert meta.author == "Préfecture de police des Bouches-du-Rhône"
    assert meta.subject == "Invitation presse – CMER de Tarascon"
    assert meta.creator == "cmer-desk"
    created = meta.creation_date
    assert (created.year, created.month, created.day, created.hour, created.minute) == (2018, 1, 22, 9, 30)


def test_creation_date_keeps_an_explicit_time_zone():
    from datetime import timedelta, timezone

    tz = timezone(timedelta(hours=-3, minutes=-30))
    pdf = render_invitation(make_invitation(created_at=datetime(2020, 5, 1, 8, 0, tzinfo=tz)))
    raw = pdf_reader(pdf).metadata["/CreationDate"]
    assert raw.startswith("D:20200501080000-03'30")


def test_dejavu_is_embedded_and_no_standard_font_is_used(reference_pdf):
    fonts = _fonts(reference_pdf)
    assert fonts
    for font in fonts:
        name = str(font["/BaseFont"])
        assert "DejaVuSans" in name, name
        assert "Helvetica" not in name and "Times" not in name
        assert "/FontFile2" in _descriptor(font), f"{name} is not embedded"


HOSTILE = (
    "<b>x",
    "x<y",
    "R&D <presse@exemple.fr>",
    "&eacute;",
    '<img src="/etc/passwd"/>',
    '<a href="file:///x">',
    '<font face="X">',
)


def test_hostile_text_prints_literally_and_adds_no_link_nor_image():
    data = make_invitation(
        title="Titre " + HOSTILE[0] + " " + HOSTILE[1],
        kicker=HOSTILE[3],
        body=(BodyParagraph("Corps " + " ".join(HOSTILE)), BodyBullets((HOSTILE[4], HOSTILE[5]))),
        when_where=(HOSTILE[6], HOSTILE[2]),
        press_officers=(PressOfficerLine(HOSTILE[5], "", "", HOSTILE[2]),),
        bureau_name=HOSTILE[4],
        programme=(ProgrammeLine("11 heures", HOSTILE[4]),),
    )
    pdf = render_invitation(data)
    text = " ".join(page_texts(pdf))
    for piece in HOSTILE:
        assert piece in text
    assert "Titre <b>x x<y" in text
    for page in pdf_reader(pdf).pages:
        for annot in page.get("/Annots", []) or []:
            assert annot.get_object().get("/Subtype") != "/Link"
        assert "/XObject" not in page["/Resources"]
    assert b"/Link" not in pdf
    assert b"/URI" not in pdf


def test_names_in_any_alphabet_extract_exactly():
    data = make_invitation(
        press_officers=(PressOfficerLine("Łukasz WAŁĘSA", "", "", "l@x.pl"),),
        officials_paragraph="Łukasz Wałęsa et Nguyễn Văn An signeront :",
        body=(BodyParagraph("Une œuvre « commune »."),),
    )
    text = " ".join(page_texts(render_invitation(data)))
    for piece in ("Łukasz Wałęsa", "Nguyễn Văn An", "œuvre", "« commune »", "Łukasz WAŁĘSA"):
        assert piece in text


def test_bullets_are_printed_with_a_dash(reference_pdf):
    (text,) = page_texts(reference_pdf)
    for item in BULLETS:
        assert "– " + item[:40] in text


def test_programme_lines_in_order_after_when_where():
    data = make_invitation(
        programme=(ProgrammeLine("11 heures 30", "Accueil"), ProgrammeLine("11 heures 45", "Signature du protocole"))
    )
    (text,) = page_texts(render_invitation(data))
    assert_in_order(text, ("2 Place du Marché à Tarascon", "Programme", "11 heures 30 – Accueil",
                           "11 heures 45 – Signature du protocole", "A l'issue de la signature"))


def test_logo_is_drawn_when_it_is_an_image(tmp_path):
    from PIL import Image as PILImage

    logo = tmp_path / "logo.png"
    PILImage.new("RGB", (200, 100), (0, 0, 145)).save(logo)
    pdf = render_invitation(make_invitation(letterhead=Letterhead(emblem_path=str(logo))))
    page = pdf_reader(pdf).pages[0]
    xobjects = page["/Resources"]["/XObject"]
    assert len(xobjects) == 1
    assert len(pdf_reader(pdf).pages) == 1


@pytest.mark.parametrize("content", [None, b"not an image at all"])
def test_missing_or_broken_logo_is_skipped(tmp_path, content):
    logo = tmp_path / "logo.png"
    if content is not None:
        logo.write_bytes(content)
    pdf = render_invitation(make_invitation(letterhead=Letterhead(emblem_path=str(logo))))
    assert "/XObject" not in pdf_reader(pdf).pages[0]["/Resources"]
    assert "Invitation presse" in page_texts(pdf)[0]


def test_empty_optional_parts_still_render():
    data = make_invitation(programme=(), social_accounts=(), shared_email="", website="", press_officers=(),
                           created_at=None, author="", subject="")
    (text,) = page_texts(render_invitation(data))
    assert BUREAU in text
    assert SHARED_EMAIL not in text and WEBSITE not in text and OFFICER_LINES[0] not in text


def test_para_text_escapes_and_keeps_line_breaks():
    assert para_text('<b>x & "y"\nz') == "&lt;b&gt;x &amp; \"y\"<br/>z"
    assert para_text("a\r\nb\rc") == "a<br/>b<br/>c"
    assert para_text(None) == ""




def test_the_escape_is_the_standard_librarys():
    from xml.sax.saxutils import escape as standard

    from cmer_desk.formats.pdf.markup import escape

    for sample in ("", "a & b", "<b>x</b>", "&amp;&lt;", "R&D > 3 < 4", "é&è", "&&<<>>", "\u00a0&\u202f"):
        assert escape(sample) == standard(sample)
