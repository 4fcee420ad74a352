"""Command-line accreditations: the list of an event (for scripts and a second check-in desk) and the
check-in of one badge."""

from __future__ import annotations

import json
import sys

from cmer_desk.cli.status import EXIT_OK


def register(command) -> None:
    p = command("accreditations", "liste les accréditations d'un événement (numéro, statut, motif, arrivée)",
                cmd_accreditations)
    p.add_argument("event_id", type=int, metavar="EVENEMENT")
    p.add_argument("--json", action="store_true", help="tableau JSON de tous les champs")

    p = command("check-in", "enregistre l'arrivée d'un badge (code scanné) ou d'un numéro d'accréditation",
                cmd_check_in)
    p.add_argument("event_id", type=int, metavar="EVENEMENT")
    p.add_argument("badge", metavar="CODE|NUMERO")
    p.add_argument("--override", metavar="MOTIF", default="",
                   help="admet quand même une accréditation non confirmée (décision d'un responsable, notée au journal)")


def _record(row) -> dict:
    return {
        "id": row.id,
        "number": row.number,
        "code": row.code,
        "contact_id": row.contact_id,
        "name": row.name,
        "outlet": row.outlet,
        "role": row.role,
        "status": row.status_value.value,
        "status_label": row.status,
        "reason": row.decision_reason,
        "press_card": row.press_card,
        "arrived_at": row.arrived_at.isoformat() if row.arrived_at else None,
    }


def cmd_accreditations(app, args) -> int:
    app.events.get(args.event_id)  # an unknown event is one French line, exit 1
    rows = sorted(app.accreditations.rows(args.event_id), key=lambda r: r.number)
    if args.json:
        json.dump([_record(r) for r in rows], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    for r in rows:
        arrived = f"{r.arrived_at:%Y-%m-%d %H:%M}" if r.arrived_at else ""
        print("\t".join((str(r.number), r.code, r.name, r.outlet, r.role, r.status, r.decision_reason, arrived)))
    return EXIT_OK


def cmd_check_in(app, args) -> int:
    """Exit 0 when the person may come in (ticked now, or already in); 1 with the reason otherwise."""
    app.events.get(args.event_id)
    print(app.door.check_in_command(args.event_id, args.badge, args.override).message())
    return EXIT_OK
