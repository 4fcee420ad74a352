"""French typography: no-break spaces before high punctuation and inside guillemets."""

from __future__ import annotations

import re

NBSP = "\u00a0"  # before ':' and inside « »
NNBSP = "\u202f"  # narrow no-break space, before ; ! ?

_BEFORE_COLON = re.compile(r"[ \u00a0\u202f]+:(?=\s|$)")
_BEFORE_TIGHT = re.compile(r"[ \u00a0\u202f]*([;!?])(?=\s|$|[»)])")
_AFTER_OPEN_QUOTE = re.compile(r"«[ \u00a0\u202f]*")
_BEFORE_CLOSE_QUOTE = re.compile(r"[ \u00a0\u202f]*»")
# '04 90 91 51 29' or '+33 4 90 91 51 29' typed in a text must never break across lines.
_PHONE = re.compile(r"(?<![\w+])(?:\+\d{1,3} ?)?\d{1,2}(?: \d\d){4}(?!\w)")
_SPACED_DASH = re.compile(r" ([-\u2013\u2014]) ")


def french_spacing(text: str | None) -> str:
    """Apply French spacing rules to running text.

    A colon keeps its space only when one was typed (so 'http://' and '11:30' are untouched) and
    that space becomes no-break; ; ! ? get a narrow no-break space whether typed or not, unless they
    are glued inside a word or an address ('?' in a URL); guillemets get no-break spaces inside.
    """
    if not text:
        return ""
    text = _BEFORE_COLON.sub(NBSP + ":", text)

    def tight(match: re.Match[str]) -> str:
        start = match.start()
        if start > 0 and text[start - 1] in "!?;":
            return match.group(1)
        return NNBSP + match.group(1)

    text = _BEFORE_TIGHT.sub(tight, text)
    text = _AFTER_OPEN_QUOTE.sub("«" + NBSP, text)
    text = _BEFORE_CLOSE_QUOTE.sub(NBSP + "»", text)
    return text


def glue(text: str) -> str:
    """No-break spaces where a line must not break: inside a phone number, before a spaced dash."""
    text = _PHONE.sub(lambda m: m.group(0).replace(" ", NBSP), text)
    return _SPACED_DASH.sub(lambda m: NBSP + m.group(1) + " ", text)


def typeset(text: str | None) -> str:
    """Running text as the documents print it: French spacing, then the no-break glue."""
    return glue(french_spacing(text))
