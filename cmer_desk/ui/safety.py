"""Nothing lost: a backup on demand, and a damaged database opened read-only with a way back to the
latest good backup. The main window builds this; the work happens in the backup service."""

from __future__ import annotations

import logging

from PySide6.QtCore import QDate, QLocale, QObject, QTime
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
)

from cmer_desk.services.backups import BackupError
from cmer_desk.ui.dialogs.prompts import confirm

log = logging.getLogger(__name__)


class DamageBanner(QFrame):
    """A red band across the top of the window: what is wrong, in plain French, and the way out."""

    def __init__(self, message: str, parent=None):
        super().__init__(parent)
        self.setObjectName("damage_banner")
        self.setStyleSheet("#damage_banner { background: #fde7e9; border: 2px solid #c50f1f; }"
                           "#damage_banner QLabel { color: #7a0010; font-weight: bold; }")
        self.label = QLabel(message)
        self.label.setWordWrap(True)
        self.label.setAccessibleName(message)
        self.restore_button = QPushButton(self.tr("Restaurer la dernière sauvegarde saine…"))
        self.restore_button.setAccessibleName(self.restore_button.text())
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.restore_button)

    def set_message(self, message: str) -> None:
        self.label.setText(message)
        self.label.setAccessibleName(message)


class DataSafety(QObject):
    def __init__(self, app, window, file_menu, show_message, set_read_only):
        """``window``: the parent of its dialogs; ``show_message`` and ``set_read_only``: what it asks of it."""
        super().__init__(window)
        self.window = window
        self.app = app
        self.show_message, self.set_read_only = show_message, set_read_only
        self.backup_action = QAction(self.tr("Sauvegarder &maintenant"), window)
        self.backup_action.triggered.connect(lambda _=False: self.backup_now())
        file_menu.addAction(self.backup_action)
        self.banner: DamageBanner | None = None

    # --- backup on demand ---------------------------------------------------------------------------
    def backup_now(self):
        try:
            path = self.app.backups.take_backup("manuelle")
        except BackupError as error:
            QMessageBox.warning(self.window, self.tr("Sauvegarde impossible"), str(error))
            return None
        self.show_message(self.tr("Sauvegarde enregistrée : {0}").format(path.name))
        return path

    # --- damaged database -------------------------------------------------------------------------------
    def check_health(self) -> bool:
        """At start: a damaged database makes the window read-only under a red banner. True when sound."""
        health = self.app.health
        if not health.damaged:
            return True
        log.error("window opened read-only: %s", health.message)
        self.banner = DamageBanner(health.message)
        self.banner.restore_button.clicked.connect(self.restore_latest)
        self.backup_action.setEnabled(False)  # rotation must never push a good backup out for a bad one
        self.set_read_only(True)
        self.show_message(self.tr("Base de données endommagée : lecture seule"))
        return False

    def restore_latest(self) -> bool:
        window = self.window
        path = self.app.latest_good_backup()
        if path is None:
            QMessageBox.warning(window, self.tr("Aucune sauvegarde saine"),
                                self.tr("Aucune sauvegarde saine n'a été trouvée dans « {0} ». Adressez-vous au "
                                        "support informatique avant toute autre opération.")
                                .format(self.app.backups.folder))
            return False
        taken = next((b.taken_at for b in self.app.backups.list_backups() if b.path == path), None)
        if taken is not None:
            locale = QLocale()
            when = self.tr("{0} à {1}").format(
                locale.toString(QDate(taken.year, taken.month, taken.day), QLocale.FormatType.LongFormat),
                locale.toString(QTime(taken.hour, taken.minute), "HH:mm"))
        else:
            when = self.tr("date inconnue")
        question = self.tr("Remplacer la base de données actuelle par la sauvegarde « {0} » du {1} ?\n\n"
                           "Les modifications faites depuis cette sauvegarde seront perdues ; une copie de la base "
                           "actuelle est conservée.").format(path.name, when)
        if not confirm(window, self.tr("Restaurer la sauvegarde"), question):
            return False
        try:
            kept = self.app.restore(path)
        except BackupError as error:
            QMessageBox.warning(window, self.tr("Restauration impossible"), str(error))
            return False
        done = self.tr("La sauvegarde « {0} » a été restaurée. Fermez puis rouvrez cmer-desk pour reprendre le "
                       "travail. (Copie de l'ancienne base : {1})").format(path.name, kept)
        if self.banner is not None:
            self.banner.set_message(done)
            self.banner.restore_button.setEnabled(False)
        self.show_message(self.tr("Sauvegarde restaurée : fermez puis rouvrez cmer-desk"))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Sauvegarde restaurée"), done,
                          QMessageBox.StandardButton.Ok, window)
        box.exec()
        return True
