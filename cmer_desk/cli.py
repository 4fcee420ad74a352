"""The scriptable commands. ``cmer-desk`` with no subcommand opens the desk window."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence

from cmer_desk.domain.errors import ConflictError, NotFoundError, ValidationError
from cmer_desk.interchange.errors import FileFormatError

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
    p = command("import-contacts", "importe des contacts d'un fichier CSV, XLSX ou vCard (tout ou rien)",
                cmd_import_contacts)  # fmt: skip
    p.add_argument("file", metavar="FICHIER", help="fichier .csv, .xlsx ou .vcf")
    p.add_argument("--dry-run", action="store_true", help="affiche ce qui serait fait sans rien enregistrer")
    p.add_argument("--on-duplicate", choices=["update", "skip", "create"], default="skip",
                   help="contact déjà connu (même courriel, ou même nom et même média) : le mettre à jour, "
                        "l'ignorer (par défaut) ou en créer un autre")  # fmt: skip
    p = command("import-accreditations", "importe des demandes d'accréditation (CSV ou XLSX) pour un événement",
                cmd_import_accreditations)  # fmt: skip
    p.add_argument("event_id", metavar="EVENEMENT", type=int, help="numéro de l'événement")
    p.add_argument("file", metavar="FICHIER", help="fichier .csv ou .xlsx")
    p.add_argument("--dry-run", action="store_true", help="affiche ce qui serait fait sans rien enregistrer")
    p = command("export-contacts", "exporte les contacts en CSV, XLSX, vCard, ou la liste des courriels (.txt)",
                cmd_export_contacts)  # fmt: skip
    p.add_argument("file", metavar="FICHIER", help="fichier .csv, .xlsx, .vcf, ou .txt pour la liste des courriels")
    p.add_argument("--tag", metavar="LISTE", help="seulement les contacts de cette liste de diffusion")
    p.add_argument("--emails", action="store_true", help="une adresse par ligne, pour le champ Cci")
    p = command("duplicates", "liste les doublons probables (même courriel, ou même nom et même média)",
                cmd_duplicates)  # fmt: skip
    p = command("merge-contacts", "fusionne un doublon dans le contact conservé (ses accréditations sont reprises)",
                cmd_merge_contacts)  # fmt: skip
    p.add_argument("keep", metavar="CONSERVE", type=int, help="numéro du contact conservé")
    p.add_argument("other", metavar="DOUBLON", type=int, help="numéro du contact fusionné puis supprimé")
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


def _print_report(report, dry_run: bool) -> None:
    for dup in report.duplicates[:50]:
        print(f"ligne {dup.line} : déjà connu (contact n° {dup.contact_id}, {dup.name})")
    if len(report.duplicates) > 50:
        print(f"… et {len(report.duplicates) - 50} autre(s) contact(s) déjà connu(s)")
    prefix = "Simulation, rien n'a été enregistré : " if dry_run else ""
    print(prefix + report.summary() + ".")


def cmd_import_contacts(app, args) -> int:
    report = app.contact_import.import_contacts(args.file, on_duplicate=args.on_duplicate, dry_run=args.dry_run)
    _print_report(report, args.dry_run)
    return EXIT_OK


def cmd_import_accreditations(app, args) -> int:
    report = app.accreditation_import.import_requests(args.event_id, args.file, dry_run=args.dry_run)
    _print_report(report, args.dry_run)
    return EXIT_OK


def cmd_export_contacts(app, args) -> int:
    count = app.contact_export.export(args.file, tag=args.tag, emails_only=args.emails)
    print(f"{count} contact(s) exporté(s) dans {args.file}.")
    return EXIT_OK


def cmd_duplicates(app, _args) -> int:
    for group in app.duplicates.find():
        print("\t".join([",".join(map(str, group.ids)), group.reason, " | ".join(group.names)]))
    return EXIT_OK


def cmd_merge_contacts(app, args) -> int:
    print(app.duplicates.merge(args.keep, args.other))
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
    try:
        return args.handler(app, args)
    except (ValidationError, NotFoundError, ConflictError, FileFormatError) as exc:
        print(f"cmer-desk : {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    finally:
        app.close()
