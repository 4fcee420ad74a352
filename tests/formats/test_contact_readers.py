"""Pure readers and writers: encodings, delimiters, quoting, vCard versions, header recognition."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmer_desk.formats.contact_columns import (
    ColumnMap,
    join_tags,
    propose_mapping,
    split_tags,
)
from cmer_desk.formats.contact_files import bcc_list, read_table
from cmer_desk.formats.csv_dialect import read_csv, write_csv
from cmer_desk.formats.errors import FileFormatError
from cmer_desk.formats.formula_guard import protect, unprotect
from cmer_desk.formats.table import MAX_FIELD
from cmer_desk.formats.vcard import VCARD_FIELDS, read_vcards
from cmer_desk.formats.xlsx import read_xlsx, write_xlsx

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def rows(table):
    """(line, cells) of each row; a row with a problem gives (line, problem)."""
    return [(r.line, r.problem or r.cells) for r in table.rows]


def test_cp1252_csv_with_oe_ligature_and_capital_e_acute():
    data = "Nom;Prénom;Média\r\nŒILLET;Élodie;L'Œil du Rhône\r\n".encode("cp1252")
    assert b"\x8c" in data and b"\xc9" in data  # Œ and É as Windows-1252 writes them
    table = read_csv(data)
    assert table.headers == ["Nom", "Prénom", "Média"]
    assert rows(table) == [(2, ["ŒILLET", "Élodie", "L'Œil du Rhône"])]
    assert table.detail.startswith("cp1252")


def test_utf8_with_bom_and_commas():
    data = "\ufeffNom,Prénom,Courriel\nDurand,Zoé,zoe@example.fr\n".encode("utf-8")
    table = read_csv(data)
    assert table.headers == ["Nom", "Prénom", "Courriel"]
    assert rows(table) == [(2, ["Durand", "Zoé", "zoe@example.fr"])]
    assert table.detail == "utf-8-sig, « , »"


def test_utf8_without_bom_semicolons_and_a_quoted_line_break():
    data = 'Nom;Média\nMartin;"France 3\nProvence-Alpes"\nDurand;"La ""Marseillaise"""\n'.encode()
    assert rows(read_csv(data)) == [(2, ["Martin", "France 3\nProvence-Alpes"]), (4, ["Durand", 'La "Marseillaise"'])]


def test_unbalanced_quote_stops_at_the_line_where_it_opens():
    data = b"Nom;M\xc3\xa9dia\nA;B\nC;D\nE;\"France 3\nF;G\n"
    with pytest.raises(FileFormatError) as caught:
        rows(read_csv(data))
    assert caught.value.line == 4
    assert str(caught.value) == "Ligne 4 : guillemet ouvrant sans guillemet fermant."


def test_a_row_wider_than_the_header_is_a_problem_of_its_line_and_a_short_one_is_padded():
    data = b"Nom;Prenom;Media\nA;B;C\n\nD;E;F;G\nH;I\n"
    assert rows(read_csv(data)) == [
        (2, ["A", "B", "C"]),
        (4, "4 colonnes au lieu de 3 comme dans l'en-tête."),
        (5, ["H", "I", ""]),
    ]


def test_field_over_the_size_limit_names_the_line_and_the_column():
    data = ("Nom;Notes\nA;court\nB;" + "x" * (MAX_FIELD + 1) + "\n").encode()
    [_, (line, problem)] = rows(read_csv(data))
    assert line == 3 and problem.startswith(f"la colonne 2 dépasse {MAX_FIELD} caractères")


def test_empty_file_is_refused_in_french():
    with pytest.raises(FileFormatError, match="vide"):
        read_csv(b"")


def test_guarded_csv_cells_come_back_exactly():
    for value in ["=SOMME(A1)", "+33 6", "-5", "@x", "\tx", "'=x", "''+y", "'plain", "plain", ""]:
        assert unprotect(protect(value)) == value
    assert protect("=1+1") == "'=1+1"
    data = write_csv(["Nom", "Notes"], [["=HYPERLINK()", "'@x"]])
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"'=HYPERLINK()" in data
    assert rows(read_csv(data)) == [(2, ["=HYPERLINK()", "'@x"])]


def test_outlook_vcard_21_quoted_printable_cp1252_and_folded_press_card():
    table = read_vcards((FIXTURES / "outlook-2.1.vcf").read_bytes())
    [(line, cells)] = rows(table)
    card = dict(zip(VCARD_FIELDS, cells, strict=True))
    assert line == 1
    assert propose_mapping(table.headers) == dict(enumerate(VCARD_FIELDS))
    assert card["last_name"] == "ÉLIE"
    assert card["first_name"] == "Françoise"
    assert card["civility"] == "Mme"
    assert card["organisation"] == "L'Œil du Rhône"
    assert card["function"] == "Rédactrice en chef adjointe, service région"
    assert card["landline"] == "04 90 91 51 29"
    assert card["mobile"] == "06 12 34 56 78"
    assert card["email"] == "f.elie@oeil-du-rhone.fr"
    assert card["press_card_number"] == "12345"
    assert card["notes"] == "Préfère le téléphone.\r\nPas de SMS."


