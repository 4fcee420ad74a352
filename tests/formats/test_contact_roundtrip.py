"""Property: any row of values written to CSV, XLSX or vCard reads back the same."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cmer_desk.formats.contact_columns import (
    EXPORT_FIELDS,
    apply_mapping,
    propose_mapping,
    split_tags,
)
from cmer_desk.formats.contact_files import contacts_file
from cmer_desk.formats.csv_dialect import read_csv
from cmer_desk.formats.vcard import read_vcards
from cmer_desk.formats.xlsx import read_xlsx

# what check_contact leaves: stripped text without NUL; tags without line breaks
_chars = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x00") | st.sampled_from(
    "=+-@'\t\n;,\\\"ŒœÉé"
)
text = st.text(_chars, max_size=40).map(str.strip)
one_line = text.map(lambda s: " ".join(s.split()))
tag = one_line.filter(bool)


@st.composite
def rows(draw):
    values = {f: draw(one_line) for f in EXPORT_FIELDS}
    values["notes"] = draw(text)
    values["function"] = draw(text)
    tags = draw(st.lists(tag, max_size=4, unique=True))
    from cmer_desk.formats.contact_columns import join_tags

    values["tags"] = join_tags(tags)
    values["last_name"] = draw(one_line.filter(bool))
    return values


def _read(suffix: str, data: bytes) -> list[dict[str, str]]:
    reader = {".csv": read_csv, ".xlsx": read_xlsx, ".vcf": read_vcards}[suffix]
    table = reader(data)
    mapping = propose_mapping(table.headers)
    return [apply_mapping(cells, mapping) for _, cells in table.rows]


def _normal(values: dict[str, str]) -> dict[str, str]:
    out = {k: v.replace("\r\n", "\n").replace("\r", "\n") for k, v in values.items() if v}
    if "tags" in out:
        out["tags"] = split_tags(out["tags"])
    return out


@settings(max_examples=150, deadline=None)
@given(st.lists(rows(), min_size=1, max_size=4))
def test_csv_round_trip(values):
    assert [_normal(v) for v in _read(".csv", contacts_file(".csv", values))] == [_normal(v) for v in values]


@settings(max_examples=80, deadline=None)
@given(st.lists(rows(), min_size=1, max_size=4))
def test_xlsx_round_trip(values):
    assert [_normal(v) for v in _read(".xlsx", contacts_file(".xlsx", values))] == [_normal(v) for v in values]


@settings(max_examples=150, deadline=None)
@given(st.lists(rows(), min_size=1, max_size=4))
def test_vcard_round_trip(values):
    assert [_normal(v) for v in _read(".vcf", contacts_file(".vcf", values))] == [_normal(v) for v in values]
