"""The bureau profile: its identity as printed at the foot of every invitation."""

from __future__ import annotations

import dataclasses

from sqlalchemy import Row, select

from cmer_desk.db.models import BureauProfile
from cmer_desk.domain.drafts import BureauProfileDraft
from cmer_desk.domain.enums import ApostropheStyle, TimeStyle
from cmer_desk.domain.errors import FieldError, ValidationError
from cmer_desk.domain.i18n import N_, _
from cmer_desk.domain.validation import check_profile
from cmer_desk.services.base import Service, changed_fields

PROFILE_ID = 1
LABELS = {
    "full_name": N_("nom du bureau"),
    "default_issue_place": N_("lieu d'émission"),
    "shared_email": N_("courriel partagé"),
    "website": N_("site"),
    "social_handles": N_("réseaux sociaux"),
    "logo_path": N_("emblème"),
    "time_style": N_("style des heures"),
    "issuer_title": N_("intitulé du bloc-marque"),
    "motto": N_("devise"),
    "font_regular": N_("police (romain)"),
    "font_bold": N_("police (gras)"),
    "font_italic": N_("police (italique)"),
    "apostrophe": N_("apostrophe"),
}
FILE_FIELDS = ("logo_path", "font_regular", "font_bold", "font_italic")


def _draft(row: BureauProfile | Row | None) -> BureauProfileDraft:
    """The draft of the profile's row (an ORM object or a row of plain columns: the same attribute names)."""
    if row is None:
        return BureauProfileDraft()
    return BureauProfileDraft(
        full_name=row.full_name,
        default_issue_place=row.default_issue_place,
        shared_email=row.shared_email,
        website=row.website,
        social_handles=[h for h in row.social_handles.splitlines() if h],
        logo_path=row.logo_path,
        time_style=TimeStyle(row.time_style),
        issuer_title=row.issuer_title,
        motto=row.motto,
        font_regular=row.font_regular,
        font_bold=row.font_bold,
        font_italic=row.font_italic,
        apostrophe=ApostropheStyle(row.apostrophe),
        version=row.version,
    )


class ProfileService(Service):
    entity = "bureau_profile"

    def get(self) -> BureauProfileDraft:
        """The profile, read in plain columns (no ORM object: a document command configures no mapper)."""
        table = BureauProfile.__table__
        with self.reading() as session:
            return _draft(session.execute(select(table).where(table.c.id == PROFILE_ID)).first())

    def check(self, draft: BureauProfileDraft) -> BureauProfileDraft:
        """The checks of the settings dialog and of ``cmer-desk profile set``: the fields, then the files
        they name (the emblem must be a picture, each font a font the documents can embed)."""
        clean = check_profile(draft)
        from cmer_desk.formats.pdf.emblem import emblem_problem
        from cmer_desk.formats.pdf.font_files import font_file_problem

        errors = []
        for name in FILE_FIELDS:
            path = getattr(clean, name)
            problem = emblem_problem(path) if name == "logo_path" else font_file_problem(path)
            if problem:
                errors.append(FieldError(name, problem))
        if not clean.font_regular and (clean.font_bold or clean.font_italic):
            errors.append(FieldError("font_regular", _("Indiquez d'abord la police romaine (regular) du bureau.")))
        if errors:
            raise ValidationError(errors)
        return clean

    def save(self, draft: BureauProfileDraft) -> BureauProfileDraft:
        clean = self.check(draft)
        with self.transaction() as session:
            row = session.get(BureauProfile, PROFILE_ID)
            before = _draft(row)
            if row is None:
                row = BureauProfile(id=PROFILE_ID)
                session.add(row)
            else:
                self.load(session, BureauProfile, PROFILE_ID, version=clean.version)
            row.full_name = clean.full_name
            row.default_issue_place = clean.default_issue_place
            row.shared_email = clean.shared_email
            row.website = clean.website
            row.social_handles = "\n".join(clean.social_handles)
            row.logo_path = clean.logo_path
            row.time_style = clean.time_style.value
            row.issuer_title = clean.issuer_title
            row.motto = clean.motto
            row.font_regular = clean.font_regular
            row.font_bold = clean.font_bold
            row.font_italic = clean.font_italic
            row.apostrophe = clean.apostrophe.value
            session.flush()
            self.log(session, PROFILE_ID, "update", changed_fields(before, clean, LABELS))
            return dataclasses.replace(clean, version=row.version)
