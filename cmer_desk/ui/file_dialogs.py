"""The one way the desk asks for a file or a folder: a Qt file dialog that never reads the files it lists.

SQLite's locks are POSIX locks, held per process: when any code of the desk's process opens and closes
the database file (or its ``-wal``/``-shm``) through a descriptor of its own, the process silently loses
every lock it held on the database, and the next process to close the file deletes the write-ahead log
the window is still writing into (every later save is lost). Qt's file dialog does exactly that when it
shows a folder: its icon provider asks the MIME database for each file's type, and the MIME database
reads the first bytes of any file whose name does not settle it (``press.db`` among them). Native
dialogs run inside the process too (GTK reads file contents to guess types the same way).

So every dialog of the desk is Qt's own widget dialog (never the native one) with an icon provider that
answers from the file name alone, and the database's companions (``-wal``, ``-shm``, ``-journal``),
which no one should ever pick, are hidden from the list. tests/ui/test_file_dialogs.py checks, with the
kernel's list of open files, that showing a folder opens no file in it.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QDir, QFileInfo, QSortFilterProxyModel, QStandardPaths
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QStyle, QWidget

from cmer_desk.services.files import is_database_in_use

# SQLite's companion files of any database in the folder: never offered.
_COMPANION = re.compile(r".+-(wal|shm|journal)$", re.IGNORECASE)


class NameOnlyIconProvider(QAbstractFileIconProvider):
    """Icons and type names from the file name only: never opens a file, never asks the MIME database."""

    def __init__(self) -> None:
        super().__init__()
        style = QApplication.style()
        self._folder = style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        self._file = style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        self._drive = style.standardIcon(QStyle.StandardPixmap.SP_DriveHDIcon)
        self._computer = style.standardIcon(QStyle.StandardPixmap.SP_ComputerIcon)
        self._words = {
            "folder": QApplication.translate("FileDialogs", "Dossier"),
            "file": QApplication.translate("FileDialogs", "Fichier"),
            "typed": QApplication.translate("FileDialogs", "Fichier {0}"),
        }

    def icon(self, what) -> QIcon:  # both overloads: icon(IconType) and icon(QFileInfo)
        if isinstance(what, QFileInfo):
            if what.isRoot():
                return self._drive
            return self._folder if what.isDir() else self._file
        if what == QAbstractFileIconProvider.IconType.Computer:
            return self._computer
        if what == QAbstractFileIconProvider.IconType.Drive:
            return self._drive
        if what == QAbstractFileIconProvider.IconType.File:
            return self._file
        return self._folder

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return self._words["folder"]
        suffix = info.suffix()
        return self._words["typed"].format(suffix.upper()) if suffix else self._words["file"]


class _HideCompanions(QSortFilterProxyModel):
    """The dialog's list without SQLite's -wal, -shm and -journal files (the model only stats them)."""

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        return not _COMPANION.match(str(index.data() or ""))


def documents_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())


def _dialog(parent: QWidget | None, title: str, start: str, file_filter: str) -> QFileDialog:
    # Built on an empty folder path, then given the provider, then pointed at the folder: the model
    # must never list the real folder with Qt's default provider, even for an instant.
    dialog = QFileDialog(parent, title, QDir.rootPath())
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    provider = NameOnlyIconProvider()
    dialog._icon_provider = provider  # the dialog does not own it: keep it alive as long as the dialog
    dialog.setIconProvider(provider)
    dialog.setProxyModel(_HideCompanions(dialog))
    if file_filter:
        dialog.setNameFilter(file_filter)
    start_path = Path(start).expanduser() if start else documents_folder()
    if not start_path.is_absolute():  # a bare file name: in the user's documents
        start_path = documents_folder() / start_path
    if start and not start_path.is_dir():
        dialog.setDirectory(str(start_path.parent))
        dialog.selectFile(start_path.name)
    else:
        dialog.setDirectory(str(start_path))
    return dialog


def save_file_dialog(parent: QWidget | None, title: str, start: str, file_filter: str = "",
                     *, confirm_overwrite: bool = True) -> QFileDialog:
    """The dialog itself, not yet shown (tests drive it; ask_save_file runs it)."""
    dialog = _dialog(parent, title, start, file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, not confirm_overwrite)
    return dialog


def open_file_dialog(parent: QWidget | None, title: str, start: str, file_filter: str = "") -> QFileDialog:
    dialog = _dialog(parent, title, start, file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return dialog


def folder_dialog(parent: QWidget | None, title: str, start: str) -> QFileDialog:
    dialog = _dialog(parent, title, start, "")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return dialog


def _run(dialog: QFileDialog) -> str:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return ""
        chosen = dialog.selectedFiles()
        return chosen[0] if chosen else ""
    finally:
        dialog.deleteLater()


def _not_the_database(parent: QWidget | None, path: str) -> str:
    """The path, unless it is the open database (or a companion): reading or writing it outside SQLite
    would cost the window its locks. Then the person is told, and nothing is chosen."""
    if path and is_database_in_use(path):
        QMessageBox.warning(parent, QApplication.translate("FileDialogs", "Fichier réservé"),
                            QApplication.translate("FileDialogs", "« {0} » est la base de données que cmer-desk a "
                                                   "ouverte : choisissez un autre fichier.").format(Path(path).name))
        return ""
    return path


def ask_save_file(parent: QWidget | None, title: str, start: str, file_filter: str = "",
                  *, confirm_overwrite: bool = True) -> str:
    """Where to write a file: the path chosen, or "" when cancelled (or when it is the open database,
    unless ``confirm_overwrite`` is off: that is the settings choosing where the database lives)."""
    path = _run(save_file_dialog(parent, title, start, file_filter, confirm_overwrite=confirm_overwrite))
    return _not_the_database(parent, path) if confirm_overwrite else path


def ask_open_file(parent: QWidget | None, title: str, start: str, file_filter: str = "") -> str:
    """Which file to read: the path chosen, or "" when cancelled (or when it is the open database)."""
    return _not_the_database(parent, _run(open_file_dialog(parent, title, start, file_filter)))


def ask_folder(parent: QWidget | None, title: str, start: str) -> str:
    """Which folder: the path chosen, or "" when cancelled."""
    return _run(folder_dialog(parent, title, start))
