"""Attendee list as CSV and XLSX; formula injection neutralised."""

from __future__ import annotations

import csv
import io
from datetime import datetime

import pytest
from openpyxl import load_workbook

from cmer_desk.domain.documents import AttendeeRow
from cmer_desk.formats.attendee_tables import (
    HEADERS,
    attendee_rows_table,
    render_attendee_csv,
    render_attendee_xlsx,
)
from cmer_desk.formats.formula_guard import protect
from tests.formats.conftest import make_attendees

HOSTILE_ROWS = (
    AttendeeRow(1, "=1+1", "+33 4 90 91 51 29", "-x", "@x", "\tx", "11 h 02"),
    AttendeeRow(2, "BERTAUD Katia", "La Provence; édition \"Arles\"", "Journaliste", "12345", "Présent\r\nici", ""),
    AttendeeRow(3, "Łukasz WAŁĘSA", "Œuvre", "Photographe", "", "Accrédité", ""),
)


@pytest.mark.parametrize(
    "cell, expected",
    [
        ("=1+1", "'=1+1"),
        ("+33 4 90 91 51 29", "'+33 4 90 91 51 29"),
        ("-x", "'-x"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("\r\nx", "'\r\nx"),
        ("", ""),
        ("BERTAUD", "BERTAUD"),
        ("a=b", "a=b"),
        ("'=déjà", "''=déjà"),
        ("'déjà", "'déjà"),
    ],
)
def test_csv_guard(cell, expected):
    assert protect(cell) == expected


EVENT = "Installation de la cellule municipale d'échanges sur la radicalisation de Tarascon"


def test_table_has_the_columns_and_the_values_as_they_are():
    headers, rows = attendee_rows_table(make_attendees(0, rows=HOSTILE_ROWS))
    assert headers == HEADERS == ("Événement", "N°", "N° d'accréditation", "NOM", "Prénom", "Média", "Rôle",
                                  "Carte de presse", "Courriel", "Téléphone", "Statut", "Arrivée")
    assert rows[0] == (EVENT, 1, None, "=1+1", "", "+33 4 90 91 51 29", "-x", "@x", "", "", "\tx", None)
    assert rows[1][10] == "Présent\nici"
    assert rows[2][3] == "Łukasz WAŁĘSA"


def _door_rows():
    return (
        AttendeeRow(1, "d'ARBAUD Anne-Sophie", "L'Hebdo des Alpilles", "Rédacteur", "66012", "Confirmée", "11 h 02",
                    last_name="d'ARBAUD", first_name="Anne-Sophie", email="as.darbaud@hebdo-alpilles.example",
                    phone="+48 22 123 45 67", arrived=datetime(2018, 1, 24, 11, 2), accreditation_number=8),
        AttendeeRow(2, "ZOÉ Émile", "Le Courrier du Delta", "Rédacteur", "123456", "Demandée", "",
                    last_name="ZOÉ", first_name="Émile", email="emile.zoe@courrier-delta.example",
                    phone="04 99 00 11 01", accreditation_number=1, confirmed=False),
    )


def test_csv_carries_the_event_names_apart_contact_status_and_arrival_then_the_blank_rows():
    data = make_attendees(0, rows=_door_rows(), blank_rows=3)
    parsed = list(csv.reader(io.StringIO(render_attendee_csv(data).decode("utf-8-sig"), newline=""), delimiter=";"))
    assert parsed[1] == [EVENT, "1", "8", "d'ARBAUD", "Anne-Sophie", "L'Hebdo des Alpilles", "Rédacteur", "66012",
                         "as.darbaud@hebdo-alpilles.example", "'+48 22 123 45 67", "Confirmée", "24/01/2018 11:02"]
    assert parsed[2][3:5] == ["ZOÉ", "Émile"] and parsed[2][10:] == ["Demandée", ""]
    assert parsed[3:] == [[EVENT, str(n)] + [""] * 10 for n in (3, 4, 5)]


def test_xlsx_prints_landscape_one_page_wide_with_the_header_repeated_and_no_apostrophe_in_values():
    data = make_attendees(0, rows=_door_rows() + HOSTILE_ROWS[:1], blank_rows=2)
    sheet = load_workbook(io.BytesIO(render_attendee_xlsx(data))).active
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
    assert sheet.print_title_rows == "$1:$1"
    assert sheet["L2"].value == datetime(2018, 1, 24, 11, 2) and sheet["L2"].number_format == "dd/mm/yyyy hh:mm"
    assert sheet["J2"].value == "+48 22 123 45 67" and sheet["J2"].quotePrefix  # text, not a formula
    assert sheet["D4"].value == "=1+1" and sheet["D4"].data_type == "s"
    values = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert not [v for v in values if v.startswith("'")]
    assert [sheet.cell(row=r, column=2).value for r in (5, 6)] == [3, 4]  # the blank rows, numbered on
    assert all(sheet.cell(row=6, column=c).value is None for c in range(3, 13))


def test_csv_bom_separator_crlf_and_round_trip():
    data = make_attendees(0, rows=HOSTILE_ROWS)
    raw = render_attendee_csv(data)
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    first_line = text.split("\r\n", 1)[0]
    assert first_line == ";".join(HEADERS)
    assert "\r\n" in text and text.endswith("\r\n")
    parsed = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    headers, rows = attendee_rows_table(data)
    assert parsed[0] == list(headers)
    assert parsed[1:] == [[protect(c) if isinstance(c, str) else "" if c is None else str(c) for c in row] for row in rows]
    assert parsed[1][3] == "'=1+1"
    assert parsed[2][10] == "Présent\nici"


def test_csv_keeps_the_given_order():
    data = make_attendees(5)
    data = make_attendees(0, rows=tuple(reversed(data.rows)))
    parsed = list(csv.reader(io.StringIO(render_attendee_csv(data).decode("utf-8-sig"), newline=""), delimiter=";"))
    assert [r[1] for r in parsed[1:]] == ["5", "4", "3", "2", "1"]


def test_xlsx_cells_header_and_frozen_row():
    data = make_attendees(0, rows=HOSTILE_ROWS)
    wb = load_workbook(io.BytesIO(render_attendee_xlsx(data)))
    ws = wb.active
    assert [c.value for c in ws[1]] == list(HEADERS)
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    _, rows = attendee_rows_table(data)
    for r, row in enumerate(rows, start=2):
        assert tuple(c.value for c in ws[r]) == tuple(None if v == "" else v for v in row)
    assert ws["D2"].value == "=1+1"
    assert ws["D2"].data_type == "s" and ws["D2"].quotePrefix
    assert not any(isinstance(c.value, str) and c.value.startswith("'") for row in ws.iter_rows() for c in row)
    assert ws["B2"].value == 1
    assert ws.column_dimensions["D"].width >= 20
    assert ws.max_row == 1 + len(rows)
