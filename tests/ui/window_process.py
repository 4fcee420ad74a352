"""The real desk window in a process of its own, driven line by line on stdin, answering on stdout.

    python -m tests.ui.window_process DATABASE BACKUP_DIR SETTINGS_FILE

Used by the tests that must kill the window with SIGKILL (tests/ui/test_lock_safety.py,
tests/ui/test_window_soak.py). Commands, one per line:

    dialog pdf|import|settings   open that file dialog the way a person does (menu, then Choisir…/Parcourir…),
                                 look at the folder it shows (every icon and type column), answer "dialog-shown"
    close-dialog                 cancel it (and the dialog that opened it): "dialog-closed"
    save NAME                    a new contact named NAME through the contacts page and Ctrl+S:
                                 "saved NAME ID" once the window confirmed it, else "not-saved NAME <message>"
    fds                          "fds [...]": what the kernel says this process has open of the database
    undo                         confirm the first accreditation, then Ctrl+Z: "undone"
    lose-locks                   open and close the database file once, as a careless reader would: "lost"
    notice                       "notice TEXT": what the yellow band says
    poll                         the live updates' poll now: "polled N"
    quit                         close the window as Fichier › Quitter does: "bye", then the exit status

Every message box the window shows is answered OK and echoed as "message TITLE | TEXT".
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QSocketNotifier, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QFileDialog, QMessageBox, QPushButton

from tests.ui.conftest import type_text


def say(*words: object) -> None:
    print(*words, flush=True)


def _answer_boxes() -> None:
    def exec_(box):
        say("message", box.windowTitle(), "|", " ".join(box.text().split()))
        return QMessageBox.StandardButton.Ok

    def static(kind):
        def show(parent, title, text, *args, **kwargs):
            say("message", title, "|", " ".join(str(text).split()))
            return QMessageBox.StandardButton.Ok
        return show

    QMessageBox.exec = exec_
    for kind in ("warning", "critical", "information"):
        setattr(QMessageBox, kind, static(kind))
    QMessageBox.question = lambda *a, **k: QMessageBox.StandardButton.Yes


def open_descriptors(database: Path) -> list[str]:
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(database)):
            found.append(target)
    return sorted(found)


def ask_every_row(dialog: QFileDialog) -> list[str]:
    """What painting the list does: every row's name, icon and type, in every view of the dialog; returns
    the names listed."""
    names: list[str] = []
    for view in dialog.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        root = view.rootIndex()
        for row in range(model.rowCount(root)):
            for column in range(model.columnCount(root)):
                index = model.index(row, column, root)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole):
                    model.data(index, role)
            names.append(model.index(row, 0, root).data())
    return names


class Driver:
    def __init__(self, app: QApplication, window, database: Path):
        self.app, self.window, self.database = app, window, database
        self.buffer = b""
        self.dialog_kind: str | None = None
        self.notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
        self.notifier.activated.connect(self._readable)
        window.contacts_page.form.saved.connect(self._saved)
        self.pending_name: str | None = None

    # --- commands --------------------------------------------------------------------------------
    def _readable(self, *_args) -> None:
        chunk = os.read(sys.stdin.fileno(), 65536)
        if not chunk:
            self.notifier.setEnabled(False)
            return
        self.buffer += chunk
        *lines, self.buffer = self.buffer.split(b"\n")
        for line in lines:
            command, _, argument = line.decode().strip().partition(" ")
            QTimer.singleShot(0, lambda c=command, a=argument: self.run(c, a))

    def run(self, command: str, argument: str) -> None:
        if command == "dialog":
            self.open_dialog(argument)
        elif command == "close-dialog":
            self.close_dialog()
        elif command == "save":
            self.save(argument)
        elif command == "fds":
            say("fds", json.dumps(open_descriptors(self.database)))
        elif command == "undo":
            self.confirm_then_undo()
        elif command == "lose-locks":
            with open(self.database, "rb") as handle:  # what Qt's stock file dialog does when it sniffs
                handle.read(16)
            say("lost")
        elif command == "notice":
            say("notice", " ".join(self.window.safety.notice.label.text().split()))
        elif command == "poll":
            say("polled", self.window.live.poll())
        elif command == "quit":
            say("bye")
            self.window.close()
            self.app.quit()

    def open_dialog(self, kind: str) -> None:
        self.dialog_kind = kind
        w = self.window
        QTimer.singleShot(100, self._watch_for_dialog)
        if kind == "pdf":
            w.sidebar.setCurrentRow(0)
            w.documents.save_pdf_action.trigger()
        elif kind == "import":
            w.data.import_contacts_action.trigger()
        elif kind == "settings":
            w.settings_actions.settings_action.trigger()

    def _watch_for_dialog(self) -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QFileDialog):
            QTimer.singleShot(1000, lambda: self._look_at(modal))
            return
        if isinstance(modal, QDialog):  # the import or settings dialog: press its Choisir… / Parcourir…
            wanted = {"import": "Choisir…", "settings": "Parcourir…"}[self.dialog_kind or ""]
            for button in modal.findChildren(QPushButton):
                if button.text() == wanted and button.isVisible():
                    QTimer.singleShot(0, button.click)
                    break
        QTimer.singleShot(100, self._watch_for_dialog)

    def _look_at(self, dialog: QFileDialog) -> None:
        ask_every_row(dialog)
        QTimer.singleShot(500, lambda: say("dialog-shown", dialog.directory().absolutePath()))

    def close_dialog(self) -> None:
        while isinstance(QApplication.activeModalWidget(), QDialog):
            dialog = QApplication.activeModalWidget()
            dialog.reject()
            QApplication.processEvents()
            if QApplication.activeModalWidget() is dialog:
                break
        say("dialog-closed")

    def confirm_then_undo(self) -> None:
        w = self.window
        w.sidebar.setCurrentRow(3)
        page = w.accreditations_page
        page.table.selectRow(0)
        page.confirm_button.click()
        w.undo_action.trigger()
        say("undone", w.undo_stack.index())

    def save(self, name: str) -> None:
        w = self.window
        w.sidebar.setCurrentRow(1)
        page = w.contacts_page
        page.new()
        self.pending_name = name
        type_text(page.form.last_name, name)
        w.save_action.trigger()
        if self.pending_name is not None:  # the saved signal did not come
            self.pending_name = None
            say("not-saved", name, w.statusBar().currentMessage())

    def _saved(self, draft) -> None:
        if self.pending_name is not None and draft.last_name == self.pending_name:
            self.pending_name = None
            say("saved", draft.last_name, draft.id)


def main(database: str, backup_dir: str, settings_file: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from cmer_desk.ui.launch import open_window

    app = QApplication.instance() or QApplication(sys.argv[:1])
    _answer_boxes()
    settings = QSettings(settings_file, QSettings.Format.IniFormat)
    window, context = open_window(app, database, settings, backup_dir=backup_dir)
    if window is None:
        say("failed")
        return 1
    driver = Driver(app, window, Path(database))
    say("ready")
    from cmer_desk.ui.launch import close_down, end_process

    try:
        status = app.exec()
    finally:
        del driver
        close_down(window)
        context.close()
        settings.sync()
    say("closed", status)
    end_process(status)


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))


# --- the test's side ------------------------------------------------------------------------------------


class WindowProcess:
    """Start the scripted window, send it commands, read its answers (with a deadline), kill it."""

    def __init__(self, database: Path, backup_dir: Path, settings_file: Path, *, cwd: Path, env: dict | None = None):
        import selectors
        import subprocess

        root = Path(__file__).resolve().parents[2]
        environment = {**os.environ, **(env or {}), "PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.ui.window_process", str(database), str(backup_dir), str(settings_file)],
            cwd=cwd, env=environment, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.selector = selectors.DefaultSelector()
        self.selector.register(self.process.stdout, selectors.EVENT_READ)
        self.buffer = b""
        self.lines: list[str] = []

    def send(self, command: str) -> None:
        self.process.stdin.write(command.encode() + b"\n")
        self.process.stdin.flush()

    def expect(self, *prefixes: str, timeout: float = 60) -> str:
        """The next line starting with one of ``prefixes`` (message lines are kept in ``lines``)."""
        import time

        deadline = time.monotonic() + timeout
        while True:
            while b"\n" in self.buffer:
                raw, self.buffer = self.buffer.split(b"\n", 1)
                line = raw.decode(errors="replace")
                self.lines.append(line)
                if line.startswith(prefixes):
                    return line
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"no {prefixes} within {timeout} s; seen: {self.lines[-20:]}; "
                                     f"stderr: {self.stderr_tail()}")
            if self.selector.select(timeout=min(left, 0.5)):
                chunk = os.read(self.process.stdout.fileno(), 65536)
                if not chunk:
                    raise AssertionError(f"window process ended; seen: {self.lines[-20:]}; stderr: {self.stderr_tail()}")
                self.buffer += chunk

    def stderr_tail(self) -> str:
        if self.process.poll() is None:
            return "(still running)"
        return self.process.stderr.read().decode(errors="replace")[-3000:]

    def kill(self) -> list[str]:
        """SIGKILL; returns the lines it printed that were not read yet (they were printed before it died)."""
        import signal

        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)
        rest = self.buffer + self.process.stdout.read()
        self.buffer = b""
        self.selector.close()
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            stream.close()
        lines = [line.decode(errors="replace") for line in rest.split(b"\n") if line]
        self.lines += lines
        return lines

    def close(self, timeout: float = 60) -> tuple[int, str]:
        """Quit as a person does; the exit status and what went to stderr."""
        self.send("quit")
        self.expect("bye", timeout=timeout)
        _out, err = self.process.communicate(timeout=timeout)
        self.selector.close()
        return self.process.returncode, err.decode(errors="replace")
