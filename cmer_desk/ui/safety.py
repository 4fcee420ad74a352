"""Nothing lost, in the window: backups on demand, restoring one (the latest good one from the red banner of
a damaged database, or any backup from the File menu), and the yellow band that says what the desk had to
do (read-only file, full disk, a start backup that failed, the database reopened, restored by another
desk) and what it is doing (waiting for another write). The main window builds this and offers it what it
needs (``Desk``); the work happens in the services (backups, restore) and in the database layer, heard
through AppContext.listen."""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QDate, QEventLoop, QLocale, QObject, Qt, QThread, QTime
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cmer_desk.services.backups import BackupError
from cmer_desk.ui import file_dialogs
from cmer_desk.ui.dialogs.prompts import confirm
from cmer_desk.ui.failure_report import guarded

log = logging.getLogger(__name__)


class Desk(Protocol):
    """What the window offers its safety actions (it is also the parent of their dialogs)."""

    app: object
    undo_stack: object

    def show_message(self, text: str) -> None: ...
    def statusBar(self): ...  # noqa: N802 - Qt API
    def set_read_only(self, read_only: bool) -> None: ...
    def forget_unsaved(self) -> None: ...  # what the forms hold belongs to data being replaced
    def reload_lists(self) -> None: ...
    def pause_live_updates(self, paused: bool) -> None: ...
    def changes_seen(self) -> None: ...  # the window's own restore is no news from another desk


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


