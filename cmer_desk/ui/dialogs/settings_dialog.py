"""The bureau profile and the workstation's preferences (language, database location)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from cmer_desk.domain.characters import first_forbidden
from cmer_desk.domain.drafts import BureauProfileDraft
from cmer_desk.domain.enums import ApostropheStyle, TimeStyle
from cmer_desk.domain.errors import ConflictError, FieldError, ValidationError
from cmer_desk.domain.validation import check_text, control_message
from cmer_desk.services.credentials import PasswordStorageError
from cmer_desk.ui import file_dialogs
from cmer_desk.ui.dialogs.sizing import resize_within, scrolled
from cmer_desk.ui.settings_file import IN_KEYRING_KEY, LOCATION_KEY, keep_password, password_in_keyring
from cmer_desk.ui.widgets.fields import FieldRow, add_row, enum_combo, set_combo_data

LANGUAGES = [("fr", "Français"), ("en", "English")]


class SettingsDialog(QDialog):
    def __init__(self, profile_service, settings: QSettings, parent=None, personal_data=None, backup_folder=None):
        """``personal_data`` (PersonalDataService) adds the retention period; ``backup_folder`` is shown."""
        super().__init__(parent)
        self.service, self.settings = profile_service, settings
        self.personal_data = personal_data
        self.language_changed = False  # saved with another interface language (the window offers a restart)
        self.setWindowTitle(self.tr("Paramètres"))
        self.rows: dict[str, FieldRow] = {}
        layout, outer = scrolled(self)  # the groups scroll on a small screen, the buttons stay below

        box = QGroupBox(self.tr("Bureau (imprimé en pied des invitations)"))
        form = QFormLayout(box)
        self.full_name = QLineEdit()
        self.default_issue_place = QLineEdit()
        self.shared_email = QLineEdit()
        self.website = QLineEdit()
        self.social_handles = QPlainTextEdit()
        self.social_handles.setTabChangesFocus(True)
        self.social_handles.setPlaceholderText(self.tr("un par ligne, avec le réseau : X : @prefpolice13"))
        self.social_handles.setMaximumHeight(70)
        self.issuer_title = QPlainTextEdit()
        self.issuer_title.setTabChangesFocus(True)
        self.issuer_title.setPlaceholderText(self.tr("une ligne par ligne imprimée : Préfet de police / des Bouches-du-Rhône"))
        self.issuer_title.setMaximumHeight(70)
        self.motto = QCheckBox(self.tr("Devise « Liberté, Égalité, Fraternité »"))
        images = self.tr("Emblème (*.png *.jpg *.jpeg *.svg *.pdf)")
        font_files = self.tr("Polices (*.ttf *.otf *.woff *.woff2)")
        self.logo_path, logo = self._file_row(self.tr("Emblème"), images)
        self.font_regular, font_regular = self._file_row(self.tr("Police (romain)"), font_files)
        self.font_bold, font_bold = self._file_row(self.tr("Police (gras)"), font_files)
        self.font_italic, font_italic = self._file_row(self.tr("Police (italique)"), font_files)
        self.time_style = enum_combo(TimeStyle)
        self.apostrophe = enum_combo(ApostropheStyle)
        for name, label, widget in (
            ("full_name", self.tr("Nom du bureau"), self.full_name),
            ("default_issue_place", self.tr("Lieu d'émission par défaut"), self.default_issue_place),
            ("shared_email", self.tr("Courriel partagé"), self.shared_email),
            ("website", self.tr("Site internet"), self.website),
            ("social_handles", self.tr("Réseaux sociaux"), self.social_handles),
            ("issuer_title", self.tr("Intitulé du bloc-marque"), self.issuer_title),
            ("logo_path", self.tr("Emblème (bloc Marianne)"), logo),
            ("motto", self.tr("Devise « Liberté, Égalité, Fraternité »"), self.motto),
            ("font_regular", self.tr("Police (romain)"), font_regular),
            ("font_bold", self.tr("Police (gras)"), font_bold),
            ("font_italic", self.tr("Police (italique)"), font_italic),
            ("time_style", self.tr("Style des heures"), self.time_style),
            ("apostrophe", self.tr("Apostrophe"), self.apostrophe),
        ):
            self.rows[name] = add_row(form, name, label, widget)
        note = QLabel(self.tr("L'emblème et les polices de l'État sont fournis au service : le bureau les désigne "
                              "ici, cmer-desk ne les contient pas. Sans police, les documents sont en DejaVu Sans."))
        note.setWordWrap(True)
        form.addRow(note)
        layout.addWidget(box)

        box = QGroupBox(self.tr("Ce poste"))
        form = QFormLayout(box)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.database = QLineEdit()
        db_button = QPushButton(self.tr("Parcourir…"))
        db_button.setAccessibleName(db_button.text())
        db_button.setToolTip(self.tr("Choisir la base de données"))
        db_button.clicked.connect(self._pick_database)
        db = QWidget()
        dl = QHBoxLayout(db)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.database, 1)
        dl.addWidget(db_button)
        add_row(form, "language", self.tr("Langue de l'interface"), self.language)
        self.rows["database"] = add_row(form, "database", self.tr("Base de données"), db)
        self.rows["database"].widget = self.database
        self.database.setAccessibleName(self.tr("Base de données"))
        self.database_password = QLineEdit()
        self.database_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.rows["database_password"] = add_row(form, "database_password", self.tr("Mot de passe (PostgreSQL)"),
                                                 self.database_password)
        note = QLabel(self.tr("La langue et l'emplacement de la base de données prennent effet au prochain démarrage. "
                              "Laissez l'emplacement vide pour la base par défaut."))
        note.setWordWrap(True)
        form.addRow(note)
        layout.addWidget(box)

        self.retention = None
        self.backup_folder = None
        if personal_data is not None or backup_folder is not None:
            box = QGroupBox(self.tr("Données et sauvegardes"))
            form = QFormLayout(box)
            if personal_data is not None:
                self.retention = QSpinBox()
                self.retention.setRange(1, 30)
                self.retention.valueChanged.connect(
                    lambda years: self.retention.setSuffix(self.tr(" an(s)", "", years)))
                self.retention.setSuffix(self.tr(" an(s)", "", self.retention.value()))
                self.rows["retention_years"] = add_row(form, "retention_years",
                                                       self.tr("Durée de conservation après le dernier contact"),
                                                       self.retention)
            if backup_folder is not None:
                self.backup_folder = QLineEdit()
                self.backup_folder.setPlaceholderText(str(backup_folder))
                self.rows["backup_folder"] = add_row(form, "backup_folder", self.tr("Dossier des sauvegardes"),
                                                     self.backup_folder)
                note = QLabel(self.tr("Vide : le dossier indiqué en grisé. Un autre dossier prend effet au "
                                      "prochain démarrage."))
                note.setWordWrap(True)
                form.addRow(note)
            layout.addWidget(box)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        for b in buttons.buttons():
            b.setAccessibleName(b.text())
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.load()
        resize_within(self, 680, 760)

    def load(self) -> None:
        self.draft = d = self.service.get()
        self.full_name.setText(d.full_name)
        self.default_issue_place.setText(d.default_issue_place)
        self.shared_email.setText(d.shared_email)
        self.website.setText(d.website)
        self.social_handles.setPlainText("\n".join(d.social_handles))
        self.logo_path.setText(d.logo_path)
        self.issuer_title.setPlainText(d.issuer_title)
        self.motto.setChecked(d.motto)
        self.font_regular.setText(d.font_regular)
        self.font_bold.setText(d.font_bold)
        self.font_italic.setText(d.font_italic)
        set_combo_data(self.time_style, d.time_style)
        set_combo_data(self.apostrophe, d.apostrophe)
        set_combo_data(self.language, self.settings.value("interface/language", "fr"))
        self.database.setText(str(self.settings.value(LOCATION_KEY, "")))
        self.database_password.clear()
        self.database_password.setPlaceholderText(
            self.tr("enregistré dans le trousseau du système ; vide : inchangé") if password_in_keyring(self.settings)
            else self.tr("gardé dans le trousseau du système, jamais en clair ; sinon ~/.pgpass"))
        if self.backup_folder is not None:
            self.backup_folder.setText(str(self.settings.value("backup/folder", "")))
        if self.retention is not None:
            self.retention.setValue(self.personal_data.retention_years())

    def collect(self) -> BureauProfileDraft:
        return BureauProfileDraft(
            full_name=self.full_name.text(),
            default_issue_place=self.default_issue_place.text(),
            shared_email=self.shared_email.text(),
            website=self.website.text(),
            social_handles=[h for h in self.social_handles.toPlainText().splitlines() if h.strip()],
            logo_path=self.logo_path.text(),
            time_style=self.time_style.value(),
            issuer_title=self.issuer_title.toPlainText(),
            motto=self.motto.isChecked(),
            font_regular=self.font_regular.text(),
            font_bold=self.font_bold.text(),
            font_italic=self.font_italic.text(),
            apostrophe=self.apostrophe.value(),
            version=self.draft.version,
        )

    def _show_errors(self, error: ValidationError) -> None:
        first = None
        for e in error.errors:
            if e.field in self.rows:
                self.rows[e.field].set_error(e.message)
                first = first or self.rows[e.field]
        if first is not None:
            first.widget.setFocus()

    def _workstation(self) -> tuple[str, bool, str | None]:
        """This workstation's fields, checked, the password kept in the keyring (never in the settings):
        the database location without its password, whether one was stored, the backup folder."""
        backup = None
        if self.backup_folder is not None:
            backup = check_text("backup_folder", self.tr("Dossier des sauvegardes"), self.backup_folder.text(),
                                limit=2000)
        location = check_text("database", self.tr("Base de données"), self.database.text(), limit=2000)
        password = self.database_password.text()
        if first_forbidden(password) is not None:
            raise ValidationError([FieldError("database_password", control_message(
                self.tr("Mot de passe (PostgreSQL)"), first_forbidden(password) or ""))])
        try:
            location, stored = keep_password(location, password)
        except PasswordStorageError as exc:
            raise ValidationError([FieldError("database", str(exc))]) from exc
        return location, stored, backup

    def save(self) -> None:
        for row in self.rows.values():
            row.set_error(None)
        try:
            location, stored, backup = self._workstation()
            self.draft = self.service.save(self.collect())
        except ValidationError as error:
            self._show_errors(error)
            return
        except ConflictError:
            self.rows["full_name"].set_error(self.tr("Le profil a été modifié sur un autre poste : rouvrez ce dialogue."))
            return
        if self.retention is not None and self.retention.value() != self.personal_data.retention_years():
            try:
                self.personal_data.set_retention_years(self.retention.value())
            except ValidationError as error:
                self.rows["retention_years"].set_error(error.errors[0].message)
                self.retention.setFocus()
                return
        self.language_changed = self.language.currentData() != self.settings.value("interface/language", "fr")
        self.settings.setValue("interface/language", self.language.currentData())
        self.settings.setValue(LOCATION_KEY, location)
        if stored:
            self.settings.setValue(IN_KEYRING_KEY, True)
        if backup is not None:
            self.settings.setValue("backup/folder", backup)
        self.accept()

    def _file_row(self, title: str, filter_text: str) -> tuple[QLineEdit, QWidget]:
        """A path field with its Choisir… button (the emblem and the bureau's font files)."""
        edit = QLineEdit()
        edit.setAccessibleName(title)
        button = QPushButton(self.tr("Choisir…"))
        button.setAccessibleName(button.text())
        button.setToolTip(title)
        button.clicked.connect(lambda _=False: self._pick_file(edit, title, filter_text))
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(edit, 1)
        row_layout.addWidget(button)
        return edit, row

    def _pick_file(self, edit: QLineEdit, title: str, filter_text: str) -> None:
        path = file_dialogs.ask_open_file(self, title, edit.text(), filter_text)
        if path:
            edit.setText(path)

    def _pick_database(self) -> None:
        path = file_dialogs.ask_save_file(self, self.tr("Base de données"), self.database.text(),
                                          self.tr("Base SQLite (*.db *.sqlite)"), confirm_overwrite=False)
        if path:
            self.database.setText(path)
