"""ReportLab's platypus (paragraphs, flowables, the document template), imported by the documents through here.

Importing ``reportlab.platypus`` compiles, in its paragraph module, the pattern with which ReportLab
recognises a URI that it may split at a line end (``paragraph.uri_pat``): a case-insensitive pattern with
character ranges up to U+FFFF, which Python's ``re`` compiles by folding the case of every character of
them, about 35 ms, a third of ReportLab's import. An invitation uses it only for a word longer than what is
left of its line, and it can only match a word holding "://" (it starts with a scheme and "://").

So the import here hands ReportLab a ``DeferredUriPattern`` for that one pattern: ``match`` answers None at
once for a string without "://" (what the compiled pattern answers), and anything else goes to the pattern,
compiled on first need. ``re.compile`` is ReportLab's own again as soon as the import is done; every other
pattern is compiled as usual. When platypus was imported before this module, nothing changes.
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

# How ReportLab's URI pattern starts (reportlab/platypus/paragraph.py): a scheme then "://", from the start.
URI_PATTERN_START = "(^(?:[a-z0-9\\.\\-\\+]*)://)"


class DeferredUriPattern:
    """ReportLab's URI pattern, compiled the first time a string could match it."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self.compiled: re.Pattern[str] | None = None
        self._lock = threading.Lock()

    def _pattern(self) -> re.Pattern[str]:
        if self.compiled is None:
            with self._lock:
                if self.compiled is None:
                    self.compiled = _compile(self.pattern, self.flags)
        return self.compiled

    def match(self, string: Any, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        if isinstance(string, str) and not args and not kwargs and "://" not in string:
            return None  # the pattern starts with a scheme and "://"
        return self._pattern().match(string, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:  # search, fullmatch, groups...: the compiled pattern's
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self._pattern(), name)


_compile = re.compile


@contextmanager
def _uri_pattern_deferred() -> Iterator[None]:
    def compile_(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, str) and pattern.startswith(URI_PATTERN_START):
            return DeferredUriPattern(pattern, flags)
        return _compile(pattern, flags)

    re.compile = compile_
    try:
        yield
    finally:
        re.compile = _compile


if "reportlab.platypus" not in sys.modules:
    with _uri_pattern_deferred():
        import reportlab.platypus  # noqa: F401

from reportlab.platypus import (  # noqa: E402
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
)

__all__ = ["DeferredUriPattern", "Flowable", "HRFlowable", "KeepTogether", "Paragraph", "SimpleDocTemplate",
           "Spacer"]
