"""Contacts out and tidied: export (all, the contacts shown, a distribution list), and the duplicates view."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTreeView,
    QVBoxLayout,
)

from cmer_desk.domain.errors import NotFoundError, ValidationError
from cmer_desk.services.failures import describe
from cmer_desk.ui import file_dialogs
from cmer_desk.ui.dialogs.prompts import confirm
from cmer_desk.ui.dialogs.sizing import resize_within

log = logging.getLogger(__name__)


class ExportDialog(QDialog):
    """``shown_ids``: the contacts the list shows (its search applied)."""

    def __init__(self, app, shown_ids: list[int], parent=None):
        super().__init__(parent)
        self.app = app
        self.shown_ids = list(shown_ids)
        self.exported: int | None = None
        self.setWindowTitle(self.tr("Exporter les contacts"))
        layout = QVBoxLayout(self)
        which = QLabel(self.tr("Contacts à exporter"))
        which.setStyleSheet("font-weight: bold;")
        layout.addWidget(which)
        self.all_radio = QRadioButton(self.tr("Tous les contacts"))
        self.shown_radio = QRadioButton(self.tr("Les contacts affichés ({0})").format(len(self.shown_ids)))
        self.tag_radio = QRadioButton(self.tr("Une liste de diffusion"))
        self.group = QButtonGroup(self)
        for radio in (self.all_radio, self.shown_radio, self.tag_radio):
            radio.setAccessibleName(radio.text())
            self.group.addButton(radio)
            layout.addWidget(radio)
        self.all_radio.setChecked(True)
        self.tag = QComboBox()
        self.tag.addItems(app.contacts.tag_names())
        self.tag.setAccessibleName(self.tr("Liste de diffusion"))
        self.tag.setEnabled(False)
        self.tag_radio.toggled.connect(self.tag.setEnabled)
        self.tag_radio.setEnabled(self.tag.count() > 0)
        form = QFormLayout()
        tag_label = QLabel(self.tr("&Liste de diffusion"))
        tag_label.setBuddy(self.tag)
        form.addRow(tag_label, self.tag)
        self.format = QComboBox()
        for suffix, text in ((".csv", self.tr("CSV pour Excel (.csv)")), (".xlsx", self.tr("Classeur Excel (.xlsx)")),
                             (".vcf", self.tr("Cartes de visite vCard (.vcf)")),
                             (".txt", self.tr("Adresses pour le champ Cci (.txt)"))):
            self.format.addItem(text, suffix)
        self.format.setAccessibleName(self.tr("Format"))
        format_label = QLabel(self.tr("&Format"))
        format_label.setBuddy(self.format)
        form.addRow(format_label, self.format)
        layout.addLayout(form)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Exporter…"))
        self.close_button = QPushButton(self.tr("Fermer"))
        for button in (self.export_button, self.close_button):
            button.setAccessibleName(button.text())
            buttons.addWidget(button)
        buttons.insertStretch(0)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.reject)
        layout.addLayout(buttons)
        self.export_button.setDefault(True)

    def export(self) -> str | None:
        suffix = self.format.currentData()
        name = (self.tag.currentText() if self.tag_radio.isChecked() else self.tr("contacts")) + suffix
        path = file_dialogs.ask_save_file(self, self.windowTitle(), name,
                                          self.tr("{0} (*{1})").format(self.format.currentText(), suffix))
        if not path:
            return None
        if not path.lower().endswith(suffix):
            path += suffix
        ids = self.shown_ids if self.shown_radio.isChecked() else None
        tag = self.tag.currentText() if self.tag_radio.isChecked() else None
        try:
            count = self.app.contact_export.export(path, ids=ids, tag=tag, emails_only=suffix == ".txt")
        except Exception as error:  # noqa: BLE001 - FileFormatError, FileWriteError: French messages
            log.warning("export refused: %s", type(error).__name__)
            self.result_label.setText(self.tr("Export impossible : {0}.").format(describe(error)))
            return None
        self.exported = count
        self.result_label.setText(self.tr("%n contact(s) exporté(s) dans {0}", "", count).format(path))
        return path


class DuplicatesDialog(QDialog):
    """Groups of contacts that look like one person; choose the one to keep, merge the others into it."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, app, parent=None):
        super().__init__(parent)
        self.app = app
        self.merged = 0
        self.setWindowTitle(self.tr("Doublons"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Contacts qui semblent être la même personne (même courriel, ou même nom et même "
                               "média). Choisissez la fiche à garder : les autres y sont fusionnées, toutes leurs "
                               "accréditations sont conservées."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = QStandardItemModel(self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAccessibleName(self.tr("Doublons"))
        layout.addWidget(self.view, 1)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        buttons = QHBoxLayout()
        self.merge_button = QPushButton(self.tr("Garder cette fiche et fusionner"))
        self.close_button = QPushButton(self.tr("Fermer"))
        for button in (self.merge_button, self.close_button):
            button.setAccessibleName(button.text())
        self.merge_button.clicked.connect(self.merge_selected)
        self.close_button.clicked.connect(self.accept)
        buttons.addStretch()
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_button())
        self.reload()
        resize_within(self, 640, 480)

    def reload(self) -> None:
        self.model.clear()
        self.groups = self.app.duplicates.find()
        for group in self.groups:
            parent = QStandardItem(self.tr("{0} fiches — {1}").format(len(group.ids), group.reason))
            parent.setSelectable(False)
            for contact_id, name in zip(group.ids, group.names, strict=True):
                child = QStandardItem(name)
                child.setData(contact_id, self.ID_ROLE)
                parent.appendRow(child)
            self.model.appendRow(parent)
        self.view.expandAll()
        if self.groups:  # a first contact to keep is preselected for the keyboard
            self.view.setCurrentIndex(self.model.item(0).child(0).index())
        self.summary.setText(self.tr("%n groupe(s) de doublons", "", len(self.groups)) if self.groups
                             else self.tr("Aucun doublon dans le fichier presse."))
        self._update_button()

    def _update_button(self) -> None:
        self.merge_button.setEnabled(self.view.currentIndex().data(self.ID_ROLE) is not None)

    def select_contact(self, contact_id: int) -> bool:
        for row in range(self.model.rowCount()):
            parent = self.model.item(row)
            for child_row in range(parent.rowCount()):
                if parent.child(child_row).data(self.ID_ROLE) == contact_id:
                    self.view.setCurrentIndex(parent.child(child_row).index())
                    return True
        return False

    def merge_selected(self) -> bool:
        index = self.view.currentIndex()
        keep_id = index.data(self.ID_ROLE)
        if keep_id is None:
            return False
        group = next(g for g in self.groups if keep_id in g.ids)
        others = [i for i in group.ids if i != keep_id]
        keep_name = index.data()
        text = self.tr("Garder « {0} » et y fusionner %n autre(s) fiche(s) ? Les fiches fusionnées sont supprimées, "
                       "leurs accréditations conservées.", "", len(others)).format(keep_name)
        if not confirm(self, self.tr("Fusionner"), text):
            return False
        try:
            for other in others:
                self.app.duplicates.merge(keep_id, other)
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Fusion impossible"), "\n".join(e.message for e in error.errors))
            self.reload()
            return False
        except NotFoundError:
            QMessageBox.warning(self, self.tr("Fusion impossible"),
                                self.tr("Une des fiches a été supprimée sur un autre poste."))
            self.reload()
            return False
        self.merged += len(others)
        self.reload()
        return True
