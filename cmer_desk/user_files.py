"""Where the desk keeps the user's files, and its log. Light on purpose: the window imports it before
the database layer, so that it can show itself at once.

Everything the desk keeps for the user holds personal data, so it is its owner's only: folders 0700,
files 0600, whatever the umask (on Windows the user's profile folders are already private to them)."""

from __future__ import annotations

import logging
import logging.handlers
import os
import shutil
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "cmer-desk"
PRIVATE_FILE, PRIVATE_FOLDER = 0o600, 0o700


def private_folder(path: Path) -> Path:
    """Create the folder (and its parents) if needed, and make it its owner's only."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    if os.name == "posix" and path.stat().st_uid == os.getuid():
        os.chmod(path, PRIVATE_FOLDER)
    return path


def private_file(path: Path) -> Path:
    """Create the file empty if needed, and make it its owner's only."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE)
    os.close(fd)
    if os.name == "posix":
        os.chmod(path, PRIVATE_FILE)
    return path


def copy_private(source: Path, target: Path) -> Path:
    """Copy a file into a new file that is its owner's only from its first byte."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    with open(source, "rb") as src, os.fdopen(fd, "wb") as dst:
        shutil.copyfileobj(src, dst)
    if os.name == "posix":
        os.chmod(target, PRIVATE_FILE)
    return target


def data_dir() -> Path:
    """The user's data folder (created on first use), its owner's only."""
    return private_folder(user_data_path(APP_NAME, appauthor=False))


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose every file is created 0600 (rotated copies are renamed, so they stay so)."""

    def _open(self):
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE)
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)  # noqa: SIM115 - the handler closes it


def private_log_handler(log_file: Path, max_bytes: int = 1_000_000) -> logging.Handler:
    """The log file's handler: rotated at ``max_bytes``, three older copies kept, all 0600."""
    if log_file.exists():
        private_file(log_file)  # written by an older version with the umask's mode
    handler = _PrivateRotatingFileHandler(log_file, maxBytes=max_bytes, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    return handler


def configure_logging(verbose: bool = False) -> Path:
    """Log to a rotating file in the user's data folder (and to stderr when verbose)."""
    log_file = data_dir() / "cmer-desk.log"
    root = logging.getLogger()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        root.addHandler(private_log_handler(log_file))
        if verbose:
            root.addHandler(logging.StreamHandler())
        root.setLevel(logging.DEBUG if verbose else logging.INFO)
    return log_file
