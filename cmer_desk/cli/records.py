"""Command-line listings of the records: events, contacts, organisations; the example data."""

from __future__ import annotations

import json
import sys

from cmer_desk.cli.status import EXIT_OK


def register(command) -> None:
    command("example", "charge l'exemple de l'invitation de Tarascon (idempotent) et affiche son numéro", cmd_example)
    p = command("events", "liste les événements", cmd_events)
    p.add_argument("--json", action="store_true", help="tableau JSON de tous les champs")
    p = command("contacts", "liste les contacts", cmd_contacts)
    p.add_argument("--json", action="store_true", help="tableau JSON de tous les champs")
    p.add_argument("--search", metavar="TEXTE", help="filtre sans tenir compte des accents ni de la casse")
    p = command("organisations", "liste les médias et organismes", cmd_organisations)
    p.add_argument("--json", action="store_true", help="tableau JSON de tous les champs")


def _print_json(records: list[dict]) -> None:
    json.dump(records, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def cmd_example(app, _args) -> int:
    print(app.example.load())
    return EXIT_OK


def cmd_events(app, args) -> int:
    if args.json:
        _print_json(app.events.records())
    else:
        for row in app.events.rows():
            print(f"{row.id}\t{row.starts_at:%Y-%m-%d %H:%M}\t{row.status}\t{row.title}")
    return EXIT_OK


def cmd_contacts(app, args) -> int:
    if args.json:
        _print_json(app.contacts.records(args.search))
    else:
        for row in app.contacts.rows(args.search):
            print("\t".join(str(v) for v in (row.id, row.name, row.organisation, row.email, row.phone)))
    return EXIT_OK


def cmd_organisations(app, args) -> int:
    if args.json:
        _print_json(app.organisations.records())
    else:
        for row in app.organisations.rows():
            print("\t".join(str(v) for v in (row.id, row.name, row.kind, row.city)))
    return EXIT_OK
