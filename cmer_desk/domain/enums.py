"""Closed vocabularies of the domain, each with its French label (``member.label``, what the documents print);
``cmer_desk.domain.i18n.label(member)`` gives it in the interface language."""

from __future__ import annotations

import enum

from cmer_desk.domain.i18n import N_


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
    DAILY_PRESS = ("daily_press", N_("Presse quotidienne"))
    WEEKLY_PRESS = ("weekly_press", N_("Presse hebdomadaire"))
    RADIO = ("radio", N_("Radio"))
    TV = ("tv", N_("Télévision"))
    AGENCY = ("agency", N_("Agence de presse"))
    WEB = ("web", N_("Média en ligne"))
    PREFECTURE = ("prefecture", N_("Préfecture"))
    MAIRIE = ("mairie", N_("Mairie"))
    OTHER = ("other", N_("Autre organisme"))

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
    """The civilities the desk knows, spelled as printed (the label is what a contact stores; any other
    civility found in a file is kept as typed, with a warning)."""

    NONE = ("", "")
    MADAME = ("mme", "Mme")
    MONSIEUR = ("m", "M.")
    DOCTOR = ("dr", "Dr")
    PROFESSOR = ("pr", "Pr")
    MAITRE = ("me", "Me")


class ContactKind(LabelledEnum):
    """What an e-mail address or a phone number of a contact is for."""

    WORK = ("work", N_("Travail"))
    HOME = ("home", N_("Domicile"))
    MOBILE = ("mobile", N_("Portable"))
    FAX = ("fax", N_("Fax"))
    OTHER = ("other", N_("Autre"))


class PressCardKind(LabelledEnum):
    NONE = ("", "")
    CCIJP = ("ccijp", "CCIJP")
    FOREIGN = ("foreign", N_("Correspondant étranger"))
    OTHER = ("other", N_("Autre"))


class EventKind(LabelledEnum):
    PRESS_INVITATION = ("press_invitation", N_("Invitation presse"))
    PRESS_CONFERENCE = ("press_conference", N_("Conférence de presse"))
    PRESS_BRIEFING = ("press_briefing", N_("Point presse"))
    OFFICIAL_VISIT = ("official_visit", N_("Déplacement"))
    PRESS_RELEASE = ("press_release", N_("Communiqué de presse"))


class EventStatus(LabelledEnum):
    DRAFT = ("draft", N_("Brouillon"))
    SENT = ("sent", N_("Envoyée"))
    DONE = ("done", N_("Terminée"))
    CANCELLED = ("cancelled", N_("Annulée"))


class AccreditationRole(LabelledEnum):
    REPORTER = ("reporter", N_("Rédacteur"))
    PHOTOGRAPHER = ("photographer", N_("Photographe"))
    CAMERA = ("camera", N_("JRI / cameraman"))
    TECHNICIAN = ("technician", N_("Technicien"))
    OTHER = ("other", N_("Autre"))


class AccreditationStatus(LabelledEnum):
    REQUESTED = ("requested", N_("Demandée"))
    CONFIRMED = ("confirmed", N_("Confirmée"))
    REFUSED = ("refused", N_("Refusée"))
    CANCELLED = ("cancelled", N_("Annulée"))
    WAITING = ("waiting", N_("Liste d'attente"))


class TimeStyle(LabelledEnum):
    WORDS = ("words", N_("11 heures 30"))
    SHORT = ("short", N_("11 h 30"))


class ApostropheStyle(LabelledEnum):
    STRAIGHT = ("straight", N_("Droite (') partout, comme saisie"))
    WORDING = ("wording", N_("Typographique (’) dans les formules du bureau"))
    EVERYWHERE = ("everywhere", N_("Typographique (’) partout, textes saisis compris"))
