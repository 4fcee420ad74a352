"""The event as an iCalendar (.ics) file, to send with the invitation (RFC 5545)."""

from __future__ import annotations

from datetime import UTC, timedelta

from icalendar import Calendar, Event, vCalAddress, vText

from cmer_desk.domain.documents import CalendarEventData

DEFAULT_DURATION = timedelta(hours=1)
TIMEZONE = "Europe/Paris"


def render_ics(data: CalendarEventData) -> bytes:
    """One event in Paris time, with the VTIMEZONE that defines it; DTSTAMP (when the file was
    written) in UTC; the same UID on every export of the event and a SEQUENCE that grows when it changes."""
    from zoneinfo import ZoneInfo

    paris = ZoneInfo(TIMEZONE)
    calendar = Calendar()
    calendar.add("prodid", "-//cmer-desk//Bureau de la communication//FR")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", data.uid)
    event.add("sequence", data.sequence)
    event.add("summary", data.title)
    start = data.starts_at.replace(tzinfo=paris)
    event.add("dtstart", start)
    event.add("dtend", (data.ends_at.replace(tzinfo=paris) if data.ends_at else start + DEFAULT_DURATION))
    if data.stamp is not None:  # required by RFC 5545; in UTC
        stamp = data.stamp if data.stamp.tzinfo is not None else data.stamp.astimezone()
        event.add("dtstamp", stamp.astimezone(UTC))
    if data.location:
        event.add("location", data.location)
    if data.description:
        event.add("description", data.description)
    if data.organiser_email:
        organiser = vCalAddress(f"mailto:{data.organiser_email}")
        if data.organiser_name:
            organiser.params["cn"] = vText(data.organiser_name)
        event["organizer"] = organiser
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
