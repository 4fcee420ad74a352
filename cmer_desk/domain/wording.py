"""The French wording of the documents, composed from plain values.

A service reads the records, turns them into the plain values below (drafts, ``PersonValues``) and
makes one call here; what comes back is final text, typeset the French way (no-break spaces where a
line must not break: inside phone numbers, before a spaced dash, before high punctuation), ready to
be printed or sent. The renderers in ``cmer_desk.formats`` only lay it out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from cmer_desk.domain.body import BodyBullets, BodyParagraph, parse_body
from cmer_desk.domain.dates import event_moment, issue_line, long_date, time_in_words
from cmer_desk.domain.documents import (
    FontFiles,
    InvitationData,
    Letterhead,
    PressOfficerLine,
    ProgrammeLine,
    SocialAccount,
)
from cmer_desk.domain.drafts import BureauProfileDraft, EventDraft
from cmer_desk.domain.enums import ApostropheStyle, TimeStyle
from cmer_desk.domain.errors import NotFoundError
from cmer_desk.domain.phones import printed_phone
from cmer_desk.domain.text import fold, person_name
from cmer_desk.domain.typography import NBSP, typeset

DASH = "\u2013"  # en dash
DASH_SEPARATOR = NBSP + DASH + " "  # a spaced dash stays with the word before it
MOTTO = ("Liberté", "Égalité", "Fraternité")
CONTACT_HEADING = "Contact presse"
FILENAME_MAX = 80


@dataclass(frozen=True)
class PersonValues:
    """What a document prints of a contact (phones as stored, in E.164)."""

    first_name: str = ""
    last_name: str = ""
    landline: str = ""
    mobile: str = ""
    email: str = ""

    @property
    def name(self) -> str:
        return person_name(self.first_name, self.last_name)


def officials_paragraph(names_and_roles: list[tuple[str, str]], action: str, action_single: str = "") -> str:
    """'Olivier de MAZIÈRES, préfet ..., et Lucien LIMOUSIN, maire de Tarascon, signeront ... :'

    ``action`` follows several officials ("signeront..."), ``action_single`` a single one ("signera..."); when
    only one of the two is written it serves for any number (the event form warns about it)."""
    if len(names_and_roles) == 1:
        action = action_single.strip() or action
    else:
        action = action.strip() or action_single
    people = [f"{name}, {role}," if role else name for name, role in names_and_roles]
    if not people:
        return typeset(action)
    if len(people) > 1:
        text = ", ".join(p.rstrip(",") for p in people[:-1]) + ", et " + people[-1]
    else:
        text = people[0]
    if action:
        text = f"{text} {action.strip()}"
    text = text.rstrip(",")
    return typeset(text if text.endswith((":", ".", "!", "?")) else text + " :")


def when_where_lines(event: EventDraft, style: TimeStyle) -> tuple[str, ...]:
    """'mercredi 24 janvier 2018 à 11 heures 30,' / 'hôtel de Ville, salle des Consuls,' / '2 Place du Marché à Tarascon'"""
    assert event.starts_at is not None
    lines = [event_moment(event.starts_at, event.ends_at, style)]
    venue = ", ".join(p for p in (event.venue_name, event.venue_room) if p)
    if venue:
        lines.append(venue)
    street = event.venue_street
    if street and event.venue_city:
        lines.append(f"{street} à {event.venue_city}")
    elif street or event.venue_city:
        lines.append(street or event.venue_city)
    return tuple(typeset(line) for line in [line + "," for line in lines[:-1]] + [lines[-1]])


def venue_line(name: str, room: str, street: str, postcode: str, city: str) -> str:
    """'hôtel de Ville, salle des Consuls, 2 Place du Marché, 13150 Tarascon'"""
    town = " ".join(x for x in (postcode, city) if x)
    return typeset(", ".join(p for p in (name, room, street, town) if p))


def event_venue_line(event: EventDraft) -> str:
    return venue_line(event.venue_name, event.venue_room, event.venue_street, event.venue_postcode, event.venue_city)


def deadline_sentence(deadline: datetime | None, style: TimeStyle = TimeStyle.WORDS) -> str:
    """'Accréditation obligatoire avant le mardi 23 janvier 2018 à 18 heures.' (empty without a deadline)."""
    if deadline is None:
        return ""
    return typeset(f"Accréditation obligatoire avant le {event_moment(deadline, None, style)}.", typed=False)


def accreditation_paragraph(instructions: str, contact: PersonValues | None, deadline: str = "",
                            apostrophe: ApostropheStyle = ApostropheStyle.STRAIGHT) -> str:
    """The instructions, the deadline, then 'Contact : Katia BERTAUD – 04 90 91 51 29 – katia.beraud@....'"""
    text = typeset(instructions.strip(), apostrophe)
    if deadline:
        text = f"{text} {deadline}".strip()
    if contact is not None:
        parts = [typeset(contact.name, apostrophe)]
        phone = printed_phone(contact.landline or contact.mobile)
        if phone:
            parts.append(phone)
        if contact.email:
            parts.append(contact.email)
        text = f"{text} {typeset('Contact :')} {DASH_SEPARATOR.join(parts)}.".strip()
    return text


def press_officer(person: PersonValues) -> PressOfficerLine:
    return PressOfficerLine(typeset(person.name), printed_phone(person.landline), printed_phone(person.mobile),
                            person.email)


def officer_line(officer: PressOfficerLine) -> str:
    """'Mathieu DUROSELLE – 04 96 10 62 15 / 06 74 60 02 05 – mathieu.duroselle@interieur.gouv.fr'."""
    phones = " / ".join(p for p in (officer.landline, officer.mobile) if p)
    return DASH_SEPARATOR.join(p for p in (officer.name, phones, officer.email) if p)


def programme_line(line: ProgrammeLine) -> str:
    """'11 heures 30 – Accueil'."""
    return DASH_SEPARATOR.join(p for p in (line.time, line.label) if p)


def letterhead(profile: BureauProfileDraft, issue: str = "") -> Letterhead:
    """The bloc-marque of the bureau's documents: the title in capitals, line by line, as typed."""
    return Letterhead(
        issuer_lines=tuple(line.strip().upper() for line in profile.issuer_title.splitlines() if line.strip()),
        emblem_path=profile.logo_path,
        motto=MOTTO if profile.motto else (),
        issue_line=issue,
        fonts=FontFiles(profile.font_regular, profile.font_bold, profile.font_italic),
    )


