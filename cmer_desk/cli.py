"""The scriptable commands. ``cmer-desk`` with no subcommand opens the desk window."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence

from cmer_desk import cli_contacts, cli_data, cli_documents
from cmer_desk.cli_status import EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE
from cmer_desk.domain.errors import ConflictError, NotFoundError, ValidationError
from cmer_desk.interchange.errors import FileFormatError
from cmer_desk.services.files import FileWriteError


class FrenchArgumentParser(argparse.ArgumentParser):
    def error(self, message: str):  # noqa: D102 - argparse API
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog} : erreur : {message}\n")


def _database_option(parser: argparse.ArgumentParser, default=None) -> None:
    parser.add_argument(
        "--database",
        metavar="FICHIER|URL",
        default=default,
        help="fichier SQLite ou URL SQLAlchemy (par défaut : $CMER_DESK_DATABASE, puis le fichier de l'utilisateur)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = FrenchArgumentParser(
        prog="cmer-desk",
        description="Bureau de la communication : événements, contacts, accréditations, invitations presse.",
    )
    _database_option(parser)
    parser.add_argument("-v", "--verbose", action="store_true", help="journal détaillé sur la sortie d'erreur")
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE", parser_class=FrenchArgumentParser)

    def command(name: str, help_text: str, handler: Callable) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        _database_option(p, default=argparse.SUPPRESS)
        p.set_defaults(handler=handler)
        return p

    command("example", "charge l'exemple de l'invitation de Tarascon (idempotent) et affiche son numéro", cmd_example)
    p = command("events", "liste les événements", cmd_events)
    p.add_argument("--json", action="store_true", help="tableau JSON de tous les champs")
    p = command("contacts", "liste les contacts", cmd_contacts)
    p.add_argument("--json", action="store_true", help="tableau JSON de tous les champs")
    p.add_argument("--search", metavar="TEXTE", help="filtre sans tenir compte des accents ni de la casse")
    p = command("organisations", "liste les médias et organismes", cmd_organisations)
    p.add_argument("--json", action="store_true", help="tableau JSON de tous les champs")
    cli_contacts.register(command)
    cli_documents.register(command)
    cli_data.register(command)
    return parser


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


def run(argv: Sequence[str] | None = None) -> int:
    """Parse and run a command; returns the exit status. No command opens the desk window."""
    args = build_parser().parse_args(argv)
    from cmer_desk.user_files import configure_logging

    configure_logging(args.verbose)
    if args.command is None:
        from cmer_desk.ui.launch import launch

        return launch(args.database)
    from cmer_desk.app import AppContext

    try:
        app = AppContext.open(args.database)
    except Exception as exc:  # noqa: BLE001 - any failure to open is reported in one line
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines() or [type(exc).__name__]
        print(f"cmer-desk : impossible d'ouvrir la base de données : {reason[0]}", file=sys.stderr)
        return EXIT_BAD_INPUT
    from cmer_desk.services.backups import BackupError

    if app.health.damaged and not getattr(args, "works_when_damaged", False):
        latest = app.latest_good_backup()
        hint = f" Dernière sauvegarde saine : « {latest} » (cmer-desk restore FICHIER)." if latest else ""
        print(f"cmer-desk : {app.health.message}{hint}", file=sys.stderr)
        app.close()
        return EXIT_BAD_INPUT
    try:
        return args.handler(app, args)
    except ValidationError as exc:
        print(f"cmer-desk : {' '.join(e.message for e in exc.errors)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (NotFoundError, ConflictError, BackupError, FileWriteError, FileFormatError) as exc:
        print(f"cmer-desk : {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    finally:
        app.close()
