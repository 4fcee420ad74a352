"""The corpus of real address books (tests/fixtures/contacts, see its README): each file gives exactly the
contacts written beside it in FILE.json, field by field, with every warning, every refused row and its
reason, and the notes about the whole file (or the error that refuses the file)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.formats.corpus import analyse

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "contacts"
FILES = sorted(p for p in CORPUS.iterdir() if p.suffix not in (".json", ".md", ".py"))


def test_every_file_has_its_expectations_and_its_source_in_the_readme():
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    assert len(FILES) >= 50
    for path in FILES:
        assert (CORPUS / f"{path.name}.json").exists(), path.name
        assert f"`{path.name}`" in readme, path.name


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_file_gives_its_contacts_field_by_field(path):
    expected = json.loads((CORPUS / f"{path.name}.json").read_text(encoding="utf-8"))
    found = analyse(path)
    assert found.get("error") == expected.get("error")
    assert found.get("notes") == expected.get("notes")
    for mine, theirs in zip(found.get("contacts", []), expected.get("contacts", []), strict=True):
        assert mine == theirs
    assert found.get("refused") == expected.get("refused")
    assert found.get("warnings") == expected.get("warnings")
