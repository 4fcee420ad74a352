"""The one error a file reader raises: the line (or card) and the reason, in French."""

from __future__ import annotations


class FileFormatError(Exception):
    """A file cannot be imported; ``line`` is the line (CSV, vCard) or row (XLSX) where it went wrong."""

    def __init__(self, line: int | None, reason: str):
        self.line = line
        self.reason = reason
        super().__init__(f"Ligne {line} : {_lower_first(reason)}" if line else reason)


def _lower_first(text: str) -> str:
    """'L'adresse…' -> 'l'adresse…' so that the reason reads on after « Ligne 7 : »."""
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text
