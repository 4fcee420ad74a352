"""The invitation data of an unsaved event draft, so that the preview follows the form as it is typed.

Qt-free. There is no service for an unsaved draft yet (DocumentService.invitation reads a saved event),
so this composes InvitationData from the same domain and service functions the service uses. The
when/where and accreditation helpers only read plain attributes, which EventDraft and ContactDraft carry
under the same names. Returns None when the draft cannot be laid out yet (no start date, for example):
the caller then shows the saved record.
"""

from __future__ import annotations

from datetime import datetime
from types import SimpleNamespace

from cmer_desk.domain.body import parse_body
from cmer_desk.domain.dates import issue_line, long_date, time_in_words
from cmer_desk.domain.documents import InvitationData, PressOfficerLine, ProgrammeLine
from cmer_desk.domain.drafts import EventDraft
from cmer_desk.domain.phones import format_phone
from cmer_desk.domain.text import person_name
from cmer_desk.services.documents import accreditation_paragraph, officials_paragraph, when_where_lines


def invitation_from_draft(draft: EventDraft, profile, get_contact) -> InvitationData | None:
    """``profile`` is a BureauProfileDraft, ``get_contact(id)`` returns a ContactDraft."""
    if draft.starts_at is None or draft.issue_date is None:
        return None
    style = profile.time_style
    contacts = {}

    def contact(contact_id):
        if contact_id not in contacts:
            contacts[contact_id] = get_contact(contact_id)
        return contacts[contact_id]

    officials = []
    for official in draft.officials:
        c = contact(official.contact_id)
        officials.append((person_name(c.first_name, c.last_name), official.role_wording))
    officers = []
    for contact_id in draft.press_officer_ids:
        c = contact(contact_id)
        officers.append(PressOfficerLine(person_name(c.first_name, c.last_name), format_phone(c.landline),
                                         format_phone(c.mobile), c.email))
    accreditation = ""
    if draft.accreditation_required:
        holder = SimpleNamespace(
            accreditation_instructions=draft.accreditation_instructions,
            accreditation_contact=contact(draft.accreditation_contact_id) if draft.accreditation_contact_id else None,
        )
        accreditation = accreditation_paragraph(holder)
    return InvitationData(
        issue_line=issue_line(draft.issue_place, draft.issue_date),
        kicker=draft.kind.label,
        title=draft.title,
        body=tuple(parse_body(draft.body)),
        officials_paragraph=officials_paragraph(officials, draft.officials_action),
        when_where=when_where_lines(draft, style),
        programme=tuple(ProgrammeLine(time_in_words(p.at, style), p.label) for p in draft.programme),
        press_moment=draft.press_moment,
        accreditation_paragraph=accreditation,
        bureau_name=profile.full_name,
        press_officers=tuple(officers),
        shared_email=profile.shared_email,
        website=profile.website,
        social_handles=tuple(h for h in profile.social_handles if h),
        logo_path=profile.logo_path,
        author=profile.full_name,
        subject=f"{draft.kind.label} – {long_date(draft.starts_at.date())}",
        created_at=datetime.now(),
    )
