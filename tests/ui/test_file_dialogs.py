"""Every file dialog of the desk lists a folder without opening a file in it: the database's locks
survive a file dialog shown on its own folder (checked with the kernel's list of open files and the
write-ahead log a second process would delete), and SQLite's companion files are not offered."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from cmer_desk.ui import file_dialogs
from tests.ui.window_process import ask_every_row

pytestmark = [
    pytest.mark.sqlite_only,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/fd"),
]


def deleted_companions(database: Path) -> list[str]:
    """Files of the database this process still has open although they were deleted."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(database)) and target.endswith("(deleted)"):
            found.append(target)
    return found


def another_process_opens_and_closes(database: Path) -> None:
    code = "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('SELECT count(*) FROM contact'); c.close()"
    subprocess.run([sys.executable, "-c", code, str(database)], check=True, timeout=60)


def look_at(qtbot, dialog: QFileDialog) -> list[str]:
    """Show the dialog and do what painting does: ask every row for its name, icon and type."""
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(800)  # the model lists the folder in a thread of its own
    names = ask_every_row(dialog)
    qtbot.wait(300)
    dialog.reject()
    return names


@pytest.fixture
def live_database(app_ctx, tmp_path):
    """The window's database, open, in WAL mode, with a file beside it that a dialog would sniff."""
    app_ctx.example.load()
    path = tmp_path / "t.db"
    assert Path(f"{path}-wal").exists()
    (tmp_path / "notes sans extension").write_text("texte", encoding="utf-8")
    return path


def test_the_probe_sees_locks_lost_by_a_foreign_descriptor(live_database):
    """The mechanism, shown with the probe the next tests use: one open() and close() of the database
    by this process, then another process closing the file, deletes our write-ahead log."""
    with open(live_database, "rb") as handle:
        handle.read(16)
    another_process_opens_and_closes(live_database)
    assert deleted_companions(live_database)


@pytest.mark.parametrize("kind", ["open", "save", "settings", "folder"])
def test_a_dialog_on_the_database_folder_keeps_the_locks(qtbot, live_database, app_ctx, kind):
    folder = str(live_database.parent)
    if kind == "open":
        dialog = file_dialogs.open_file_dialog(None, "Importer des contacts", folder, "Contacts (*.csv *.vcf)")
    elif kind == "save":
        dialog = file_dialogs.save_file_dialog(None, "Enregistrer en PDF", f"{folder}/invitation.pdf",
                                               "Document PDF (*.pdf)")
    elif kind == "settings":
        dialog = file_dialogs.save_file_dialog(None, "Base de données", str(live_database), "",
                                               confirm_overwrite=False)
    else:
        dialog = file_dialogs.folder_dialog(None, "Dossier des sauvegardes", folder)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    names = look_at(qtbot, dialog)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    if kind == "settings":
        assert "t.db" in names
        assert not any(n.endswith(("-wal", "-shm")) for n in names)  # never offered
    another_process_opens_and_closes(live_database)
    assert deleted_companions(live_database) == []
    assert Path(f"{live_database}-wal").exists()
    app_ctx.contacts.rows()  # and the window's connection still works


def test_the_icon_provider_answers_from_the_name(qtbot, tmp_path):
    from PySide6.QtCore import QFileInfo

    provider = file_dialogs.NameOnlyIconProvider()
    (tmp_path / "liste.csv").write_text("Nom\n", encoding="utf-8")
    assert provider.type(QFileInfo(str(tmp_path / "liste.csv"))) == "Fichier CSV"
    assert provider.type(QFileInfo(str(tmp_path))) == "Dossier"
    assert not provider.icon(QFileInfo(str(tmp_path / "liste.csv"))).isNull()


def test_printing_offers_no_print_to_file(monkeypatch):
    """Qt's print dialog would open Qt's stock file dialog for "print to file": the desk's own
    Enregistrer en PDF does that job."""
    from cmer_desk.ui.print import output

    seen = []

    def exec_(dialog):
        seen.append(dialog.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    monkeypatch.setattr(output.QPrinterInfo, "availablePrinters", staticmethod(lambda: ["imprimante"]))
    assert output.print_pdf(b"%PDF-1.4", None, "Invitation", QPrinter()) is False
    assert seen == [False]


def test_printing_without_a_printer_says_so_in_french(monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from cmer_desk.ui.print import output

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(output.QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    assert output.print_pdf(b"%PDF-1.4", None, "Invitation", QPrinter()) is False
    assert shown == [("Impression impossible", "Aucune imprimante n'est installée sur ce poste. Pour obtenir le "
                                              "document, utilisez « Enregistrer en PDF ».")]


def test_choosing_the_open_database_to_read_or_write_is_refused(qtbot, live_database, monkeypatch, choose_file):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    for path in (live_database, f"{live_database}-wal"):
        choose_file(path)
        assert file_dialogs.ask_open_file(None, "Importer des contacts", str(live_database.parent)) == ""
        assert file_dialogs.ask_save_file(None, "Enregistrer en PDF", str(live_database.parent)) == ""
    assert len(shown) == 4 and "est la base de données que cmer-desk a ouverte" in shown[0]
    choose_file(live_database)  # the settings only note where the database lives: allowed
    assert file_dialogs.ask_save_file(None, "Base de données", str(live_database), confirm_overwrite=False) \
        == str(live_database)
