"""Documents at the State's standard: what a reader extracts from each PDF, the fonts and images it holds."""

from __future__ import annotations

import io
import unicodedata

import pytest

from cmer_desk.domain.body import BodyParagraph
from cmer_desk.domain.documents import BadgeData, BadgeSheetData, FontFiles, Letterhead
from cmer_desk.formats.pdf.attendees import render_attendee_list
from cmer_desk.formats.pdf.badges import render_badges
from cmer_desk.formats.pdf.emblem import emblem_problem
from cmer_desk.formats.pdf.font_files import font_file_problem
from cmer_desk.formats.pdf.invitation import render_invitation
from tests.formats.conftest import BODY_2, make_attendees, make_invitation, pdf_reader

HEAD = Letterhead(issuer_lines=("PRÉFET DE POLICE", "DES BOUCHES-DU-RHÔNE"), motto=("Liberté", "Égalité", "Fraternité"),
                  issue_line="Marseille, le 22 janvier 2018")
ARABIC = "محمد بن سعيد"
SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="96"><rect width="120" height="96" fill="#333"/>'
       '<circle cx="60" cy="48" r="30" fill="#fff"/></svg>')


def raw_text(pdf: bytes) -> str:
    """What a reader copies, no space normalised."""
    return "\n".join(page.extract_text() for page in pdf_reader(pdf).pages)


def base_fonts(pdf: bytes) -> set[str]:
    found = set()
    for page in pdf_reader(pdf).pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            found.add(str(ref.get_object()["/BaseFont"]).split("+", 1)[-1])
    return found


def images(pdf: bytes) -> int:
    return sum(len(page["/Resources"].get("/XObject", {})) for page in pdf_reader(pdf).pages)


def _png(path):
    from PIL import Image

    Image.new("RGB", (120, 96), (40, 40, 110)).save(path)
    return path


def _pdf_emblem(path):
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(path), pagesize=(120, 96))
    c.setFillColorRGB(0.2, 0.2, 0.4)
    c.rect(0, 0, 120, 96, fill=1)
    c.save()
    return path


def test_no_break_spaces_extract_as_typed_and_are_not_stretched():
    text = "Un outil novateur\u00a0: les cellules\u202f; oui\u202f? «\u202fcommune\u202f» " + BODY_2
    pdf = render_invitation(make_invitation(body=(BodyParagraph(text),)))
    extracted = raw_text(pdf)
    for piece in ("outil novateur\u00a0: les", "cellules\u202f;", "oui\u202f?", "«\u202fcommune\u202f»"):
        assert piece in extracted, piece
    # a no-break space is not the space character that justification stretches (Tw applies to code 32 only)
    content = b"".join(page.get_contents().get_data() for page in pdf_reader(pdf).pages)
    assert b"outil novateur :" not in content and b"outil novateur" in content


def test_justified_text_is_hyphenated_in_french():
    pdf = render_invitation(make_invitation(body=(BodyParagraph(BODY_2 + " " + BODY_2),)))
    lines = raw_text(pdf).splitlines()
    cut = [line for line in lines if line.endswith("-") and not line.endswith(" -")]
    assert cut, "no word was hyphenated at a line end"
    words = (BODY_2 + " Bouches-du-").split()
    assert any(line.split()[-1] not in words for line in cut)  # a hyphen that the text did not have


@pytest.mark.parametrize("script, sample, font", [
    ("arabic", ARABIC, "DejaVuSans"), ("chinese", "李小龙", "DroidSansFallback"),
    ("japanese", "山田太郎", "DroidSansFallback"), ("devanagari", "हिन्दी", "NotoSansDevanagari"),
    ("emoji", "🎉", "NotoEmoji"),
])
def test_every_script_prints_with_a_fallback_font_and_extracts(script, sample, font):
    pdf = render_invitation(make_invitation(officials_paragraph=f"Avec {sample} et les autres :"))
    assert any(font in name for name in base_fonts(pdf)), base_fonts(pdf)
    extracted = unicodedata.normalize("NFKC", raw_text(pdf))
    assert unicodedata.normalize("NFKC", sample) in extracted.replace("\u00a0", " ")


def test_arabic_is_shaped_right_to_left_and_extracts_in_logical_order():
    pdf = render_invitation(make_invitation(officials_paragraph=f"Le préfet et {ARABIC}, maire, signeront :"))
    extracted = raw_text(pdf)
    assert any("\ufe70" <= ch <= "\ufefc" for ch in extracted)  # joined letter forms were drawn
    assert ARABIC in unicodedata.normalize("NFKC", extracted)  # read back in logical order
    assert ARABIC[::-1] not in unicodedata.normalize("NFKC", extracted)


