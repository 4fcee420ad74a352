"""Attendee list as CSV and XLSX; formula injection neutralised."""

from __future__ import annotations

import csv
import io

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


def test_table_has_the_columns_and_the_values_as_they_are():
    headers, rows = attendee_rows_table(make_attendees(0, rows=HOSTILE_ROWS))
    assert headers == HEADERS
    assert rows[0] == (1, "=1+1", "+33 4 90 91 51 29", "-x", "@x", "\tx", "11 h 02")
    assert rows[1][5] == "Présent\nici"
    assert rows[2][1] == "Łukasz WAŁĘSA"


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
    assert parsed[1:] == [[protect(c) if isinstance(c, str) else str(c) for c in row] for row in rows]
    assert parsed[1][1] == "'=1+1"
    assert parsed[2][5] == "Présent\nici"


def test_csv_keeps_the_given_order():
    data = make_attendees(5)
    data = make_attendees(0, rows=tuple(reversed(data.rows)))
    parsed = list(csv.reader(io.StringIO(render_attendee_csv(data).decode("utf-8-sig"), newline=""), delimiter=";"))
    assert [r[0] for r in parsed[1:]] == ["5", "4", "3", "2", "1"]


def test_xlsx_cells_header_and_frozen_row():
    data = make_attendees(0, rows=HOSTILE_ROWS)
    wb = load_workbook(io.BytesIO(render_attendee_xlsx(data)))
    ws = wb.active
    assert [c.value for c in ws[1]] == list(HEADERS)
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    _, rows = attendee_rows_table(data)
    for r, row in enumerate(rows, start=2):
        assert tuple(c.value if c.value is not None else "" for c in ws[r]) == row
    assert ws["B2"].value == "=1+1"
    assert ws["B2"].data_type == "s" and ws["B2"].quotePrefix
    assert not any(isinstance(c.value, str) and c.value.startswith("'") for row in ws.iter_rows() for c in row)
    assert ws["A2"].value == 1
    assert ws.column_dimensions["B"].width >= 20
    assert ws.max_row == 1 + len(rows)
