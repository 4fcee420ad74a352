"""Command-line contacts in and out: CSV, Excel, vCard and LDIF imports, exports, duplicates."""

from __future__ import annotations

import sys

from cmer_desk.cli.status import EXIT_OK


def register(command) -> None:
    p = command("import-contacts", "importe des contacts d'un fichier CSV, XLSX, vCard ou LDIF (tout ou rien)",
                cmd_import_contacts)  # fmt: skip
    p.add_argument("file", metavar="FICHIER", help="fichier .csv, .xlsx, .vcf ou .ldif")
    p.add_argument("--dry-run", action="store_true", help="affiche ce qui serait fait sans rien enregistrer")
    _invalid_option(p)
    p.add_argument("--on-duplicate", choices=["update", "skip", "create"], default="skip",
                   help="contact déjà connu (même courriel, ou même nom et même média) : le mettre à jour, "
                        "l'ignorer (par défaut) ou en créer un autre")  # fmt: skip
    p = command("import-accreditations", "importe des demandes d'accréditation (CSV ou XLSX) pour un événement",
                cmd_import_accreditations)  # fmt: skip
    p.add_argument("event_id", metavar="EVENEMENT", type=int, help="numéro de l'événement")
    p.add_argument("file", metavar="FICHIER", help="fichier .csv ou .xlsx")
    p.add_argument("--dry-run", action="store_true", help="affiche ce qui serait fait sans rien enregistrer")
    _invalid_option(p)
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


def _invalid_option(parser) -> None:
    parser.add_argument("--skip-invalid", action="store_true",
                        help="importe les lignes valides et écrit les lignes refusées, avec leur motif, dans un "
                             "fichier CSV à côté du fichier importé (par défaut, une ligne refusée arrête tout)")  # fmt: skip


def _print_report(report, dry_run: bool) -> None:
    for note in report.notes:
        print(note, file=sys.stderr)
    for warning in report.warnings[:50]:
        print(f"avertissement : {warning}", file=sys.stderr)
    if report.warning_count > 50:
        print(f"… et {report.warning_count - 50} autre(s) avertissement(s)", file=sys.stderr)
    for refused in report.refused_rows[:50]:
        print(f"refusée : {refused}", file=sys.stderr)
    if report.refused > 50:
        print(f"… et {report.refused - 50} autre(s) ligne(s) refusée(s)", file=sys.stderr)
    if report.rejects_file is not None:
        print(f"Lignes refusées, avec leur motif : {report.rejects_file}", file=sys.stderr)
    for dup in report.duplicates[:50]:
        print(f"ligne {dup.line} : déjà connu (contact n° {dup.contact_id}, {dup.name})")
    if len(report.duplicates) > 50:
        print(f"… et {len(report.duplicates) - 50} autre(s) contact(s) déjà connu(s)")
    prefix = "Simulation, rien n'a été enregistré : " if dry_run else ""
    print(prefix + report.summary() + ".")


def cmd_import_contacts(app, args) -> int:
    report = app.contact_import.import_contacts(args.file, on_duplicate=args.on_duplicate, dry_run=args.dry_run,
                                                skip_invalid=args.skip_invalid)  # fmt: skip
    _print_report(report, args.dry_run)
    return EXIT_OK


def cmd_import_accreditations(app, args) -> int:
    report = app.accreditation_import.import_requests(args.event_id, args.file, dry_run=args.dry_run,
                                                      skip_invalid=args.skip_invalid)  # fmt: skip
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
