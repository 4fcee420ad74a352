"""Gather the plain data of a document from the database (rendering is cmer_desk.formats' job)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from cmer_desk.db.models import Contact, Event, Tag
from cmer_desk.domain.body import parse_body
from cmer_desk.domain.characters import one_line
from cmer_desk.domain.dates import issue_line, utc
from cmer_desk.domain.documents import (
    Attachment,
    AttendeeListData,
    BadgeSheetData,
    CalendarEventData,
    EmailDraftData,
    InvitationData,
    Letterhead,
)
from cmer_desk.domain.drafts import BureauProfileDraft, EventDraft
from cmer_desk.domain.enums import (
    EventKind,
)
from cmer_desk.domain.errors import FieldError, NotFoundError, ValidationError
from cmer_desk.domain.i18n import _
from cmer_desk.domain.wording import (
    compose_invitation,
    deadline_sentence,
    document_filename,
    letterhead,
    venue_line,
)
from cmer_desk.services.base import Service
from cmer_desk.services.invitation_reads import people, saved_event
from cmer_desk.services.profile import ProfileService


def _venue_line(event: Event) -> str:
    return venue_line(event.venue_name, event.venue_room, event.venue_street, event.venue_postcode, event.venue_city)


class DocumentService(Service):
    entity = "event"

    def invitation(self, event_id: int) -> InvitationData:
        """The invitation of a saved event (read in plain columns, see services.invitation_reads)."""
        with self.reading() as session:
            return self._compose(session, saved_event(session, event_id))

    def invitation_for_draft(self, draft: EventDraft) -> InvitationData | None:
        """The invitation of a draft as it stands in the form, saved or not (for the live preview).

        None while the draft cannot be laid out yet (no start or issue date)."""
        if draft.starts_at is None or draft.issue_date is None:
            return None
        with self.reading() as session:
            return self._compose(session, draft)

    def _compose(self, session: Session, draft: EventDraft) -> InvitationData:
        """Read the people the draft names, then let the domain word the invitation."""
        wanted = {o.contact_id for o in draft.officials} | set(draft.press_officer_ids)
        if draft.accreditation_contact_id:
            wanted.add(draft.accreditation_contact_id)
        return compose_invitation(draft, self._profile(), people(session, wanted), self.ctx.clock())

    def attendee_list(self, event_id: int, **options) -> AttendeeListData:
        """The door list (see services.door_documents), under the bloc-marque."""
        from cmer_desk.services.door_documents import DoorDocumentService

        return DoorDocumentService(self.ctx).attendee_list(
            event_id, letterhead=self._letterhead(self._profile()), **options)

    def badges(self, event_id: int, **options) -> BadgeSheetData:
        """Badges of confirmed accreditations (see services.door_documents), under the bloc-marque."""
        from cmer_desk.services.door_documents import DoorDocumentService

        return DoorDocumentService(self.ctx).badges(event_id, letterhead=self._letterhead(self._profile()), **options)

    def calendar(self, event_id: int) -> CalendarEventData:
        """The event for a calendar: title, start and end, venue, and the invitation's first paragraph."""
        with self.reading() as session:
            event = self._event(session, event_id)
            profile = self._profile()
            paragraphs = [block.text for block in parse_body(event.body) if hasattr(block, "text")]
            deadline = deadline_sentence(event.accreditation_deadline, profile.time_style) if (
                event.accreditation_required) else ""
            return CalendarEventData(
                uid=f"event-{event.id}-{event.created_at:%Y%m%d%H%M%S}@cmer-desk",
                title=event.title,
                starts_at=event.starts_at,
                ends_at=event.ends_at,
                location=_venue_line(event),
                description="\n\n".join(
                    p for p in (paragraphs[0] if paragraphs else "", event.press_moment, deadline) if p
                ),
                organiser_name=profile.full_name,
                organiser_email=profile.shared_email,
                stamp=utc(self.ctx.clock()),
                sequence=max(0, event.version - 1),  # 0 when first saved, one more at every change
                accreditation=deadline,
            )

    def recipients(self, tag: str) -> tuple[str, ...]:
        """The e-mail addresses of a distribution list, in French order of names, without repeats."""
        with self.reading() as session:
            if session.scalar(select(Tag.id).where(Tag.name == tag)) is None:
                raise ValidationError([FieldError("tag", _("La liste de diffusion « {tag} » n'existe pas.").format(tag=tag))])
            from cmer_desk.services.contacts import main_points

            members = select(Contact.id).where(Contact.tags.any(Tag.name == tag))
            main, _others = main_points(session, members)  # each contact's preferred address
            ordered = session.scalars(members.order_by(Contact.sort_key))
            return tuple(dict.fromkeys(main[i] for i in ordered if i in main))

    def email_draft(self, event_id: int, tag: str, body: str, pdf: bytes) -> EmailDraftData:
        """The invitation to a distribution list, in Bcc, with the PDF attached."""
        bcc = self.recipients(tag)
        if not bcc:
            raise ValidationError([FieldError("tag", _("La liste « {tag} » ne contient aucune adresse électronique.").format(tag=tag))])
        with self.reading() as session:
            event = self._event(session, event_id)
            profile = self._profile()
            kind = EventKind(event.kind).label
            return EmailDraftData(
                subject=one_line(f"{kind} – {event.title}").strip(),  # a header is one line, whatever is stored
                sender=profile.shared_email,
                sender_name=profile.full_name,
                bcc=bcc,
                body=body,
                attachments=(Attachment(document_filename(kind, event.title, event.starts_at), pdf, "application/pdf"),),
            )

    def _letterhead(self, profile: BureauProfileDraft) -> Letterhead:
        """The bloc-marque, with the bureau's place and today's date beside it."""
        place = profile.default_issue_place
        return letterhead(profile, issue_line(place, self.ctx.clock().date()) if place else "")

    def _profile(self) -> BureauProfileDraft:
        """The bureau profile (empty until the bureau fills it in)."""
        return ProfileService(self.ctx).get()

    def _event(self, session: Session, event_id: int) -> Event:
        event = session.get(Event, event_id)
        if event is None:
            raise NotFoundError("event", event_id)
        return event
