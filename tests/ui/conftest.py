"""Fixtures for the desk window tests: a fresh SQLite file on the fixed clock and a private settings file per test."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog

from cmer_desk.app import AppContext
from tests.conftest import NOW


def type_text(widget, text: str) -> None:
    """Type text as key events, one character at a time. qtbot.keyClicks aborts on é, à, ç, œ or –."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
    QCoreApplication.processEvents()


def press(widget, key: Qt.Key) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))
    QCoreApplication.processEvents()


@pytest.fixture(scope="session", autouse=True)
def french_interface(qapp, tmp_path_factory):
    """The window speaks French as the desk starts it (cmer_desk.ui.launch): Qt's French, and our plural
    forms of the French source ("1 fiche", "2 fiches")."""
    from cmer_desk.ui import i18n

    installed = i18n.install(qapp, "fr", cache_dir=tmp_path_factory.mktemp("i18n"))
    yield
    i18n.uninstall(qapp, installed)


@pytest.fixture
def interface_language(qapp, tmp_path):
    """``use("en")`` makes the window speak a language as the desk does at start (Qt's translation, ours, the
    domain's catalogue, the default locale); French again afterwards."""
    from PySide6.QtCore import QLocale

    from cmer_desk.ui import i18n

    installed = []

    def use(code: str) -> None:
        if code != "fr":
            installed.extend(i18n.install(qapp, code, cache_dir=tmp_path / "i18n-cache"))

    yield use
    i18n.uninstall(qapp, installed)
    QLocale.setDefault(i18n.locale_for("fr"))


UNANSWERED_AFTER = 20.0  # seconds a modal dialog may wait for a test to answer it


@pytest.fixture(autouse=True)
def unanswered_dialogs(qapp):
    """A modal dialog no test answers would block the suite for ever: after a while it is closed and the
    test fails, naming the dialog."""
    shown_since: dict[int, float] = {}
    left: list[str] = []

    def close_the_forgotten() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            shown_since.clear()
            return
        since = shown_since.setdefault(id(dialog), time.monotonic())
        if time.monotonic() - since > UNANSWERED_AFTER:
            left.append(f"{type(dialog).__name__} « {dialog.windowTitle()} »")
            if isinstance(dialog, QDialog):
                dialog.done(QDialog.DialogCode.Rejected)
            else:
                dialog.close()

    watch = QTimer()
    watch.setInterval(500)
    watch.timeout.connect(close_the_forgotten)
    watch.start()
    yield
    watch.stop()
    assert not left, f"a modal dialog was left unanswered: {', '.join(left)}"


@pytest.fixture
def app_ctx(tmp_path):
    ctx = AppContext.open(str(tmp_path / "t.db"), backup_dir=tmp_path / "backups")
    ctx.service_context.clock = lambda: NOW  # never the machine's date: these tests type dates
    yield ctx
    ctx.close()


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, app_ctx, settings):
    from cmer_desk.ui.main_window import MainWindow

    def forget_changes(window):
        """Closing at teardown must not ask about unsaved changes."""
        from cmer_desk.ui.pages.record_page import RecordPage

        for page in window.pages:
            if isinstance(page, RecordPage) and page.has_form():
                page.form.set_dirty(False)

    def make(load_example: bool = False):
        if load_example:
            app_ctx.example.load()
        window = MainWindow(app_ctx, settings)
        qtbot.addWidget(window, before_close_func=forget_changes)
        window.show()
        return window

    return make


@pytest.fixture(autouse=True)
def answer_unsaved(monkeypatch):
    """Any unexpected 'save changes?' question fails loudly instead of blocking the test."""
    from PySide6.QtWidgets import QMessageBox

    def refuse(self):
        raise AssertionError(f"unexpected dialog: {self.text()}")

    monkeypatch.setattr(QMessageBox, "exec", refuse)


@pytest.fixture
def choose_file(monkeypatch):
    """Answer the desk's file dialogs with a path, as if a person had picked it; records the dialogs
    (they are the real ones, built by cmer_desk.ui.file_dialogs, just not run)."""
    from cmer_desk.ui import file_dialogs

    class Chooser:
        def __init__(self) -> None:
            self.answer = ""
            self.dialogs: list = []

        def __call__(self, path) -> Chooser:
            self.answer = str(path)
            return self

    chooser = Chooser()

    def run(dialog):
        chooser.dialogs.append(dialog)
        return chooser.answer

    monkeypatch.setattr(file_dialogs, "_run", run)
    return chooser
