"""Errors raised by the services, carrying French messages for the person at the desk."""

from __future__ import annotations

from dataclasses import dataclass

from cmer_desk.domain.i18n import N_, _


@dataclass(frozen=True)
class FieldError:
    """One wrong field: the draft attribute name and a French message."""

    field: str
    message: str


class ValidationError(Exception):
    """A draft was refused; carries one French message per wrong field."""

    def __init__(self, errors: list[FieldError]):
        self.errors = list(errors)
        super().__init__("; ".join(f"{e.field} : {e.message}" for e in self.errors))

    def message_for(self, field: str) -> str | None:
        for error in self.errors:
            if error.field == field:
                return error.message
        return None

    @property
    def fields(self) -> list[str]:
        return [e.field for e in self.errors]


class ConflictError(Exception):
    """Another workstation saved the same record first."""

    def __init__(
        self,
        entity: str,
        record_id: int | None = None,
        expected_version: int | None = None,
        current_version: int | None = None,
    ):
        self.entity = entity
        self.record_id = record_id
        self.expected_version = expected_version
        self.current_version = current_version
        detail = ""
        if current_version is not None:
            detail = " " + _("(version {current}, vous éditiez la version {expected})").format(
                current=current_version, expected=expected_version)
        super().__init__(_("Cet enregistrement a été modifié sur un autre poste entre-temps{detail}.").format(
            detail=detail))


ENTITY_LABELS = {
    "event": N_("Événement"),
    "contact": N_("Contact"),
    "organisation": N_("Organisme"),
    "accreditation": N_("Accréditation"),
}


class NotFoundError(Exception):
    """A record asked for by id does not exist."""

    def __init__(self, entity: str, record_id: int):
        self.entity = entity
        self.record_id = record_id
        super().__init__(_("{what} n° {number} introuvable.").format(
            what=_(ENTITY_LABELS.get(entity, N_("Enregistrement"))), number=record_id))
