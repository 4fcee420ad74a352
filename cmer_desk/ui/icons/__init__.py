"""The application icon: ``cmer-desk.svg`` (package data), drawn for the desk. The window renders it
through Qt's SVG icon engine; the bundle's PNG and ICO files are built from it (packaging/icons.py)."""

from __future__ import annotations

import logging
from importlib.resources import files
from pathlib import Path

from PySide6.QtGui import QIcon

log = logging.getLogger(__name__)

ICON_FILE = Path(str(files(__package__).joinpath("cmer-desk.svg")))


def application_icon() -> QIcon:
    """The desk's icon (null, and a warning in the log, when its file or Qt's SVG support is missing)."""
    icon = QIcon(str(ICON_FILE))
    if icon.isNull() or icon.pixmap(16, 16).isNull():
        log.warning("application icon not available: %s", ICON_FILE)
    return icon
