"""Exporting contacts: all of them, a selection or a distribution list, to CSV, XLSX, vCard or a Bcc list."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import select

from cmer_desk.db.models import Contact, Tag
from cmer_desk.domain.drafts import ContactDraft
from cmer_desk.domain.i18n import _
from cmer_desk.formats.contact_columns import values_from_draft
from cmer_desk.formats.contact_files import EXPORT_SUFFIXES, contacts_file
from cmer_desk.formats.errors import FileFormatError
from cmer_desk.services.base import Service
from cmer_desk.services.contacts import _draft
from cmer_desk.services.files import write_atomic

log = logging.getLogger(__name__)


class ContactExportService(Service):
    entity = "contact"

    def contacts(self, ids: list[int] | None = None, tag: str | None = None) -> list[tuple[ContactDraft, str]]:
        """The contacts chosen with their outlet's name, in French order."""
        stmt = select(Contact).order_by(Contact.sort_key, Contact.id)
        if ids is not None:
            stmt = stmt.where(Contact.id.in_(ids))
        if tag:
            stmt = stmt.where(Contact.tags.any(Tag.name == tag))
        with self.reading() as session:
            return [(_draft(c), c.organisation.name if c.organisation else "") for c in session.scalars(stmt)]

    def values(self, ids: list[int] | None = None, tag: str | None = None) -> list[dict[str, str]]:
        """The text of each column for the contacts chosen, in French order."""
        return [values_from_draft(d, outlet) for d, outlet in self.contacts(ids, tag)]

    def export(
        self, path: str | Path, *, ids: list[int] | None = None, tag: str | None = None, emails_only: bool = False
    ) -> int:
        """Write the contacts to ``path`` (.csv, .xlsx, .vcf; .txt or ``emails_only``: the Bcc list);
        returns how many contacts were exported. The previous file survives an interrupted export."""
        path = Path(path)
        suffix = ".txt" if emails_only else path.suffix.lower()
        if suffix not in EXPORT_SUFFIXES:
            raise FileFormatError(None, _("Format d'export non pris en charge : « {suffix} » (.csv, .xlsx, .vcf ou "
                                          ".txt).").format(suffix=path.suffix))
        if tag and tag not in self._tag_names():
            raise FileFormatError(None, _("La liste « {tag} » n'existe pas.").format(tag=tag))
        rows = self.contacts(ids, tag)
        write_atomic(path, contacts_file(suffix, rows))
        log.info("exported %d contacts to %s", len(rows), path)
        return len(rows)

    def _tag_names(self) -> set[str]:
        with self.reading() as session:
            return set(session.scalars(select(Tag.name)))