class NoticeBanner(QFrame):
    """A yellow band: what the desk had to do, one line each; hidden when it has nothing to say."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("notice_banner")
        self.setStyleSheet("#notice_banner { background: #fff4ce; border: 1px solid #e0b700; }")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Compris"))
        self.close_button.setAccessibleName(self.tr("Fermer l'avertissement"))
        self.close_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.messages: list[str] = []
        self.hide()

    def add(self, message: str) -> None:
        if message in self.messages:
            return
        self.messages.append(message)
        text = "\n".join(self.messages)
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.show()

    def clear(self) -> None:
        self.messages = []
        self.label.clear()
        self.hide()


class DataSafety(QObject):
    def __init__(self, window: Desk, file_menu):
        super().__init__(window)
        self.window = window
        self.app = window.app
        self.backup_action = QAction(self.tr("Sauvegarder &maintenant"), window)
        self.backup_action.triggered.connect(guarded(lambda _=False: self.backup_now(), window, "backup"))
        file_menu.addAction(self.backup_action)
        self.restore_action = QAction(self.tr("&Restaurer une sauvegarde…"), window)
        self.restore_action.triggered.connect(guarded(lambda _=False: self.restore_chosen(), window, "restore"))
        file_menu.addAction(self.restore_action)
        self.banner: DamageBanner | None = None
        self.notice = NoticeBanner()
        self.area = QWidget()  # the bands, above the pages
        area = QVBoxLayout(self.area)
        area.setContentsMargins(0, 0, 0, 0)
        area.addWidget(self.notice)
        self._waiting = False
        self._stop_listening = self.app.listen(waiting=self._on_waiting, done_waiting=self._on_done_waiting,
                                               reopened=self._on_reopened)
        window.destroyed.connect(lambda *_: self._stop_listening())

    # --- backup on demand ---------------------------------------------------------------------------
    def backup_now(self):
        try:
            path = self.app.backups.take_backup("manuelle")
        except BackupError as error:
            QMessageBox.warning(self.window, self.tr("Sauvegarde impossible"), str(error))
            return None
        self.window.show_message(self.tr("Sauvegarde enregistrée : {0}").format(path.name))
        return path

    # --- the state found at start -----------------------------------------------------------------------
    def check_health(self) -> bool:
        """At start: a damaged database makes the window read-only under a red banner; a read-only file or a
        full disk makes it read-only under the yellow one, which also says what failed at start (a backup).
        True when the database is sound and writable."""
        for warning in self.app.warnings:
            self.notice.add(warning)
        health = self.app.health
        if health.read_only:
            log.warning("window opened read-only: %s", health.message)
            self.notice.add(health.message)
            self._read_only(True)
            self.window.show_message(self.tr("Base de données en lecture seule"))
            return False
        if not health.damaged:
            return True
        log.error("window opened read-only: %s", health.message)
        self.banner = DamageBanner(health.message)
        self.banner.restore_button.clicked.connect(guarded(lambda _=False: self.restore_latest(), self.window,
                                                           "restore"))
        self.area.layout().insertWidget(0, self.banner)
        self._read_only(True)
        self.window.show_message(self.tr("Base de données endommagée : lecture seule"))
        return False

    def _read_only(self, read_only: bool) -> None:
        # rotation must never push a good backup out for a bad one; a read-only file cannot be restored into
        self.backup_action.setEnabled(not read_only or self.app.health.read_only)
        self.restore_action.setEnabled(not self.app.health.read_only)
        self.window.set_read_only(read_only)
        if not read_only:
            self.window.undo_stack.setActive(True)

    # --- restoring ------------------------------------------------------------------------------------
    def restore_latest(self) -> bool:
        window = self.window
        path = self.app.latest_good_backup()
        if path is None:
            QMessageBox.warning(window, self.tr("Aucune sauvegarde saine"),
                                self.tr("Aucune sauvegarde saine n'a été trouvée dans « {0} ». Adressez-vous au "
                                        "support informatique avant toute autre opération.")
                                .format(self.app.backups.folder))
            return False
        return self.restore(path)

    def restore_chosen(self) -> bool:
        """Fichier › Restaurer une sauvegarde…: any backup, chosen in the backup folder."""
        path = file_dialogs.ask_open_file(self.window, self.tr("Restaurer une sauvegarde"), str(self.app.backups.folder),
                                          self.tr("Sauvegardes cmer-desk (*.db)"))
        return bool(path) and self.restore(path)

    def _when(self, path) -> str:
        from pathlib import Path

        taken = next((b.taken_at for b in self.app.backups.list_backups() if b.path == Path(path)), None)
        if taken is None:
            return self.tr("date inconnue")
        locale = QLocale()
        return self.tr("{0} à {1}").format(
            locale.toString(QDate(taken.year, taken.month, taken.day), QLocale.FormatType.LongFormat),
            locale.toString(QTime(taken.hour, taken.minute), "HH:mm"))

    def restore(self, path) -> bool:
        from pathlib import Path

        window = self.window
        name = Path(path).name
        question = self.tr("Remplacer les données actuelles par la sauvegarde « {0} » du {1} ?\n\n"
                           "Les modifications faites depuis cette sauvegarde seront perdues ; une copie de la base "
                           "actuelle est conservée.").format(name, self._when(path))
        if not confirm(window, self.tr("Restaurer la sauvegarde"), question):
            return False
        window.forget_unsaved()
        try:
            kept = self.app.restore(Path(path))
        except BackupError as error:
            QMessageBox.warning(window, self.tr("Restauration impossible"), str(error))
            return False
        window.changes_seen()  # this window's own restore: not news from elsewhere
        done = self.tr("La sauvegarde « {0} » a été restaurée ; les listes ont été rechargées. (Copie de l'ancienne "
                       "base : {1})").format(name, kept)
        self._reload(done)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Sauvegarde restaurée"), done,
                          QMessageBox.StandardButton.Ok, window)
        box.exec()
        return True

    def restored_elsewhere(self, change) -> None:
        """Another desk restored a backup into this file (cmer_desk.ui.live_updates hears it)."""
        log.warning("database restored by %s", change.user_name)
        self._reload(self.tr("La base a été restaurée depuis une sauvegarde sur un autre poste ({0}) : les listes "
                             "ont été rechargées ; ce qui n'était pas enregistré ici est à vérifier.")
                     .format(change.user_name))

    def _reload(self, message: str) -> None:
        window = self.window
        window.undo_stack.clear()  # its commands name the records as they were
        health = self.app.health
        if self.banner is not None:
            self.banner.set_message(message)
            self.banner.restore_button.setEnabled(False)
        else:
            self.notice.add(message)
        if health.ok and not health.read_only:
            self._read_only(False)
        window.reload_lists()
        window.show_message(self.tr("Sauvegarde restaurée"))

    # --- what the database guard says ------------------------------------------------------------------
    def _in_window_thread(self) -> bool:
        app = QCoreApplication.instance()
        return app is not None and QThread.currentThread() is app.thread()

    def _on_waiting(self, seconds: float) -> None:
        """Another process writes: say so, and keep the window painted (no input taken meanwhile)."""
        if not self._in_window_thread():
            return  # PostgreSQL's watchdog thread: the window is busy in the driver, it cannot repaint
        if not self._waiting:
            self._waiting = True
            self.window.pause_live_updates(True)
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.window.statusBar().showMessage(
            self.tr("Une autre écriture est en cours sur la base (import, autre poste) : attente… {0} s")
            .format(round(seconds)))
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def _on_done_waiting(self) -> None:
        if not self._in_window_thread() or not self._waiting:
            return
        self._waiting = False
        QApplication.restoreOverrideCursor()
        self.window.pause_live_updates(False)
        self.window.show_message(self.tr("L'autre écriture est terminée"))

    def _on_reopened(self, message: str) -> None:
        if self._in_window_thread():
            self.notice.add(message)
