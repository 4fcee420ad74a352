"""Start the desk window: QApplication, translations, the database, the main window.

At start the window's frame is painted first; then, on a SQLite file, the event list is read without the
database layer (cmer_desk.services.event_rows.first_rows) and painted, read-only; only then is SQLAlchemy
imported and the AppContext opened (integrity check, start backup, migration), and the window attached
to it reads the list again the normal way. When the list cannot be read early for sure (PostgreSQL, a
file to migrate, locked, damaged...), the window goes straight to the normal path.

Benchmark hook: with ``CMER_DESK_BENCH_EXIT=1`` in the environment, the desk prints to stdout
``window-shown <t>`` at the main window's first paint, then at the first paint of the event list holding
rows ``rows-painted <n> database-layer-imported=<yes|no>`` and ``data-on-screen <t>`` (``t`` is
``time.monotonic()``, a clock shared by every process on the machine), then quits.
benchmarks/bench_start.py and tests/ui/test_start.py use it; without the variable nothing changes.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QProcess, QSettings, QTimer
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
                imported = "yes" if "sqlalchemy" in sys.modules else "no"
                print(f"rows-painted {self.rows_view.model().rowCount()} database-layer-imported={imported}", flush=True)
                print(f"data-on-screen {now:.6f}", flush=True)
            if self.shown and self.filled:
                QTimer.singleShot(0, self.app.quit)
        return False

    def _give_up(self) -> None:
        print("bench-timeout", flush=True)
        self.app.exit(3)


def close_down(window) -> None:
    """Take the window apart while the application still runs, in an order Qt and Python agree on: the
    timers stopped, the undo stack emptied and disconnected (its commands are Python objects, and its
    "index changed" would reload pages being destroyed), then the widgets deleted."""
    live = getattr(window, "live", None)
    if live is not None:
        live.timer.stop()
    stack = getattr(window, "undo_stack", None)
    if stack is not None:
        with contextlib.suppress(RuntimeError, TypeError):  # nothing connected
            stack.indexChanged.disconnect()
        stack.clear()
    window.hide()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def end_process(status: int):
    """Leave the process once the window is closed, the database closed and the settings written: the
    log flushed, then straight out (os._exit), without the interpreter's final garbage collection.

    With PySide6 6.12 on Python 3.11 that last collection of Qt wrappers can abort the process
    ("Fatal Python error: bool_dealloc", seen after typing in a form and refreshing the accreditations);
    nothing is left to do by then, so it is skipped rather than risked."""
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(status)


def _cannot_open(parent, error: Exception) -> None:
    from cmer_desk.services.failures import describe, log_failure

    log_failure(error, "opening the database")
    QMessageBox.critical(parent, "cmer-desk", QCoreApplication.translate(
        "Launch", "Impossible d'ouvrir la base de données :\n{0}.").format(describe(error)))


def open_window(app: QApplication, database: str | None, settings: QSettings, backup_dir: str | None = None):
    """Open the database, then the window filled at once (no frame first): (window, context), or
    (None, None) after a French message when the database cannot be opened. For scripted sessions."""
    from cmer_desk.app import AppContext
    from cmer_desk.ui.main_window import MainWindow

    i18n.install(app, str(settings.value("interface/language", "fr")))
    try:
        context = AppContext.open(database, backup_dir=backup_dir)
    except Exception as exc:  # noqa: BLE001 - any failure to open is shown, then we stop
        _cannot_open(None, exc)
        return None, None
    window = MainWindow(context, settings)
    window.show()
    return window, context


def launch(database: str | None) -> int:
    """Show the window's frame at once; once it is painted, the event list read early if it can be; then
    open the database and fill the window."""
    from cmer_desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    from cmer_desk.ui.failure_report import install_excepthook

    install_excepthook()
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
            _cannot_open(window, exc)
            app.exit(1)
            return
        opened.append(context)
        window.attach(context, load_now=False)
        if probe is not None and probe.rows_view is None:
            probe.watch_rows(window.events_page.table)

    def first_list() -> None:
        from cmer_desk.services.event_rows import first_rows

        rows = first_rows(database)
        if rows is None:
            open_database()
            return
        window.show_first_rows(rows)
        if probe is not None:
            probe.watch_rows(window.events_page.table)
        window.call_after_paint(open_database)  # the list painted first

    window.show()
    window.call_after_paint(first_list)
    restart = False
    try:
        status = app.exec()
        restart = window.restart_requested
    finally:
        close_down(window)
        for context in opened:
            context.close()
        settings.sync()
    if restart:  # the database is closed: the new desk opens it alone
        program, arguments = restart_command()
        if not QProcess.startDetached(program, arguments):
            log.error("could not start %s %s again", program, arguments)
    end_process(status)


def restart_command(argv: list[str] | None = None, executable: str | None = None,
                    frozen: bool | None = None) -> tuple[str, list[str]]:
    """How to start this desk again with the same arguments: the bundle's executable, or the Python running
    the cmer-desk script."""
    argv = list(sys.argv if argv is None else argv)
    executable = executable or sys.executable
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    return (executable, argv[1:]) if frozen else (executable, argv)
