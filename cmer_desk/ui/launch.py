"""Start the desk window: QApplication, translations, the database, the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger(__name__)

ORGANISATION, APPLICATION = "cmer-desk", "cmer-desk"
I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """French is the source language; another language loads our .qm and Qt's own."""
    QLocale.setDefault(QLocale(language if language != "fr" else "fr_FR"))
    installed = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{language}", qt_dir)]
    if language != "fr":
        candidates.append((f"cmer_desk_{language}", str(I18N_DIR)))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.info("no translation %s in %s", name, folder)
    return installed


def launch(database: str | None) -> int:
    from cmer_desk.app import AppContext
    from cmer_desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    settings = QSettings()
    install_translations(app, str(settings.value("interface/language", "fr")))
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
