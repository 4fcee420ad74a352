"""Where the desk keeps the user's files, and its log. Light on purpose: the window imports it before
the database layer, so that it can show itself at once."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "cmer-desk"


def data_dir() -> Path:
    """The user's data folder (created on first use)."""
    path = user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def configure_logging(verbose: bool = False) -> Path:
    """Log to a rotating file in the user's data folder (and to stderr when verbose)."""
    log_file = data_dir() / "cmer-desk.log"
    root = logging.getLogger()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        if verbose:
            root.addHandler(logging.StreamHandler())
        root.setLevel(logging.DEBUG if verbose else logging.INFO)
    return log_file
