"""The scriptable commands. ``cmer-desk`` with no subcommand opens the desk window."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from cmer_desk.domain.errors import ConflictError, NotFoundError, ValidationError

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2


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

    p = command("backup", "sauvegarde la base SQLite (dans le dossier des sauvegardes, ou dans FICHIER)", cmd_backup)
    p.add_argument("-o", "--output", metavar="FICHIER", help="fichier de sauvegarde à écrire (non soumis à la rotation)")
    p = command(
        "restore",
        "restaure une sauvegarde après l'avoir vérifiée ; la base actuelle est d'abord copiée dans le dossier des sauvegardes",
        cmd_restore,
    )
    p.add_argument("file", metavar="FICHIER", help="la sauvegarde à restaurer")
    p.set_defaults(works_when_damaged=True)
    p = command(
        "check",
        "vérifie l'intégrité de la base et la cohérence des données ; code de sortie 1 en cas de problème",
        cmd_check,
    )
    p.set_defaults(works_when_damaged=True)

    p = command(
        "subject-access",
        "écrit dans FICHIER tout ce que la base contient sur un contact (droit d'accès RGPD)",
        cmd_subject_access,
    )
    p.add_argument("contact_id", metavar="NUMERO_CONTACT", type=_record_id, help="numéro du contact")
    p.add_argument("-o", "--output", metavar="FICHIER", required=True, help="fichier JSON à écrire")
    p = command(
        "anonymise",
        "efface les données personnelles d'un contact en gardant ses accréditations pour les statistiques",
        cmd_anonymise,
    )
    p.add_argument("contact_id", metavar="NUMERO_CONTACT", type=_record_id, help="numéro du contact")
    return parser


def _record_id(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"« {value} » n'est pas un numéro d'enregistrement")
    return int(value)


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


def cmd_backup(app, args) -> int:
    target = None
    if args.output:
        target = Path(args.output).expanduser()
        if not target.parent.is_dir():
            print(f"cmer-desk : le dossier « {target.parent} » n'existe pas.", file=sys.stderr)
            return EXIT_BAD_INPUT
    print(app.backups.take_backup("manuelle", target))
    return EXIT_OK


def cmd_restore(app, args) -> int:
    kept = app.restore(Path(args.file))
    print(f"Sauvegarde « {args.file} » restaurée.")
    if kept is not None:
        print(f"La base précédente est conservée dans « {kept} ».")
    return EXIT_OK


def cmd_check(app, _args) -> int:
    from cmer_desk.services.integrity import check_database, verdict

    problems = check_database(app.engine)
    for problem in problems:
        print(f"- {problem.message}")
    print(verdict(problems))
    return EXIT_BAD_INPUT if problems else EXIT_OK


def cmd_subject_access(app, args) -> int:
    from cmer_desk.services.files import write_atomic

    document = app.personal_data.subject_access_text(args.contact_id)
    # Personal data: readable by its owner only, like the database.
    print(write_atomic(Path(args.output), document.encode("utf-8"), mode=0o600))
    return EXIT_OK


def cmd_anonymise(app, args) -> int:
    app.personal_data.anonymise(args.contact_id)
    print(f"Contact n° {args.contact_id} anonymisé ; ses accréditations sont conservées pour les statistiques.")
    return EXIT_OK


def run(argv: Sequence[str] | None = None) -> int:
    """Parse and run a command; returns the exit status. No command opens the desk window."""
    args = build_parser().parse_args(argv)
    from cmer_desk.app import AppContext, configure_logging

    configure_logging(args.verbose)
    if args.command is None:
        from cmer_desk.ui.launch import launch

        return launch(args.database)
    try:
        app = AppContext.open(args.database)
    except Exception as exc:  # noqa: BLE001 - any failure to open is reported in one line
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines() or [type(exc).__name__]
        print(f"cmer-desk : impossible d'ouvrir la base de données : {reason[0]}", file=sys.stderr)
        return EXIT_BAD_INPUT
    from cmer_desk.services.backups import BackupError
    from cmer_desk.services.files import FileWriteError

    if app.health.damaged and not getattr(args, "works_when_damaged", False):
        latest = app.latest_good_backup()
        hint = f" Dernière sauvegarde saine : « {latest} » (cmer-desk restore FICHIER)." if latest else ""
        print(f"cmer-desk : {app.health.message}{hint}", file=sys.stderr)
        app.close()
        return EXIT_BAD_INPUT
    try:
        return args.handler(app, args)
    except (ValidationError, NotFoundError, ConflictError, BackupError, FileWriteError) as exc:
        print(f"cmer-desk : {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    finally:
        app.close()
