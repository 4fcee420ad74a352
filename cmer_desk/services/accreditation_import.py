"""Importing the accreditation requests of one event from a CSV or XLSX list: each person is matched to a
known contact or created, and gets an accreditation « demandée »; the rows are checked and refused as
for contacts (services.contact_import)."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import insert, select

from cmer_desk.db.models import Accreditation, Contact, Event, Organisation, reserve_accreditation_numbers
from cmer_desk.domain.door import new_code
from cmer_desk.domain.enums import AccreditationRole, AccreditationStatus
from cmer_desk.domain.i18n import gettext
from cmer_desk.domain.text import fold
from cmer_desk.formats.contact_files import read_table
from cmer_desk.formats.errors import FileFormatError
from cmer_desk.services.base import Service
from cmer_desk.services.import_rows import DuplicateRow, ImportReport, Refusals, RowReader, valid_rows
from cmer_desk.services.import_writer import (
    DryRunRollbackError,
    ImportWriter,
    NewContact,
    one_import_at_a_time,
    row_name,
)

log = logging.getLogger(__name__)


_ROLE_ALIASES = {
    "journaliste": AccreditationRole.REPORTER, "redacteur": AccreditationRole.REPORTER,
    "redactrice": AccreditationRole.REPORTER, "reporter": AccreditationRole.REPORTER,
    "photo": AccreditationRole.PHOTOGRAPHER, "photographe": AccreditationRole.PHOTOGRAPHER,
    "jri": AccreditationRole.CAMERA, "cameraman": AccreditationRole.CAMERA, "camera": AccreditationRole.CAMERA,
    "cadreur": AccreditationRole.CAMERA, "technicien": AccreditationRole.TECHNICIAN,
    "technicienne": AccreditationRole.TECHNICIAN, "preneur de son": AccreditationRole.TECHNICIAN,
}  # fmt: skip


def parse_role(text: str) -> AccreditationRole:
    """'JRI', 'Photographe', 'rédactrice'... -> the role; empty -> reporter; ValueError otherwise."""
    if not text.strip():
        return AccreditationRole.REPORTER
    found = _ROLE_ALIASES.get(" ".join(fold(text).replace("/", " ").split()))
    return found if found is not None else AccreditationRole.from_text(text)


class AccreditationImportService(Service):
    entity = "accreditation"

    def import_requests(
        self,
        event_id: int,
        path: str | Path,
        *,
        mapping: dict[int, str] | None = None,
        dry_run: bool = False,
        skip_invalid: bool = False,
    ) -> ImportReport:
        """Accreditation requests for an event from a .csv or .xlsx list (name, outlet, role, press card,
        e-mail, phone): each person is matched to an existing contact or created (with the outlet, if
        missing) and gets an accreditation « demandée ». Someone already accredited is skipped. Refused
        rows are handled as for contacts (``skip_invalid``)."""
        path = Path(path)
        report = ImportReport(dry_run=dry_run)
        if path.suffix.lower() not in (".csv", ".xlsx", ".txt"):
            raise FileFormatError(None, gettext("Une liste d'accréditations se lit dans un fichier CSV ou XLSX."))
        reader = RowReader(read_table(path), mapping, self.ctx.clock().year, accreditations=True)
        report.notes = list(reader.notes)
        refusals = Refusals(report, skip_invalid)
        try:
            with self.ctx.batch() as session:
                one_import_at_a_time(session)
                if session.get(Event, event_id) is None:
                    raise FileFormatError(None, gettext("L'événement n° {number} n'existe pas.").format(number=event_id))
                accredited: set[object] = set(session.scalars(select(Accreditation.contact_id).where(
                    Accreditation.event_id == event_id)))  # fmt: skip
                outlet_of = dict(session.execute(select(Contact.id, Contact.organisation_id)).all())
                writer = ImportWriter(self, session, report)
                requests: list[tuple[int | NewContact, Organisation | None, int | None, str]] = []
                for row in valid_rows(report, reader, refusals):
                    try:
                        role = parse_role(reader.role(row))
                    except ValueError:
                        row.problem = gettext("le rôle « {role} » n'est pas reconnu (rédacteur, photographe, JRI, "
                                              "technicien…).").format(role=reader.role(row))  # fmt: skip
                        refusals.add(row)
                        continue
                    found = writer.match(row)
                    if found is None:
                        found = writer.create(row)
                        writer.remember(found, row)
                    else:
                        known_id = (found.id or 0) if isinstance(found, NewContact) else found
                        report.duplicates.append(DuplicateRow(row.line, known_id, row_name(row)))
                    if found in accredited:
                        report.skipped += 1
                        continue
                    accredited.add(found)
                    outlet = writer.outlet(row.outlet) if row.outlet else None
                    known = outlet_of.get(found) if isinstance(found, int) else None
                    requests.append((found, outlet, known, role.value))
                    report.accreditations_created += 1
                writer.insert_pending()
                refusals.finish(reader, path, dry_run)
                session.flush()
                now = self.ctx.clock()
                rows = [{"event_id": event_id, "contact_id": writer.resolve(found), "role": role,
                         "outlet_id": outlet.id if outlet is not None else known,
                         "status": AccreditationStatus.REQUESTED.value, "requested_at": now, "decision_reason": "",
                         "press_card_checked": False, "notes": "", "version": 1}
                        for found, outlet, known, role in requests]  # fmt: skip
                if rows:  # a bulk insert, which the ORM's before_insert does not see: numbers and codes here
                    first = reserve_accreditation_numbers(session.connection(), event_id, len(rows))
                    for offset, values in enumerate(rows):
                        values.update(number=first + offset, code=new_code())
                    session.execute(insert(Accreditation), rows)
                self.log(session, event_id, "import", f"Import de demandes d'accréditation depuis "
                                                      f"« {path.name} » : {report.summary(french=True)}", entity="event")  # fmt: skip
                if dry_run:
                    raise DryRunRollbackError
        except DryRunRollbackError:
            pass
        log.info("accreditation import for event %s from %s: %s", event_id, path, report.summary())
        return report
