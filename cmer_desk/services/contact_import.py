"""Importing contacts from CSV, XLSX, vCard and LDIF files.

Each row is checked on its own (services.import_rows): what is plausible is kept with a warning on its
line, what is broken is refused with its reason. Then the choice is still all or nothing: by default a
refused row stops the import and nothing is written; with ``skip_invalid`` every valid row is imported
and the refused ones are written to a CSV beside the source, with the reason in a last column. The
whole file is written in one transaction, which is one entry in the change log; a file that gives no
contact is an error and writes nothing. Accreditation requests: services.accreditation_import.
"""

from __future__ import annotations

import enum
import logging
from pathlib import Path

from cmer_desk.domain.i18n import gettext
from cmer_desk.formats.contact_columns import FIELD_LABELS, propose_mapping
from cmer_desk.formats.contact_files import read_table
from cmer_desk.formats.contact_headers import ROLE
from cmer_desk.formats.errors import FileFormatError
from cmer_desk.services.base import Service
from cmer_desk.services.import_rows import (
    NO_NAME_COLUMN,
    DuplicateRow,
    ImportPreview,
    ImportReport,
    Refusals,
    RowReader,
    preview_headers,
    valid_rows,
)
from cmer_desk.services.import_rows import preview as _preview
from cmer_desk.services.import_writer import DryRunRollbackError, ImportWriter, one_import_at_a_time, row_name

log = logging.getLogger(__name__)

__all__ = ["FIELD_LABELS", "ROLE", "ImportPreview", "ImportReport", "OnDuplicate", "propose_mapping"]


class OnDuplicate(str, enum.Enum):
    UPDATE = "update"  # fill the existing contact with the row's non-empty cells, add its lists and addresses
    SKIP = "skip"  # leave the existing contact as it is
    CREATE = "create"  # create another contact anyway


class ContactImportService(Service):
    entity = "contact"

    def preview(self, path: str | Path, limit: int = 20, *, accreditations: bool = False,
                mapping: dict[int, str] | None = None) -> ImportPreview:  # fmt: skip
        """The headers, the proposed mapping, the first rows and every row checked; nothing is written.
        When no column is recognised, only the headers and an empty mapping (the user maps them)."""
        try:
            return _preview(path, self.ctx.clock().year, limit, accreditations=accreditations, mapping=mapping)
        except FileFormatError as exc:
            if exc.reason != gettext(NO_NAME_COLUMN):
                raise
            found = preview_headers(path, accreditations=accreditations)
            found.notes.append(str(exc))
            return found

    def import_contacts(
        self,
        path: str | Path,
        *,
        mapping: dict[int, str] | None = None,
        on_duplicate: OnDuplicate = OnDuplicate.SKIP,
        dry_run: bool = False,
        skip_invalid: bool = False,
    ) -> ImportReport:
        """Import a .csv, .xlsx, .vcf or .ldif file of contacts. A refused row raises FileFormatError (line,
        reason) and nothing is written, unless ``skip_invalid``: then the valid rows are imported and the
        refused ones written beside the source (``report.rejects_file``). With ``dry_run`` everything is
        checked and counted, nothing kept."""
        on_duplicate = OnDuplicate(on_duplicate)
        path = Path(path)
        report = ImportReport(dry_run=dry_run)
        reader = RowReader(read_table(path), mapping, self.ctx.clock().year)
        report.notes = list(reader.notes)
        refusals = Refusals(report, skip_invalid)
        try:
            with self.ctx.batch() as session:
                one_import_at_a_time(session)
                writer = ImportWriter(self, session, report)
                mapped = reader.columns.fields()
                for row in valid_rows(report, reader, refusals):
                    assert row.draft is not None
                    found = writer.match(row)
                    if found is not None:
                        found_id = writer.resolve(found)
                        report.duplicates.append(DuplicateRow(row.line, found_id, row_name(row)))
                    if found is None or on_duplicate is OnDuplicate.CREATE:
                        writer.remember(writer.create(row), row)
                    elif on_duplicate is OnDuplicate.UPDATE:
                        writer.update(found_id, row, mapped)
                    else:
                        report.skipped += 1
                writer.insert_pending()
                refusals.finish(reader, path, dry_run)
                session.flush()
                self.log(session, None, "import", f"Import de contacts depuis « {path.name} » : {report.summary(french=True)}")
                if dry_run:
                    raise DryRunRollbackError
        except DryRunRollbackError:
            pass
        log.info("contacts import from %s%s: %s", path, " (dry run)" if dry_run else "", report.summary())
        return report
