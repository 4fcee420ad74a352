"""The command line: one parser, the commands registered by their group modules, one way to report errors.

``cmer-desk`` with no subcommand opens the desk window."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable, Sequence

from cmer_desk.cli import accreditations, contacts, data_care, documents, profile, records
from cmer_desk.cli.status import EXIT_BAD_INPUT, EXIT_USAGE
from cmer_desk.cli.version import add_version_option
from cmer_desk.domain.errors import ConflictError, NotFoundError, ValidationError
from cmer_desk.formats.errors import FileFormatError
from cmer_desk.services.files import FileWriteError

log = logging.getLogger(__name__)
EXIT_INTERRUPTED = 130


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
    accreditations.register(command)
    data_care.register(command)
    profile.register(command)
    return parser


def say(text: str) -> None:
    """One line on stderr, for the person at the terminal."""
    print(f"cmer-desk : {text}", file=sys.stderr, flush=True)


class WaitReport:
    """What the command line says while a write waits for another one (cmer_desk.db.sqlite_guard)."""

    EVERY_S = 15.0

    def __init__(self) -> None:
        self.next_at = 0.0

    def waiting(self, seconds: float) -> None:
        now = time.monotonic()
        if self.next_at == 0.0:
            say("une autre écriture est en cours sur la base (import, autre poste) : attente de sa fin…")
            self.next_at = now + self.EVERY_S
        elif now >= self.next_at:
            say(f"toujours en attente de l'autre écriture ({round(seconds)} s)…")
            self.next_at = now + self.EVERY_S

    def done_waiting(self) -> None:
        if self.next_at:
            say("l'autre écriture est terminée ; la commande continue.")
        self.next_at = 0.0


def _listen(app) -> None:
    report = WaitReport()
    app.listen(waiting=report.waiting, done_waiting=report.done_waiting,
               reopened=lambda message: say(f"avertissement : {message}"))


def run(argv: Sequence[str] | None = None) -> int:
    """Parse and run a command; returns the exit status. No command opens the desk window."""
    args = build_parser().parse_args(argv)
    from cmer_desk.user_files import configure_logging

    configure_logging(args.verbose)
    if args.command is None:
        from cmer_desk.ui.launch import launch

        return launch(args.database)
    try:
        return _run_command(args)
    except KeyboardInterrupt:
        say("interrompu ; ce qui n'était pas terminé n'a pas été enregistré.")
        return EXIT_INTERRUPTED


def _run_command(args) -> int:
    from cmer_desk.app import AppContext
    from cmer_desk.services.failures import describe, log_failure

    try:
        app = AppContext.open(args.database)
    except Exception as exc:  # noqa: BLE001 - any failure to open is reported in one line
        log_failure(exc, "opening the database")
        say(f"impossible d'ouvrir la base de données : {describe(exc)}")
        return EXIT_BAD_INPUT
    for warning in app.warnings:
        say(f"avertissement : {warning}")
    _listen(app)
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
    except Exception as exc:  # noqa: BLE001 - no traceback reaches a person: the reason here, the detail in the log
        log_failure(exc, f"command {args.command}")
        reason = describe(exc)
        if app.health.read_only and "lecture seule" in reason:  # say why it is read-only (full disk...)
            reason = f"{app.health.message.rstrip('.')} ; rien n'a été enregistré"
        say(f"{reason}.")
        return EXIT_BAD_INPUT
    finally:
        app.close()
