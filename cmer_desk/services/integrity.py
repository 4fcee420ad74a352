"""Integrity of the press file: SQLite's own checks and the application's consistency rules.

``quick_check`` runs at every start (fast); ``check_database`` runs on demand (``cmer-desk check``).
Messages are in the interface language (French in the command line, whose catalogue is French), for the
person at the desk or the support person reading the log.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import Engine, String, select, text
from sqlalchemy.exc import DBAPIError

from cmer_desk.db import migrate
from cmer_desk.domain.characters import code_point, first_forbidden
from cmer_desk.domain.i18n import N_, _, ngettext
from cmer_desk.domain.text import french_sort_key

log = logging.getLogger(__name__)

VERSIONED_TABLES = ("organisation", "contact", "event", "accreditation", "bureau_profile")
APP_TABLES = frozenset({"organisation", "contact", "tag", "event", "accreditation", "change_log", "alembic_version"})


@dataclass(frozen=True)
class Health:
    """The state of the database found at start: ``ok`` (perhaps ``read_only``), or damaged; French message."""

    ok: bool
    message: str = ""
    read_only: bool = False

    @property
    def damaged(self) -> bool:
        return not self.ok


HEALTHY = Health(True, N_("La base de données est en bon état."))


@dataclass(frozen=True)
class Problem:
    check: str  # short identifier: "integrity", "foreign_key", "accreditation_outlet"...
    message: str  # French


def _damaged(detail: str) -> Health:
    return Health(
        False,
        _("La base de données est endommagée ; les modifications sont bloquées pour ne rien aggraver. Restaurez la "
          "dernière sauvegarde saine. (Détail : {detail})").format(detail=detail),
    )


def read_only_health(location: str) -> Health:
    return Health(
        True,
        _("La base de données « {location} » est en lecture seule (fichier, dossier ou disque protégé en écriture) : "
          "vous pouvez la consulter, l'exporter et la vérifier, pas la modifier.").format(location=location),
        read_only=True,
    )


def disk_full_health(location: str) -> Health:
    return Health(
        True,
        _("Le disque de la base de données « {location} » est plein : elle est ouverte en lecture seule (consultation, "
          "export et vérification). Libérez de la place sur ce disque puis rouvrez cmer-desk pour la "
          "modifier.").format(location=location),
        read_only=True,
    )


def disk_is_full(error: BaseException, folder) -> bool:
    """SQLite could not open or grow its files because the disk is full."""
    import shutil

    original = getattr(error, "orig", None) or error
    if getattr(original, "sqlite_errorname", "") in ("SQLITE_FULL", "SQLITE_IOERR_SHMSIZE"):
        return True
    try:
        return "disk i/o" in str(original).lower() and shutil.disk_usage(folder).free < 1024 * 1024
    except OSError:
        return False


def empty_file_health(location: str, latest_backup: str | None) -> Health:
    """A 0-byte file where a database was known: damage (truncated), not a new database."""
    hint = (_("Restaurez la dernière sauvegarde (« {backup} »).").format(backup=latest_backup) if latest_backup
            else _("Restaurez une sauvegarde."))
    return Health(
        False,
        _("La base de données « {location} » est vide (0 octet) alors qu'elle contenait des données : le fichier a "
          "été tronqué ou écrasé. Les modifications sont bloquées pour ne rien aggraver. {hint}").format(
            location=location, hint=hint),
    )


_NOT_DAMAGE = ("unable to open", "readonly", "read-only", "disk is full", "locked", "disk i/o")


def quick_check(engine: Engine) -> Health:
    """PRAGMA quick_check on SQLite (a few milliseconds to a second); a connection test elsewhere.
    A file that cannot be opened or written is not damaged: that error is raised, not reported as damage."""
    if engine.dialect.name != "sqlite":
        with engine.connect() as connection:  # an unreachable server is an error to report, not damage
            connection.execute(text("SELECT 1"))
        return HEALTHY
    try:
        with engine.connect() as connection:
            rows = [r[0] for r in connection.exec_driver_sql("PRAGMA quick_check").fetchall()]
    except DBAPIError as exc:
        detail = str(exc.orig or exc).strip().splitlines()[0]
        if any(word in detail.lower() for word in _NOT_DAMAGE):
            raise
        log.error("quick check failed: %s", detail)
        return _damaged(detail)
    if rows != ["ok"]:
        log.error("quick check: %s", rows[:20])
        return _damaged("; ".join(rows[:3]))
    return HEALTHY


def _sqlite_checks(connection) -> list[Problem]:
    problems = []
    rows = [r[0] for r in connection.exec_driver_sql("PRAGMA integrity_check").fetchall()]
    if rows != ["ok"]:
        problems += [Problem("integrity", _("Contrôle d'intégrité SQLite : {detail}").format(detail=r))
                     for r in rows[:50]]
    for table, rowid, parent, _fk in connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()[:200]:
        problems.append(
            Problem("foreign_key", _("Table « {table} », ligne {row} : référence vers « {parent} » introuvable.").format(
                table=table, row=rowid, parent=parent))
        )
    return problems


_ORPHANS = [
    (
        "accreditation_outlet",
        "SELECT a.id, a.outlet_id FROM accreditation a WHERE a.outlet_id IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM organisation o WHERE o.id = a.outlet_id)",
        N_("Accréditation n° {0} : le média n° {1} n'existe pas."),
    ),
    (
        "accreditation_contact",
        "SELECT a.id, a.contact_id FROM accreditation a "
        "WHERE NOT EXISTS (SELECT 1 FROM contact c WHERE c.id = a.contact_id)",
        N_("Accréditation n° {0} : le contact n° {1} n'existe pas."),
    ),
    (
        "accreditation_event",
        "SELECT a.id, a.event_id FROM accreditation a "
        "WHERE NOT EXISTS (SELECT 1 FROM event e WHERE e.id = a.event_id)",
        N_("Accréditation n° {0} : l'événement n° {1} n'existe pas."),
    ),
    (
        "event_official",
        "SELECT eo.event_id, eo.contact_id FROM event_official eo "
        "WHERE NOT EXISTS (SELECT 1 FROM contact c WHERE c.id = eo.contact_id)",
        N_("Événement n° {0} : l'officiel (contact n° {1}) n'existe pas."),
    ),
    (
        "event_press_officer",
        "SELECT ep.event_id, ep.contact_id FROM event_press_officer ep "
        "WHERE NOT EXISTS (SELECT 1 FROM contact c WHERE c.id = ep.contact_id)",
        N_("Événement n° {0} : le chargé de communication (contact n° {1}) n'existe pas."),
    ),
    (
        "contact_organisation",
        "SELECT c.id, c.organisation_id FROM contact c WHERE c.organisation_id IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM organisation o WHERE o.id = c.organisation_id)",
        N_("Contact n° {0} : l'organisme n° {1} n'existe pas."),
    ),
]


def _application_checks(connection) -> list[Problem]:
    problems = []
    for check, sql, message in _ORPHANS:
        problems += [Problem(check, _(message).format(*row)) for row in connection.execute(text(sql)).fetchall()[:200]]
    for table in VERSIONED_TABLES:
        for (record_id,) in connection.execute(
            text(f"SELECT id FROM {table} WHERE version IS NULL OR version < 1")  # noqa: S608 - fixed names
        ).fetchall()[:200]:
            problems.append(Problem("version", _("Table « {table} », n° {number} : numéro de version invalide.").format(
                table=table, number=record_id)))
    for record_id, key, last, first in connection.execute(
        text("SELECT id, sort_key, last_name, first_name FROM contact")
    ):
        if key != french_sort_key(last, first):
            problems.append(Problem("sort_key", _("Contact n° {number} : clé de tri périmée.").format(number=record_id)))
    for record_id, key, name in connection.execute(text("SELECT id, sort_key, name FROM organisation")):
        if key != french_sort_key(name):
            problems.append(Problem("sort_key", _("Organisme n° {number} : clé de tri périmée.").format(number=record_id)))
    return problems


# The names of the records the text checks report (French, translated when reported).
_RECORDS = {"contact": N_("Contact"), "organisation": N_("Organisme"), "event": N_("Événement"),
            "accreditation": N_("Accréditation"), "tag": N_("Liste"), "change_log": N_("Journal des modifications"),
            "bureau_profile": N_("Profil du bureau"), "setting": N_("Réglage"),
            "event_official": N_("Officiel d'événement"),
            "event_press_officer": N_("Chargé de communication d'événement")}


def _record(table: str) -> str:
    """'Contact', 'Événement'... in the interface language; 'Table « name »' for a table without a name."""
    return _(_RECORDS[table]) if table in _RECORDS else _("Table « {table} »").format(table=table)


def _undecodable_text(connection) -> list[Problem]:
    """Every text value of every table read as bytes and decoded: SQLite's checks do not look at the
    encoding, and one bad value makes every listing that reads it fail."""
    problems: list[Problem] = []
    tables = [r[0] for r in connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    for table in tables:
        columns = [r[1] for r in connection.exec_driver_sql(f'PRAGMA table_info("{table}")')]
        if not columns:
            continue
        casts = ", ".join(f'CAST("{c}" AS BLOB), typeof("{c}")' for c in columns)
        rows = connection.exec_driver_sql(f'SELECT rowid, {casts} FROM "{table}"')  # noqa: S608 - names from the schema
        for row in rows:
            for index, column in enumerate(columns):
                value, kind = row[1 + 2 * index], row[2 + 2 * index]
                if kind != "text" or value is None:
                    continue
                try:
                    bytes(value).decode("utf-8")
                except UnicodeDecodeError as error:
                    problems.append(Problem(
                        "text_encoding",
                        _("{record} n° {number} : le champ « {column} » contient du texte qui n'est pas de l'UTF-8 "
                          "valide (octet 0x{byte} en position {position}).").format(
                            record=_record(table), number=row[0], column=column,
                            byte=f"{bytes(value)[error.start]:02x}", position=error.start + 1),
                    ))
                    if len(problems) >= 200:
                        return problems
    return problems


_COMPUTED = frozenset({"sort_key"})


def _forbidden_characters(connection) -> list[Problem]:
    """Control characters that an older version (or another tool) stored before every field refused them:
    the record and the field are named, so that someone can correct them in the form."""
    from cmer_desk.db.models import Base  # the check runs on demand; the start does not need the models

    problems: list[Problem] = []
    for table in sorted(Base.metadata.tables.values(), key=lambda t: t.name):
        keys = list(table.primary_key.columns)
        texts = [c for c in table.columns  # Text is a String too; the sort keys hold separators on purpose
                 if isinstance(c.type, String) and c.name not in _COMPUTED]
        if len(keys) != 1 or not texts:
            continue
        for row in connection.execute(select(keys[0], *texts).order_by(keys[0])):
            for column, value in zip(texts, row[1:], strict=True):
                found = first_forbidden(value) if value else None
                if found is None:
                    continue
                problems.append(Problem("control_character", _(
                    "{record} n° {number} : le champ « {column} » contient le caractère de contrôle {character}, "
                    "qu'aucun champ n'accepte plus ; corrigez ce champ dans la fiche.").format(
                    record=_record(table.name), number=row[0], column=column.name, character=code_point(found))))
                if len(problems) >= 200:
                    return problems
    return problems


def _all_checks(connection, dialect: str) -> list[Problem]:
    problems = _sqlite_checks(connection) if dialect == "sqlite" else []
    revision = migrate.recorded_revision(connection)
    head = migrate.head_revision()
    if revision != head:
        return problems + [Problem("schema", _("Schéma en révision « {revision} », la version actuelle attend « {head} ».")
                                  .format(revision=revision, head=head))]
    if any(p.check == "integrity" for p in problems):
        return problems  # application checks on a damaged file would only add noise
    if dialect == "sqlite":  # PostgreSQL refuses invalid UTF-8 on the way in
        text_problems = _undecodable_text(connection)
        if text_problems:  # the checks below read that text and would stop at the first bad value
            return problems + text_problems
    return problems + _forbidden_characters(connection) + _application_checks(connection)


def check_database(engine: Engine) -> list[Problem]:
    """Every check; an empty list means the database is sound."""
    try:
        with engine.connect() as connection:
            problems = _all_checks(connection, engine.dialect.name)
    except DBAPIError as exc:
        detail = str(exc.orig or exc).strip().splitlines()[0]
        return [Problem("integrity", _("La base de données est illisible : {detail}").format(detail=detail))]
    for problem in problems:
        log.warning("check: %s: %s", problem.check, problem.message)
    return problems


def verdict(problems: list[Problem]) -> str:
    if not problems:
        return _("Vérification terminée : la base de données est saine.")
    return ngettext("Vérification terminée : {n} problème trouvé.", "Vérification terminée : {n} problèmes trouvés.",
                    len(problems)).format(n=len(problems))
