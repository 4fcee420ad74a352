"""Start the desk window: QApplication, translations, the database, the main window.

Benchmark hook: with ``CMER_DESK_BENCH_EXIT=1`` in the environment, the desk prints two lines to stdout,
``window-shown <t>`` at the main window's first paint and ``data-on-screen <t>`` at the first paint of
the event list holding rows (``t`` is ``time.monotonic()``, a clock shared by every process on the
machine), then quits. benchmarks/bench_start.py uses it; without the variable nothing changes.
"""

from __future__ import annotations

import logging
import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from cmer_desk.ui import i18n
from cmer_desk.ui.settings_file import database_location, open_settings

log = logging.getLogger(__name__)

ORGANISATION, APPLICATION = "cmer-desk", "cmer-desk"
BENCH_EXIT = "CMER_DESK_BENCH_EXIT"
BENCH_TIMEOUT_MS = 120_000


class StartProbe(QObject):
    """Prints when the window is first painted and when the event list is first painted with rows, then
    quits the application (CMER_DESK_BENCH_EXIT=1 only)."""

    def __init__(self, app: QApplication, window, rows_view=None):
        super().__init__(window)
        self.app, self.window, self.rows_view = app, window, rows_view
        self.shown = self.filled = False
        window.installEventFilter(self)
        QTimer.singleShot(BENCH_TIMEOUT_MS, self._give_up)

    def watch_rows(self, view) -> None:
        """The list view whose first painting with rows counts as 'data on screen'."""
        self.rows_view = view
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            now = time.monotonic()
            if watched is self.window and not self.shown:
                self.shown = True
                print(f"window-shown {now:.6f}", flush=True)
            elif (self.rows_view is not None and watched is self.rows_view.viewport() and not self.filled
                  and self.rows_view.model() is not None and self.rows_view.model().rowCount() > 0):
                self.filled = True
                print(f"data-on-screen {now:.6f}", flush=True)
            if self.shown and self.filled:
                QTimer.singleShot(0, self.app.quit)
        return False

    def _give_up(self) -> None:
        print("bench-timeout", flush=True)
        self.app.exit(3)


def launch(database: str | None) -> int:
    """Show the window's frame at once, then open the database and fill the window once it is painted."""
    from cmer_desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    settings = open_settings()
    i18n.install(app, str(settings.value("interface/language", "fr")))
    database = database or database_location(settings)
    window = MainWindow(None, settings)
    probe = StartProbe(app, window) if os.environ.get(BENCH_EXIT) == "1" else None
    opened = []

    def open_database() -> None:
        from cmer_desk.app import AppContext

        backups = str(settings.value("backup/folder", "")) or None
        try:
            context = AppContext.open(database, backup_dir=backups)
        except Exception as exc:  # noqa: BLE001 - any failure to open is shown, then we stop
            log.exception("cannot open the database")
            QMessageBox.critical(window, "cmer-desk", app.translate(
                "Launch", "Impossible d'ouvrir la base de données :\n{0}").format(exc))
            app.exit(1)
            return
        opened.append(context)
        window.attach(context, load_now=False)
        if probe is not None:
            probe.watch_rows(window.events_page.table)

    window.show()
    window.call_after_paint(open_database)
    try:
        return app.exec()
    finally:
        for context in opened:
            context.close()
