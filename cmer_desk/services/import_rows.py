"""Reading the rows of a file to import: each row checked on its own, kept with its warnings or refused
with its reason; the preview the window shows; the CSV of refused rows written beside the source.

Nothing here touches the database: the import service writes what these rows give."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cmer_desk.domain.drafts import ContactDraft
from cmer_desk.domain.errors import FieldError, ValidationError
from cmer_desk.domain.i18n import N_, _, french_ngettext
from cmer_desk.domain.i18n import ngettext as interface_ngettext
from cmer_desk.domain.validation import check_contact, check_text
from cmer_desk.formats.contact_columns import FIELD_LABELS, ColumnMap, RowValues, draft_from_values, propose_mapping
from cmer_desk.formats.contact_files import read_table
from cmer_desk.formats.contact_headers import ROLE, duplicate_headers
from cmer_desk.formats.csv_dialect import write_csv
from cmer_desk.formats.errors import FileFormatError, _lower_first
from cmer_desk.formats.table import Table
from cmer_desk.services.files import write_atomic

REASON_HEADER = "Motif du refus"
NO_NAME_COLUMN = N_("aucune colonne n'est reconnue comme « Nom », « Prénom » ou « Courriel » ; indiquez-la dans "
                    "la correspondance des colonnes.")
WARNINGS_KEPT = 5_000  # a report keeps this many warnings and refused rows (all of them are counted)


@dataclass(frozen=True)
class RowIssue:
    """A warning on a kept row, or the reason a row is refused."""

    line: int
    message: str

    def __str__(self) -> str:
        return _("Ligne {line} : {reason}").format(line=self.line, reason=_lower_first(self.message))


@dataclass
class CheckedRow:
    line: int
    cells: list[str]
    draft: ContactDraft | None  # None: refused
    outlet: str = ""
    values: RowValues = field(default_factory=RowValues)
    warnings: list[RowIssue] = field(default_factory=list)
    problem: str = ""


class RowReader:
    """The rows of one file through one mapping, each checked (warnings kept, broken rows refused)."""

    def __init__(self, table: Table, mapping: dict[int, str] | None, year: int, *, accreditations: bool = False):
        self.table = table
        self.mapping = mapping if mapping is not None else propose_mapping(table.headers, accreditations=accreditations)
        self.columns = ColumnMap(table.headers, self.mapping)
        self.year = year
        fields = self.columns.fields()
        if not fields & {"last_name", "first_name", "display_name", "email", "email_home", "email_other"}:
            raise FileFormatError(table.header_line, _(NO_NAME_COLUMN))
        self.notes = [*table.notes, *duplicate_headers(table.headers, self.mapping, FIELD_LABELS)]

    def __iter__(self) -> Iterator[CheckedRow]:
        for line, cells, problem, notes in self.table.rows:
            if problem:
                yield CheckedRow(line, cells, None, problem=problem)
                continue
            yield self.check(line, cells, [RowIssue(line, n) for n in notes])

    def check(self, line: int, cells: list[str], warnings: list[RowIssue]) -> CheckedRow:
        values = self.columns.values(cells)
        warnings += [RowIssue(line, w) for w in values.warnings]
        noted: list[FieldError] = []
        try:
            draft = check_contact(draft_from_values(values), self.year, noted)
        except ValidationError as exc:
            return CheckedRow(line, cells, None, values=values, warnings=warnings,
                              problem=" ".join([_lower_first(exc.errors[0].message)]
                                               + [e.message for e in exc.errors[1:]]))  # fmt: skip
        try:  # the same rule as every text field: length, control characters
            outlet = " ".join(check_text("organisation", _(FIELD_LABELS["organisation"]),
                                         values.fields.get("organisation", "")).split())  # fmt: skip
        except ValidationError as exc:
            return CheckedRow(line, cells, None, values=values, warnings=warnings,
                              problem=_lower_first(exc.errors[0].message))
        warnings += [RowIssue(line, w.message) for w in noted]
        return CheckedRow(line, cells, draft, outlet, values, warnings)

    def role(self, row: CheckedRow) -> str:
        return row.values.fields.get(ROLE, "")


@dataclass
class ImportPreview:
    """What the window shows before anything is written: the proposed mapping (it can be changed), the
    first rows, and what an import would keep and refuse."""

    headers: list[str]
    mapping: dict[int, str]  # column index -> field (see contact_columns.FIELD_LABELS)
    rows: list[tuple[int, list[str]]]
    format: str
    detail: str
    notes: list[str] = field(default_factory=list)
    total: int = 0
    valid: int = 0
    warnings: list[RowIssue] = field(default_factory=list)
    refused: list[RowIssue] = field(default_factory=list)


def preview(path: str | Path, year: int, limit: int = 20, *, accreditations: bool = False,
            mapping: dict[int, str] | None = None) -> ImportPreview:  # fmt: skip
    """The headers, the proposed mapping, the first rows, and every row checked (nothing written)."""
    table = read_table(path)
    reader = RowReader(table, mapping, year, accreditations=accreditations)
    found = ImportPreview(table.headers, reader.mapping, [], table.format, table.detail, reader.notes)
    for row in reader:
        found.total += 1
        if len(found.rows) < limit:
            found.rows.append((row.line, row.cells))
        if len(found.warnings) < WARNINGS_KEPT:
            found.warnings.extend(row.warnings)
        if row.draft is None:
            if len(found.refused) < WARNINGS_KEPT:
                found.refused.append(RowIssue(row.line, row.problem))
        else:
            found.valid += 1
    if not found.total:
        raise FileFormatError(None, _("Le fichier ne contient aucun contact."))
    return found


def preview_headers(path: str | Path, *, accreditations: bool = False) -> ImportPreview:
    """Only the headers and the proposed mapping (for a file whose columns are not recognised)."""
    table = read_table(path)
    return ImportPreview(table.headers, propose_mapping(table.headers, accreditations=accreditations), [],
                         table.format, table.detail, list(table.notes))  # fmt: skip


def rejects_path(source: Path) -> Path:
    """Beside the source: 'contacts.csv' -> 'contacts-lignes-refusees.csv' (-2, -3... if it exists)."""
    base = source.with_name(f"{source.stem}-lignes-refusees.csv")
    candidate, n = base, 1
    while candidate.exists():
        n += 1
        candidate = base.with_name(f"{source.stem}-lignes-refusees-{n}.csv")
    return candidate


def write_rejects(source: Path, headers: list[str], rows: list[tuple[list[str], str]]) -> Path:
    """The refused rows with their cells as read and the reason in a last column, as a CSV (UTF-8 with
    BOM, ``;``) that can be corrected and imported again."""
    target = rejects_path(source)
    width = len(headers)
    data = write_csv([*headers, REASON_HEADER], ([*(cells + [""] * width)[:width], reason] for cells, reason in rows))
    write_atomic(target, data, mode=0o600)  # personal data: readable by its owner only
    return target


@dataclass
class DuplicateRow:
    line: int
    contact_id: int
    name: str


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    skipped: int = 0
    organisations_created: int = 0
    accreditations_created: int = 0
    duplicates: list[DuplicateRow] = field(default_factory=list)
    dry_run: bool = False
    refused: int = 0  # rows refused (and, with skip_invalid, left out)
    refused_rows: list[RowIssue] = field(default_factory=list)
    warnings: list[RowIssue] = field(default_factory=list)
    warning_count: int = 0
    notes: list[str] = field(default_factory=list)  # about the whole file: encoding, title row, duplicate headers
    rejects_file: Path | None = None

    def summary(self, french: bool = False) -> str:
        """'7 créés, 0 mis à jour, 2 ignorés' and what else was made or refused, in the interface language
        (in French whatever it is with ``french``: the journal's words)."""
        ngettext = french_ngettext if french else interface_ngettext
        parts = [(ngettext("{n} créé", "{n} créés", self.created), self.created),
                 (ngettext("{n} mis à jour", "{n} mis à jour", self.updated), self.updated),
                 (ngettext("{n} ignoré", "{n} ignorés", self.skipped), self.skipped)]
        if self.organisations_created:
            parts.append((ngettext("{n} média ou organisme créé", "{n} médias ou organismes créés",
                                   self.organisations_created), self.organisations_created))
        if self.accreditations_created:
            parts.append((ngettext("{n} accréditation demandée", "{n} accréditations demandées",
                                   self.accreditations_created), self.accreditations_created))
        if self.refused:
            parts.append((ngettext("{n} ligne refusée", "{n} lignes refusées", self.refused), self.refused))
        return ", ".join(text.format(n=n) for text, n in parts)

    def note_warnings(self, row: CheckedRow) -> None:
        self.warning_count += len(row.warnings)
        if len(self.warnings) < WARNINGS_KEPT:
            self.warnings.extend(row.warnings)


class Refusals:
    """The refused rows of one import: counted, kept for the report and the rejects file."""

    def __init__(self, report: ImportReport, skip_invalid: bool):
        self.report, self.skip_invalid = report, skip_invalid
        self.rows: list[tuple[list[str], str]] = []

    def add(self, row: CheckedRow) -> None:
        issue = RowIssue(row.line, row.problem)
        self.report.refused += 1
        if len(self.report.refused_rows) < WARNINGS_KEPT:
            self.report.refused_rows.append(issue)
        self.rows.append((row.cells, str(issue)))

    def finish(self, reader: RowReader, path: Path, dry_run: bool) -> None:
        """All or nothing: refused rows stop the import unless they are skipped; then they are written beside
        the source. A file that gives nothing to import is an error."""
        report = self.report
        if report.refused and not self.skip_invalid:
            first = report.refused_rows[0]
            message = _lower(first.message)
            if report.refused > 1:
                message = _("{reason} ({count} lignes refusées en tout).").format(reason=message.rstrip("."),
                                                                                  count=report.refused)
            raise FileFormatError(first.line, message) from None
        if not (report.created or report.updated or report.skipped or report.accreditations_created):
            if report.refused:
                raise FileFormatError(None, interface_ngettext(
                    "Aucune ligne n'est valide ({n} refusée) : rien n'est importé. Première : {first}",
                    "Aucune ligne n'est valide ({n} refusées) : rien n'est importé. Première : {first}",
                    report.refused).format(n=report.refused, first=report.refused_rows[0]))
            raise FileFormatError(None, _("Le fichier ne contient aucun contact."))
        if self.rows and not dry_run:
            report.rejects_file = write_rejects(path, reader.table.headers, self.rows)


def _lower(message: str) -> str:
    return message[:1].lower() + message[1:] if message[1:2].islower() else message


def valid_rows(report: ImportReport, reader: RowReader, refusals: Refusals) -> Iterator[CheckedRow]:
    """The valid rows; refused ones go to ``refusals`` (after the first, nothing more is written unless they
    are skipped: the rest of the file is only checked, to count them)."""
    for row in reader:
        report.note_warnings(row)
        if row.draft is None:
            refusals.add(row)
        elif not report.refused or refusals.skip_invalid:
            yield row