def test_vcard_40_and_30_with_escapes_and_folding():
    table = read_vcards((FIXTURES / "contacts-4.0.vcf").read_bytes())
    cards = [(line, dict(zip(VCARD_FIELDS, cells, strict=True))) for line, cells in rows(table)]
    assert [line for line, _ in cards] == [1, 13]
    first = cards[0][1]
    assert first["last_name"] == "Dupont, dit « le Grand »"
    assert first["civility"] == "M."
    assert first["organisation"] == "Radio Camargue; antenne d'Arles"
    assert first["mobile"] == "+33-6-11-22-33-44"
    assert split_tags(first["tags"]) == ["PQR", "radio, locales"]
    assert first["notes"] == (
        "Deux lignes :\nla seconde ici. Un long texte qui dépasse soixante-quinze octets pour"
        "être replié sur la ligne suivante."
    )
    assert cards[1][1]["last_name"] == "Œillet" and cards[1][1]["email"] == "chloe.oeillet@example.fr"


def test_vcard_without_end_names_the_begin_line():
    data = b"BEGIN:VCARD\nVERSION:3.0\nN:A;B\nEND:VCARD\nBEGIN:VCARD\nN:C;D\n"
    with pytest.raises(FileFormatError, match=r"^Ligne 5 : carte sans END:VCARD\.$"):
        rows(read_vcards(data))


def test_headers_recognised_in_french_and_english():
    headers = ["Civilité", "NOM", "Prénom", "Média", "Fonction", "E-mail", "Téléphone", "Portable",
               "N° de carte de presse", "Listes", "Colonne inconnue"]  # fmt: skip
    assert propose_mapping(headers) == {
        0: "civility", 1: "last_name", 2: "first_name", 3: "organisation", 4: "function", 5: "email",
        6: "landline", 7: "mobile", 8: "press_card_number", 9: "tags",
    }  # fmt: skip
    english = ["First Name", "Last Name", "Company", "Job Title", "E-mail Address", "Mobile Phone", "Tags"]
    assert propose_mapping(english) == {
        0: "first_name", 1: "last_name", 2: "organisation", 3: "function", 4: "email", 5: "mobile", 6: "tags"
    }
    assert propose_mapping(["Courriel", "Email"]) == {0: "email", 1: "email"}  # every e-mail column is read
    assert ColumnMap(["Nom", "X"], {0: "last_name"}).values(["Durand", "x"]).fields == {"last_name": "Durand"}


def test_tags_joined_and_split():
    assert join_tags(["PQR", "TV"]) == "PQR, TV"
    assert split_tags("PQR, TV;radio") == ["PQR", "TV", "radio"]
    assert split_tags(join_tags(["a, b"])) == ["a, b"]
    assert split_tags(join_tags(["a;b", "c"])) == ["a;b", "c"]


def test_xlsx_written_as_text_and_read_back(tmp_path):
    data = write_xlsx(["Nom", "Carte de presse"], [["Durand", "00123"], ["=1+1", "x\ny"]])
    table = read_xlsx(data)
    assert table.headers == ["Nom", "Carte de presse"]
    assert rows(table) == [(2, ["Durand", "00123"]), (3, ["=1+1", "x\ny"])]


def test_xlsx_formula_looking_text_is_a_quote_prefixed_string_never_an_apostrophe(tmp_path):
    import io

    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(write_xlsx(["Nom"], [["=1+1"], ["'=x"], ["Durand"]]))).active
    assert (sheet["A2"].value, sheet["A2"].data_type, sheet["A2"].quotePrefix) == ("=1+1", "s", True)
    assert (sheet["A3"].value, sheet["A3"].quotePrefix) == ("'=x", False)
    assert (sheet["A4"].value, sheet["A4"].quotePrefix) == ("Durand", False)


def test_xlsx_numbers_and_a_cell_beyond_the_header():
    import io

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Nom", "Validité carte de presse"])
    ws.append(["Durand", 2026])
    ws.append(["Martin", 2027, "en trop"])
    out = io.BytesIO()
    wb.save(out)
    table = read_xlsx(out.getvalue())
    [durand, martin] = rows(table)
    assert durand == (2, ["Durand", "2026"])
    assert martin[0] == 3 and martin[1].startswith("des cellules sont remplies au-delà")


def test_not_an_xlsx_file():
    with pytest.raises(FileFormatError, match="pas un classeur Excel"):
        read_xlsx(b"Nom;Prenom\n")


def test_read_table_refuses_unknown_suffix_and_missing_file(tmp_path):
    with pytest.raises(FileFormatError, match="non pris en charge"):
        read_table(tmp_path / "x.pdf")
    with pytest.raises(FileFormatError, match="n'existe pas"):
        read_table(tmp_path / "absent.csv")


def test_bcc_list_each_address_once():
    assert bcc_list(["a@x.fr", "", "B@y.fr", "A@X.FR"]) == "a@x.fr\nB@y.fr\n"
