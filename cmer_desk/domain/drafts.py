"""Drafts: what a form or an import hands to a service. Plain dataclasses, no database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from cmer_desk.domain.enums import (
    AccreditationRole,
    AccreditationStatus,
    ApostropheStyle,
    Civility,
    EventKind,
    EventStatus,
    OrganisationKind,
    PressCardKind,
    TimeStyle,
)


@dataclass
class OrganisationDraft:
    name: str = ""
    kind: OrganisationKind = OrganisationKind.DAILY_PRESS
    city: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    notes: str = ""
    id: int | None = None
    version: int = 0


@dataclass
class ContactDraft:
    first_name: str = ""
    last_name: str = ""
    civility: Civility = Civility.NONE
    function: str = ""
    organisation_id: int | None = None
    email: str = ""
    landline: str = ""
    mobile: str = ""
    press_card_number: str = ""
    press_card_year: int | None = None
    press_card_kind: PressCardKind = PressCardKind.NONE
    tags: list[str] = field(default_factory=list)
    notes: str = ""
    source: str = ""
    last_contact_on: date | None = None
    id: int | None = None
    version: int = 0


@dataclass
class OfficialDraft:
    """An official taking part in an event, with the wording of their role for this event."""

    contact_id: int
    role_wording: str = ""


@dataclass
class ProgrammeItemDraft:
    at: time
    label: str


@dataclass
class EventDraft:
    title: str = ""
    kind: EventKind = EventKind.PRESS_INVITATION
    status: EventStatus = EventStatus.DRAFT
    issue_place: str = ""
    issue_date: date | None = None
    body: str = ""
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    venue_name: str = ""
    venue_room: str = ""
    venue_street: str = ""
    venue_postcode: str = ""
    venue_city: str = ""
    officials: list[OfficialDraft] = field(default_factory=list)
    officials_action: str = ""  # after several officials: "signeront..."
    officials_action_single: str = ""  # after a single one: "signera..."
    programme: list[ProgrammeItemDraft] = field(default_factory=list)
    press_moment: str = ""
    accreditation_required: bool = True
    accreditation_deadline: datetime | None = None
    accreditation_contact_id: int | None = None
    accreditation_instructions: str = ""
    capacity: int | None = None
    per_outlet_limit: int | None = None
    press_officer_ids: list[int] = field(default_factory=list)
    id: int | None = None
    version: int = 0


@dataclass
class AccreditationDraft:
    event_id: int
    contact_id: int
    outlet_id: int | None = None
    role: AccreditationRole = AccreditationRole.REPORTER
    status: AccreditationStatus = AccreditationStatus.REQUESTED
    decision_reason: str = ""
    press_card_checked: bool = False
    arrived_at: datetime | None = None
    notes: str = ""
    id: int | None = None
    version: int = 0


@dataclass
class BureauProfileDraft:
    full_name: str = ""
    default_issue_place: str = ""
    shared_email: str = ""
    website: str = ""
    social_handles: list[str] = field(default_factory=list)  # "X : @prefpolice13", one account a line
    logo_path: str = ""  # the emblem of the bloc-marque (PNG, JPEG, SVG or PDF), held by the service
    time_style: TimeStyle = TimeStyle.WORDS
    issuer_title: str = ""  # "Préfet de police\ndes Bouches-du-Rhône": printed in capitals, line by line
    motto: bool = True  # "Liberté / Égalité / Fraternité" under the title
    font_regular: str = ""  # the bureau's own font files (TTF, OTF, WOFF, WOFF2); empty: the desk's font
    font_bold: str = ""
    font_italic: str = ""
    apostrophe: ApostropheStyle = ApostropheStyle.STRAIGHT
    version: int = 0
