"""Opening a contact file by its extension, and the bytes of one to write."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from cmer_desk.formats.contact_columns import EXPORT_FIELDS, LABELS, split_tags
from cmer_desk.formats.csv_dialect import read_csv, write_csv
from cmer_desk.formats.errors import FileFormatError
from cmer_desk.formats.table import Table
from cmer_desk.formats.vcard import read_vcards, write_vcards
from cmer_desk.formats.xlsx import read_xlsx, write_xlsx

READERS = {".csv": read_csv, ".txt": read_csv, ".xlsx": read_xlsx, ".vcf": read_vcards, ".vcard": read_vcards}
EXPORT_SUFFIXES = (".csv", ".xlsx", ".vcf", ".txt")
MAX_FILE_BYTES = 200 * 1024 * 1024


def read_table(path: str | Path) -> Table:
    """The header and the rows of a .csv, .xlsx or .vcf file; FileFormatError in French otherwise."""
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise FileFormatError(None, f"Format de fichier non pris en charge : « {path.suffix or path.name} » "
                                    "(CSV, XLSX ou vCard attendu).")  # fmt: skip
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise FileFormatError(None, f"Le fichier « {path.name} » dépasse {MAX_FILE_BYTES // 2**20} Mo.")
        data = path.read_bytes()
    except FileNotFoundError:
        raise FileFormatError(None, f"Le fichier « {path} » n'existe pas.") from None
    except OSError as exc:
        raise FileFormatError(None, f"Impossible de lire « {path} » : {exc.strerror or exc}.") from exc
    return reader(data)


def _cells(values: dict[str, str]) -> list[str]:
    return [values.get(f, "") for f in EXPORT_FIELDS]


def contacts_file(suffix: str, rows: Iterable[dict[str, str]]) -> bytes:
    """The bytes of an export: rows of values (see columns.values_from_draft) in the format of ``suffix``.

    ``.txt`` is the Bcc list: one e-mail address per line, each once, blank addresses left out."""
    suffix = suffix.lower()
    headers = [LABELS[f] for f in EXPORT_FIELDS]
    if suffix == ".csv":
        return write_csv(headers, (_cells(r) for r in rows))
    if suffix == ".xlsx":
        return write_xlsx(headers, (_cells(r) for r in rows))
    if suffix == ".vcf":
        return write_vcards(rows)
    if suffix == ".txt":
        return bcc_list(r.get("email", "") for r in rows).encode("utf-8")
    raise FileFormatError(None, f"Format d'export non pris en charge : « {suffix} » (.csv, .xlsx, .vcf ou .txt).")


def bcc_list(emails: Iterable[str]) -> str:
    """'a@x.fr\\nb@y.fr\\n': each address once (case ignored), in the order given."""
    seen, out = set(), []
    for email in emails:
        email = email.strip()
        if email and email.lower() not in seen:
            seen.add(email.lower())
            out.append(email)
    return "".join(e + "\n" for e in out)


__all__ = ["bcc_list", "contacts_file", "read_table", "split_tags"]
