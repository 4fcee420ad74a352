"""The command line: one parser, the commands registered by their group modules, one way to report errors.

``cmer-desk`` with no subcommand opens the desk window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from cmer_desk.cli import contacts, data_care, documents, profile, records
from cmer_desk.cli.status import EXIT_BAD_INPUT, EXIT_USAGE
from cmer_desk.cli.version import add_version_option
from cmer_desk.domain.errors import ConflictError, NotFoundError, ValidationError
from cmer_desk.formats.errors import FileFormatError
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
    add_version_option(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE", parser_class=FrenchArgumentParser)

    def command(name: str, help_text: str, handler: Callable) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        _database_option(p, default=argparse.SUPPRESS)
        p.set_defaults(handler=handler)
        return p

    records.register(command)
    contacts.register(command)
    documents.register(command)
    data_care.register(command)
    profile.register(command)
    return parser


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
