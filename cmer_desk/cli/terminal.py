"""What the command line prints reaches a terminal: a control character in a stored name (ESC, BEL,
BS... saved by an older version, or read from a file name) must never drive it. Both output streams
write every control character but line breaks and tabs as its escape (``\\u001b``), which also keeps
``--json`` output valid JSON that decodes to the stored text."""

from __future__ import annotations

import sys
from typing import TextIO

from cmer_desk.domain.characters import visible


class SafeStream:
    """A text stream that escapes control characters on their way out."""

    def __init__(self, stream: TextIO):
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(visible(text))
        return len(text)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def protect_terminal() -> None:
    """Wrap sys.stdout and sys.stderr (once)."""
    if not isinstance(sys.stdout, SafeStream):
        sys.stdout = SafeStream(sys.stdout)  # type: ignore[assignment]
    if not isinstance(sys.stderr, SafeStream):
        sys.stderr = SafeStream(sys.stderr)  # type: ignore[assignment]
