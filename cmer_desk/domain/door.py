"""At the door: the accreditation number a person types and the code a badge's QR code carries.

The number is short and per event (1, 2, 3... in the order the requests came), so that the steward
types two or three digits. The code is a random token drawn with ``secrets``: it cannot be guessed from
the number, from another badge or from the order of the requests.

A USB scanner is a keyboard: it types what it reads then Enter, through the workstation's keyboard
layout. The code is therefore made of capital letters only, from those that sit on the same key in
AZERTY, QWERTY and QWERTZ (no A, Q, Z, W, M, Y: a scanner set for another layout would swap them) and
that a person cannot misread (no I, O). Digits are left out too: on an AZERTY keyboard a scanner set
for QWERTY types ``&é"'(`` for ``12345``. 18 letters, 12 of them: about 50 bits, read case-blind.
"""

from __future__ import annotations

import re
import secrets

CODE_ALPHABET = "BCDEFGHJKLNPRSTUVX"
CODE_LENGTH = 12

_CODE = re.compile(f"[{CODE_ALPHABET}]{{{CODE_LENGTH}}}")
_NUMBER = re.compile(r"(?:n\s*[°o]\.?|no\.?|#)?\s*0*(\d{1,7})", re.IGNORECASE)


def new_code() -> str:
    """A fresh random code: 'KXBRTDNCLPGE'."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise(text: str) -> str:
    """What was typed or scanned, without spaces, hyphens or case: ' kxbr-tdnc lpge ' -> 'KXBRTDNCLPGE'."""
    return re.sub(r"[\s\-_.]+", "", text).upper()


def as_code(text: str) -> str | None:
    """The code in what was typed or scanned, or None when it cannot be one."""
    folded = normalise(text)
    return folded if _CODE.fullmatch(folded) else None


def as_number(text: str) -> int | None:
    """The accreditation number in what was typed: '12', 'n° 12', 'N°12', 'no 12', '#12'; else None."""
    found = _NUMBER.fullmatch(text.strip())
    return int(found.group(1)) if found else None
