"""Opening a contact file (by its extension, or by its content when the extension lies), and the bytes of
one to write."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from cmer_desk.domain.drafts import ContactDraft
from cmer_desk.domain.i18n import _
from cmer_desk.formats.contact_columns import EXPORT_FIELDS, FIELD_LABELS, LABELS, split_tags, values_from_draft
from cmer_desk.formats.contact_headers import header_score
from cmer_desk.formats.csv_dialect import read_csv, write_csv
from cmer_desk.formats.errors import FileFormatError
from cmer_desk.formats.ldif import read_ldif
from cmer_desk.formats.table import Table
from cmer_desk.formats.vcard import read_vcards, write_vcards
from cmer_desk.formats.xlsx import read_xlsx, write_xlsx

SUFFIXES = {".csv": "csv", ".txt": "csv", ".tsv": "csv", ".xlsx": "xlsx", ".vcf": "vcard", ".vcard": "vcard",
            ".ldif": "ldif", ".ldi": "ldif"}  # fmt: skip
EXPORT_SUFFIXES = (".csv", ".xlsx", ".vcf", ".txt")
MAX_FILE_BYTES = 200 * 1024 * 1024


def _score(cells: list[str]) -> int:
    return header_score(cells, FIELD_LABELS)


def sniff_format(data: bytes, suffix: str) -> str:
    """'csv', 'xlsx', 'vcard' or 'ldif': what the bytes are, the extension deciding between texts."""
    if data.startswith(b"PK\x03\x04"):
        return "xlsx"
    start = data[:4096].lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \r\n\t").replace(b"\x00", b"").lower()
    if start.startswith(b"begin:vcard"):
        return "vcard"
    if start.startswith((b"dn:", b"version: 1\n", b"version: 1\r")) and b"objectclass" in data[:65536].lower():
        return "ldif"
    return SUFFIXES.get(suffix, "csv")


def parse_table(data: bytes, suffix: str = ".csv") -> Table:
    """The header and the rows of the bytes of a contact file (header found below a title row)."""
    kind = sniff_format(data, suffix.lower())
    if kind == "xlsx":
        return read_xlsx(data, _score)
    if kind == "vcard":
        return read_vcards(data)
    if kind == "ldif":
        return read_ldif(data)
    return read_csv(data, _score)


def read_table(path: str | Path) -> Table:
    """The header and the rows of a .csv, .xlsx, .vcf or .ldif file; FileFormatError in French otherwise."""
    path = Path(path)
    if path.suffix.lower() not in SUFFIXES:
        raise FileFormatError(None, _("Format de fichier non pris en charge : « {suffix} » (CSV, XLSX, vCard ou "
                                      "LDIF attendu).").format(suffix=path.suffix or path.name))
    try:
        if path.is_dir():
            raise FileFormatError(None, _("« {path} » est un dossier, pas un fichier.").format(path=path))
        if path.stat().st_size > MAX_FILE_BYTES:
            raise FileFormatError(None, _("Le fichier « {name} » dépasse {most} Mo.").format(
                name=path.name, most=MAX_FILE_BYTES // 2**20))
        data = path.read_bytes()
    except FileNotFoundError:
        raise FileFormatError(None, _("Le fichier « {path} » n'existe pas.").format(path=path)) from None
    except OSError as exc:
        raise FileFormatError(None, _("Impossible de lire « {path} » : {reason}.").format(
            path=path, reason=exc.strerror or exc)) from exc
    return parse_table(data, path.suffix)


def _cells(values: dict[str, str]) -> list[str]:
    return [values.get(f, "") for f in EXPORT_FIELDS]


def contacts_file(suffix: str, contacts: Iterable[tuple[ContactDraft, str]]) -> bytes:
    """The bytes of an export: (contact, outlet name) pairs in the format of ``suffix``.

    ``.txt`` is the Bcc list: the main address of each contact, each once, blank addresses left out."""
    suffix = suffix.lower()
    headers = [LABELS[f] for f in EXPORT_FIELDS]
    pairs = [(draft, values_from_draft(draft, outlet)) for draft, outlet in contacts]
    if suffix == ".csv":
        return write_csv(headers, (_cells(v) for _, v in pairs))
    if suffix == ".xlsx":
        return write_xlsx(headers, (_cells(v) for _, v in pairs))
    if suffix == ".vcf":
        return write_vcards(pairs)
    if suffix == ".txt":
        return bcc_list(d.email for d, _ in pairs).encode("utf-8")
    raise FileFormatError(None, _("Format d'export non pris en charge : « {suffix} » (.csv, .xlsx, .vcf ou "
                                  ".txt).").format(suffix=suffix))


def bcc_list(emails: Iterable[str]) -> str:
    """'a@x.fr\\nb@y.fr\\n': each address once (case ignored), in the order given."""
    seen, out = set(), []
    for email in emails:
        email = email.strip()
        if email and email.lower() not in seen:
            seen.add(email.lower())
            out.append(email)
    return "".join(e + "\n" for e in out)


__all__ = ["bcc_list", "contacts_file", "parse_table", "read_table", "split_tags"]
