"""The PostgreSQL password of a workstation: never in the settings file, in the system's keyring.

The settings keep the database location without its password. The password goes into the operating
system's keyring through ``keyring`` (Windows Credential Manager, macOS Keychain, the Secret Service of
GNOME or KDE). Where no such keyring exists (a bare Linux session), nothing is stored: the password goes
in the user's ``~/.pgpass`` (``%APPDATA%\\postgresql\\pgpass.conf`` on Windows), which the PostgreSQL
driver reads by itself. A keyring that would keep it in a plain file (``keyrings.alt``) is not used.
"""

from __future__ import annotations

import logging

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from cmer_desk.domain.i18n import N_, _

log = logging.getLogger(__name__)

KEYRING_SERVICE = "cmer-desk"
MIN_PRIORITY = 1  # keyring's plain-file and "fail" backends rank below 1; the systems' keyrings above


class PasswordStorageError(Exception):
    """The password could not be kept safely; the message, in the interface language (French in the command
    line), says what to do instead."""


NO_KEYRING = N_(
    "Aucun trousseau de mots de passe sécurisé n'est disponible sur ce poste : le mot de passe n'a pas été "
    "enregistré (il ne l'est jamais en clair dans les paramètres). Retirez-le de l'adresse et inscrivez-le "
    "dans le fichier ~/.pgpass (%APPDATA%\\postgresql\\pgpass.conf sous Windows), sous la forme "
    "serveur:port:base:utilisateur:motdepasse."
)


def _url(location: str) -> URL | None:
    """The SQLAlchemy URL of a PostgreSQL location, or None for a SQLite file or anything else."""
    if "://" not in location:
        return None
    try:
        url = make_url(location)
    except ArgumentError:
        return None
    return url if url.get_backend_name() == "postgresql" else None


def split_password(location: str) -> tuple[str, str | None]:
    """'postgresql+psycopg://desk:secret@serveur/presse' -> ('postgresql+psycopg://desk@serveur/presse',
    'secret'); any other location comes back as it is, with None."""
    url = _url(location)
    if url is None or url.password is None:
        return location, None
    bare = URL.create(url.drivername, username=url.username, host=url.host, port=url.port, database=url.database,
                      query=url.query)
    return bare.render_as_string(hide_password=False), str(url.password)


def _account(location: str) -> str:
    """The keyring entry of a location: 'desk@serveur:5432/presse'."""
    url = _url(location)
    assert url is not None
    return f"{url.username or ''}@{url.host or ''}:{url.port or 5432}/{url.database or ''}"


def secure_keyring():
    """The system keyring, or None when there is none (or only a plain-file one)."""
    import keyring

    backend = keyring.get_keyring()
    candidates = getattr(backend, "backends", None) or [backend]
    secure = [b for b in candidates if b.priority >= MIN_PRIORITY and not type(b).__module__.startswith("keyrings.alt")]
    return max(secure, key=lambda b: b.priority) if secure else None


def store_password(location: str, password: str) -> None:
    """Keep the password of a PostgreSQL location (given without it) in the system keyring; raises
    PasswordStorageError, with what to do instead, when there is no safe place for it."""
    if _url(location) is None:
        raise PasswordStorageError(_("Un mot de passe ne sert qu'à une base PostgreSQL (adresse "
                                       "postgresql+psycopg://…)."))
    backend = secure_keyring()
    if backend is None:
        raise PasswordStorageError(_(NO_KEYRING))
    try:
        backend.set_password(KEYRING_SERVICE, _account(location), password)
    except Exception as exc:  # noqa: BLE001 - keyring backends raise their own errors
        log.warning("keyring refused the password: %s", exc)
        raise PasswordStorageError(_("Le trousseau du système a refusé le mot de passe ({reason}). {advice}").format(
            reason=exc, advice=_(NO_KEYRING))) from exc


def with_stored_password(location: str) -> str:
    """The location with its password from the keyring, for this session only (never written back);
    unchanged when it is not PostgreSQL, already has a password, or the keyring has none (the driver
    then reads ~/.pgpass)."""
    url = _url(location)
    if url is None or url.password is not None:
        return location
    try:
        backend = secure_keyring()
        password = backend.get_password(KEYRING_SERVICE, _account(location)) if backend is not None else None
    except Exception as exc:  # noqa: BLE001 - a locked or broken keyring: fall back on ~/.pgpass
        log.warning("keyring not readable: %s", exc)
        return location
    if not password:
        return location
    return url.set(password=password).render_as_string(hide_password=False)
