"""French typography: no-break spaces before high punctuation and inside guillemets."""

from __future__ import annotations

import re

NBSP = "\u00a0"  # before ':' and inside « »
NNBSP = "\u202f"  # narrow no-break space, before ; ! ?

_BEFORE_COLON = re.compile(r"[ \u00a0\u202f]+:(?=\s|$)")
_BEFORE_TIGHT = re.compile(r"[ \u00a0\u202f]*([;!?])(?=\s|$|[»)])")
_AFTER_OPEN_QUOTE = re.compile(r"«[ \u00a0\u202f]*")
_BEFORE_CLOSE_QUOTE = re.compile(r"[ \u00a0\u202f]*»")


def french_spacing(text: str | None) -> str:
    """Apply French spacing rules to running text.

    A colon keeps its space only when one was typed (so 'http://' and '11:30' are untouched) and
    that space becomes no-break; ; ! ? get a narrow no-break space whether typed or not, unless they
    are glued inside a word or an address ('?' in a URL); guillemets get no-break spaces inside.
    """
    if not text:
        return ""
    text = spaced = _BEFORE_COLON.sub(NBSP + ":", text)

    def tight(match: re.Match[str]) -> str:
        start = match.start()
        if start > 0 and spaced[start - 1] in "!?;":
            return match.group(1)
        return NNBSP + match.group(1)

    text = _BEFORE_TIGHT.sub(tight, text)
    text = _AFTER_OPEN_QUOTE.sub("«" + NBSP, text)
    text = _BEFORE_CLOSE_QUOTE.sub(NBSP + "»", text)
    return text
