"""Aide › À propos de cmer-desk: the version, the licence, where this workstation keeps its files, and the
versions of the libraries, with a button that copies it all for a support request."""

from __future__ import annotations

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cmer_desk import about
from cmer_desk.ui.dialogs.sizing import resize_within
from cmer_desk.ui.icons import application_icon
from cmer_desk.user_files import data_dir


class AboutDialog(QDialog):
    def __init__(self, app=None, parent: QWidget | None = None):
        """``app`` is the open AppContext (its database and backup folder are shown), None before it is."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("À propos de cmer-desk"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)

        header = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(application_icon().pixmap(64, 64))
        logo.setAccessibleName(self.tr("Icône de cmer-desk"))
        header.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        version = self.tr("Version {0}").format(about.version())
        title = QLabel(f"<b style='font-size:16pt'>cmer-desk</b><br>{version}")
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.version_label = title
        blurb = QLabel(self.tr("Bureau de la communication : événements, contacts, accréditations, invitations "
                               "presse et listes d'émargement."))
        blurb.setWordWrap(True)
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(blurb)
        header.addLayout(text, 1)
        layout.addLayout(header)

        licence = QHBoxLayout()
        self.licence_label = QLabel(self.tr("Licence : {0} (licence publique de l'Union européenne)").format(
            about.licence()))
        self.licence_label.setWordWrap(True)
        licence.addWidget(self.licence_label, 1)
        self.licence_text = about.licence_text()
        self.licence_button = QPushButton(self.tr("Texte de la licence…"))
        self.licence_button.setAccessibleName(self.licence_button.text().rstrip("…"))
        self.licence_button.clicked.connect(self.show_licence)
        self.licence_button.setVisible(self.licence_text is not None)
        licence.addWidget(self.licence_button)
        layout.addLayout(licence)

        box = QGroupBox(self.tr("Fichiers de ce poste"))
        form = QFormLayout(box)
        self.paths: dict[str, QLineEdit] = {}
        for key, label, value in self._paths(app):
            field = QLineEdit(value)
            field.setReadOnly(True)
            field.setCursorPosition(0)
            field.setAccessibleName(label)
            caption = QLabel(label)
            caption.setBuddy(field)
            form.addRow(caption, field)
            self.paths[key] = field
        layout.addWidget(box)

        box = QGroupBox(self.tr("Bibliothèques"))
        inner = QVBoxLayout(box)
        missing = self.tr("non installé")
        libraries = [f"{name} {found or missing}" for name, found in self._libraries()]
        self.libraries = QPlainTextEdit("\n".join(libraries))
        self.libraries.setReadOnly(True)
        self.libraries.setAccessibleName(self.tr("Bibliothèques"))
        self.libraries.setMinimumHeight(self.fontMetrics().lineSpacing() * (len(libraries) + 1))
        inner.addWidget(self.libraries)
        layout.addWidget(box)

        buttons = self._close_buttons(self)
        self.copy_button = buttons.addButton(self.tr("Copier les informations"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setAccessibleName(self.copy_button.text())
        self.copy_button.setToolTip(self.tr("Pour une demande d'assistance : la version, les fichiers et les "
                                            "bibliothèques, dans le presse-papiers"))
        self.copy_button.clicked.connect(self.copy_information)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()

    def _close_buttons(self, dialog: QDialog) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Fermer"))
        close.setAccessibleName(close.text())
        buttons.rejected.connect(dialog.reject)
        return buttons

    def _paths(self, app) -> list[tuple[str, str, str]]:
        unknown = "—"
        database = about.database_location(app.database_url) if app is not None else unknown
        backups = str(app.backups.folder) if app is not None else unknown
        log_file = about.log_file()
        return [
            ("database", self.tr("Base de données"), database),
            ("backups", self.tr("Sauvegardes"), backups),
            ("log", self.tr("Journal"), str(log_file) if log_file else self.tr("aucun (journal non configuré)")),
            ("data", self.tr("Dossier des données"), str(data_dir())),
        ]

    @staticmethod
    def _libraries() -> list[tuple[str, str | None]]:
        found = about.library_versions()
        return [found[0], ("Qt", qVersion()), *found[1:]]

    def information(self) -> str:
        """What *Copier les informations* puts on the clipboard: plain text for an e-mail to support."""
        lines = [f"cmer-desk {about.version()}", self.licence_label.text(), ""]
        lines += [f"{field.accessibleName()} : {field.text()}" for field in self.paths.values()]
        lines += ["", self.libraries.toPlainText()]
        return "\n".join(lines) + "\n"

    def copy_information(self) -> None:
        QGuiApplication.clipboard().setText(self.information())
        self.copy_button.setText(self.tr("Informations copiées"))

    def show_licence(self) -> None:
        """The licence's full text, as shipped with the package."""
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Licence de cmer-desk"))
        resize_within(dialog, 700, 640)
        text = QPlainTextEdit(self.licence_text or "")
        text.setReadOnly(True)
        text.setAccessibleName(self.tr("Texte de la licence"))
        text.setFont(QFont("monospace"))
        column = QVBoxLayout(dialog)
        column.addWidget(text)
        column.addWidget(self._close_buttons(dialog))
        self.licence_dialog = dialog
        dialog.open()
