"""The bureau profile: its identity as printed at the foot of every invitation."""

from __future__ import annotations

import dataclasses

from cmer_desk.db.models import BureauProfile
from cmer_desk.domain.drafts import BureauProfileDraft
from cmer_desk.domain.enums import TimeStyle
from cmer_desk.domain.validation import check_profile
from cmer_desk.services.base import Service, changed_fields

PROFILE_ID = 1
LABELS = {
    "full_name": "nom du bureau",
    "default_issue_place": "lieu d'émission",
    "shared_email": "courriel partagé",
    "website": "site",
    "social_handles": "réseaux sociaux",
    "logo_path": "logo",
    "time_style": "style des heures",
}


def _draft(row: BureauProfile | None) -> BureauProfileDraft:
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
        version=row.version,
    )


class ProfileService(Service):
    entity = "bureau_profile"

    def get(self) -> BureauProfileDraft:
        with self.reading() as session:
            return _draft(session.get(BureauProfile, PROFILE_ID))

    def save(self, draft: BureauProfileDraft) -> BureauProfileDraft:
        clean = check_profile(draft)
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
            session.flush()
            self.log(session, PROFILE_ID, "update", changed_fields(before, clean, LABELS))
            return dataclasses.replace(clean, version=row.version)
