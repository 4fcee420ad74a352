"""One decoding rule for every text file, the headers of the usual address books, and workbooks read with
care (refused before decompression when too big, merged cells filled down, formulas without values)."""

from __future__ import annotations

import codecs
import io
import zipfile

import pytest
from openpyxl import Workbook

from cmer_desk.formats import xlsx
from cmer_desk.formats.contact_columns import ColumnMap, propose_mapping, split_display_name
from cmer_desk.formats.csv_dialect import read_csv
from cmer_desk.formats.decoding import decode_text
from cmer_desk.formats.errors import FileFormatError
from cmer_desk.formats.vcard import read_vcards


def test_valid_utf8_wins_even_when_it_looks_latin():
    decoded = decode_text("Nom;Prénom\nDupré;Émilie\n".encode())
    assert (decoded.text, decoded.encoding, decoded.converted_lines) == ("Nom;Prénom\nDupré;Émilie\n", "utf-8", [])


def test_one_windows_1252_line_in_a_utf8_file_is_converted_alone_and_reported():
    data = "Nom;Prénom\nDupré;Émilie\n".encode() + "Lefèvre;Cécile\n".encode("cp1252") + "Müller;Jürgen\n".encode()
    decoded = decode_text(data)
    assert decoded.text == "Nom;Prénom\nDupré;Émilie\nLefèvre;Cécile\nMüller;Jürgen\n"
    assert decoded.converted_lines == [3]
    assert decoded.note == ("Fichier en UTF-8 dont 1 ligne était en Windows-1252 et a été convertie : "
                            "ligne 3.")  # fmt: skip
    rows = list(read_csv(data).rows)
    assert [r.notes for r in rows] == [(), ("ligne convertie depuis Windows-1252 (le reste du fichier est en UTF-8).",), ()]


def test_a_windows_1252_file_is_windows_1252_without_a_list_of_lines():
    decoded = decode_text("Nom;Prénom\nŒILLET;Élodie\n".encode("cp1252"))
    assert (decoded.text, decoded.encoding, decoded.converted_lines) == ("Nom;Prénom\nŒILLET;Élodie\n", "cp1252", [])


@pytest.mark.parametrize("codec, bom", [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
                                        ("utf-16-le", b""), ("utf-16-be", b""), ("utf-32-le", codecs.BOM_UTF32_LE)])
def test_utf16_with_or_without_its_mark(codec, bom):
    text = "Nom\tPrénom\r\nSAINT-ÉLOI\tFrançois\r\n"
    decoded = decode_text(bom + text.encode(codec))
    assert decoded.text == text and decoded.encoding.startswith(codec[:6])


def test_the_utf8_mark_decides_and_the_lines_that_are_not_utf8_are_listed():
    decoded = decode_text(codecs.BOM_UTF8 + "Nom\nÉlie\n".encode() + "Zoé\n".encode("cp1252"))
    assert decoded.text == "Nom\nÉlie\nZoé\n" and decoded.converted_lines == [3]


@pytest.mark.parametrize("data, words", [
    (b"", "vide"), (b" \r\n\t\r\n", "espaces"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(50), "97-2003"),
    (b"PK\x03\x04" + bytes(30), "classeur Excel (.xlsx)"), (b"GIF89a\x00\x01", "image"),
    (b"Nom;Courriel\n\x00\x00\x13\x00", "octets nuls"),
])  # fmt: skip
def test_blank_and_binary_files_are_named_as_such(data, words):
    with pytest.raises(FileFormatError) as caught:
        decode_text(data)
    assert words in str(caught.value)
    assert "\x00" not in str(caught.value) and "PK" not in str(caught.value)


def test_the_headers_the_issue_names_are_all_recognised():
    headers = ["Primary Email", "Adresse électronique principale", "E-mail 1 - Value", "Phone 1 - Value",
               "Organization Name", "Labels", "Name", "Profession", "Société", "Tél. bureau", "Tél. mobile",
               "Adresse électronique secondaire", "Business Fax", "Home Phone", "Group Membership", "Given Name"]
    assert list(propose_mapping(headers).values()) == [
        "email", "email", "email", "landline", "organisation", "tags", "display_name", "function", "organisation",
        "landline", "mobile", "email_other", "fax", "phone_home", "tags", "first_name"]  # fmt: skip


