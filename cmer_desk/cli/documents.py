"""Command-line documents: invitation, attendee list, badges, calendar entry, e-mail draft."""

from __future__ import annotations

import argparse
from pathlib import Path

from cmer_desk.cli.status import EXIT_OK
from cmer_desk.domain.enums import AccreditationStatus
from cmer_desk.domain.errors import FieldError, ValidationError
from cmer_desk.services.files import write_atomic

ATTENDEE_FORMATS = (".pdf", ".csv", ".xlsx")


def _statuses(text: str) -> tuple[AccreditationStatus, ...]:
    try:
        return tuple(AccreditationStatus.from_text(part.strip()) for part in text.split(",") if part.strip())
    except ValueError as exc:
        choices = ", ".join(s.value for s in AccreditationStatus)
        raise argparse.ArgumentTypeError(f"statut inconnu « {exc} » (choix : {choices})") from exc


def _ids(text: str) -> list[int]:
    try:
        return [int(part) for part in text.split(",") if part.strip()]
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"liste de numéros attendue, pas « {text} »") from exc


def _suffix(path: str, allowed: tuple[str, ...]) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in allowed:
        raise ValidationError(
            [FieldError("output", f"Le fichier « {path} » doit se terminer par {', '.join(allowed)}.")]
        )
    return suffix


def register(command) -> None:
    p = command("invitation", "écrit l'invitation presse d'un événement en PDF", cmd_invitation)
    p.add_argument("event_id", type=int, metavar="EVENEMENT")
    p.add_argument("-o", "--output", required=True, metavar="FICHIER.pdf")

    p = command("attendees", "écrit la liste d'émargement (PDF, CSV ou XLSX)", cmd_attendees)
    p.add_argument("event_id", type=int, metavar="EVENEMENT")
    p.add_argument("-o", "--output", required=True, metavar="FICHIER.pdf|.csv|.xlsx")
    p.add_argument("--sort", choices=("name", "outlet"), default="name", help="par nom (défaut) ou par média")
    p.add_argument("--status", type=_statuses, default=(AccreditationStatus.CONFIRMED,),
                   metavar="STATUTS", help="statuts retenus, séparés par des virgules (défaut : confirmed)")
    p.add_argument("--blank-rows", type=int, default=0, metavar="N",
                   help="lignes vierges pour les arrivées imprévues (200 au plus)")

    p = command("badges", "écrit les badges presse des accréditations confirmées", cmd_badges)
    p.add_argument("event_id", type=int, metavar="EVENEMENT")
    p.add_argument("-o", "--output", required=True, metavar="FICHIER.pdf")
    p.add_argument("--per-page", type=int, choices=(1, 4), default=4, help="badges par page A4 (défaut : 4)")
    chosen = p.add_mutually_exclusive_group()
    chosen.add_argument("--ids", type=_ids, metavar="N,N,...",
                        help="identifiants des accréditations choisies, confirmées (défaut : toutes les confirmées)")
    chosen.add_argument("--numbers", type=_ids, metavar="N,N,...",
                        help="numéros d'accréditation à l'événement, confirmées")

    p = command("ics", "écrit l'événement au format agenda (.ics)", cmd_ics)
    p.add_argument("event_id", type=int, metavar="EVENEMENT")
    p.add_argument("-o", "--output", required=True, metavar="FICHIER.ics")

    p = command("email-draft", "écrit un brouillon de courriel (.eml) avec l'invitation en pièce jointe", cmd_email)
    p.add_argument("event_id", type=int, metavar="EVENEMENT")
    p.add_argument("--list", required=True, dest="tag", metavar="LISTE", help="liste de diffusion (destinataires en Cci)")
    p.add_argument("-o", "--output", required=True, metavar="FICHIER.eml")


def _invitation_pdf(app, event_id: int) -> tuple[bytes, object]:
    from cmer_desk.formats.pdf.invitation import render_invitation

    data = app.documents.invitation(event_id)
    return render_invitation(data), data


def cmd_invitation(app, args) -> int:
    _suffix(args.output, (".pdf",))
    pdf, _ = _invitation_pdf(app, args.event_id)
    print(write_atomic(args.output, pdf))
    return EXIT_OK


def cmd_attendees(app, args) -> int:
    suffix = _suffix(args.output, ATTENDEE_FORMATS)
    data = app.documents.attendee_list(
        args.event_id, statuses=args.status, order=args.sort, blank_rows=args.blank_rows
    )
    if suffix == ".pdf":
        from cmer_desk.formats.pdf.attendees import render_attendee_list as render
    elif suffix == ".csv":
        from cmer_desk.formats.attendee_tables import render_attendee_csv as render
    else:
        from cmer_desk.formats.attendee_tables import render_attendee_xlsx as render
    print(write_atomic(args.output, render(data)))
    return EXIT_OK


def cmd_badges(app, args) -> int:
    from cmer_desk.formats.pdf.badges import render_badges

    _suffix(args.output, (".pdf",))
    data = app.documents.badges(args.event_id, accreditation_ids=args.ids, numbers=args.numbers, per_page=args.per_page)
    print(write_atomic(args.output, render_badges(data)))
    return EXIT_OK


def cmd_ics(app, args) -> int:
    from cmer_desk.formats.calendar import render_ics

    _suffix(args.output, (".ics",))
    print(write_atomic(args.output, render_ics(app.documents.calendar(args.event_id))))
    return EXIT_OK


def cmd_email(app, args) -> int:
    from cmer_desk.formats.email_draft import render_email_draft
    from cmer_desk.formats.invitation_text import render_invitation_text

    _suffix(args.output, (".eml",))
    pdf, data = _invitation_pdf(app, args.event_id)
    draft = app.documents.email_draft(args.event_id, args.tag, render_invitation_text(data), pdf)
    print(write_atomic(args.output, render_email_draft(draft)))
    return EXIT_OK
