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
from tests.formats.test_pdf_badges import placed_text

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


def _person(n, last, first, status="Confirmée", confirmed=True):
    return AttendeeRow(n, f"{last} {first}", "La Provence", "Rédacteur", "", status, last_name=last, first_name=first,
                       confirmed=confirmed)


def test_a_long_name_wraps_onto_a_second_line_and_keeps_the_first_name():
    long_last, first = "de LA TOUR D'AUVERGNE-LAURAGUAIS DE SAINT-EXUPÉRY", "Marie-Bérengère"
    rows = (_person(1, long_last, first), _person(2, "BERTAUD", "Katia"))
    (lines,) = placed_text(render_attendee_list(make_attendees(0, rows=rows)))
    name_x = next(x for t, x, _r, _y, _s, _f in lines if t == "BERTAUD Katia")  # a short name: one line
    in_name_column = [(y, t, right) for t, x, right, y, _s, _f in lines if abs(x - name_x) < 0.5]
    first_line = next(y for y, t, _r in in_name_column if t.startswith("de LA TOUR"))
    second_line = next(y for y, t, _r in in_name_column if t == first)  # whole, on its own line, just below
    assert 6 < first_line - second_line < 12
    assert all(right <= name_x + 6.0 * 28.35 - 8 for _y, _t, right in in_name_column)  # inside the column


def test_a_status_column_when_other_statuses_are_listed():
    rows = (_person(1, "ZOÉ", "Émile"), _person(2, "ŒILLET", "Chloé", "Demandée", False))
    (mixed,) = page_texts(render_attendee_list(make_attendees(0, rows=rows, show_status=True)))
    assert "Statut" in mixed
    assert re.search(r"ŒILLET Chloé La Provence Rédacteur\s+Demandée", mixed), mixed
    (confirmed_only,) = page_texts(render_attendee_list(make_attendees(0, rows=rows[:1])))
    assert "Statut" not in confirmed_only and "Confirmée" not in confirmed_only


def test_the_totals_say_who_is_present_against_the_confirmed_and_the_capacity():
    data = make_attendees(12, confirmed=12, present=5, capacity=30)
    last = page_texts(render_attendee_list(data))[-1]
    assert "Présents : 5 sur 12 confirmés" in last
    assert "Capacité : 30 places" in last
    admitted = page_texts(render_attendee_list(make_attendees(2, confirmed=2, present=1, admitted_other=1)))[-1]
    assert "Présents : 1 sur 2 confirmés" in admitted
    assert "Admis par un responsable sans accréditation confirmée : 1" in admitted
    assert "Capacité" not in admitted


def test_an_empty_list_says_so_and_keeps_its_blank_rows():
    (text,) = page_texts(render_attendee_list(make_attendees(0, totals_by_role=())))
    assert "Aucune accréditation" in text
    (with_blank,) = page_texts(render_attendee_list(make_attendees(0, totals_by_role=(), blank_rows=3)))
    assert "Aucune accréditation" in with_blank and re.search(r"\b1 2 3\b", with_blank)
    assert "Aucune accréditation" not in page_texts(render_attendee_list(make_attendees(1)))[0]
