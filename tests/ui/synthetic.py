"""100,001 synthetic list rows ("NOM1 Prénom"... and one "de MAZIÈRES Olivier") in a table model, for the
filter test and its benchmark (benchmarks/bench_search.py)."""

from __future__ import annotations

from collections import namedtuple

from cmer_desk.domain.text import fold, french_sort_key

Row = namedtuple("Row", "id name search_text sort_key")


def synthetic_model():
    from cmer_desk.ui.models.table import Column, RowTableModel

    rows = [Row(i, f"NOM{i} Prénom", fold(f"NOM{i} Prénom"), french_sort_key(f"NOM{i}")) for i in range(100_000)]
    rows.append(Row(100_000, "de MAZIÈRES Olivier", "de mazieres olivier", french_sort_key("Mazières")))
    model = RowTableModel([Column("Nom", lambda r: r.name, lambda r: r.sort_key)])
    model.set_rows(rows)
    return model