def social_accounts(profile: BureauProfileDraft) -> tuple[SocialAccount, ...]:
    return tuple(SocialAccount.parse(line) for line in profile.social_handles if line.strip())


def compose_invitation(
    draft: EventDraft,
    profile: BureauProfileDraft,
    people: Mapping[int, PersonValues],
    created_at: datetime | None = None,
) -> InvitationData:
    """The invitation of an event, every sentence in final French. ``people`` holds each contact the
    draft names (officials, accreditation contact, press officers), by id."""
    assert draft.starts_at is not None and draft.issue_date is not None
    wanted = [o.contact_id for o in draft.officials] + list(draft.press_officer_ids)
    if draft.accreditation_contact_id:
        wanted.append(draft.accreditation_contact_id)
    missing = [i for i in wanted if i not in people]
    if missing:
        raise NotFoundError("contact", min(missing))
    style, apostrophe = profile.time_style, profile.apostrophe

    def t(text: str) -> str:
        return typeset(text, apostrophe)

    officials = [(t(people[o.contact_id].name), t(o.role_wording)) for o in draft.officials]
    contact = people[draft.accreditation_contact_id] if draft.accreditation_contact_id else None
    body = tuple(
        BodyParagraph(t(block.text)) if isinstance(block, BodyParagraph)
        else BodyBullets(tuple(t(item) for item in block.items))
        for block in parse_body(draft.body)
    )
    issue = issue_line(draft.issue_place, draft.issue_date)
    return InvitationData(
        issue_line=issue,
        kicker=draft.kind.label,
        title=t(draft.title),
        body=body,
        officials_paragraph=officials_paragraph(officials, t(draft.officials_action), t(draft.officials_action_single)),
        when_where=when_where_lines(draft, style),
        programme=tuple(ProgrammeLine(time_in_words(p.at, style), t(p.label)) for p in draft.programme),
        press_moment=t(draft.press_moment),
        accreditation_paragraph=(
            accreditation_paragraph(draft.accreditation_instructions, contact,
                                    deadline_sentence(draft.accreditation_deadline, style), apostrophe)
            if draft.accreditation_required else ""
        ),
        bureau_name=t(profile.full_name),
        press_officers=tuple(press_officer(people[i]) for i in draft.press_officer_ids),
        shared_email=profile.shared_email,
        website=profile.website,
        social_accounts=social_accounts(profile),
        letterhead=letterhead(profile, issue),
        contact_heading=CONTACT_HEADING,
        author=profile.full_name,
        subject=f"{draft.kind.label} – {long_date(draft.starts_at.date())}",
        created_at=created_at,
    )


def document_filename(kind: str, title: str, when: date | datetime, suffix: str = ".pdf") -> str:
    """'invitation-presse-2018-01-24-installation-de-la-cellule.pdf': safe on every file system."""
    words = re.sub(r"[^a-z0-9]+", "-", fold(f"{kind} {when:%Y-%m-%d} {title}")).strip("-")
    if len(words) > FILENAME_MAX:  # cut between two words, never inside one
        words = words[: FILENAME_MAX + 1].rsplit("-", 1)[0]
    return words + suffix
