"""The plain data a document is built from. Services gather it; cmer_desk.export renders it.

Every string here is final text (already formatted in French: names, dates, phones), never markup:
the renderer must escape it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from cmer_desk.domain.body import BodyBlock


@dataclass(frozen=True)
class PressOfficerLine:
    name: str  # "Mathieu DUROSELLE"
    landline: str  # "04 96 10 62 15" or ""
    mobile: str  # "06 74 60 02 05" or ""
    email: str


@dataclass(frozen=True)
class ProgrammeLine:
    time: str  # "11 heures 30"
    label: str


@dataclass(frozen=True)
class SocialAccount:
    """A social account with its network: « X : @prefpolice13 »."""

    network: str  # "X", "Facebook"... (empty only for a line saved before networks were asked for)
    account: str

    @classmethod
    def parse(cls, line: str) -> SocialAccount:
        """'X : @prefpolice13' -> ('X', '@prefpolice13'); a line without a network keeps it empty."""
        head, sep, tail = line.partition(":")
        head, tail = head.strip(), tail.strip()
        if sep and head and tail and len(head) <= 40 and not any(c in head for c in "@/."):
            return cls(head, tail)
        return cls("", line.strip())

    @property
    def line(self) -> str:
        """The profile's line: 'X : @prefpolice13'."""
        return f"{self.network} : {self.account}" if self.network else self.account

    @property
    def label(self) -> str:
        """As printed: 'X\u00a0: @prefpolice13' (the colon never starts a line)."""
        return f"{self.network}\u00a0: {self.account}" if self.network else self.account


@dataclass(frozen=True)
class FontFiles:
    """The bureau's own font files; an empty path means the desk's open-licence font."""

    regular: str = ""
    bold: str = ""
    italic: str = ""


@dataclass(frozen=True)
class Letterhead:
    """The bloc-marque at the top left of every document, and the place and date of issue beside it."""

    issuer_lines: tuple[str, ...] = ()  # ("PRÉFET DE POLICE", "DES BOUCHES-DU-RHÔNE")
    emblem_path: str = ""  # the bloc Marianne the service holds; never shipped with the desk
    motto: tuple[str, ...] = ()  # ("Liberté", "Égalité", "Fraternité") when the bureau prints it
    issue_line: str = ""  # "Marseille, le 22 janvier 2018"
    fonts: FontFiles = field(default_factory=FontFiles)


@dataclass(frozen=True)
class InvitationData:
    issue_line: str  # "Marseille, le 22 janvier 2018"
    kicker: str  # "Invitation presse"
    title: str
    body: tuple[BodyBlock, ...]
    officials_paragraph: str  # "Olivier de MAZIÈRES, préfet ..., et ... signeront ... :"
    when_where: tuple[str, ...]  # the bold block, one line each, punctuation included
    programme: tuple[ProgrammeLine, ...]
    press_moment: str
    accreditation_paragraph: str
    bureau_name: str
    press_officers: tuple[PressOfficerLine, ...]
    shared_email: str
    website: str
    social_accounts: tuple[SocialAccount, ...]
    letterhead: Letterhead = field(default_factory=Letterhead)
    contact_heading: str = "Contact presse"
    author: str = ""  # PDF metadata: the bureau
    subject: str = ""  # PDF metadata
    created_at: datetime | None = None


@dataclass(frozen=True)
class AttendeeRow:
    number: int
    name: str  # "BERTAUD Katia"
    outlet: str
    role: str  # French label
    press_card: str
    status: str  # French label
    arrived_at: str = ""  # "11 h 02" when checked in
    # for the door and the spreadsheets
    last_name: str = ""  # as printed: "de LA TOUR"
    first_name: str = ""
    email: str = ""
    phone: str = ""  # as printed
    arrived: datetime | None = None
    accreditation_number: int = 0
    confirmed: bool = True


@dataclass(frozen=True)
class AttendeeListData:
    event_title: str
    date_line: str  # "mercredi 24 janvier 2018"
    time_line: str  # "11 heures 30"
    venue_line: str  # "hôtel de Ville, salle des Consuls, 2 Place du Marché, 13150 Tarascon"
    rows: tuple[AttendeeRow, ...]
    bureau_name: str = ""
    printed_at: datetime | None = None
    blank_rows: int = 0
    totals_by_role: tuple[tuple[str, int], ...] = field(default_factory=tuple)
    letterhead: Letterhead = field(default_factory=Letterhead)
    show_status: bool = False  # statuses other than confirmed are listed: each row says its own
    confirmed: int = 0  # confirmed accreditations of the event (listed or not)
    present: int = 0  # confirmed ones who arrived
    admitted_other: int = 0  # arrived without a confirmed accreditation (a supervisor let them in)
    capacity: int | None = None


@dataclass(frozen=True)
class CalendarEventData:
    """One event as an iCalendar entry."""

    uid: str  # stable across exports of the same event
    title: str
    starts_at: datetime
    ends_at: datetime | None
    location: str
    description: str
    organiser_name: str = ""
    organiser_email: str = ""
    stamp: datetime | None = None  # when the file is written, in UTC (DTSTAMP)
    sequence: int = 0  # grows each time the event changes
    accreditation: str = ""  # "Accréditation obligatoire avant le mardi 23 janvier 2018 à 18 heures."


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes
    mime_type: str  # "application/pdf"


@dataclass(frozen=True)
class EmailDraftData:
    """A message to send later from the user's mail program: the invitation to a distribution list."""

    subject: str
    sender: str  # the bureau's shared address
    bcc: tuple[str, ...] = ()
    body: str = ""
    attachments: tuple[Attachment, ...] = ()
    sender_name: str = ""  # the bureau's name, shown as the sender's display name


@dataclass(frozen=True)
class BadgeData:
    """One press badge."""

    name: str  # "Katia BERTAUD"
    outlet: str  # "La Provence"
    role: str  # French label: "Journaliste", "Photographe"...
    press_card: str = ""  # press card number, printed when given
    number: int = 0  # the accreditation number, printed big (0: none)
    code: str = ""  # carried by the QR code (empty: no QR code)


@dataclass(frozen=True)
class BadgeSheetData:
    """The badges of one event, in print order: four per A4 page (A6 cells) or one per page."""

    event_title: str
    date_line: str  # "mercredi 24 janvier 2018 à 11 heures 30"
    venue_line: str  # "hôtel de Ville, salle des Consuls, 2 Place du Marché, 13150 Tarascon"
    bureau_name: str
    badges: tuple[BadgeData, ...]
    per_page: int = 4  # 4 (A4 cut in four A6) or 1 (one A6 badge centred on each A4 page)
    letterhead: Letterhead = field(default_factory=Letterhead)
