"""Closed vocabularies of the domain, each with its French label."""

from __future__ import annotations

import enum


class LabelledEnum(str, enum.Enum):
    """A string enum whose members carry a French label: ``Member = ("value", "Libellé")``."""

    label: str

    def __new__(cls, value: str, label: str = ""):  # label: only when the members are made; Enum(value) looks up
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj

    @classmethod
    def from_text(cls, text: str):
        """Find a member by value or by label, ignoring case and accents."""
        from cmer_desk.domain.text import fold

        wanted = fold(text)
        for member in cls:
            if wanted in (fold(member.value), fold(member.label)):
                return member
        raise ValueError(text)


class OrganisationKind(LabelledEnum):
    DAILY_PRESS = ("daily_press", "Presse quotidienne")
    WEEKLY_PRESS = ("weekly_press", "Presse hebdomadaire")
    RADIO = ("radio", "Radio")
    TV = ("tv", "Télévision")
    AGENCY = ("agency", "Agence de presse")
    WEB = ("web", "Média en ligne")
    PREFECTURE = ("prefecture", "Préfecture")
    MAIRIE = ("mairie", "Mairie")
    OTHER = ("other", "Autre organisme")

    @property
    def is_media(self) -> bool:
        return self in MEDIA_KINDS


MEDIA_KINDS = frozenset(
    {
        OrganisationKind.DAILY_PRESS,
        OrganisationKind.WEEKLY_PRESS,
        OrganisationKind.RADIO,
        OrganisationKind.TV,
        OrganisationKind.AGENCY,
        OrganisationKind.WEB,
    }
)


class Civility(LabelledEnum):
    NONE = ("", "")
    MADAME = ("mme", "Mme")
    MONSIEUR = ("m", "M.")


class PressCardKind(LabelledEnum):
    NONE = ("", "")
    CCIJP = ("ccijp", "CCIJP")
    FOREIGN = ("foreign", "Correspondant étranger")
    OTHER = ("other", "Autre")


class EventKind(LabelledEnum):
    PRESS_INVITATION = ("press_invitation", "Invitation presse")
    PRESS_CONFERENCE = ("press_conference", "Conférence de presse")
    PRESS_BRIEFING = ("press_briefing", "Point presse")
    OFFICIAL_VISIT = ("official_visit", "Déplacement")
    PRESS_RELEASE = ("press_release", "Communiqué de presse")


class EventStatus(LabelledEnum):
    DRAFT = ("draft", "Brouillon")
    SENT = ("sent", "Envoyée")
    DONE = ("done", "Terminée")
    CANCELLED = ("cancelled", "Annulée")


class AccreditationRole(LabelledEnum):
    REPORTER = ("reporter", "Rédacteur")
    PHOTOGRAPHER = ("photographer", "Photographe")
    CAMERA = ("camera", "JRI / cameraman")
    TECHNICIAN = ("technician", "Technicien")
    OTHER = ("other", "Autre")


class AccreditationStatus(LabelledEnum):
    REQUESTED = ("requested", "Demandée")
    CONFIRMED = ("confirmed", "Confirmée")
    REFUSED = ("refused", "Refusée")
    CANCELLED = ("cancelled", "Annulée")
    WAITING = ("waiting", "Liste d'attente")


class TimeStyle(LabelledEnum):
    WORDS = ("words", "11 heures 30")
    SHORT = ("short", "11 h 30")


class ApostropheStyle(LabelledEnum):
    STRAIGHT = ("straight", "Droite (') partout, comme saisie")
    WORDING = ("wording", "Typographique (’) dans les formules du bureau")
    EVERYWHERE = ("everywhere", "Typographique (’) partout, textes saisis compris")
