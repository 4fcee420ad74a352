"""What a contact file of the corpus gives, as plain data: each contact field by field, each refused row
with its reason, each warning, the notes about the whole file, or the error that refuses the file."""

from __future__ import annotations

from pathlib import Path

from cmer_desk.formats.contact_files import read_table
from cmer_desk.formats.errors import FileFormatError
from cmer_desk.services.import_rows import RowReader

YEAR = 2026
FIELDS = ("civility", "first_name", "last_name", "function", "press_card_number", "press_card_year", "tags", "notes",
          "source")  # fmt: skip


def contact(row) -> dict:
    d = row.draft
    out: dict = {"line": row.line}
    for name in FIELDS:
        value = getattr(d, name)
        if value not in ("", None, []):
            out[name] = value
    if row.outlet:
        out["organisation"] = row.outlet
    if d.press_card_kind.value:
        out["press_card_kind"] = d.press_card_kind.value
    if d.last_contact_on:
        out["last_contact_on"] = d.last_contact_on.isoformat()
    if d.emails:
        out["emails"] = [[e.address, e.kind.value, e.label, e.preferred] for e in d.emails]
    if d.phones:
        out["phones"] = [[p.number, p.kind.value, p.label, p.extension, p.preferred] for p in d.phones]
    return out


def analyse(path: Path) -> dict:
    try:
        reader = RowReader(read_table(path), None, YEAR)
        rows = list(reader)
    except FileFormatError as exc:
        return {"error": str(exc)}
    out: dict = {}
    if reader.notes:
        out["notes"] = reader.notes
    out["contacts"] = [contact(r) for r in rows if r.draft is not None]
    refused = [[r.line, r.problem] for r in rows if r.draft is None]
    warnings = [[w.line, w.message] for r in rows for w in r.warnings]
    if refused:
        out["refused"] = refused
    if warnings:
        out["warnings"] = warnings
    return out
