"""Start the desk window: QApplication, translations, the database, the main window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from cmer_desk.ui import i18n

log = logging.getLogger(__name__)

ORGANISATION, APPLICATION = "cmer-desk", "cmer-desk"


def launch(database: str | None) -> int:
    from cmer_desk.app import AppContext
    from cmer_desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    settings = QSettings()
    i18n.install(app, str(settings.value("interface/language", "fr")))
    database = database or (str(settings.value("database/location", "")) or None)
    try:
        context = AppContext.open(database)
    except Exception as exc:  # noqa: BLE001 - any failure to open is shown, then we stop
        log.exception("cannot open the database")
        QMessageBox.critical(None, "cmer-desk", app.translate("Launch", "Impossible d'ouvrir la base de données :\n{0}")
                             .format(exc))
        return 1
    window = MainWindow(context, settings)
    window.show()
    try:
        return app.exec()
    finally:
        context.close()
