"""An e-mail draft (.eml) that the user's mail program opens, ready to send later, offline."""

from __future__ import annotations

from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP

from cmer_desk.domain.documents import EmailDraftData


def render_email_draft(data: EmailDraftData) -> bytes:
    """The draft with every recipient in Bcc (so that no journalist sees the others) and the attachments.

    ``X-Unsent: 1`` makes Outlook open it as a message to send rather than a received one; Thunderbird
    opens it as a received message, which "Modifier comme nouveau message" turns into a draft. The
    bureau's name is the sender's display name.
    """
    message = EmailMessage(policy=SMTP)
    message["Subject"] = data.subject
    if data.sender:
        user, _, domain = data.sender.rpartition("@")
        message["From"] = Address(display_name=data.sender_name, username=user, domain=domain)
        message["To"] = Address(display_name=data.sender_name, username=user, domain=domain)
    if data.bcc:
        message["Bcc"] = ", ".join(data.bcc)
    message["X-Unsent"] = "1"
    message.set_content(data.body, charset="utf-8")
    for attachment in data.attachments:
        maintype, _, subtype = attachment.mime_type.partition("/")
        message.add_attachment(attachment.content, maintype=maintype, subtype=subtype, filename=attachment.filename)
    return message.as_bytes()
