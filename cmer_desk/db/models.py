"""SQLAlchemy 2 typed models of the press file.

Every editable record carries a ``version`` used by SQLAlchemy as its version counter: an UPDATE
based on a stale version touches no row and raises, so a concurrent edit is never overwritten.
``sort_key`` and ``search_text`` columns hold the French sort key and the folded text, computed in
Python (cmer_desk.domain.text) so that ordering and accent-insensitive search are the same on
SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import ClassVar, cast

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
    event,
    select,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from cmer_desk.domain.contact_points import LANDLINE_KINDS, MOBILE_KINDS, main_email, main_phone
from cmer_desk.domain.door import new_code
from cmer_desk.domain.text import french_sort_key, search_text

# Sort keys are compared byte-wise on every engine (the French order is in the key itself).
SortKey = String(420).with_variant(String(420, collation="C"), "postgresql")

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


class Organisation(Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    city: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(SortKey, index=True, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=_now, onupdate=_now)

    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__: ClassVar[dict] = {"version_id_col": version}

    def refresh_keys(self) -> None:
        self.sort_key = french_sort_key(self.name)
        self.search_text = search_text(self.name, self.city)


contact_tag = Table(
    "contact_tag",
    Base.metadata,
    Column("contact_id", ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True),
)


class Tag(Base):
    """A distribution list: "PQR", "TV", "agences"..."""

    __tablename__ = "tag"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)


class Contact(Base):
    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    civility: Mapped[str] = mapped_column(String(30), default="")  # as printed: "Mme", "M.", "Dr"...
    first_name: Mapped[str] = mapped_column(String(200), default="")
    last_name: Mapped[str] = mapped_column(String(200), default="")
    function: Mapped[str] = mapped_column(String(500), default="")
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    press_card_number: Mapped[str] = mapped_column(String(50), default="")
    press_card_year: Mapped[int | None] = mapped_column(Integer)
    press_card_kind: Mapped[str] = mapped_column(String(20), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(200), default="")
    last_contact_on: Mapped[date | None] = mapped_column(Date)
    sort_key: Mapped[str] = mapped_column(SortKey, index=True, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=_now, onupdate=_now)

    organisation: Mapped[Organisation | None] = relationship(lazy="joined")
    tags: Mapped[list[Tag]] = relationship(secondary=contact_tag, lazy="selectin", order_by=Tag.name)
    emails: Mapped[list[ContactEmail]] = relationship(
        order_by="ContactEmail.position", cascade="all, delete-orphan", lazy="selectin"
    )
    phones: Mapped[list[ContactPhone]] = relationship(
        order_by="ContactPhone.position", cascade="all, delete-orphan", lazy="selectin"
    )

    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__: ClassVar[dict] = {"version_id_col": version}

    def preferred_email(self) -> str:
        """The main address: what documents and Bcc lists use ('' when there is none)."""
        return main_email(self.emails)  # type: ignore[arg-type]

    def preferred_phone(self, mobile: bool = False) -> str:
        """The main landline (work, home, then other) or, with ``mobile``, the preferred mobile; E.164."""
        return main_phone(self.phones, MOBILE_KINDS if mobile else LANDLINE_KINDS)  # type: ignore[arg-type]

    def refresh_keys(self) -> None:
        self.sort_key = contact_sort_key(self.first_name, self.last_name, [e.address for e in self.emails])
        outlet = self.organisation.name if self.organisation is not None else ""
        self.search_text = contact_search_text(self.first_name, self.last_name, outlet, self.function,
                                               [e.address for e in self.emails])  # fmt: skip


def contact_sort_key(first_name: str, last_name: str, emails: list[str]) -> str:
    """By surname then first name; a contact with neither sorts by its first e-mail address."""
    if last_name or first_name:
        return french_sort_key(last_name, first_name)
    return french_sort_key(emails[0] if emails else "")


def contact_search_text(first_name: str, last_name: str, outlet: str, function: str, emails: list[str]) -> str:
    """What the search looks into: the names, the outlet, every e-mail address, the function."""
    return search_text(first_name, last_name, outlet, *emails, function)


class ContactEmail(Base):
    """One e-mail address of a contact (see domain.contact_points)."""

    __tablename__ = "contact_email"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10))
    address: Mapped[str] = mapped_column(String(254), index=True)
    label: Mapped[str] = mapped_column(String(50), default="")
    preferred: Mapped[bool] = mapped_column(Boolean, default=False)


class ContactPhone(Base):
    """One phone number of a contact, E.164, with its extension."""

    __tablename__ = "contact_phone"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10))
    number: Mapped[str] = mapped_column(String(30))
    extension: Mapped[str] = mapped_column(String(10), default="")
    label: Mapped[str] = mapped_column(String(50), default="")
    preferred: Mapped[bool] = mapped_column(Boolean, default=False)


class Event(Base):
    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(20), index=True)
    issue_place: Mapped[str] = mapped_column(String(200))
    issue_date: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(500))
    body: Mapped[str] = mapped_column(Text, default="")
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[datetime | None] = mapped_column(DateTime)
    venue_name: Mapped[str] = mapped_column(String(200), default="")
    venue_room: Mapped[str] = mapped_column(String(200), default="")
    venue_street: Mapped[str] = mapped_column(String(200), default="")
    venue_postcode: Mapped[str] = mapped_column(String(10), default="")
    venue_city: Mapped[str] = mapped_column(String(200), default="")
    officials_action: Mapped[str] = mapped_column(Text, default="")  # after several officials: "signeront..."
    officials_action_single: Mapped[str] = mapped_column(Text, default="", server_default="")  # one: "signera..."
    press_moment: Mapped[str] = mapped_column(Text, default="")
    accreditation_required: Mapped[bool] = mapped_column(Boolean, default=True)
    accreditation_deadline: Mapped[datetime | None] = mapped_column(DateTime)
    accreditation_contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"))
    accreditation_instructions: Mapped[str] = mapped_column(Text, default="")
    capacity: Mapped[int | None] = mapped_column(Integer)
    per_outlet_limit: Mapped[int | None] = mapped_column(Integer)
    # The last accreditation number given at this event: numbers are never given twice, even after a
    # deletion (a badge already printed keeps meaning one person). Moved by a plain UPDATE, not the ORM,
    # so that it does not bump the event's version under a form open elsewhere.
    last_accreditation_number: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=_now, onupdate=_now)

    officials: Mapped[list[EventOfficial]] = relationship(
        order_by="EventOfficial.position", cascade="all, delete-orphan", lazy="selectin"
    )
    programme: Mapped[list[ProgrammeItem]] = relationship(
        order_by="ProgrammeItem.position", cascade="all, delete-orphan", lazy="selectin"
    )
    press_officers: Mapped[list[EventPressOfficer]] = relationship(
        order_by="EventPressOfficer.position", cascade="all, delete-orphan", lazy="selectin"
    )
    accreditation_contact: Mapped[Contact | None] = relationship(foreign_keys=[accreditation_contact_id])

    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__: ClassVar[dict] = {"version_id_col": version}

    def refresh_keys(self) -> None:
        self.search_text = search_text(self.title, self.venue_name, self.venue_city)


class EventOfficial(Base):
    __tablename__ = "event_official"
    __table_args__ = (UniqueConstraint("event_id", "contact_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    role_wording: Mapped[str] = mapped_column(String(500), default="")

    contact: Mapped[Contact] = relationship(lazy="joined")


class ProgrammeItem(Base):
    __tablename__ = "programme_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    at: Mapped[time] = mapped_column(Time)
    label: Mapped[str] = mapped_column(String(500))


class EventPressOfficer(Base):
    __tablename__ = "event_press_officer"
    __table_args__ = (UniqueConstraint("event_id", "contact_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)

    contact: Mapped[Contact] = relationship(lazy="joined")


class Accreditation(Base):
    __tablename__ = "accreditation"
    __table_args__ = (
        UniqueConstraint("event_id", "contact_id"),
        Index("ix_accreditation_event_number", "event_id", "number", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    # what the steward types (per event) and what the badge's QR code carries (random; domain.door)
    number: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    outlet_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="SET NULL"))
    role: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), index=True)
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    requested_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    press_card_checked: Mapped[bool] = mapped_column(Boolean, default=False)
    arrived_at: Mapped[datetime | None] = mapped_column(DateTime)
    notes: Mapped[str] = mapped_column(Text, default="")

    contact: Mapped[Contact] = relationship(lazy="joined")
    outlet: Mapped[Organisation | None] = relationship(lazy="joined")

    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__: ClassVar[dict] = {"version_id_col": version}


class BureauProfile(Base):
    """The bureau's identity as printed on its documents (a single row, id 1)."""

    __tablename__ = "bureau_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(500), default="")
    default_issue_place: Mapped[str] = mapped_column(String(200), default="")
    shared_email: Mapped[str] = mapped_column(String(254), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    social_handles: Mapped[str] = mapped_column(Text, default="")  # one per line: "X : @prefpolice13"
    logo_path: Mapped[str] = mapped_column(String(1000), default="")  # the emblem of the bloc-marque
    time_style: Mapped[str] = mapped_column(String(10), default="words")
    issuer_title: Mapped[str] = mapped_column(Text, default="")  # one line per printed line
    motto: Mapped[bool] = mapped_column(Boolean, default=True)
    font_regular: Mapped[str] = mapped_column(String(1000), default="")
    font_bold: Mapped[str] = mapped_column(String(1000), default="")
    font_italic: Mapped[str] = mapped_column(String(1000), default="")
    apostrophe: Mapped[str] = mapped_column(String(12), default="straight")

    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__: ClassVar[dict] = {"version_id_col": version}


class Setting(Base):
    """A setting kept with the data, shared by every workstation: ``retention_years``..."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class ChangeLogEntry(Base):
    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=_now, index=True)
    user_name: Mapped[str] = mapped_column(String(100))
    entity: Mapped[str] = mapped_column(String(30))
    record_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(30))
    summary: Mapped[str] = mapped_column(Text, default="")


Index("ix_change_log_record", ChangeLogEntry.entity, ChangeLogEntry.record_id)


def reserve_accreditation_numbers(connection, event_id: int, count: int = 1) -> int:
    """Reserve the next ``count`` numbers of an event's accreditations; returns the first. The UPDATE comes
    first: it locks the event's row until the commit, so two workstations adding at once get different
    numbers (SQLite's write lock does the same); the event's version does not change."""
    event_table = cast(Table, Event.__table__)
    connection.execute(
        event_table.update()
        .where(event_table.c.id == event_id)
        .values(last_accreditation_number=event_table.c.last_accreditation_number + count,
                updated_at=event_table.c.updated_at)
    )
    last = connection.scalar(select(event_table.c.last_accreditation_number).where(event_table.c.id == event_id))
    return int(last) - count + 1


@event.listens_for(Accreditation, "before_insert")
def _number_and_code(_mapper, connection, target: Accreditation) -> None:
    """Every accreditation created through the ORM (desk, example, restore) gets the next number of its
    event and a random code; a bulk insert (the import) reserves its numbers with the same function."""
    if not target.code:
        target.code = new_code()
    if target.number is None:
        target.number = reserve_accreditation_numbers(connection, target.event_id)


@event.listens_for(Organisation, "before_insert")
@event.listens_for(Organisation, "before_update")
@event.listens_for(Contact, "before_insert")
@event.listens_for(Contact, "before_update")
@event.listens_for(Event, "before_insert")
@event.listens_for(Event, "before_update")
def _refresh_keys(_mapper, _connection, target) -> None:
    target.refresh_keys()


# Ids are never given twice (the change log and subject-access exports name records by id): every SQLite
# table with an integer id is AUTOINCREMENT, as PostgreSQL's sequences already are (revision 0004).
for _table in Base.metadata.tables.values():
    if "id" in _table.c and _table.c.id.primary_key:
        _table.dialect_options["sqlite"]["autoincrement"] = True
