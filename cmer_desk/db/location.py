"""Where the database is: the location from the command line, the environment or the default file.

Light on purpose (no SQLAlchemy): the window reads its first event list before the database layer is
imported (cmer_desk.db.first_read), from the same file the engine will open."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from cmer_desk.user_files import data_dir

ENV_DATABASE = "CMER_DESK_DATABASE"


class NetworkDriveError(Exception):
    """A SQLite file on a network drive: refused, with a French message pointing to PostgreSQL."""

    def __init__(self, location: str):
        self.location = location
        super().__init__(
            f"la base « {location} » est sur un lecteur réseau ; SQLite ne garantit pas l'intégrité d'un "
            "fichier partagé par le réseau (verrous peu fiables, risque de corruption). Pour travailler à "
            "plusieurs postes, utilisez le mode partagé PostgreSQL (--database postgresql+psycopg://...), "
            "ou placez le fichier sur un disque local."
        )


DRIVE_REMOTE = 4  # GetDriveTypeW


def _is_unc(value: str) -> bool:
    if value.startswith(("\\\\?\\", "//?/")):  # extended-length path: UNC only with the UNC prefix
        return value[4:].upper().startswith("UNC")
    return value.startswith("\\\\") or (value.startswith("//") and not value.startswith("///"))


def _windows_drive_is_remote(path: Path) -> bool:  # pragma: no cover - Windows only
    import ctypes

    if not path.drive or sys.platform != "win32":  # (the platform test also tells mypy where windll exists)
        return False
    return ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(path.drive + "\\")) == DRIVE_REMOTE


def refuse_network_path(
    value: str | Path, *, platform: str | None = None, drive_is_remote: Callable[[Path], bool] | None = None
) -> None:
    """Raise NetworkDriveError for a UNC path (\\\\serveur\\partage, //serveur/partage) or, on Windows,
    a drive letter that Windows reports as a network drive (GetDriveTypeW: DRIVE_REMOTE)."""
    text = str(value)
    if _is_unc(text):
        raise NetworkDriveError(text)
    if (platform or sys.platform) == "win32":
        is_remote = drive_is_remote or _windows_drive_is_remote
        if is_remote(Path(text).absolute()):
            raise NetworkDriveError(text)


def default_database_path() -> Path:
    return data_dir() / "cmer-desk.db"


def _location(value: str | None) -> str:
    return value or os.environ.get(ENV_DATABASE) or ""


def database_file(value: str | None = None) -> Path | None:
    """The SQLite file a location names (argument, then $CMER_DESK_DATABASE, then the default file), or
    None when it is a URL (PostgreSQL). Raises NetworkDriveError for a file on a network drive."""
    location = _location(value)
    if not location:
        return default_database_path()
    if "://" in location:
        return None
    refuse_network_path(location)
    return Path(location).expanduser().resolve()


def resolve_database_url(value: str | None = None) -> str:
    """A file path or a SQLAlchemy URL, from the argument, then $CMER_DESK_DATABASE, then the default file."""
    path = database_file(value)
    return _location(value) if path is None else f"sqlite:///{path}"