def test_google_type_columns_give_the_kind_the_label_and_the_preferred_value():
    headers = ["Name", "E-mail 1 - Type", "E-mail 1 - Value", "Phone 1 - Label", "Phone 1 - Value"]
    columns = ColumnMap(headers, propose_mapping(headers))
    values = columns.values(["Zoé Durand", "Home ::: * Work", "z@example.net ::: z@example.com", "Rédaction",
                             "04 65 71 12 58"])  # fmt: skip
    assert [(e.address, e.kind.value, e.preferred) for e in values.emails] == [
        ("z@example.net", "home", True), ("z@example.com", "work", True)]
    assert [(p.number, p.kind.value, p.label) for p in values.phones] == [("04 65 71 12 58", "work", "Rédaction")]


@pytest.mark.parametrize("name, parts", [
    ("Jean DUPONT", ("Jean", "DUPONT")), ("DUPONT Jean", ("Jean", "DUPONT")), ("Dupont, Jean", ("Jean", "Dupont")),
    ("Olivier de Mazières", ("Olivier", "de Mazières")), ("Marie-Flore Vallon", ("Marie-Flore", "Vallon")),
    ("Zoé", ("", "Zoé")), ("x@example.com", ("", "")),
])  # fmt: skip
def test_display_names_are_split_the_french_way(name, parts):
    assert split_display_name(name) == parts


def test_a_title_above_the_header_is_skipped_and_said():
    data = "Liste presse mars 2026;;\n;;\nNom;Prénom;Courriel\nDurand;Zoé;z@example.com\n".encode()
    from cmer_desk.formats.contact_files import parse_table

    table = parse_table(data)
    assert table.headers == ["Nom", "Prénom", "Courriel"] and table.header_line == 3
    assert [(r.line, r.cells) for r in table.rows] == [(4, ["Durand", "Zoé", "z@example.com"])]
    assert table.notes == ["Ligne 1 au-dessus de l'en-tête ignorée (titre ou note) ; l'en-tête est à la ligne 3."]


def _workbook(fill) -> bytes:
    wb = Workbook()
    fill(wb.active)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_cells_merged_over_several_rows_are_filled_down_and_formulas_without_values_are_named():
    def fill(ws):
        ws.append(["Média", "Nom", "Courriel"])
        ws.append(["Radio Camargue", "Durand", "=LOWER(B2)&\"@example.com\""])
        ws.append([None, "Martin", "m@example.com"])
        ws.append([None, "Roux", "r@example.com"])
        ws.merge_cells("A2:A4")

    table = xlsx.read_xlsx(_workbook(fill))
    rows = list(table.rows)
    assert [r.cells[0] for r in rows] == ["Radio Camargue"] * 3
    assert rows[0].problem.startswith("la cellule C2 contient une formule dont le classeur n'a pas gardé le résultat")
    assert rows[1].problem == rows[2].problem == ""


def test_a_workbook_inflating_past_the_limit_is_refused_before_it_is_read(monkeypatch):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\x00" * 3_000_000)
    monkeypatch.setattr(xlsx, "MAX_INFLATED", 2_000_000)
    monkeypatch.setattr(xlsx, "load_workbook", lambda *a, **k: pytest.fail("the workbook was opened"))
    with pytest.raises(FileFormatError, match="se décompresse en 2 Mo, plus que les 1 Mo admis"):
        xlsx.read_xlsx(out.getvalue())
    assert len(out.getvalue()) < 100_000


def test_vcard_with_cr_cr_lf_line_ends_folding_and_utf16():
    card = "BEGIN:VCARD\r\r\nVERSION:3.0\r\r\nN:Durand;Zoé;;;\r\r\nNOTE:un long texte\r\r\n  replié\r\r\nEND:VCARD\r\r\n"
    for data in (card.encode(), codecs.BOM_UTF16_LE + card.encode("utf-16-le"), card.encode("utf-16-be")):
        [row] = list(read_vcards(data).rows)
        assert (row.cells[1], row.cells[2], row.cells[-3]) == ("Zoé", "Durand", "un long texte replié")


def test_quoted_printable_without_charset_is_utf8_when_its_bytes_are():
    data = b"BEGIN:VCARD\nVERSION:2.1\nN;ENCODING=QUOTED-PRINTABLE:=C3=89lie;Fran=C3=A7oise\nEND:VCARD\n"
    [row] = list(read_vcards(data).rows)
    assert (row.cells[2], row.cells[1], row.notes) == ("Élie", "Françoise", ())
