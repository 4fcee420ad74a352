"""The body of an event: paragraphs separated by blank lines, bullet items on lines starting with '-'."""

from __future__ import annotations

from dataclasses import dataclass

BULLET_MARKERS = ("- ", "– ", "• ", "* ")


@dataclass(frozen=True)
class BodyParagraph:
    text: str


@dataclass(frozen=True)
class BodyBullets:
    items: tuple[str, ...]


BodyBlock = BodyParagraph | BodyBullets


def _bullet_text(line: str) -> str | None:
    stripped = line.lstrip()
    for marker in BULLET_MARKERS:
        if stripped.startswith(marker):
            return stripped[len(marker):].strip()
    return None


def parse_body(text: str | None) -> list[BodyBlock]:
    """Split the body into paragraphs and bullet lists.

    Consecutive non-bullet lines join into one paragraph; a blank line ends it; consecutive bullet
    lines make one list.
    """
    blocks: list[BodyBlock] = []
    paragraph: list[str] = []
    bullets: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(BodyParagraph(" ".join(paragraph)))
            paragraph.clear()
        if bullets:
            blocks.append(BodyBullets(tuple(bullets)))
            bullets.clear()

    for raw in (text or "").splitlines():
        line = raw.strip()
        if not line:
            flush()
            continue
        item = _bullet_text(raw)
        if item is not None:
            if paragraph:
                flush()
            bullets.append(item)
        else:
            if bullets:
                flush()
            paragraph.append(line)
    flush()
    return blocks
