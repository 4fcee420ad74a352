"""The sign-in sheet PDF."""

from __future__ import annotations

import re

import pytest

from cmer_desk.domain.documents import AttendeeRow
from cmer_desk.formats.pdf import fonts
from cmer_desk.formats.pdf.attendees import (
    COLUMN_TITLES,
    ROWS_PER_PAGE,
    fit_text,
    page_count,
    render_attendee_list,
)
from tests.formats.conftest import make_attendees, norm, page_texts, pdf_reader

PRINTED = "Imprimé le 27 novembre 2026 à 14 h 05"


@pytest.fixture(scope="module")
def three_pages():
    data = make_attendees(2 * ROWS_PER_PAGE + 3)
    return data, page_texts(render_attendee_list(data))


def test_header_and_columns_repeated_on_every_page(three_pages):
    data, pages = three_pages
    assert len(pages) == 3
    for text in pages:
        assert data.event_title in text
        assert "mercredi 24 janvier 2018 à 11 heures 30" in text
        assert "hôtel de Ville, salle des Consuls" in text
    for text in pages:  # the last page holds 3 rows, so it has the column header too
        pos = 0
        for title in COLUMN_TITLES:
            pos = text.index(title, pos)


def test_page_x_of_y_and_printed_line_on_every_page(three_pages):
    _, pages = three_pages
    for i, text in enumerate(pages, start=1):
        assert f"page {i} / 3" in text
        assert PRINTED in text


def test_rows_printed_in_given_order():
    data = make_attendees(6)
    data = make_attendees(0, rows=tuple(reversed(data.rows)))
    (text,) = page_texts(render_attendee_list(data))
    positions = [text.index(f"NOM{n:05d}") for n in (6, 5, 4, 3, 2, 1)]
    assert positions == sorted(positions)


def test_arrival_time_is_ticked():
    rows = (AttendeeRow(1, "BERTAUD Katia", "La Provence", "Journaliste", "12345", "Présent", "11 h 02"),)
    (text,) = page_texts(render_attendee_list(make_attendees(0, rows=rows)))
    assert "✓ 11 h 02" in text
    assert "BERTAUD Katia" in text and "La Provence" in text and "12345" in text


def test_blank_rows_for_walk_ins_are_numbered_after_the_list():
    data = make_attendees(3, blank_rows=4)
    (text,) = page_texts(render_attendee_list(data))
    tail = text[text.index("NOM00003"):]
    assert re.search(r"\b4 5 6 7\b", tail), tail


def test_blank_rows_take_room():
    assert page_count(make_attendees(ROWS_PER_PAGE - 5, blank_rows=10, totals_by_role=())) == 2
    assert page_count(make_attendees(ROWS_PER_PAGE - 5, blank_rows=0, totals_by_role=())) == 1


def test_totals_by_role_at_the_end():
    data = make_attendees(7)
    pages = page_texts(render_attendee_list(data))
    last = pages[-1]
    assert "Totaux par rôle" in last
    assert "Cadreur : 2" in last and "Journaliste : 3" in last and "Photographe : 2" in last
    assert "Total : 7" in last
    assert all("Totaux par rôle" not in p for p in pages[:-1])


@pytest.mark.parametrize("n", [0, 1, ROWS_PER_PAGE - 1, ROWS_PER_PAGE, ROWS_PER_PAGE + 1, 3 * ROWS_PER_PAGE])
def test_page_count_matches_the_pdf(n):
    data = make_attendees(n, blank_rows=2)
    assert len(pdf_reader(render_attendee_list(data)).pages) == page_count(data)


def test_overlong_cells_are_cut_with_an_ellipsis():
    long_name = "CHARLES-ÉDOUARD DE LA TOUR D'AUVERGNE-LAURAGUAIS " * 6
    rows = (AttendeeRow(1, long_name, "Média " * 40, "Journaliste", "X" * 80, "Présent"),)
    (text,) = page_texts(render_attendee_list(make_attendees(0, rows=rows)))
    assert long_name.strip() not in text
    assert "CHARLES-ÉDOUARD DE LA TOUR" in text
    assert text.count("…") >= 3


def test_fit_text_never_exceeds_the_width():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    fonts.register_fonts()
    for text in ("court", "Łukasz Wałęsa " * 20, "W" * 300):
        fitted, size = fit_text(text, fonts.REGULAR, 9, 80)
        assert stringWidth(fitted, fonts.REGULAR, size) <= 80
        assert size >= 6.5


def test_hostile_and_foreign_names_print_literally():
    names = ("<b>x", "R&D <presse@exemple.fr>", "Łukasz WAŁĘSA", "NGUYỄN Văn An")
    rows = tuple(AttendeeRow(i + 1, n, "", "Journaliste", "", "") for i, n in enumerate(names))
    (text,) = page_texts(render_attendee_list(make_attendees(0, rows=rows)))
    for n in names:
        assert n in text


def test_metadata():
    meta = pdf_reader(render_attendee_list(make_attendees(2))).metadata
    assert meta.title.startswith("Liste d'émargement – Installation")
    assert meta.creator == "cmer-desk"


def test_ten_thousand_rows_make_a_valid_pdf():
    data = make_attendees(10_000, blank_rows=5)
    pdf = render_attendee_list(data)
    reader = pdf_reader(pdf)
    assert len(reader.pages) == page_count(data) > 500
    last = " ".join(norm(page.extract_text()) for page in reader.pages[-2:])
    assert "Total : 10000" in last
    assert "NOM10000" in last
    assert "page 2 / " in reader.pages[1].extract_text()


def test_only_embedded_dejavu_fonts():
    pdf = render_attendee_list(make_attendees(3))
    for page in pdf_reader(pdf).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            assert "DejaVuSans" in str(font["/BaseFont"])
            descriptor = font["/FontDescriptor"] if "/FontDescriptor" in font else (
                font["/DescendantFonts"][0].get_object()["/FontDescriptor"])
            assert "/FontFile2" in descriptor.get_object()
