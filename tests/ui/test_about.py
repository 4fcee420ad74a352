"""The application icon on the window, and Aide › À propos de cmer-desk."""

from __future__ import annotations

import logging
import logging.handlers
import platform
from importlib import metadata

import pytest
import sqlalchemy
from PySide6.QtCore import QLocale, Qt, qVersion
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPlainTextEdit

from cmer_desk.ui import i18n


def test_the_window_carries_the_application_icon(make_window):
    window = make_window()
    image = window.windowIcon().pixmap(64, 64).toImage()
    assert not image.isNull() and image.width() == 64
    centre = QColor(image.pixel(32, 32))
    corner = QColor(image.pixelColor(0, 0))
    assert corner.alpha() == 0  # the rounded tile leaves the corners transparent
    assert centre.alpha() == 255
    # the tile is the State's blue
    edge = image.pixelColor(6, 40)
    assert edge.blue() > 120 and edge.red() < 80


def test_the_icon_is_drawn_from_its_svg_source():
    from cmer_desk.ui.icons import ICON_FILE, application_icon

    assert ICON_FILE.suffix == ".svg" and ICON_FILE.is_file()
    assert "<svg" in ICON_FILE.read_text(encoding="utf-8")
    assert not application_icon().isNull()


def _open_about(window, qtbot):
    [action] = [a for a in window.menuBar().actions() if a.text() == "Aid&e"]
    [about] = [a for a in action.menu().actions() if a.text() == "À &propos de cmer-desk…"]
    about.trigger()
    dialog = window.settings_actions.about_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    return dialog


def test_help_menu_is_the_last_and_opens_about(make_window, qtbot, app_ctx, tmp_path):
    from cmer_desk.user_files import configure_logging

    window = make_window()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[-1] == "Aid&e"
    root = logging.getLogger()
    saved, level = root.handlers[:], root.level
    root.handlers = [h for h in saved if not isinstance(h, logging.handlers.RotatingFileHandler)]
    log_path = configure_logging()
    try:
        dialog = _open_about(window, qtbot)
    finally:
        for handler in root.handlers:
            if handler not in saved:
                handler.close()
        root.handlers, root.level = saved, level
    version = metadata.version("cmer-desk")
    assert f"Version {version}" in dialog.version_label.text()
    assert "EUPL-1.2" in dialog.licence_label.text()
    assert dialog.paths["database"].text() == str(tmp_path / "t.db")
    assert dialog.paths["backups"].text() == str(tmp_path / "backups")
    assert dialog.paths["log"].text() == str(log_path)
    libraries = dialog.libraries.toPlainText().splitlines()
    assert libraries[:2] == [f"Python {platform.python_version()}", f"Qt {qVersion()}"]
    assert f"SQLAlchemy {sqlalchemy.__version__}" in libraries
    # every field can be read by a screen reader under its label
    for field in dialog.paths.values():
        assert field.isReadOnly() and field.accessibleName()
    dialog.close()


def test_copy_information_for_support(make_window, qtbot, tmp_path):
    window = make_window()
    dialog = _open_about(window, qtbot)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(f"cmer-desk {metadata.version('cmer-desk')}\n")
    assert f"Base de données : {tmp_path / 't.db'}" in copied
    assert f"SQLAlchemy {sqlalchemy.__version__}" in copied
    assert dialog.copy_button.text() == "Informations copiées"
    dialog.close()


def test_licence_text_is_shown_whole(make_window, qtbot):
    window = make_window()
    dialog = _open_about(window, qtbot)
    assert dialog.licence_button.isVisible()
    dialog.licence_button.click()
    shown = dialog.licence_dialog.findChild(QPlainTextEdit).toPlainText()
    assert shown.lstrip().startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    assert shown.rstrip().endswith("EUPL version.")
    dialog.licence_dialog.findChild(QDialogButtonBox).rejected.emit()
    assert not dialog.licence_dialog.isVisible()
    dialog.close()


def test_about_before_the_database_is_open(qtbot):
    from cmer_desk.ui.dialogs.about_dialog import AboutDialog

    dialog = AboutDialog(None)
    qtbot.addWidget(dialog)
    assert dialog.paths["database"].text() == "—"
    assert dialog.paths["data"].text()  # the user's data folder is known without a database


@pytest.mark.skipif(i18n.find_lrelease() is None, reason="pyside6-lrelease is not installed")
def test_about_speaks_english(make_window, qtbot, tmp_path):
    installed = i18n.install(QApplication.instance(), "en", cache_dir=tmp_path / "cache")
    try:
        window = make_window()
        assert [a.text() for a in window.menuBar().actions()][-1] == "&Help"
        window.settings_actions.about_action.trigger()
        dialog = window.settings_actions.about_dialog
        assert dialog.windowTitle() == "About cmer-desk"
        assert dialog.copy_button.text() == "Copy the information"
        assert dialog.licence_label.text() == "Licence: EUPL-1.2 (European Union Public Licence)"
        dialog.close()
    finally:
        i18n.uninstall(QApplication.instance(), installed)
        QLocale.setDefault(i18n.locale_for("fr"))
