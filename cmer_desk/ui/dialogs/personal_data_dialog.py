"""Personal data (GDPR): the contacts kept past the retention period, to anonymise or delete in one action,
and the export of everything held on one person."""

from __future__ import annotations

import logging

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from cmer_desk.domain.errors import NotFoundError
from cmer_desk.services.files import FileWriteError, write_atomic
from cmer_desk.services.usage import InUseError
from cmer_desk.ui import file_dialogs
from cmer_desk.ui.dialogs.prompts import confirm
from cmer_desk.ui.dialogs.sizing import resize_within
from cmer_desk.ui.models.table import Column, FoldFilterProxy, RowTableModel
from cmer_desk.ui.widgets.tables import make_table

log = logging.getLogger(__name__)


def _date(day) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat) if day else ""


class PersonalDataDialog(QDialog):
    def __init__(self, app, parent=None, read_only: bool = False):
        super().__init__(parent)
        self.app = app
        self.changed = 0
        self.setWindowTitle(self.tr("Données personnelles"))
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        columns = [
            Column(self.tr("Nom"), lambda r: r.name),
            Column(self.tr("Organisme"), lambda r: r.organisation),
            Column(self.tr("Dernier contact"), lambda r: _date(r.last_contact_on), lambda r: r.last_contact_on or r.updated_at.date()),
            Column(self.tr("Dernière modification"), lambda r: _date(r.updated_at), lambda r: r.updated_at),
        ]
        self.model = RowTableModel(columns, self)
        self.proxy = FoldFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table("personal_data_table")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Contacts au-delà de la durée de conservation"))
        for column, width in enumerate((220, 200, 120)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)

        buttons = QHBoxLayout()
        self.select_all_button = QPushButton(self.tr("Tout sélectionner"))
        self.anonymise_button = QPushButton(self.tr("Anonymiser"))
        self.delete_button = QPushButton(self.tr("Supprimer"))
        self.export_button = QPushButton(self.tr("Exporter les données de la personne…"))
        self.close_button = QPushButton(self.tr("Fermer"))
        for button in (self.select_all_button, self.anonymise_button, self.delete_button, self.export_button,
                       self.close_button):
            button.setAccessibleName(button.text())
        self.select_all_button.clicked.connect(self.table.selectAll)
        self.anonymise_button.clicked.connect(self.anonymise)
        self.delete_button.clicked.connect(self.delete)
        self.export_button.clicked.connect(self.export_subject_access)
        self.close_button.clicked.connect(self.accept)
        buttons.addWidget(self.select_all_button)
        buttons.addWidget(self.anonymise_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.read_only = read_only
        for button in (self.anonymise_button, self.delete_button):
            button.setEnabled(not read_only)
        self.reload()
        resize_within(self, 820, 520)

    def reload(self) -> None:
        years = self.app.personal_data.retention_years()
        self.intro.setText(self.tr("Contacts dont le dernier contact (ou, sans date de contact, la dernière "
                                   "modification) remonte à plus de %n an(s), la durée de conservation réglée dans "
                                   "les paramètres. Anonymiser efface ce qui identifie la personne et garde les "
                                   "statistiques des événements passés.", "", years))
        self.model.set_rows(self.app.personal_data.past_retention())
        self.count_label.setText(self.tr("%n contact(s) à examiner", "", self.model.rowCount()))

    def selected_ids(self) -> list[int]:
        return [self.proxy.row_at(i.row()).id for i in self.table.selectionModel().selectedRows()]

    def _ask(self, title: str, text: str) -> list[int]:
        ids = self.selected_ids()
        if not ids:
            QMessageBox.information(self, title, self.tr("Sélectionnez d'abord un ou plusieurs contacts."))
            return []
        return ids if confirm(self, title, text) else []

    def anonymise(self) -> int:
        count = len(self.selected_ids())
        ids = self._ask(self.tr("Anonymiser"),
                        self.tr("Anonymiser %n contact(s) ? Leurs noms, coordonnées et notes seront effacés "
                                "définitivement ; leurs accréditations restent comptées.", "", count))
        done = self.app.personal_data.anonymise_many(ids) if ids else 0
        return self._done(done, self.tr("%n contact(s) anonymisé(s)", "", done)) if ids else 0

    def delete(self) -> int:
        count = len(self.selected_ids())
        ids = self._ask(self.tr("Supprimer"),
                        self.tr("Supprimer définitivement %n contact(s) et leurs accréditations ?", "", count))
        done = kept = 0
        for contact_id in ids:
            try:
                self.app.contacts.delete(contact_id, with_accreditations=True)
                done += 1
            except NotFoundError:
                pass
            except InUseError:  # an official or press officer of an event: never removed from it silently
                kept += 1
        text = self.tr("%n contact(s) supprimé(s)", "", done)
        if kept:
            text += " — " + self.tr("%n gardé(s) : nommé(s) dans un événement (remplacez-les depuis la page "
                                    "Contacts)", "", kept)
        return self._done(done, text) if ids else 0

    def _done(self, count: int, text: str) -> int:
        self.changed += count
        self.reload()
        self.count_label.setText(f"{text} — {self.count_label.text()}")
        log.info("personal data: %s", text)
        return count

    def export_subject_access(self) -> str | None:
        ids = self.selected_ids()
        if len(ids) != 1:
            QMessageBox.information(self, self.tr("Exporter les données de la personne"),
                                    self.tr("Sélectionnez un seul contact."))
            return None
        row = self.proxy.row_at(self.table.selectionModel().selectedRows()[0].row())
        name = "donnees-" + "-".join(row.name.split()) + ".json"
        path = file_dialogs.ask_save_file(self, self.tr("Exporter les données de la personne"), name,
                                          self.tr("Document JSON lisible (*.json)"))
        if not path:
            return None
        try:
            text = self.app.personal_data.subject_access_text(row.id)
            write_atomic(path, text.encode("utf-8"), mode=0o600)
        except (FileWriteError, NotFoundError) as error:
            QMessageBox.warning(self, self.tr("Export impossible"), str(error) if isinstance(error, FileWriteError)
                                else self.tr("Ce contact a été supprimé sur un autre poste."))
            return None
        self.count_label.setText(self.tr("Données de {0} exportées dans {1}").format(row.name, path))
        return path
