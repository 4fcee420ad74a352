"""A cell longer than the csv module's own field limit (131,072 characters) is reported for what it is,
a cell too long, at its line and column; not as an unclosed quote."""

from __future__ import annotations

import csv

import pytest

from cmer_desk.formats.csv_dialect import read_csv
from cmer_desk.formats.errors import FileFormatError
from cmer_desk.formats.table import MAX_FIELD


def rows(table):
    return list(table.rows)


@pytest.mark.parametrize("quoted", [True, False])
def test_a_cell_over_the_csv_module_limit_names_the_real_cause(quoted):
    size = csv.field_size_limit() + 10
    cell = "x" * size
    data = ("Nom;Notes\nA;court\nB;" + (f'"{cell}"' if quoted else cell) + "\nC;fin\n").encode()
    with pytest.raises(FileFormatError) as caught:
        rows(read_csv(data))
    assert str(caught.value) == f"Ligne 3 : la colonne 2 dépasse {MAX_FIELD} caractères ({size})."


def test_an_unclosed_quote_in_a_long_file_is_still_an_unclosed_quote():
    data = ("Nom;Notes\nA;\"ouvert\n" + "B;suite\n" * 30_000).encode()
    with pytest.raises(FileFormatError) as caught:
        rows(read_csv(data))
    assert str(caught.value) == "Ligne 2 : guillemet ouvrant sans guillemet fermant."
