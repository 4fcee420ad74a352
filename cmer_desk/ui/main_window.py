"""The desk window: a side bar of pages, menus, toolbar and status bar. Pages do the work.

The window speaks to its pages only through the page contract (cmer_desk.ui.pages.base.Page): the
actions of the menus go to the page on screen, what the services publish after each save and what the
live updates find goes to every page, and each page refreshes what it shows, once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from cmer_desk.ui.dialogs.sizing import resize_within
from cmer_desk.ui.failure_report import guarded
from cmer_desk.ui.widgets.sidebar import Sidebar

log = logging.getLogger(__name__)

EVENTS, CONTACTS, ORGANISATIONS, ACCREDITATIONS = range(4)  # the side bar's rows


class MainWindow(QMainWindow):
    def __init__(
        self, app, settings: QSettings | None = None, parent=None, poll_interval_ms: int = 3000, load_now: bool = True
    ):
        """With ``app=None`` the window is an empty frame to show at once; ``attach`` fills it once the
        database is open. ``load_now=False`` loads the lists after the window's next paint."""
        super().__init__(parent)
        self.app = None
        self.events_page = None  # built by show_first_rows or attach
        self.pages: list = []
        self.read_only = False
        self.restart_requested = False  # set when the person restarts to change the language
        self.settings = settings or QSettings()
        self.poll_interval_ms = poll_interval_ms
        self._after_paint: Callable[[], None] | None = None
        self._stop_listening: Callable[[], None] | None = None
        self.setWindowTitle(self.tr("cmer-desk — Bureau de la communication"))
        self._set_icon()
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            resize_within(self, 1360, 840, smallest_screen=False)  # what its screen has
        self.statusBar().showMessage(self.tr("Ouverture du fichier de presse…"))
        if app is not None:
            self.attach(app, load_now)

    def _set_icon(self) -> None:
        """The desk's icon on this window and, for its dialogs, on the application; the desktop entry's name
        ties the window to cmer-desk.desktop (the icon a Wayland task bar shows)."""
        from cmer_desk.ui.icons import application_icon

        icon = application_icon()
        QApplication.setWindowIcon(icon)
        QApplication.setDesktopFileName("cmer-desk")
        self.setWindowIcon(icon)

    def show_first_rows(self, rows) -> None:
        """Before the database is open: the side bar and the events page showing ``rows``, the event list
        read at start without the database layer (cmer_desk.services.event_rows.first_rows). Nothing is
        writable and no record opens until ``attach``."""
        self._build_first_page(None)
        self.events_page.show_rows(rows)

    def attach(self, app, load_now: bool = True) -> None:
        """Build, over an open AppContext, what the first paint needs: the side bar and the events page
        (the database layer and the pages are imported here, after the frame is on screen), or give them
        the context when ``show_first_rows`` built them. The other pages, the menus and the toolbar follow
        once the event list is on screen (at once with ``load_now``)."""
        self.app = app
        if self.events_page is None:
            self._build_first_page(app)
        else:
            self.events_page.attach(app)
        self._take_page(self.events_page)
        self._stop_listening = app.service_context.subscribe(self.changes_saved)
        if load_now:
            self.load_events()
            self.build_the_rest()
            self.load_the_rest()
        else:
            self.load_after_first_paint()

    def _build_first_page(self, app) -> None:
        from cmer_desk.ui.pages.events_page import EventsPage

        self.undo_stack = QUndoStack(self)
        self.events_page = EventsPage(app, self.settings)
        self.sidebar = Sidebar(self.tr("Pages"), [self.tr("Événements"), self.tr("Contacts"),
                                                  self.tr("Médias et organismes"), self.tr("Accréditations")])
        self.stack = QStackedWidget()
        self.stack.addWidget(self.events_page)
        self.events_page.restore_state()
        self.sidebar.setCurrentRow(EVENTS)  # (followed once every page and action exists)

        central = QWidget()
        self.outer = QVBoxLayout(central)
        layout = QHBoxLayout()
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.outer.addLayout(layout)
        self.setCentralWidget(central)

    def _add_page(self, page) -> None:
        self.stack.addWidget(page)
        page.restore_state()
        self._take_page(page)

    def _take_page(self, page) -> None:
        """From now on the window drives ``page`` through the page contract."""
        self.pages.append(page)
        page.message.connect(self.show_message)
        page.set_read_only(self.read_only)

    def build_the_rest(self) -> None:
        """The other pages, menus and toolbar, the damaged-database banner and the live updates."""
        from cmer_desk.ui.live_updates import LiveUpdates
        from cmer_desk.ui.pages.accreditations_page import AccreditationsPage
        from cmer_desk.ui.pages.contacts_page import ContactsPage
        from cmer_desk.ui.pages.organisations_page import OrganisationsPage

        app = self.app
        self.contacts_page = ContactsPage(app, self.settings)
        self.organisations_page = OrganisationsPage(app, self.settings)
        self.accreditations_page = AccreditationsPage(app, self.settings, self.undo_stack)
        for page in (self.contacts_page, self.organisations_page, self.accreditations_page):
            self._add_page(page)
        self.events_page.current_changed.connect(self._event_changed)
        self._build_actions()
        self.statusBar().showMessage(self.tr("Prêt"))
        self.safety.check_health()
        self.outer.insertWidget(0, self.safety.area)
        self.live = LiveUpdates(app.changes, lambda: self.pages, self.poll_interval_ms, self)
        self.live.message.connect(self.show_message)
        self.live.restored.connect(self.safety.restored_elsewhere)
        from cmer_desk.ui import access_keys

        access_keys.assign(self)  # every form label its Alt+letter; the dialogs get theirs when shown
        access_keys.install(QApplication.instance())

    # --- data at start: the event list first, the rest once it is on screen ----------------------
    def load_events(self) -> None:
        self.events_page.refresh()

    def load_the_rest(self) -> None:
        if self.events_page.current_id() is None:  # (a row chosen in the list read at start stays)
            self.events_page.select_first()
        self.contacts_page.refresh()
        self.organisations_page.refresh()
        self.live.start()

    def load_after_first_paint(self) -> None:
        """Fill the event list once the window is painted, then the rest."""
        self.call_after_paint(self._load_in_stages)

    def call_after_paint(self, work: Callable[[], None]) -> None:
        """Run ``work`` once the window has been painted again (so that what is built shows first)."""
        self._after_paint = work
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if self._after_paint is not None:
            work, self._after_paint = self._after_paint, None
            QTimer.singleShot(0, work)

    def _load_in_stages(self) -> None:
        self.load_events()
        self.events_page.table.viewport().repaint()  # the list on screen now, before the rest is built
        QTimer.singleShot(0, self._build_and_load_the_rest)

    def _build_and_load_the_rest(self) -> None:
        self.build_the_rest()
        self.load_the_rest()

    # --- what changed --------------------------------------------------------------------------------
    def changes_saved(self, changes) -> None:
        """The services committed a change made in this window: every page takes what it shows."""
        for page in self.pages:
            page.take_changes(changes)

    def reload_lists(self) -> None:
        """Everything may differ (a backup restored): every page reads again what it shows, once."""
        for page in self.pages:
            page.mark_stale()

    def forget_unsaved(self) -> None:
        """What the forms hold belongs to data being replaced (a backup restored)."""
        for page in self.pages:
            page.forget_unsaved()

    def pause_live_updates(self, paused: bool) -> None:
        """While another process writes, the change counter is not read."""
        if paused:
            self.live.timer.stop()
        else:
            self.live.timer.start()

    def changes_seen(self) -> None:
        """This window's own restore is no news from another desk."""
        self.live.mark = self.app.changes.mark()

    # --- menus and toolbar ----------------------------------------------------------------------
    def _action(self, text: str, shortcut, slot, menu, toolbar: QToolBar | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(guarded(lambda _=False: slot(), self, text.replace("&", "")))
        menu.addAction(action)
        if toolbar is not None:
            toolbar.addAction(action)
        return action

    def _build_actions(self) -> None:
        from cmer_desk.ui.data_actions import DataActions
        from cmer_desk.ui.documents import DocumentActions
        from cmer_desk.ui.safety import DataSafety
        from cmer_desk.ui.settings_actions import SettingsActions

        toolbar = self.addToolBar(self.tr("Barre d'outils"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setAccessibleName(self.tr("Barre d'outils"))
        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&Fichier"))
        self.new_action = self._action(self.tr("&Nouveau"), QKeySequence.StandardKey.New, self.new, file_menu, toolbar)
        self.save_action = self._action(self.tr("&Enregistrer"), QKeySequence.StandardKey.Save, self.save, file_menu,
                                        toolbar)
        file_menu.addSeparator()
        self.file_menu = file_menu
        self._import_separator = file_menu.addSeparator()
        self.safety = DataSafety(self, file_menu)
        file_menu.addSeparator()
        settings_place = file_menu.addSeparator()  # Paramètres du bureau… (SettingsActions) goes above
        self.quit_action = self._action(self.tr("&Quitter"), QKeySequence.StandardKey.Quit, self.close, file_menu)

        edit_menu = menus.addMenu(self.tr("É&dition"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Annuler", "undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Ré&tablir"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        toolbar.addAction(self.undo_action)
        edit_menu.addSeparator()
        self.find_action = self._action(self.tr("&Rechercher"), QKeySequence.StandardKey.Find, self.focus_search,
                                        edit_menu, toolbar)
        self.duplicate_action = self._action(self.tr("&Dupliquer l'événement"), QKeySequence("Ctrl+D"),
                                             self.duplicate, edit_menu, toolbar)
        self.delete_action = self._action(self.tr("&Supprimer"), QKeySequence.StandardKey.Delete, self.delete,
                                          edit_menu, toolbar)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for page in self.pages:
            scope = page.delete_scope()
            if scope is not None:
                scope.addAction(self.delete_action)

        go_menu = menus.addMenu(self.tr("&Affichage"))
        for i, name in enumerate([self.tr("É&vénements"), self.tr("&Contacts"), self.tr("&Médias et organismes"),
                                  self.tr("Accré&ditations")]):
            self._action(name, QKeySequence(f"Ctrl+{i + 1}"), lambda _=False, r=i: self.sidebar.setCurrentRow(r),
                         go_menu)
        self.checkin_action = self._action(self.tr("Mode &accueil"), QKeySequence("Ctrl+K"), self.toggle_checkin,
                                           go_menu)

        self.documents = DocumentActions(self.app, self, menus, self.show_message, self.events_page,
                                         self.accreditations_page)
        self.documents.print_action.triggered.connect(guarded(lambda _=False: self.print_current(), self, "print"))
        self.tools_menu = menus.addMenu(self.tr("&Outils"))
        self.data = DataActions(self.app, self, self.file_menu, self.tools_menu, self.show_message, self.events_page,
                                self.shown_contacts, lambda: self.read_only)
        # imports and export sit in the File menu between saving and the backup
        for action in (self.data.import_contacts_action, self.data.import_accreditations_action,
                       self.data.export_contacts_action):
            self.file_menu.removeAction(action)
            self.file_menu.insertAction(self._import_separator, action)
        toolbar.addSeparator()
        toolbar.addAction(self.documents.print_action)
        self.settings_actions = SettingsActions(self.app, self, self.settings, file_menu, settings_place, menus,
                                                self.show_message, self.restart)
        self.sidebar.currentRowChanged.connect(self._page_changed)
        self._page_changed(self.sidebar.currentRow())

    # --- navigation -----------------------------------------------------------------------------
    def current_page(self):
        return self.stack.currentWidget()

    def _page_changed(self, row: int) -> None:
        if row < 0:
            return
        page = self.pages[row]
        if page is self.accreditations_page:
            page.set_event(self.events_page.current_id())  # read once, as the page is shown
        self.stack.setCurrentIndex(row)
        self.duplicate_action.setEnabled(page is self.events_page and not self.read_only)

    def _event_changed(self, event_id) -> None:
        if event_id is not None:
            self.accreditations_page.set_event(event_id)

    def shown_contacts(self) -> list[int]:
        """The contacts the contacts page shows (its search applied), for the export."""
        page = self.contacts_page
        return [page.proxy.row_at(row).id for row in range(page.proxy.rowCount())]

    def set_read_only(self, read_only: bool) -> None:
        """A damaged database: everything can be read, nothing written."""
        self.read_only = read_only
        for action in (self.new_action, self.save_action, self.delete_action, self.duplicate_action,
                       self.undo_action, self.redo_action, *self.data.write_actions):
            action.setEnabled(not read_only)
        if read_only:
            self.undo_stack.clear()
            self.undo_stack.setActive(False)  # its actions would otherwise re-enable themselves
        for page in self.pages:
            page.set_read_only(read_only)

    def show_message(self, text: str) -> None:
        log.info("status: %s", text)
        self.statusBar().showMessage(text, 8000)

    # --- actions: the page on screen does them ----------------------------------------------------
    def new(self) -> None:
        self.current_page().new()

    def save(self) -> None:
        if not self.current_page().save():
            self.show_message(self.tr("Enregistrement impossible : corrigez les champs signalés en rouge"))

    def delete(self) -> None:
        self.current_page().delete()

    def duplicate(self) -> None:
        if self.read_only:
            return
        self.sidebar.setCurrentRow(EVENTS)
        self.events_page.duplicate()

    def focus_search(self) -> None:
        self.current_page().focus_search()

    def toggle_checkin(self) -> None:
        self.sidebar.setCurrentRow(ACCREDITATIONS)
        self.accreditations_page.checkin_mode.toggle()

    def print_current(self) -> None:
        """Ctrl+P: the attendee list from the accreditations page, the invitation everywhere else."""
        if self.current_page() is self.accreditations_page:
            self.documents.attendee_list()
        else:
            self.documents.print_invitation()

    def restart(self) -> None:
        """Close, then start again (cmer_desk.ui.launch reads ``restart_requested``); what is unsaved is asked
        about as on any close, and the person may stay."""
        self.restart_requested = True
        if not self.close():
            self.restart_requested = False

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.app is None:  # closed before the database was open
            event.accept()
            return
        for page in self.pages:
            if not page.can_leave():
                event.ignore()
                return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/page", self.sidebar.currentRow())
        for page in self.pages:
            page.save_state()
        self.settings.sync()
        if self._stop_listening is not None:
            self._stop_listening()
            self._stop_listening = None
        event.accept()
