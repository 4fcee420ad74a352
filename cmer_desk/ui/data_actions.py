"""The press file in and out: imports, export, duplicates and personal data. The main window only builds
this; each action opens its dialog and, when something changed, asks the window to reload its lists."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from cmer_desk.ui.failure_report import guarded

if TYPE_CHECKING:  # the dialogs (and the import code they pull in) load when first opened
    from cmer_desk.ui.dialogs.contacts_dialogs import ExportDialog
    from cmer_desk.ui.dialogs.import_dialog import ImportDialog


class DataActions(QObject):
    def __init__(self, window, file_menu, tools_menu):
        super().__init__(window)
        self.window = window
        self.app = window.app
        self.import_contacts_action = self._action(self.tr("&Importer des contacts…"), self.import_contacts, file_menu)
        self.import_accreditations_action = self._action(self.tr("Importer des &demandes d'accréditation…"),
                                                         self.import_accreditations, file_menu)
        self.export_contacts_action = self._action(self.tr("E&xporter les contacts…"), self.export_contacts,
                                                   file_menu)
        self.duplicates_action = self._action(self.tr("&Doublons…"), self.duplicates, tools_menu)
        self.personal_data_action = self._action(self.tr("Données &personnelles…"), self.personal_data, tools_menu)
        self.write_actions = [self.import_contacts_action, self.import_accreditations_action]

    def _action(self, text: str, slot, menu) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(guarded(lambda _=False: slot(), self.window, text.replace("&", "")))
        menu.addAction(action)
        return action

    # --- dialogs (built by these methods so that tests can drive them) ------------------------------------
    def import_contacts_dialog(self) -> ImportDialog:
        from cmer_desk.ui.dialogs.import_dialog import ImportDialog

        return ImportDialog(self.app, self.window)

    def import_accreditations_dialog(self) -> ImportDialog | None:
        event_id = self.window.events_page.current_id()
        if event_id is None:
            self.window.show_message(self.tr("Choisissez d'abord un événement enregistré"))
            return None
        title = self.window.events_page.form.title()
        from cmer_desk.ui.dialogs.import_dialog import ImportDialog

        return ImportDialog(self.app, self.window, event_id=event_id, event_title=title)

    def export_dialog(self) -> ExportDialog:
        page = self.window.contacts_page
        shown = [page.proxy.row_at(row).id for row in range(page.proxy.rowCount())]
        from cmer_desk.ui.dialogs.contacts_dialogs import ExportDialog

        return ExportDialog(self.app, shown, self.window)

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
        self.window.reload_lists()
        self.window.show_message(self.tr("Import terminé : {0}").format(report.summary()))

    def export_contacts(self) -> None:
        dialog = self.export_dialog()
        dialog.exec()
        if dialog.exported is not None:
            self.window.show_message(self.tr("%n contact(s) exporté(s)", "", dialog.exported))

    def duplicates(self) -> None:
        from cmer_desk.ui.dialogs.contacts_dialogs import DuplicatesDialog

        dialog = DuplicatesDialog(self.app, self.window)
        dialog.merge_button.setEnabled(dialog.merge_button.isEnabled() and not self.window.read_only)
        if self.window.read_only:
            dialog.merge_button.hide()
        dialog.exec()
        if dialog.merged:
            self.window.reload_lists()
            self.window.show_message(self.tr("%n fiche(s) fusionnée(s)", "", dialog.merged))

    def personal_data(self) -> None:
        from cmer_desk.ui.dialogs.personal_data_dialog import PersonalDataDialog

        dialog = PersonalDataDialog(self.app, self.window, read_only=self.window.read_only)
        dialog.exec()
        if dialog.changed:
            self.window.reload_lists()
