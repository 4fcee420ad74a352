"""The invitation as plain text, for the body of an e-mail."""

from __future__ import annotations

from cmer_desk.domain.body import BodyBullets, BodyParagraph
from cmer_desk.domain.documents import InvitationData
from cmer_desk.domain.wording import officer_line, programme_line


def render_invitation_text(data: InvitationData) -> str:
    """The same facts, in the same order and the same words, as the printed invitation."""
    blocks: list[str] = [data.issue_line, data.kicker, data.title]
    for block in data.body:
        if isinstance(block, BodyParagraph):
            blocks.append(block.text)
        elif isinstance(block, BodyBullets):
            blocks.append("\n".join(f"- {item}" for item in block.items))
    blocks.append(data.officials_paragraph)
    blocks.append("\n".join(data.when_where))
    if data.programme:
        blocks.append("\n".join(programme_line(line) for line in data.programme))
    blocks += [data.press_moment, data.accreditation_paragraph]
    if data.contact_heading and (data.press_officers or data.shared_email):
        blocks.append(data.contact_heading)
    blocks.append(data.bureau_name)
    blocks += [officer_line(officer) for officer in data.press_officers]
    blocks += [data.shared_email, data.website, *(a.label for a in data.social_accounts)]
    return "\n\n".join(b for b in blocks if b) + "\n"
