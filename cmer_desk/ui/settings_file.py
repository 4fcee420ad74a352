"""The workstation's settings file (QSettings): its owner's only, and never a password in it.

On Linux it is ``~/.config/cmer-desk/cmer-desk.conf``, on macOS a preferences file, on Windows the
registry (private to the user already). The file is created 0600 in a 0700 folder before Qt first
writes it; Qt rewrites it through QSaveFile, which keeps the mode of the file it replaces.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QSettings

from cmer_desk.user_files import APP_NAME, private_file, private_folder

log = logging.getLogger(__name__)

LOCATION_KEY = "database/location"
IN_KEYRING_KEY = "database/password_in_keyring"


def make_private(settings: QSettings) -> QSettings:
    """Make the settings file (and its folder, when it is the desk's own) its owner's only."""
    if os.name != "posix" or settings.format() not in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        return settings
    path = Path(settings.fileName())
    if path.parent.name == APP_NAME:
        private_folder(path.parent)
    elif not path.parent.is_dir():
        return settings
    private_file(path)
    return settings


def open_settings() -> QSettings:
    """The user's settings, private (the application's organisation and name must be set first)."""
    return make_private(QSettings())


def keep_password(location: str, password: str = "") -> tuple[str, bool]:
    """Take the password out of a location (typed apart, or inside the URL) and keep it in the system
    keyring; returns the location without it, and whether a password was stored. Raises
    PasswordStorageError, saying to use ~/.pgpass, when no keyring can take it."""
    from cmer_desk.services.credentials import split_password, store_password

    location, in_url = split_password(location.strip())
    password = password or in_url or ""
    if password:
        store_password(location, password)
    return location, bool(password)


def save_location(settings: QSettings, location: str, password: str = "") -> None:
    """Keep the database location in the settings, its password in the keyring (see keep_password);
    nothing is written when the password cannot be kept."""
    location, stored = keep_password(location, password)
    settings.setValue(LOCATION_KEY, location)
    if stored:
        settings.setValue(IN_KEYRING_KEY, True)


def password_in_keyring(settings: QSettings) -> bool:
    return settings.value(IN_KEYRING_KEY, False) in (True, "true")


def database_location(settings: QSettings) -> str | None:
    """The database to open: the saved location, with its password from the keyring for this session.

    A password an older version (or a hand edit) left in the settings is moved to the keyring, or, when
    there is none, taken out of the file all the same (used for this session only; ~/.pgpass is the
    lasting place then)."""
    location = str(settings.value(LOCATION_KEY, "") or "")
    if "://" not in location:  # a SQLite file, or the default one: nothing to import at start
        return location or None
    from cmer_desk.services.credentials import PasswordStorageError, split_password, with_stored_password

    bare, password = split_password(location)
    if password is not None:
        try:
            save_location(settings, bare, password)
            log.info("database password moved from the settings to the system keyring")
        except PasswordStorageError:
            settings.setValue(LOCATION_KEY, bare)
            log.warning("database password removed from the settings file: no keyring to keep it; use ~/.pgpass")
        settings.sync()
        return location
    if password_in_keyring(settings):
        return with_stored_password(location)
    return location
