"""French typography (Imprimerie nationale's rules), applied to what is typed without changing it otherwise.

- a no-break space (U+00A0) before ':' and a narrow no-break space (U+202F) before ';', '!', '?' and
  inside « »;
- no-break spaces where a line must not break: inside a phone number, between a number and its unit
  ('11 heures 30', '24 janvier', '15 km', '20 %'), before a spaced dash;
- the typographic apostrophe (’) when the bureau chooses it.

Clock times ('11:30'), addresses ('http://', '?a=1') and character references typed as such
('&eacute;') are left exactly as typed.
"""

from __future__ import annotations

import re

from cmer_desk.domain.enums import ApostropheStyle

NBSP = "\u00a0"  # before ':'
NNBSP = "\u202f"  # narrow no-break space, before ; ! ? and inside « »
APOSTROPHE = "\u2019"

_SPACES = "[ \u00a0\u202f]"
# A colon after a word, followed by a space or the end: 'triple :' or 'triple:' -> 'triple\u00a0:'.
_BEFORE_COLON = re.compile(rf"(?:{_SPACES}+|(?<=[\w)\]»]))(:)(?=\s|$)")
_BEFORE_TIGHT = re.compile(rf"{_SPACES}*([;!?])(?=\s|$|[»)])")
_ENTITY_END = re.compile(r"&#?\w+$")  # '&eacute' or '&#233' before a ';': a character reference
_AFTER_OPEN_QUOTE = re.compile(rf"«{_SPACES}*")
_BEFORE_CLOSE_QUOTE = re.compile(rf"{_SPACES}*»")
# '04 90 91 51 29' or '+33 4 90 91 51 29' typed in a text must never break across lines.
_PHONE = re.compile(r"(?<![\w+])(?:\+\d{1,3} ?)?\d{1,2}(?: \d\d){4}(?!\w)")
_SPACED_DASH = re.compile(r" ([-\u2013\u2014]) ")
UNITS = (
    "heures", "heure", "h", "minutes", "minute", "min", "secondes", "seconde", "s", "jours", "jour", "ans", "an",
    "mois", "semaines", "semaine", "km", "m", "cm", "mm", "m²", "km²", "ha", "kg", "g", "t", "l", "L", "%", "€",
    "euros", "euro", "$", "°C", "°", "places", "personnes", "participants", "journalistes",
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre",
)
_NUMBER_UNIT = re.compile(
    r"(?<![\w.,])(\d+(?:[.,]\d+)?(?:er)?) (" + "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
    + r")(?![\w²'’])"
)
_HOUR_MINUTES = re.compile(r"(?<=\d\u00a0)(heures|heure|h) (?=\d\d(?!\d))")  # '11 heures 30': both gaps
_UNIT_NUMBER = re.compile(r"(?<!\w)(n°|N°|p\.|art\.) (?=\d)")  # 'n° 12', 'p. 3'
_WORD_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")


def french_spacing(text: str | None) -> str:
    """Apply French spacing rules to running text.

    A colon gets a no-break space before it when it follows a word and is followed by a space (so
    'http://' and '11:30' are untouched); ; ! ? get a narrow no-break space whether typed or not,
    unless they are glued inside a word or an address ('?' in a URL) or end a character reference
    ('&eacute;'); guillemets get narrow no-break spaces inside.
    """
    if not text:
        return ""
    spaced: str = _BEFORE_COLON.sub(NBSP + ":", text)

    def tight(match: re.Match[str]) -> str:
        start = match.start()
        if start > 0 and spaced[start - 1] in "!?;":
            return match.group(1)
        if match.group(1) == ";" and match.group(0) == ";" and _ENTITY_END.search(spaced, 0, start):
            return match.group(0)
        return NNBSP + match.group(1)

    spaced = _BEFORE_TIGHT.sub(tight, spaced)
    spaced = _AFTER_OPEN_QUOTE.sub("«" + NNBSP, spaced)
    return _BEFORE_CLOSE_QUOTE.sub(NNBSP + "»", spaced)


def glue(text: str) -> str:
    """No-break spaces where a line must not break: inside a phone number, between a number and its
    unit, before a spaced dash."""
    text = _PHONE.sub(lambda m: m.group(0).replace(" ", NBSP), text)
    text = _NUMBER_UNIT.sub(lambda m: m.group(1) + NBSP + m.group(2), text)
    text = _HOUR_MINUTES.sub(lambda m: m.group(1) + NBSP, text)
    text = _UNIT_NUMBER.sub(lambda m: m.group(1) + NBSP, text)
    return _SPACED_DASH.sub(lambda m: NBSP + m.group(1) + " ", text)


def curly_apostrophes(text: str) -> str:
    """'l'action' -> 'l’action': only an apostrophe between two letters (not quotes, not code)."""
    return _WORD_APOSTROPHE.sub(APOSTROPHE, text)


def typeset(text: str | None, apostrophe: ApostropheStyle = ApostropheStyle.STRAIGHT, *, typed: bool = True) -> str:
    """Text as the documents print it: French spacing, the no-break glue, and the apostrophe the
    bureau chose (``typed`` says whether the text was typed by a person or is the desk's own wording)."""
    text = glue(french_spacing(text))
    if apostrophe is ApostropheStyle.EVERYWHERE or (apostrophe is ApostropheStyle.WORDING and not typed):
        text = curly_apostrophes(text)
    return text
