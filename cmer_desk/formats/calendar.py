"""The event as an iCalendar (.ics) file, to send with the invitation."""

from __future__ import annotations

from datetime import timedelta

from icalendar import Calendar, Event, vCalAddress, vText

from cmer_desk.domain.documents import CalendarEventData

DEFAULT_DURATION = timedelta(hours=1)
TIMEZONE = "Europe/Paris"


def render_ics(data: CalendarEventData) -> bytes:
    """An RFC 5545 calendar holding one event, in Paris time."""
    from zoneinfo import ZoneInfo

    paris = ZoneInfo(TIMEZONE)
    calendar = Calendar()
    calendar.add("prodid", "-//cmer-desk//Bureau de la communication//FR")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", data.uid)
    event.add("summary", data.title)
    start = data.starts_at.replace(tzinfo=paris)
    event.add("dtstart", start)
    event.add("dtend", (data.ends_at.replace(tzinfo=paris) if data.ends_at else start + DEFAULT_DURATION))
    if data.stamp is not None:
        event.add("dtstamp", data.stamp.replace(tzinfo=paris))
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
    return calendar.to_ical()
