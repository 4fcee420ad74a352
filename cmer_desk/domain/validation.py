"""Validation of drafts. Each check returns a cleaned copy or raises ValidationError in French."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from cmer_desk.domain.characters import code_point, first_forbidden, multi_line, one_line, visible_line
from cmer_desk.domain.contact_checks import check_civility, check_emails, check_phones
from cmer_desk.domain.documents import SocialAccount
from cmer_desk.domain.drafts import (
    AccreditationDraft,
    BureauProfileDraft,
    ContactDraft,
    EventDraft,
    OrganisationDraft,
)
from cmer_desk.domain.enums import EventStatus
from cmer_desk.domain.errors import FieldError, ValidationError
from cmer_desk.domain.i18n import N_, _
from cmer_desk.domain.phones import PhoneError, normalise_phone

SHORT_TEXT_MAX = 200
LONG_TEXT_MAX = 20_000
FIRST_PRESS_CARD_YEAR = 1936  # the CCIJP was created in 1936


def control_message(label: str, found: str) -> str:
    return _("Le champ « {label} » contient un caractère de contrôle ({code}) qui ne peut pas être "
             "enregistré ; retirez-le.").format(label=_(label), code=code_point(found))


class _Checker:
    """Collects field errors while a draft is cleaned."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def fail(self, field: str, message: str) -> None:
        if not any(e.field == field for e in self.errors):
            self.errors.append(FieldError(field, message))

    def control(self, field: str, label: str, value: str) -> bool:
        """Refuse a control character or a lone surrogate (True when the value is acceptable)."""
        found = first_forbidden(value)
        if found is not None:
            self.fail(field, control_message(label, found))
        return found is None

    def text(
        self, field: str, label: str, value: str | None, *, required=False, limit=SHORT_TEXT_MAX, multiline=False
    ) -> str:
        """A text field: control characters refused; line breaks one space (LF when ``multiline``)."""
        value = value or ""
        if not self.control(field, label, value):
            return value
        value = (multi_line(value) if multiline else one_line(value)).strip()
        if required and not value:
            self.fail(field, _("Le champ « {label} » est obligatoire.").format(label=_(label)))
        elif len(value) > limit:
            self.fail(field, _("Le champ « {label} » dépasse {limit} caractères ({length}).").format(
                label=_(label), limit=limit, length=len(value)))
        return value

    def email(self, field: str, label: str, value: str | None) -> str:
        value = (value or "").strip()
        if not value or not self.control(field, label, value):
            return value
        from email_validator import (  # loaded on the first address
            EmailNotValidError,
            validate_email,
        )

        try:
            return validate_email(value, check_deliverability=False).normalized
        except EmailNotValidError:
            self.fail(field, _("L'adresse « {value} » du champ « {label} » n'est pas une adresse électronique "
                               "valide.").format(value=visible_line(value), label=_(label)))
            return value

    def phone(self, field: str, label: str, value: str | None) -> str:
        if not self.control(field, label, value or ""):
            return value or ""
        try:
            return normalise_phone(value)
        except PhoneError:
            self.fail(field, _("Le numéro « {value} » du champ « {label} » n'est pas un numéro de téléphone "
                               "valide.").format(value=visible_line(value or ""), label=_(label)))
            return (value or "").strip()

    def lines(self, field: str, label: str, values: list[str], *, limit: int | None = None) -> list[str]:
        """A list of one-line values (distribution lists, social handles): each cleaned, empty and repeated
        ones dropped."""
        out: list[str] = []
        for value in values:
            value = value or ""
            if not self.control(field, label, value):
                continue
            value = one_line(value).strip()
            if limit is not None and len(value) > limit:
                self.fail(field, _("La liste « {name}… » a un nom trop long ({limit} caractères au plus).").format(
                    name=value[:20], limit=limit))
            if value and value not in out:
                out.append(value)
        return out

    def positive(self, field: str, label: str, value: int | None) -> None:
        if value is not None and value < 1:
            self.fail(field, _("Le champ « {label} » doit être un nombre positif.").format(label=_(label)))

    def done(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


def check_organisation(draft: OrganisationDraft) -> OrganisationDraft:
    c = _Checker()
    clean = dataclasses.replace(
        draft,
        name=c.text("name", N_("Nom"), draft.name, required=True),
        city=c.text("city", N_("Ville"), draft.city),
        phone=c.phone("phone", N_("Téléphone"), draft.phone),
        email=c.email("email", N_("Courriel"), draft.email),
        website=c.text("website", N_("Site internet"), draft.website),
        notes=c.text("notes", N_("Notes"), draft.notes, limit=LONG_TEXT_MAX, multiline=True),
    )
    if clean.website and any(ch.isspace() for ch in clean.website):
        c.fail("website", _("Le site internet ne doit pas contenir d'espace."))
    c.done()
    return clean


def check_contact(draft: ContactDraft, today_year: int, warnings: list[FieldError] | None = None) -> ContactDraft:
    """A cleaned copy of the contact, or ValidationError. What is plausible but odd (an unknown civility,
    a possible but unassigned number, a reserved e-mail domain, no surname) is kept as typed and, when
    ``warnings`` is given, reported there."""
    c = _Checker()
    noted: list[FieldError] = [] if warnings is None else warnings
    tags = c.lines("tags", N_("Listes"), draft.tags, limit=50)
    clean = dataclasses.replace(
        draft,
        civility=check_civility(c.text("civility", N_("Civilité"), draft.civility, limit=30), noted),
        first_name=c.text("first_name", N_("Prénom"), draft.first_name),
        last_name=c.text("last_name", N_("Nom"), draft.last_name),
        function=c.text("function", N_("Fonction"), draft.function, limit=500),
        emails=check_emails([e for e in draft.emails if _no_control(c, "emails", N_("Courriel"), e.address, e.label)],
                            c.fail, noted),
        phones=check_phones([p for p in draft.phones
                             if _no_control(c, "phones", N_("Téléphone"), p.number, p.label, p.extension)],
                            c.fail, noted),
        press_card_number=c.text("press_card_number", N_("N° de carte de presse"), draft.press_card_number, limit=50),
        tags=tags,
        notes=c.text("notes", N_("Notes"), draft.notes, limit=LONG_TEXT_MAX, multiline=True),
        source=c.text("source", N_("Origine des données"), draft.source),
    )
    if not clean.last_name:
        if not clean.first_name and not clean.email:
            c.fail("last_name", _("Le contact n'a ni nom, ni prénom, ni courriel : indiquez au moins l'un des trois."))
        else:
            noted.append(FieldError("last_name", _("le contact n'a pas de nom de famille.")))
    year = draft.press_card_year
    if year is not None and not FIRST_PRESS_CARD_YEAR <= year <= today_year + 2:
        c.fail("press_card_year", _("L'année de validité de la carte de presse ({year}) n'est pas plausible.").format(
            year=year))
    c.done()
    return clean


def _no_control(c: _Checker, field: str, label: str, *parts: str) -> bool:
    """Every text part of an address or a number (the value, its label, its extension) is free of control
    characters; each one found is refused naming the field."""
    return all([c.control(field, label, part or "") for part in parts])


def past_but_open(draft: EventDraft, now: datetime) -> bool:
    """The event has started already but is neither done nor cancelled: worth asking whether it is done.
    A past event is never refused (archives are recorded after the fact, the 2018 example is one)."""
    return (draft.starts_at is not None and draft.starts_at < now
            and draft.status not in (EventStatus.DONE, EventStatus.CANCELLED))


def check_event(draft: EventDraft, now: datetime, *, start_changed: bool) -> EventDraft:
    """Clean an event draft. A start in the past is allowed (archives): the desk asks whether the event
    is done instead (``past_but_open``). ``now`` and ``start_changed`` stay for the rules that need them."""
    c = _Checker()
    clean = dataclasses.replace(
        draft,
        title=c.text("title", N_("Titre"), draft.title, required=True, limit=500),
        issue_place=c.text("issue_place", N_("Lieu d'émission"), draft.issue_place, required=True),
        body=c.text("body", N_("Texte"), draft.body, limit=LONG_TEXT_MAX, multiline=True),
        venue_name=c.text("venue_name", N_("Lieu"), draft.venue_name),
        venue_room=c.text("venue_room", N_("Salle"), draft.venue_room),
        venue_street=c.text("venue_street", N_("Adresse"), draft.venue_street),
        venue_postcode=c.text("venue_postcode", N_("Code postal"), draft.venue_postcode, limit=10),
        venue_city=c.text("venue_city", N_("Ville"), draft.venue_city),
        officials_action=c.text("officials_action", N_("Action des officiels"), draft.officials_action, limit=1000,
                                multiline=True),
        officials_action_single=c.text("officials_action_single", N_("Action d'un seul officiel"),
                                       draft.officials_action_single, limit=1000, multiline=True),
        press_moment=c.text("press_moment", N_("Moment presse"), draft.press_moment, limit=2000, multiline=True),
        accreditation_instructions=c.text(
            "accreditation_instructions", N_("Modalités d'accréditation"), draft.accreditation_instructions, limit=2000,
            multiline=True,
        ),
    )
    if draft.issue_date is None:
        c.fail("issue_date", _("La date d'émission est obligatoire."))
    if draft.starts_at is None:
        c.fail("starts_at", _("La date et l'heure de début sont obligatoires."))
    else:
        if draft.ends_at is not None and draft.ends_at <= draft.starts_at:
            c.fail("ends_at", _("La fin doit être postérieure au début."))
        if draft.accreditation_deadline is not None and draft.accreditation_deadline > draft.starts_at:
            c.fail("accreditation_deadline", _("La date limite d'accréditation doit précéder l'événement."))
    if clean.venue_postcode and not clean.venue_postcode.replace(" ", "").isalnum():
        c.fail("venue_postcode", _("Le code postal « {postcode} » n'est pas valide.").format(postcode=clean.venue_postcode))
    c.positive("capacity", N_("Capacité"), draft.capacity)
    c.positive("per_outlet_limit", N_("Limite par média"), draft.per_outlet_limit)
    seen: set[int] = set()
    officials = []
    for official in draft.officials:
        if official.contact_id in seen:
            c.fail("officials", _("Une même personne figure deux fois parmi les officiels."))
        seen.add(official.contact_id)
        wording = c.text("officials", N_("Qualité de l'officiel"), official.role_wording, limit=500)
        officials.append(dataclasses.replace(official, role_wording=wording))
    if len(set(draft.press_officer_ids)) != len(draft.press_officer_ids):
        c.fail("press_officer_ids", _("Un même chargé de communication figure deux fois en pied de page."))
    programme = [
        dataclasses.replace(item, label=c.text("programme", N_("Programme"), item.label, required=True, limit=500))
        for item in draft.programme
    ]
    clean = dataclasses.replace(clean, officials=officials, programme=programme)
    c.done()
    return clean


def check_accreditation(draft: AccreditationDraft) -> AccreditationDraft:
    c = _Checker()
    clean = dataclasses.replace(
        draft,
        decision_reason=c.text("decision_reason", N_("Motif"), draft.decision_reason, limit=1000),
        notes=c.text("notes", N_("Notes"), draft.notes, limit=LONG_TEXT_MAX, multiline=True),
    )
    c.done()
    return clean


ISSUER_TITLE_MAX_LINES = 6


def check_profile(draft: BureauProfileDraft) -> BureauProfileDraft:
    """The profile as typed, cleaned; the files it names are checked by the service (they must be read)."""
    c = _Checker()
    handles = c.lines("social_handles", N_("Réseaux sociaux"), draft.social_handles)
    for number, line in enumerate(handles, start=1):
        if not SocialAccount.parse(line).network:
            c.fail("social_handles", _("Ligne {number} du champ « Réseaux sociaux » : indiquez le réseau avant le "
                                       "compte, par exemple « X : @prefpolice13 » ou « Facebook : Préfecture… »."
                                       ).format(number=number))
    issuer = c.text("issuer_title", N_("Intitulé du bloc-marque"), draft.issuer_title, limit=500, multiline=True)
    issuer = "\n".join(line.strip() for line in issuer.split("\n") if line.strip())
    if len(issuer.splitlines()) > ISSUER_TITLE_MAX_LINES:
        c.fail("issuer_title", _("Le champ « Intitulé du bloc-marque » tient en {count} lignes au plus.").format(
            count=ISSUER_TITLE_MAX_LINES))
    clean = dataclasses.replace(
        draft,
        full_name=c.text("full_name", N_("Nom du bureau"), draft.full_name, required=True, limit=500),
        default_issue_place=c.text("default_issue_place", N_("Lieu d'émission"), draft.default_issue_place),
        shared_email=c.email("shared_email", N_("Courriel partagé"), draft.shared_email),
        website=c.text("website", N_("Site internet"), draft.website),
        social_handles=handles,
        logo_path=c.text("logo_path", N_("Emblème"), draft.logo_path, limit=1000),
        issuer_title=issuer,
        font_regular=c.text("font_regular", N_("Police (romain)"), draft.font_regular, limit=1000),
        font_bold=c.text("font_bold", N_("Police (gras)"), draft.font_bold, limit=1000),
        font_italic=c.text("font_italic", N_("Police (italique)"), draft.font_italic, limit=1000),
    )
    c.done()
    return clean


def check_text(
    field: str, label: str, value: str | None, *, required: bool = False, limit: int = SHORT_TEXT_MAX,
    multiline: bool = False,
) -> str:
    """One text value outside a draft (a refusal reason, an outlet named in an import, a setting): the
    same rule as the drafts' fields; the cleaned value, or ValidationError naming ``field``."""
    c = _Checker()
    clean = c.text(field, label, value, required=required, limit=limit, multiline=multiline)
    c.done()
    return clean
