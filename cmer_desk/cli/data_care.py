"""Command-line care of the data: backups, restore, checks, copy to another engine, personal data."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cmer_desk.cli.status import EXIT_BAD_INPUT, EXIT_OK


def register(command) -> None:
    p = command("copy-database", "copie toutes les fiches vers une base vide (SQLite ou PostgreSQL)", cmd_copy)
    p.add_argument("--to", required=True, dest="target", metavar="FICHIER|URL", help="base cible, vide")

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


def _record_id(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"« {value} » n'est pas un numéro d'enregistrement")
    return int(value)


def cmd_copy(app, args) -> int:
    from cmer_desk.db.engine import resolve_database_url
    from cmer_desk.services.database_copy import copy_database

    counts = copy_database(app.engine, resolve_database_url(args.target))
    for table, count in counts.items():
        print(f"{table}\t{count}")
    print(f"{sum(counts.values())} lignes copiées, comptes vérifiés.")
    return EXIT_OK


def cmd_backup(app, args) -> int:
    target = None
    if args.output:
        from cmer_desk.services.files import ensure_replaceable

        target = Path(args.output).expanduser()
        if not target.parent.is_dir():
            print(f"cmer-desk : le dossier « {target.parent} » n'existe pas.", file=sys.stderr)
            return EXIT_BAD_INPUT
        ensure_replaceable(target)
    print(app.backups.take_backup("manuelle", target))
    return EXIT_OK


def cmd_restore(app, args) -> int:
    kept = app.restore(Path(args.file))
    print(f"Sauvegarde « {args.file} » restaurée.")
    if kept is not None:
        print(f"La base précédente est conservée dans « {kept} ».")
    return EXIT_OK


def cmd_check(app, _args) -> int:
    from cmer_desk.services.integrity import Problem, check_database, verdict

    if app.health.damaged and app.backups.emptied_since_known():
        problems = [Problem("empty", app.health.message)]  # nothing else to check in an empty file
    else:
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


