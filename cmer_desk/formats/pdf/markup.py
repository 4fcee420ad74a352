"""The only door through which user text enters ReportLab Paragraph markup."""

from __future__ import annotations


def escape(s: str) -> str:
    """``&``, ``<`` and ``>`` as entities, as ``xml.sax.saxutils.escape`` does (without importing the XML
    package and urllib with it)."""
    return s.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def para_text(s: str | None) -> str:
    """Escape ``&``, ``<`` and ``>`` so the text prints literally, then turn newlines into ``<br/>``.

    '<b>x', 'a<b', '<img src=...>', '<a href=...>' or '&eacute;' in a name print as typed.
    """
    if not s:
        return ""
    text = escape(s.replace("\r\n", "\n").replace("\r", "\n"))
    return text.replace("\n", "<br/>")
