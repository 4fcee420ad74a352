"""Which characters a text field may hold, the same rule on every engine.

PostgreSQL refuses NUL in text and SQLite stores it; ESC, BEL and BS stored in a name would drive a
terminal that prints it. So the rule is decided here, once, for every text field of every record:

- **Line breaks** (LF, CR, CR LF, VT, FF, NEL, U+2028, U+2029) and **tabs**: in a one-line field (a name,
  a title, a list name...), each run of them, with the spaces around it, becomes one space; in a
  multi-line field (a body, notes), every line break becomes LF and tabs stay.
- **Every other control character** (C0, DEL, C1: category Cc) and **lone surrogates** (text that is
  not valid Unicode) are refused, with a message naming the field and the character.

Everything else (accents, emoji, joiners, right-to-left text) is kept as typed.
"""

from __future__ import annotations

import re

LINE_BREAKS = "\n\r\x0b\x0c\x85\u2028\u2029"
_BREAK_RUN = re.compile(r"[ \t]*(?:[" + re.escape(LINE_BREAKS) + r"\t][ \t]*)+")
_NEWLINE = re.compile(r"\r\n|[" + re.escape(LINE_BREAKS.replace("\n", "")) + r"]")
# C0 but tab and line breaks, DEL, C1 but NEL, lone surrogates.
_FORBIDDEN = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff]")


def first_forbidden(text: str) -> str | None:
    """The first character no text field may hold, or None."""
    if text.isascii() and text.isprintable():
        return None
    match = _FORBIDDEN.search(text)
    return match.group() if match else None


def strip_forbidden(text: str) -> str:
    """The text without the characters no field may hold (for a search typed or pasted)."""
    return _FORBIDDEN.sub("", text)


def code_point(ch: str) -> str:
    """'U+001B' for ESC."""
    return f"U+{ord(ch):04X}"


def one_line(text: str) -> str:
    """A one-line field's text: each run of line breaks and tabs (with its spaces) becomes one space."""
    if text.isascii() and text.isprintable():
        return text
    return _BREAK_RUN.sub(" ", text)


def multi_line(text: str) -> str:
    """A multi-line field's text: CR LF, CR, VT, FF, NEL, U+2028 and U+2029 become LF."""
    if text.isascii() and text.isprintable():
        return text
    return _NEWLINE.sub("\n", text)


_VISIBLE = {code: f"\\u{code:04x}" for code in (*range(0x20), *range(0x7F, 0xA0)) if chr(code) not in "\n\t"}
_VISIBLE.update({code: f"\\u{code:04x}" for code in range(0xD800, 0xE000)})


def visible(text: str) -> str:
    """Text safe to show on a terminal or inside a one-line message: every control character (line
    breaks and tabs excepted) and lone surrogate is written as its escape, ``\\u001b``."""
    if text.isascii() and text.isprintable():
        return text
    return text.translate(_VISIBLE)


def visible_line(text: str) -> str:
    """Like visible(), line breaks and tabs escaped too: for a value quoted inside a one-line message."""
    return visible(text).replace("\n", "\\n").replace("\t", "\\t")
