"""Why something failed, in one French sentence, for any exception; and its traceback in the log only,
without the personal data an exception message can carry.

The command line prints ``describe(exc)`` on one line; the window shows it in a message box. Both log
the traceback with ``log_failure`` (the log file of cmer_desk.user_files): the frames, the exception's
type, and its message with every quoted value blanked (SQLite repeats the text it could not decode,
a driver the values it refused).
"""

from __future__ import annotations

import errno
import logging
import re
import sqlite3
import traceback

from cmer_desk.domain.i18n import N_, _

log = logging.getLogger(__name__)

SQLITE_LIKE_LIMIT = 50_000  # SQLITE_MAX_LIKE_PATTERN_LENGTH, in bytes

_OS_REASONS = {
    errno.ENOSPC: N_("le disque est plein"),
    errno.EROFS: N_("le disque ou le dossier est en lecture seule"),
    errno.EACCES: N_("accès refusé (fichier ou dossier protégé en écriture)"),
    errno.EPERM: N_("opération non permise sur ce fichier"),
    errno.ENOENT: N_("fichier ou dossier introuvable"),
    errno.EIO: N_("erreur d'entrée-sortie du disque"),
    errno.EDQUOT: N_("le quota de disque est atteint"),
    errno.ENAMETOOLONG: N_("nom de fichier trop long"),
    errno.EISDIR: N_("c'est un dossier, pas un fichier"),
}


def os_reason(error: OSError) -> str:
    """'le disque est plein', 'accès refusé...' (French); the name of the file when the error gives it."""
    reason = _OS_REASONS.get(error.errno or -1) or (error.strerror or type(error).__name__)
    reason = _(reason)
    return f"« {error.filename} » : {reason}" if error.filename else reason


def _sqlite_code(error: BaseException) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _database_reason(error: BaseException) -> str | None:
    """The French reason for an error of SQLite or of the PostgreSQL driver, or None."""
    text = str(error)
    lowered = text.lower()
    code = _sqlite_code(error)
    decode = re.search(r"Could not decode to UTF-8 column '([^']*)'", text)
    if decode:
        return _("la base contient du texte qui n'est pas de l'UTF-8 valide (champ « {column} ») ; lancez "
                 "« cmer-desk check » pour trouver les fiches concernées, puis corrigez-les ou restaurez une "
                 "sauvegarde").format(column=decode[1])
    if "like or glob pattern too complex" in lowered:
        return _("la recherche est trop longue pour la base ({limit} octets au plus)").format(
            limit=f"{SQLITE_LIKE_LIMIT:,}".replace(",", "\u202f"))
    if code == 8 or "readonly" in lowered or "read-only" in lowered:
        return _("la base de données est en lecture seule (fichier, dossier ou disque protégé en écriture) : "
                 "rien n'a été enregistré")
    if code == 13 or "database or disk is full" in lowered or "no space left" in lowered \
            or getattr(error, "sqlite_errorname", "") == "SQLITE_IOERR_SHMSIZE":
        return _("le disque est plein : rien n'a été enregistré ; libérez de la place puis recommencez")
    if code in (5, 6) or "database is locked" in lowered:
        return _("la base de données est occupée par une autre écriture ; réessayez dans un instant")
    if code == 14 or "unable to open database" in lowered:
        return _("impossible d'ouvrir le fichier de la base (dossier absent, protégé en écriture ou disque plein)")
    if code == 10 or "disk i/o error" in lowered:
        return _("erreur d'entrée-sortie sur le disque de la base ; rien n'a été enregistré")
    if code in (11, 26) or "malformed" in lowered or "file is not a database" in lowered:
        return _("la base de données est endommagée ; lancez « cmer-desk check » et restaurez la dernière sauvegarde saine")
    # psycopg (PostgreSQL)
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return _("le serveur PostgreSQL refuse la connexion : mot de passe ou utilisateur incorrect")
    if "does not exist" in lowered and "database" in lowered:
        return _("la base PostgreSQL indiquée n'existe pas sur le serveur")
    if "connection refused" in lowered or "could not connect" in lowered or "timeout expired" in lowered \
            or "could not translate host name" in lowered or "connection failed" in lowered:
        return _("le serveur PostgreSQL ne répond pas (adresse, port ou réseau)")
    if "deadlock detected" in lowered:
        return _("deux écritures se bloquaient l'une l'autre ; la vôtre a été annulée, recommencez")
    if "lock timeout" in lowered or "canceling statement due to lock timeout" in lowered:
        return _("la base est occupée par une autre écriture depuis plusieurs minutes ; rien n'a été enregistré")
    if "server closed the connection" in lowered or "terminating connection" in lowered:
        return _("la connexion au serveur PostgreSQL a été coupée ; rien n'a été enregistré")
    return None


def describe(error: BaseException) -> str:
    """One French sentence (no final period) saying why ``error`` happened, for a person."""
    from cmer_desk.db.live_files import LiveDatabaseError
    from cmer_desk.db.sqlite_guard import LostDatabaseFilesError, WriteWaitError
    from cmer_desk.domain.errors import ValidationError

    if isinstance(error, ValidationError):
        return " ".join(e.message for e in error.errors).rstrip(".")
    if isinstance(error, LostDatabaseFilesError | WriteWaitError | LiveDatabaseError) or (
            type(error).__module__.startswith("cmer_desk.") and str(error)):
        return str(error).rstrip(".")  # the desk's own errors speak French already
    original = getattr(error, "orig", None) or error  # SQLAlchemy wraps the driver's error
    reason = _database_reason(original)
    if reason is None and original is not error:
        reason = _database_reason(error)
    if reason is not None:
        return reason
    if isinstance(original, OSError):
        return os_reason(original)
    if isinstance(original, MemoryError):
        return _("mémoire insuffisante pour cette opération")
    if isinstance(original, sqlite3.Error):
        return _("erreur de la base de données ({detail})").format(detail=redact(str(original)))
    return _("erreur inattendue ({name}) ; le détail est dans le journal").format(name=type(original).__name__)


_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|«[^»]*»")


def redact(text: str) -> str:
    """Every quoted value blanked: SQLite and the drivers quote the data they refused."""
    text = re.sub(r"with text '.*", "with text '…'", text, flags=re.DOTALL)
    return _QUOTED.sub("'…'", text)


def log_failure(error: BaseException, what: str) -> None:
    """The traceback (frames, type, redacted message) in the log, at ERROR."""
    frames = "".join(traceback.format_tb(error.__traceback__))
    chain: list[str] = []
    cause: BaseException | None = error
    while cause is not None and len(chain) < 5:
        chain.append(f"{type(cause).__module__}.{type(cause).__qualname__}: {redact(str(cause))}")
        cause = cause.__cause__ or cause.__context__
    log.error("%s failed:\n%s%s", what, frames, "\n  caused by ".join(chain))
