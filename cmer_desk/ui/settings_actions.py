"""Fichier › Paramètres du bureau… (and the restart a new interface language asks for) and Aide › À propos
de cmer-desk. The main window only builds this, with what it needs: the services, the settings, where the
actions go, a way to show a message and to start the desk again."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from cmer_desk.ui.failure_report import guarded

if TYPE_CHECKING:  # the dialogs load when first opened
    from cmer_desk.ui.dialogs.about_dialog import AboutDialog


class SettingsActions(QObject):
    def __init__(self, app, dialog_parent: QWidget, settings: QSettings, file_menu: QMenu, before: QAction,
                 menu_bar: QMenuBar, show_message: Callable[[str], None], restart: Callable[[], None]):
        """The settings action goes into ``file_menu`` before ``before``; the help menu is added last to
        ``menu_bar``."""
        super().__init__(dialog_parent)
        self.app = app
        self.dialog_parent = dialog_parent
        self.settings = settings
        self.show_message = show_message
        self.restart = restart
        self.about_dialog: AboutDialog | None = None
        self.settings_action = self._action(self.tr("&Paramètres du bureau…"), self.open_settings)
        file_menu.insertAction(before, self.settings_action)
        help_menu = menu_bar.addMenu(self.tr("Aid&e"))
        self.about_action = self._action(self.tr("À &propos de cmer-desk…"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.about_action)

    def _action(self, text: str, slot) -> QAction:
        action = QAction(text, self.dialog_parent)
        action.triggered.connect(guarded(lambda _=False: slot(), self.dialog_parent, text.replace("&", "")))
        return action

    def open_settings(self) -> None:
        from cmer_desk.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.app.profile, self.settings, self.dialog_parent,
                                personal_data=self.app.personal_data, backup_folder=self.app.backups.folder)
        if dialog.exec():
            self.show_message(self.tr("Paramètres enregistrés"))
            if dialog.language_changed:
                self.offer_restart()

    def offer_restart(self) -> None:
        """The interface's language is chosen at start: offer to start again now (what is unsaved is asked
        about as on any close)."""
        from cmer_desk.ui.dialogs.prompts import confirm

        if confirm(self.dialog_parent, self.tr("Langue de l'interface"),
                   self.tr("La nouvelle langue s'applique au prochain démarrage de cmer-desk. Redémarrer maintenant ?")):
            self.restart()

    def show_about(self) -> None:
        from cmer_desk.ui.dialogs.about_dialog import AboutDialog

        self.about_dialog = AboutDialog(self.app, self.dialog_parent)
        self.about_dialog.open()