@pytest.mark.parametrize("kind", ["png", "svg", "pdf", None])
def test_the_bloc_marque_heads_the_invitation(tmp_path, kind):
    path = ""
    if kind == "png":
        path = str(_png(tmp_path / "e.png"))
    elif kind == "svg":
        (tmp_path / "e.svg").write_text(SVG)
        path = str(tmp_path / "e.svg")
    elif kind == "pdf":
        path = str(_pdf_emblem(tmp_path / "e.pdf"))
    import dataclasses

    pdf = render_invitation(make_invitation(letterhead=dataclasses.replace(HEAD, emblem_path=path)))
    text = raw_text(pdf)
    order = [text.find(piece) for piece in ("PRÉFET DE POLICE", "Marseille, le 22", "Liberté", "Fraternité",
                                            "Invitation presse")]
    assert -1 not in order and order == sorted(order[:1] + order[2:4]) [:1] + order[1:2] + sorted(order[2:4]) + order[4:]
    assert images(pdf) == (1 if kind in ("png", "pdf") else 0)
    assert len(pdf_reader(pdf).pages) == 1


def test_the_attendee_list_and_the_badges_carry_the_same_header(tmp_path):
    import dataclasses

    head = dataclasses.replace(HEAD, emblem_path=str(_png(tmp_path / "e.png")))
    sheet = render_attendee_list(make_attendees(3, letterhead=head))
    badges = render_badges(BadgeSheetData("Titre", "mercredi", "Lieu", "Bureau", (BadgeData(ARABIC, "Média", "Rédacteur"),),
                                          letterhead=head))
    for pdf in (sheet, badges):
        text = raw_text(pdf)
        assert "PRÉFET DE POLICE" in text and "Marseille, le 22 janvier 2018" in text and "Fraternité" in text
        assert images(pdf) >= 1
    assert ARABIC in unicodedata.normalize("NFKC", raw_text(badges))


def _font_file(tmp_path, flavor):
    from fontTools.ttLib import TTFont

    font = TTFont("/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf")
    font.flavor = flavor
    path = tmp_path / f"bureau.{flavor or 'ttf'}"
    font.save(path)
    return str(path)


@pytest.mark.parametrize("flavor", [None, "woff", "woff2"])
def test_the_bureaus_own_font_is_embedded_as_a_subset(tmp_path, flavor):
    path = _font_file(tmp_path, flavor)
    assert font_file_problem(path) is None
    import dataclasses

    pdf = render_invitation(make_invitation(letterhead=dataclasses.replace(HEAD, fonts=FontFiles(path))))
    names = [str(ref.get_object()["/BaseFont"]) for page in pdf_reader(pdf).pages
             for ref in page["/Resources"]["/Font"].values()]
    assert any("DejaVuSansCondensed" in n for n in names)
    assert all("+" in n for n in names)  # subsets (SUBSET+Name), every one embedded
    assert "Olivier de MAZIÈRES" in raw_text(pdf)


def test_a_file_that_is_not_a_font_or_an_image_is_refused(tmp_path):
    bad = tmp_path / "x.ttf"
    bad.write_bytes(b"not a font")
    assert "police" in font_file_problem(str(bad)) or "lisible" in font_file_problem(str(bad))
    assert "doit être" in font_file_problem(str(tmp_path / "x.doc"))
    bad_image = tmp_path / "x.png"
    bad_image.write_bytes(b"nope")
    assert "lisible" in emblem_problem(str(bad_image))
    assert "introuvable" in emblem_problem(str(tmp_path / "none.svg"))
    assert emblem_problem("") is None


def test_a_postscript_flavoured_opentype_font_is_converted(tmp_path):
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.t2CharStringPen import T2CharStringPen

    chars = "AaÀàÉéÈèÊêÇçŒœ0123456789:;!?«»–’@ ."
    names = [".notdef"] + [f"g{ord(c)}" for c in chars]
    fb = FontBuilder(1000, isTTF=False)
    fb.setupGlyphOrder(names)
    fb.setupCharacterMap({ord(c): f"g{ord(c)}" for c in chars})
    strings = {}
    for name in names:
        pen = T2CharStringPen(500, None)
        pen.moveTo((50, 0)), pen.lineTo((450, 0)), pen.curveTo((450, 300), (300, 700), (50, 700)), pen.closePath()
        strings[name] = pen.getCharString()
    fb.setupCFF("TestSans", {"FullName": "Test Sans"}, strings, {})
    fb.setupHorizontalMetrics({n: (500, 50) for n in names})
    fb.setupHorizontalHeader(ascent=800, descent=-200)
    fb.setupNameTable({"familyName": "Test Sans", "styleName": "Regular"})
    fb.setupOS2()
    fb.setupPost()
    path = tmp_path / "test.otf"
    fb.save(str(path))
    assert font_file_problem(str(path)) is None
    from fontTools.ttLib import TTFont

    from cmer_desk.formats.pdf.font_files import load_font_bytes

    converted = TTFont(io.BytesIO(load_font_bytes(str(path))))
    assert "glyf" in converted and "CFF " not in converted
