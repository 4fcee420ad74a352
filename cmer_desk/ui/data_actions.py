"""The press file in and out: imports, export, duplicates and personal data. The main window only builds
this, with what it needs: the event chosen, the contacts shown, whether writing is allowed. Each action
opens its dialog; what the dialog changes reaches the lists through what the services publish."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from cmer_desk.ui.failure_report import guarded

if TYPE_CHECKING:  # the dialogs (and the import code they pull in) load when first opened
    from cmer_desk.ui.dialogs.contacts_dialogs import ExportDialog
    from cmer_desk.ui.dialogs.import_dialog import ImportDialog
    from cmer_desk.ui.documents import EventSource


class DataActions(QObject):
    def __init__(self, app, dialog_parent: QWidget, file_menu: QMenu, tools_menu: QMenu,
                 show_message: Callable[[str], None], events: EventSource, shown_contacts: Callable[[], list[int]],
                 read_only: Callable[[], bool]):
        super().__init__(dialog_parent)
        self.app = app
        self.dialog_parent = dialog_parent
        self.show_message = show_message
        self.events = events
        self.shown_contacts = shown_contacts
        self.read_only = read_only
        self.import_contacts_action = self._action(self.tr("&Importer des contacts…"), self.import_contacts, file_menu)
        self.import_accreditations_action = self._action(self.tr("Importer des &demandes d'accréditation…"),
                                                         self.import_accreditations, file_menu)
        self.export_contacts_action = self._action(self.tr("E&xporter les contacts…"), self.export_contacts,
                                                   file_menu)
        self.duplicates_action = self._action(self.tr("&Doublons…"), self.duplicates, tools_menu)
        self.personal_data_action = self._action(self.tr("Données &personnelles…"), self.personal_data, tools_menu)
        self.write_actions = [self.import_contacts_action, self.import_accreditations_action]

    def _action(self, text: str, slot, menu) -> QAction:
        action = QAction(text, self.dialog_parent)
        action.triggered.connect(guarded(lambda _=False: slot(), self.dialog_parent, text.replace("&", "")))
        menu.addAction(action)
        return action

    # --- dialogs (built by these methods so that tests can drive them) ------------------------------------
    def import_contacts_dialog(self) -> ImportDialog:
        from cmer_desk.ui.dialogs.import_dialog import ImportDialog

        return ImportDialog(self.app, self.dialog_parent)

    def import_accreditations_dialog(self) -> ImportDialog | None:
        event_id = self.events.current_id()
        if event_id is None:
            self.show_message(self.tr("Choisissez d'abord un événement enregistré"))
            return None
        title = self.events.event_title()
        from cmer_desk.ui.dialogs.import_dialog import ImportDialog

        return ImportDialog(self.app, self.dialog_parent, event_id=event_id, event_title=title)

    def export_dialog(self) -> ExportDialog:
        shown = self.shown_contacts()
        from cmer_desk.ui.dialogs.contacts_dialogs import ExportDialog

        return ExportDialog(self.app, shown, self.dialog_parent)

    # --- actions ---------------------------------------------------------------------------------------------
    def import_contacts(self) -> None:
        dialog = self.import_contacts_dialog()
        dialog.exec()
        self._imported(dialog)

    def import_accreditations(self) -> None:
        dialog = self.import_accreditations_dialog()
        if dialog is not None:
            dialog.exec()
            self._imported(dialog)

    def _imported(self, dialog: ImportDialog) -> None:
        report = dialog.report
        if report is None or report.dry_run:
            return
        self.show_message(self.tr("Import terminé : {0}").format(report.summary()))

    def export_contacts(self) -> None:
        dialog = self.export_dialog()
        dialog.exec()
        if dialog.exported is not None:
            self.show_message(self.tr("%n contact(s) exporté(s)", "", dialog.exported))

    def duplicates(self) -> None:
        from cmer_desk.ui.dialogs.contacts_dialogs import DuplicatesDialog

        dialog = DuplicatesDialog(self.app, self.dialog_parent)
        read_only = self.read_only()
        dialog.merge_button.setEnabled(dialog.merge_button.isEnabled() and not read_only)
        if read_only:
            dialog.merge_button.hide()
        dialog.exec()
        if dialog.merged:
            self.show_message(self.tr("%n fiche(s) fusionnée(s)", "", dialog.merged))

    def personal_data(self) -> None:
        from cmer_desk.ui.dialogs.personal_data_dialog import PersonalDataDialog

        PersonalDataDialog(self.app, self.dialog_parent, read_only=self.read_only()).exec()
