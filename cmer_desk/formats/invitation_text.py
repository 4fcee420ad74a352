"""The invitation as plain text, for the body of an e-mail."""

from __future__ import annotations

from cmer_desk.domain.body import BodyBullets, BodyParagraph
from cmer_desk.domain.documents import InvitationData
from cmer_desk.domain.typography import french_spacing


def render_invitation_text(data: InvitationData) -> str:
    """The same facts, in the same order, as the printed invitation."""
    blocks: list[str] = [data.issue_line, data.kicker, data.title]
    for block in data.body:
        if isinstance(block, BodyParagraph):
            blocks.append(block.text)
        elif isinstance(block, BodyBullets):
            blocks.append("\n".join(f"- {item}" for item in block.items))
    blocks.append(data.officials_paragraph)
    blocks.append("\n".join(data.when_where))
    if data.programme:
        blocks.append("\n".join(f"{line.time} – {line.label}" for line in data.programme))
    blocks += [data.press_moment, data.accreditation_paragraph, data.bureau_name]
    for officer in data.press_officers:
        phones = " / ".join(p for p in (officer.landline, officer.mobile) if p)
        blocks.append(" – ".join(p for p in (officer.name, phones, officer.email) if p))
    blocks += [data.shared_email, data.website, *data.social_handles]
    return "\n\n".join(french_spacing(b) for b in blocks if b) + "\n"
