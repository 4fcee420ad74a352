"""Import contacts (or an event's accreditation requests): choose a file, check the column mapping on a
preview of its first rows, see every warning and every refused row with its line, choose to import the
valid rows (the refused ones written to a CSV beside the file) or nothing, simulate, then import."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cmer_desk.services.contact_import import FIELD_LABELS, ROLE, OnDuplicate
from cmer_desk.services.failures import describe
from cmer_desk.ui import file_dialogs
from cmer_desk.ui.dialogs.sizing import resize_within
from cmer_desk.ui.widgets.fields import set_combo_data

log = logging.getLogger(__name__)

PREVIEW_ROWS = 20
ISSUES_SHOWN = 300


class ImportDialog(QDialog):
    """``event_id`` given: accreditation requests for that event; else contacts."""

    def __init__(self, app, parent=None, event_id: int | None = None, event_title: str = ""):
        super().__init__(parent)
        self.app = app
        self.event_id = event_id
        self.report = None
        self.path: Path | None = None
        self.combos: list[QComboBox] = []
        accreditations = event_id is not None
        self.setWindowTitle(self.tr("Importer des demandes d'accréditation") if accreditations
                            else self.tr("Importer des contacts"))
        self.field_names = self._field_names()

        layout = QVBoxLayout(self)
        if accreditations:
            about = QLabel(self.tr("Événement : {0}. Chaque personne est rapprochée d'un contact existant ou créée, "
                                   "et reçoit une accréditation « demandée ».").format(event_title))
            about.setWordWrap(True)
            layout.addWidget(about)
        file_row = QHBoxLayout()
        file_label = QLabel(self.tr("&Fichier"))
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setAccessibleName(self.tr("Fichier"))
        file_label.setBuddy(self.file_edit)
        self.choose_button = QPushButton(self.tr("Choisir…"))
        self.choose_button.setAccessibleName(self.choose_button.text())
        self.choose_button.clicked.connect(self.choose_file)
        file_row.addWidget(file_label)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        layout.addLayout(file_row)
        self.detail = QLabel()
        layout.addWidget(self.detail)

        box = QGroupBox(self.tr("Correspondance des colonnes"))
        box_layout = QVBoxLayout(box)
        self.mapping_area = QScrollArea()
        self.mapping_area.setWidgetResizable(True)
        self.mapping_area.setMinimumHeight(140)
        self.mapping_area.setMaximumHeight(200)
        self.mapping_widget = QWidget()
        self.mapping_form = QFormLayout(self.mapping_widget)
        # rows keep their height; the area scrolls when the file has many columns
        self.mapping_form.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.mapping_area.setWidget(self.mapping_widget)
        box_layout.addWidget(self.mapping_area)
        layout.addWidget(box)

        preview_label = QLabel(self.tr("&Aperçu des premières lignes"))
        self.preview_model = QStandardItemModel(self)
        self.preview_view = QTableView()
        self.preview_view.setTabKeyNavigation(False)  # Tab goes on to the buttons
        self.preview_view.setModel(self.preview_model)
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.setAccessibleName(self.tr("Aperçu des premières lignes"))
        self.preview_view.setWordWrap(False)
        self.preview_view.setMinimumHeight(150)
        self.preview_view.verticalHeader().hide()  # the file's own line numbers are the first column
        preview_label.setBuddy(self.preview_view)
        layout.addWidget(preview_label)
        layout.addWidget(self.preview_view, 1)

        self.check_label = QLabel()
        self.check_label.setObjectName("import_check")
        self.check_label.setWordWrap(True)
        layout.addWidget(self.check_label)
        issues_label = QLabel(self.tr("A&vertissements et lignes refusées"))
        self.issues = QPlainTextEdit()
        self.issues.setReadOnly(True)
        self.issues.setMaximumHeight(110)
        self.issues.setAccessibleName(self.tr("Avertissements et lignes refusées"))
        issues_label.setBuddy(self.issues)
        layout.addWidget(issues_label)
        layout.addWidget(self.issues)
        self.skip_radio = QRadioButton(self.tr("Importer les lignes valides et écrire les lignes refusées, avec leur "
                                               "motif, dans un fichier CSV à côté du fichier importé"))
        self.nothing_radio = QRadioButton(self.tr("Ne rien importer tant qu'une ligne est refusée"))
        self.choice = QButtonGroup(self)
        for radio in (self.skip_radio, self.nothing_radio):
            radio.setAccessibleName(radio.text())
            self.choice.addButton(radio)
            layout.addWidget(radio)
        self.nothing_radio.setChecked(True)
        self.recheck = QTimer(self)
        self.recheck.setSingleShot(True)
        self.recheck.setInterval(300)
        self.recheck.timeout.connect(self.check_rows)

        options = QFormLayout()
        self.on_duplicate = QComboBox()
        for value, text in ((OnDuplicate.UPDATE, self.tr("mettre à jour le contact existant")),
                            (OnDuplicate.SKIP, self.tr("ignorer la ligne")),
                            (OnDuplicate.CREATE, self.tr("créer un autre contact"))):
            self.on_duplicate.addItem(text, value.value)
        set_combo_data(self.on_duplicate, OnDuplicate.UPDATE.value)
        self.on_duplicate.setAccessibleName(self.tr("En cas de doublon"))
        duplicate_label = QLabel(self.tr("En cas de &doublon"))
        duplicate_label.setBuddy(self.on_duplicate)
        if not accreditations:
            options.addRow(duplicate_label, self.on_duplicate)
        layout.addLayout(options)

        self.result_label = QLabel()
        self.result_label.setObjectName("import_result")
        self.result_label.setWordWrap(True)
        self.result_label.setMinimumHeight(40)
        layout.addWidget(self.result_label)

        buttons = QHBoxLayout()
        self.simulate_button = QPushButton(self.tr("Simuler"))
        self.import_button = QPushButton(self.tr("Importer"))
        self.close_button = QPushButton(self.tr("Fermer"))
        for button in (self.simulate_button, self.import_button, self.close_button):
            button.setAccessibleName(button.text())
        self.simulate_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        self.close_button.clicked.connect(self.reject)
        buttons.addStretch()
        buttons.addWidget(self.simulate_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self._set_ready(False)
        self._show_check(None)
        resize_within(self, 940, 840)

    def _field_names(self) -> dict[str, str]:
        names = {
            "civility": self.tr("Civilité"), "first_name": self.tr("Prénom"), "last_name": self.tr("Nom"),
            "display_name": self.tr("Nom à afficher (prénom et nom)"), "middle_name": self.tr("Deuxième prénom"),
            "function": self.tr("Fonction"), "organisation": self.tr("Média ou organisme"),
            "email": self.tr("Courriel"), "email_home": self.tr("Courriel (domicile)"),
            "email_other": self.tr("Courriel (autre)"), "email_type": self.tr("Type du courriel voisin"),
            "landline": self.tr("Téléphone"), "mobile": self.tr("Portable"),
            "phone_home": self.tr("Téléphone (domicile)"), "fax": self.tr("Fax"),
            "phone_other": self.tr("Téléphone (autre)"), "phone_type": self.tr("Type du téléphone voisin"),
            "press_card_number": self.tr("Carte de presse"), "press_card_year": self.tr("Validité carte de presse"),
            "press_card_kind": self.tr("Type de carte de presse"), "tags": self.tr("Listes"),
            "notes": self.tr("Notes"), "source": self.tr("Origine"), "last_contact_on": self.tr("Dernier contact"),
            ROLE: self.tr("Rôle"),
        }  # fmt: skip
        fields = [f for f in FIELD_LABELS if f != ROLE or self.event_id is not None]
        return {f: names.get(f, FIELD_LABELS[f]) for f in fields}

    def _set_ready(self, ready: bool) -> None:
        self.simulate_button.setEnabled(ready)
        self.import_button.setEnabled(ready)

    # --- file and preview ---------------------------------------------------------------------------
    def choose_file(self) -> None:
        filters = (self.tr("Listes (*.csv *.xlsx *.txt)") if self.event_id is not None
                   else self.tr("Contacts (*.csv *.xlsx *.vcf *.ldif *.txt)"))
        path = file_dialogs.ask_open_file(self, self.windowTitle(), "", filters)
        if path:
            self.load_file(path)

    def load_file(self, path: str | Path) -> bool:
        self.path = Path(path)
        self.file_edit.setText(str(self.path))
        self.result_label.clear()
        self.report = None
        try:
            found = self.app.contact_import.preview(self.path, PREVIEW_ROWS, accreditations=self.event_id is not None)
        except Exception as error:  # noqa: BLE001 - FileFormatError and reader errors: shown, nothing written
            self._show_check(None)
            return self._failed(error)
        self.detail.setText(self.tr("Format : {0} {1}").format(found.format, found.detail).strip())
        headers = self._shown_headers(found)
        self._show_mapping(headers, found.mapping)
        self._show_rows(headers, found.rows)
        self._show_check(found)
        self._set_ready(True)
        return True

    def _shown_headers(self, found) -> list[str]:
        """A vCard or LDIF file has no header row: its columns are the desk's own fields, named in the interface
        language (the reader names them in French)."""
        if found.format not in ("vcard", "ldif"):
            return list(found.headers)
        return [self.field_names.get(found.mapping.get(column, ""), header) for column, header in enumerate(found.headers)]

    def check_rows(self) -> None:
        """Check every row again through the mapping as it stands (after the person changed it)."""
        if self.path is None:
            return
        try:
            found = self.app.contact_import.preview(self.path, PREVIEW_ROWS, accreditations=self.event_id is not None,
                                                    mapping=self.mapping())
        except Exception as error:  # noqa: BLE001 - shown, nothing written
            log.info("import check refused: %s", error)
            self.check_label.setText(self.tr("Vérification impossible : {0}").format(error))
            return
        self._show_check(found)

    def _show_check(self, found) -> None:
        """The counts, the warnings and refused rows (with their line), and the choice when some are refused."""
        refused = found.refused if found is not None else []
        self.skip_radio.setVisible(bool(refused))
        self.nothing_radio.setVisible(bool(refused))
        if found is None:
            self.check_label.clear()
            self.issues.clear()
            return
        counts = self.tr("{0} : {1}, {2}, {3}.").format(
            self.tr("%n ligne(s)", "", found.total), self.tr("%n valide(s)", "", found.valid),
            self.tr("%n avertissement(s)", "", len(found.warnings)), self.tr("%n refusée(s)", "", len(refused)))
        self.check_label.setText("\n".join([*found.notes, counts]))
        lines = [self.tr("Refusée — {0}").format(issue) for issue in refused[:ISSUES_SHOWN]]
        lines += [self.tr("Avertissement — {0}").format(issue) for issue in found.warnings[:ISSUES_SHOWN]]
        hidden = len(refused) + len(found.warnings) - len(lines)
        if hidden > 0:
            lines.append(self.tr("… et %n autre(s)", "", hidden))
        self.issues.setPlainText("\n".join(lines))
        if refused:
            self.skip_radio.setText(self.tr("Importer {0} et écrire {1}, avec leur motif, dans un fichier CSV à côté "
                                            "du fichier importé").format(
                self.tr("%n ligne(s) valide(s)", "", found.valid), self.tr("%n ligne(s) refusée(s)", "", len(refused))))
            self.skip_radio.setAccessibleName(self.skip_radio.text())

    def _failed(self, error: Exception) -> bool:
        log.info("import preview refused: %s", error)
        self.result_label.setText(self.tr("Lecture impossible : {0}.").format(describe(error)))
        self.result_label.setStyleSheet("color: #a4262c;")
        self._set_ready(False)
        return False

    def _show_mapping(self, headers: list[str], mapping: dict[int, str]) -> None:
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.combos = []
        for column, header in enumerate(headers):
            combo = QComboBox()
            combo.addItem(self.tr("(ignorer cette colonne)"), None)
            for field, label in self.field_names.items():
                combo.addItem(label, field)
            set_combo_data(combo, mapping.get(column))
            title = header or self.tr("Colonne {0}").format(column + 1)
            label = QLabel(title)
            label.setBuddy(combo)
            combo.setAccessibleName(title)
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping_form.addRow(label, combo)
            self.combos.append(combo)

    def _show_rows(self, headers: list[str], rows: list[tuple[int, list[str]]]) -> None:
        self.preview_model.clear()
        self.preview_model.setHorizontalHeaderLabels([self.tr("Ligne"), *self._column_titles(headers)])
        for line, cells in rows:
            self.preview_model.appendRow([QStandardItem(str(line)), *(QStandardItem(c) for c in cells)])
        self.preview_view.resizeColumnsToContents()

    def _column_titles(self, headers: list[str]) -> list[str]:
        titles = []
        for column, header in enumerate(headers):
            field = self.combos[column].currentData() if column < len(self.combos) else None
            target = self.field_names.get(field, self.tr("ignorée")) if field else self.tr("ignorée")
            titles.append(f"{header} → {target}")
        return titles

    def _mapping_changed(self, _index: int) -> None:
        headers = [self.mapping_form.itemAt(r, QFormLayout.ItemRole.LabelRole).widget().text()
                   for r in range(self.mapping_form.rowCount())]
        for column, title in enumerate(self._column_titles(headers)):
            self.preview_model.setHeaderData(column + 1, Qt.Orientation.Horizontal, title)
        self.result_label.clear()
        self.recheck.start()

    def skip_invalid(self) -> bool:
        return self.skip_radio.isChecked()

    def mapping(self) -> dict[int, str]:
        return {column: combo.currentData() for column, combo in enumerate(self.combos) if combo.currentData()}

    # --- simulate and import --------------------------------------------------------------------------
    def run(self, dry_run: bool) -> bool:
        if self.path is None:
            return False
        try:
            if self.event_id is not None:
                report = self.app.accreditation_import.import_requests(self.event_id, self.path, mapping=self.mapping(),
                                                                       dry_run=dry_run, skip_invalid=self.skip_invalid())
            else:
                report = self.app.contact_import.import_contacts(self.path, mapping=self.mapping(),
                                                                 on_duplicate=self.on_duplicate.currentData(),
                                                                 dry_run=dry_run, skip_invalid=self.skip_invalid())
        except Exception as error:  # noqa: BLE001 - FileFormatError (line, reason) and read errors
            log.info("import refused: %s", error)
            self.result_label.setStyleSheet("color: #a4262c;")
            self.result_label.setText(self.tr("Import refusé, rien n'a été enregistré.\n{0}.").format(describe(error)))
            return False
        self.report = report
        self.result_label.setStyleSheet("")
        lines = [self.tr("Simulation : {0}. Rien n'a été enregistré.").format(report.summary()) if dry_run
                 else self.tr("Import terminé : {0}.").format(report.summary())]
        if report.refused and dry_run:
            lines.append(self.tr("%n ligne(s) refusée(s) seraient écrites à côté du fichier.", "", report.refused))
        if report.rejects_file is not None:
            lines.append(self.tr("Lignes refusées, avec leur motif : {0}").format(report.rejects_file))
        for duplicate in report.duplicates[:8]:
            lines.append(self.tr("Ligne {0} : déjà dans le fichier presse ({1})").format(duplicate.line, duplicate.name))
        if len(report.duplicates) > 8:
            lines.append(self.tr("… et %n autre(s) doublon(s)", "", len(report.duplicates) - 8))
        self.result_label.setText("\n".join(lines))
        if not dry_run:
            self._set_ready(False)
            self.close_button.setFocus()
        return True
