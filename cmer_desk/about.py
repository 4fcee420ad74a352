"""What the desk says about itself: its version and licence from the package metadata, the versions of the
libraries it runs on, and where its log is. ``cmer-desk --version`` and the *À propos* dialog read them
here; no Qt (the dialog adds Qt's own version)."""

from __future__ import annotations

import logging
import logging.handlers
import platform
from importlib import metadata
from pathlib import Path

DISTRIBUTION = "cmer-desk"

# (name shown, distribution): the libraries the desk is built on, in the order a support person reads them.
LIBRARIES = (
    ("PySide6", "PySide6-Essentials"),
    ("SQLAlchemy", "SQLAlchemy"),
    ("Alembic", "alembic"),
    ("ReportLab", "reportlab"),
    ("Babel", "Babel"),
    ("phonenumbers", "phonenumbers"),
    ("email-validator", "email-validator"),
    ("platformdirs", "platformdirs"),
    ("openpyxl", "openpyxl"),
    ("icalendar", "icalendar"),
    ("Pyphen", "pyphen"),
    ("fontTools", "fonttools"),
    ("Brotli", "brotli"),
    ("arabic-reshaper", "arabic-reshaper"),
    ("python-bidi", "python-bidi"),
    ("svglib", "svglib"),
    ("pypdfium2", "pypdfium2"),
    ("psycopg", "psycopg"),
)


def version() -> str:
    """The installed version (package metadata); the source's own when the package is not installed."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        from cmer_desk import __version__

        return __version__


def licence() -> str:
    """The licence the package declares (an SPDX expression: ``EUPL-1.2``)."""
    try:
        fields = metadata.metadata(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "EUPL-1.2"
    return fields.get("License-Expression") or fields.get("License") or "EUPL-1.2"


def licence_text() -> str | None:
    """The full text of the licence shipped with the package metadata (LICENSE), None when absent."""
    try:
        files = metadata.distribution(DISTRIBUTION).files or []
    except metadata.PackageNotFoundError:
        return None
    for file in files:
        if file.name == "LICENSE":
            try:
                return file.read_text(encoding="utf-8")
            except OSError:
                return None
    return None


def library_versions() -> list[tuple[str, str | None]]:
    """Python, then each library with its installed version (None when it is not installed, e.g. psycopg
    on a desk that never uses a PostgreSQL server)."""
    found: list[tuple[str, str | None]] = [("Python", platform.python_version())]
    for name, distribution in LIBRARIES:
        try:
            found.append((name, metadata.version(distribution)))
        except metadata.PackageNotFoundError:
            found.append((name, None))
    return found


def log_file() -> Path | None:
    """The log file this process writes (the rotating file handler set up at start), None when none is."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return Path(handler.baseFilename)
    return None


def version_text() -> str:
    """What ``cmer-desk --version`` prints: the version alone on the first line (for scripts), then the
    licence and the libraries (for a support person)."""
    libraries = " · ".join(f"{name} {found}" for name, found in library_versions() if found)
    return f"{DISTRIBUTION} {version()}\nLicence : {licence()}\n{libraries}\n"


def database_location(url: str) -> str:
    """The database as a person reads it: the SQLite file's path, or the server's URL without its password."""
    from sqlalchemy.engine import make_url

    from cmer_desk.db.engine import sqlite_path

    path = sqlite_path(url)
    if path is not None:
        return str(path)
    return make_url(url).render_as_string(hide_password=True)
