"""The one error a file reader raises: the line (or card) and the reason, in the interface language (French
in the command line)."""

from __future__ import annotations

from cmer_desk.domain.i18n import _


class FileFormatError(Exception):
    """A file cannot be imported; ``line`` is the line (CSV, vCard) or row (XLSX) where it went wrong."""

    def __init__(self, line: int | None, reason: str):
        self.line = line
        self.reason = reason
        super().__init__(_("Ligne {line} : {reason}").format(line=line, reason=_lower_first(reason)) if line else reason)


def _lower_first(text: str) -> str:
    """'L'adresse…' -> 'l'adresse…' so that the reason reads on after « Ligne 7 : »."""
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text
