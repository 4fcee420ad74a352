"""The press badges PDF."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from cmer_desk.domain.documents import BadgeData, BadgeSheetData, Letterhead
from cmer_desk.formats.pdf import fonts
from cmer_desk.formats.pdf.badges import (
    BADGE_H,
    BADGE_W,
    EMPTY_MESSAGE,
    PAGE_H,
    PAGE_W,
    badge_cells,
    fit_lines,
    fit_name,
    page_count,
    render_badges,
)
from tests.formats.conftest import norm, page_texts, pdf_reader

EVENT = "Installation de la cellule municipale d'échanges sur la radicalisation de Tarascon"
DATE = "mercredi 24 janvier 2018 à 11 heures 30"
VENUE = "hôtel de Ville, salle des Consuls, 2 Place du Marché, 13150 Tarascon"
BUREAU = "Préfecture de police des Bouches-du-Rhône – Bureau de la communication et du protocole"
ROLES = ("Journaliste", "Photographe", "Cadreur", "JRI")
HOSTILE = ("<b>x", "R&D <presse@exemple.fr>", '<img src="/etc/passwd"/>')
FOREIGN = ("Łukasz Wałęsa", "Nguyễn Lan", "ŒILLET Amélie")
LONG_NAME = "Marie-Charlotte Éléonore de LA ROCHEFOUCAULD-MONTMORENCY D'AUBIGNÉ-SAINT-EXUPÉRY"


def make_sheet(badges, **changes) -> BadgeSheetData:
    values = dict(event_title=EVENT, date_line=DATE, venue_line=VENUE, bureau_name=BUREAU, badges=tuple(badges))
    values.update(changes)
    return BadgeSheetData(**values)


def numbered(n: int) -> list[BadgeData]:
    return [
        BadgeData(f"NOM{i:03d} Prénom", f"Média {i:03d}", ROLES[i % len(ROLES)], f"CP-{i:05d}" if i % 2 else "")
        for i in range(1, n + 1)
    ]


def placed_text(pdf: bytes) -> list[list[tuple[str, float, float, float, float, str]]]:
    """Per page: (text, left x, right x, baseline y, font size, font) of every line drawn."""
    pages = []
    for page in pdf_reader(pdf).pages:
        found: list[tuple[str, float, float, float, float, str]] = []

        def visit(text, cm, tm, font_dict, font_size, found=found):
            text = text.strip("\n")
            if not text.strip():
                return
            # the canvas draws with identity matrices; guard the assumption rather than assume it
            assert cm[:4] == [1.0, 0.0, 0.0, 1.0] and tm[:4] == [1.0, 0.0, 0.0, 1.0]
            x, y = tm[4] + cm[4], tm[5] + cm[5]
            font = fonts.BOLD if "Bold" in str(font_dict["/BaseFont"]) else fonts.REGULAR
            found.append((text, x, x + stringWidth(text, font, font_size), y, font_size, font))

        page.extract_text(visitor_text=visit)
        pages.append(found)
    return pages


@pytest.fixture(scope="module", autouse=True)
def _fonts():
    fonts.register_fonts()


def test_four_per_page_nine_badges_make_three_pages():
    badges = numbered(9)
    pdf = render_badges(make_sheet(badges))
    pages = page_texts(pdf)
    assert len(pages) == 3 == page_count(make_sheet(badges))
    for index, badge in enumerate(badges):
        text = pages[index // 4]
        for piece in (badge.name, badge.outlet, badge.role):
            assert piece in text
        if badge.press_card:
            assert f"Carte de presse n° {badge.press_card}" in text
    for text in pages:  # every badge on a page carries the event and the band
        on_page = text.count("PRESSE")
        assert on_page == text.count(EVENT) == text.count(DATE) == text.count(VENUE) >= 1
        assert text.count(BUREAU) == on_page
    assert [t.count("PRESSE") for t in pages] == [4, 4, 1]


def test_badges_are_printed_in_the_given_order():
    badges = list(reversed(numbered(4)))
    (text,) = page_texts(render_badges(make_sheet(badges)))
    positions = [text.index(b.name) for b in badges]
    assert positions == sorted(positions)


def test_one_per_page_three_badges_make_three_pages():
    badges = numbered(3)
    pages = page_texts(render_badges(make_sheet(badges, per_page=1)))
    assert len(pages) == 3
    for badge, text in zip(badges, pages):
        assert badge.name in text and badge.outlet in text and badge.role in text
        assert EVENT in text and DATE in text and VENUE in text
        others = [b.name for b in badges if b is not badge]
        assert not any(name in text for name in others)


@pytest.mark.parametrize("per_page", [1, 4])
def test_every_line_stays_inside_its_badge(per_page):
    badges = [BadgeData(LONG_NAME, "Outlet " * 20, "Role " * 10, "9" * 60), *numbered(2)]
    assert len(LONG_NAME) >= 80
    pdf = render_badges(make_sheet(badges, event_title=EVENT * 3, venue_line=VENUE * 3, per_page=per_page))
    cells = badge_cells(per_page)
    for lines in placed_text(pdf):
        assert lines
        for text, left, right, y, _size, _font in lines:
            assert left >= 0 and right <= PAGE_W and 0 <= y <= PAGE_H, text
            inside = [
                (x0, y0) for x0, y0 in cells
                if x0 - 0.01 <= left and right <= x0 + BADGE_W + 0.01 and y0 < y < y0 + BADGE_H
            ]
            assert inside, f"{text!r} leaves its badge ({left:.1f}..{right:.1f}, {y:.1f})"


def test_a_long_name_is_kept_whole_on_two_lines():
    pdf = render_badges(make_sheet([BadgeData(LONG_NAME, "La Provence", "Journaliste")]))
    lines = placed_text(pdf)[0]
    (name_size,) = {size for text, *_rest, size, _font in lines if "ROCHEFOUCAULD" in text or "EXUPÉRY" in text}
    name_lines = [text for text, *_rest, size, font in lines if size == name_size and font == fonts.BOLD]
    joined = "".join(t if t.endswith("-") else t + " " for t in name_lines).strip()
    assert joined == LONG_NAME
    assert len(name_lines) == 2
    assert "…" not in " ".join(name_lines)


def test_names_are_big_and_shrink_to_fit():
    (short_lines, short_size) = fit_name("Katia BERTAUD", BADGE_W - 50)
    assert short_lines == ["Katia BERTAUD"] and short_size == 24
    lines, size = fit_name(LONG_NAME, BADGE_W - 50)
    assert len(lines) == 2 and size < short_size
    assert all(stringWidth(line, fonts.BOLD, size) <= BADGE_W - 50 for line in lines)


def test_hostile_strings_print_literally_and_make_no_link():
    badges = [BadgeData(h, h, h, h) for h in HOSTILE]
    pdf = render_badges(make_sheet(badges, event_title="<a href='http://x'>clic</a> & co", bureau_name="<i>B"))
    (text,) = page_texts(pdf)
    for h in HOSTILE:
        assert text.count(norm(h)) >= 3  # name, outlet, role
        assert f"Carte de presse n° {h}" in text
    assert "<a href='http://x'>clic</a> & co" in text
    assert text.count("<i>B") == 3
    for page in pdf_reader(pdf).pages:
        assert "/Annots" not in page
    assert b"/Link" not in pdf and b"/URI" not in pdf


def test_a_spaced_dash_never_starts_a_line():
    title = "Visite du ministre – remise des médailles aux sapeurs-pompiers de Marseille"
    lines = placed_text(render_badges(make_sheet(numbered(1), event_title=title)))[0]  # BUREAU wraps too
    assert any(text.endswith("–") for text, *_ in lines)
    assert not any(text.startswith("–") for text, *_ in lines)
    bureau = "Préfecture des Bouches-du-Rhône – Bureau de la communication"
    for width in range(60, 260, 4):
        wrapped, _size = fit_lines(bureau, fonts.REGULAR, 7.5, 6, width, 3)
        assert not any(line.startswith("–") for line in wrapped), (width, wrapped)


def test_non_latin_1_names_extract_exactly():
    badges = [BadgeData(n, "Gazeta Wyborcza", "Photographe") for n in FOREIGN]
    (text,) = page_texts(render_badges(make_sheet(badges)))
    for name in FOREIGN:
        assert name in text


def test_empty_selection_gives_one_page_saying_so():
    pdf = render_badges(make_sheet([]))
    pages = page_texts(pdf)
    assert len(pages) == 1
    assert EMPTY_MESSAGE in pages[0]
    assert "PRESSE" not in pages[0]
    assert page_count(make_sheet([])) == 1


def test_metadata():
    meta = pdf_reader(render_badges(make_sheet(numbered(1)))).metadata
    assert meta.title == f"Badges presse – {EVENT}"
    assert meta.author == BUREAU
    assert meta.creator == "cmer-desk"


@pytest.mark.parametrize("per_page", [0, 2, 3, 8])
def test_unsupported_per_page_is_refused(per_page):
    with pytest.raises(ValueError):
        render_badges(make_sheet(numbered(1), per_page=per_page))


def test_four_cells_tile_the_a4_page():
    cells = badge_cells(4)
    assert sorted(cells) == sorted([(0.0, 0.0), (0.0, BADGE_H), (BADGE_W, 0.0), (BADGE_W, BADGE_H)])
    assert pytest.approx(PAGE_W, abs=0.5) == 2 * BADGE_W and pytest.approx(PAGE_H, abs=0.5) == 2 * BADGE_H
    ((x0, y0),) = badge_cells(1)
    assert x0 == pytest.approx((PAGE_W - BADGE_W) / 2) and y0 == pytest.approx((PAGE_H - BADGE_H) / 2)


def test_cut_lines_are_drawn_dashed():
    for per_page in (1, 4):
        page = pdf_reader(render_badges(make_sheet(numbered(1), per_page=per_page))).pages[0]
        content = page.get_contents().get_data()
        assert b"[4 3] 0 d" in content


def test_missing_logo_is_skipped(tmp_path, caplog):
    pdf = render_badges(make_sheet(numbered(1), letterhead=Letterhead(emblem_path=str(tmp_path / "none.png"))))
    assert "Katia" not in page_texts(pdf)[0] and "NOM001 Prénom" in page_texts(pdf)[0]
    assert "introuvable" in caplog.text


def test_logo_is_drawn(tmp_path):
    from PIL import Image

    path = tmp_path / "logo.png"
    Image.new("RGB", (200, 120), (0, 0, 145)).save(path)
    pdf = render_badges(make_sheet(numbered(5), letterhead=Letterhead(emblem_path=str(path))))
    reader = pdf_reader(pdf)
    for page in reader.pages:
        assert len(page["/Resources"]["/XObject"]) == 1
    assert pdf.count(b"/Subtype /Image") == 1  # embedded once, drawn on every badge


@pytest.mark.parametrize("code", ["", "K7Q2-M4XD"], ids=["without QR code", "with QR code"])
def test_only_embedded_dejavu_fonts(code):
    """No font the printer must supply: the QR code's drawing once brought an unembedded Helvetica."""
    pdf = render_badges(make_sheet([BadgeData(n, "Média", "Rôle", number=i + 1, code=code)
                                    for i, n in enumerate(FOREIGN)]))
    for page in pdf_reader(pdf).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            assert "DejaVuSans" in str(font["/BaseFont"])
            descriptor = font["/FontDescriptor"] if "/FontDescriptor" in font else (
                font["/DescendantFonts"][0].get_object()["/FontDescriptor"])
            assert "/FontFile2" in descriptor.get_object()


_text = st.text(
    alphabet=st.sampled_from(list("abcdefghijWMÉŒłễ-'< &") + [" ", " ", "\u00a0", "\u202f"]), min_size=0, max_size=160,
)


@settings(max_examples=150, deadline=None)
@given(text=_text, width=st.floats(min_value=30, max_value=300), max_lines=st.integers(1, 3))
def test_fit_lines_never_exceeds_width_or_line_count(text, width, max_lines):
    lines, size = fit_lines(text, fonts.BOLD, 14, 7, width, max_lines)
    assert len(lines) <= max_lines
    assert 7 <= size <= 14
    for line in lines:
        assert stringWidth(line, fonts.BOLD, size) <= width + 1e-6
    if lines and "…" not in lines[-1]:  # nothing lost: the words come back in order
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")
