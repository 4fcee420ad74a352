"""Command-line contacts in and out: CSV, Excel and vCard imports and exports, duplicates."""

from __future__ import annotations

from cmer_desk.cli.status import EXIT_OK


def register(command) -> None:
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
