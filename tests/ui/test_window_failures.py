"""In the window nothing fails silently: an action that fails says why in French; a read-only file or a
failed start backup is said in the yellow band; a write that waits for another one says so and goes
through; a restore made by another desk is noticed and the lists reloaded."""

from __future__ import annotations

import sqlite3
import sqlite3 as dbapi
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.exc import OperationalError

from cmer_desk.domain.drafts import ContactDraft
from cmer_desk.services.integrity import read_only_health
from tests.cli.test_cli import cmer_desk
from tests.db.test_waiting_writers import hold_the_write_lock
from tests.ui.conftest import type_text

DISK_FULL = OperationalError("INSERT ...", {}, dbapi.OperationalError("database or disk is full"))


@pytest.fixture
def shown(monkeypatch):
    """Every critical or warning box, as (title, text)."""
    boxes: list[tuple[str, str]] = []
    for kind in ("critical", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, text, *a, **k: boxes.append((title, text)))
    return boxes


def fail(*_args, **_kwargs):
    raise DISK_FULL


def test_a_failing_print_says_why_in_french(make_window, app_ctx, monkeypatch, shown):
    window = make_window(load_example=True)
    monkeypatch.setattr(window.events_page.preview, "pdf", lambda: None)
    monkeypatch.setattr(app_ctx.documents, "invitation", fail)
    window.documents.print_action.trigger()
    assert shown == [("Opération impossible", "L'opération n'a pas pu se faire : le disque est plein : rien n'a "
                                              "été enregistré ; libérez de la place puis recommencez.")]


def test_a_failing_delete_says_why_and_keeps_the_record(make_window, app_ctx, monkeypatch, shown):
    window = make_window(load_example=True)
    window.sidebar.setCurrentRow(1)
    page = window.contacts_page
    page.select_first()
    before = page.current_id()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr("cmer_desk.ui.pages.record_page.confirm", lambda *a: True)
    monkeypatch.setattr(app_ctx.contacts, "usages", lambda record_id: [])  # no replacement to ask for
    monkeypatch.setattr(app_ctx.contacts, "delete", fail)
    window.delete_action.trigger()
    assert shown and "le disque est plein" in shown[0][1]
    assert page.current_id() == before


def test_a_failing_export_says_why(make_window, app_ctx, monkeypatch, shown, choose_file, tmp_path):
    window = make_window(load_example=True)
    monkeypatch.setattr(app_ctx.contact_export, "export", fail)
    choose_file(tmp_path / "contacts.csv")
    dialog = window.data.export_dialog()
    dialog.export_button.click()
    assert "le disque est plein" in dialog.result_label.text()


def test_a_failing_restore_says_why(make_window, app_ctx, monkeypatch, shown, choose_file):
    window = make_window(load_example=True)
    backup = app_ctx.backups.take_backup()
    choose_file(backup)
    monkeypatch.setattr("cmer_desk.ui.safety.confirm", lambda *a: True)
    monkeypatch.setattr(app_ctx, "restore", lambda path: (_ for _ in ()).throw(PermissionError(13, "denied", str(path))))
    window.safety.restore_action.trigger()
    assert shown == [("Opération impossible", f"L'opération n'a pas pu se faire : « {backup} » : accès refusé "
                                              "(fichier ou dossier protégé en écriture).")]


def test_a_read_only_database_opens_read_only_under_the_yellow_band(make_window, app_ctx):
    app_ctx.example.load()
    app_ctx.health = read_only_health("/media/cle/press.db")
    app_ctx.warnings = ["La sauvegarde de démarrage n'a pas pu être faite : le disque est plein."]
    window = make_window()
    notice = window.safety.notice
    assert notice.isVisible()
    assert "La sauvegarde de démarrage n'a pas pu être faite" in notice.label.text()
    assert "est en lecture seule" in notice.label.text() and "endommagée" not in notice.label.text()
    assert window.safety.banner is None
    assert not window.save_action.isEnabled() and not window.new_action.isEnabled()
    assert window.safety.backup_action.isEnabled()  # reading it to back it up still works
    assert not window.safety.restore_action.isEnabled()  # a read-only file cannot be restored into
    assert window.events_page.current_id() is not None


@pytest.mark.sqlite_only
def test_a_save_that_waits_for_another_write_says_so_and_goes_through(make_window, app_ctx, tmp_path):
    window = make_window(load_example=True)
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    window.sidebar.setCurrentRow(1)
    page = window.contacts_page
    page.new()
    type_text(page.form.last_name, "Pendant l'import")
    holder = hold_the_write_lock(tmp_path / "t.db", 2.5)
    window.save_action.trigger()
    holder.wait(timeout=60)
    assert any(s.startswith("Une autre écriture est en cours sur la base (import, autre poste) : attente…")
               for s in said), said
    assert "L'autre écriture est terminée" in said
    assert "PENDANT L'IMPORT" in {r.name.split()[0] + " " + r.name.split()[1] for r in app_ctx.contacts.rows()
                                  if r.name.startswith("PENDANT")}
    assert window.live.timer.isActive()


@pytest.mark.sqlite_only
def test_a_restore_by_another_desk_is_noticed_and_the_next_save_lands_in_it(make_window, app_ctx, tmp_path):
    window = make_window(load_example=True)
    backup = app_ctx.backups.take_backup(target=tmp_path / "copie.db")
    app_ctx.contacts.save(ContactDraft(last_name="Avant la restauration"))
    window.reload_lists()
    restored = cmer_desk("--database", str(tmp_path / "t.db"), "restore", str(backup),
                         env={"CMER_DESK_BACKUP_DIR": str(tmp_path / "backups")})
    assert restored.returncode == 0, restored.stderr
    window.live.poll()
    notice = window.safety.notice
    assert notice.isVisible() and "La base a été restaurée depuis une sauvegarde sur un autre poste" in notice.label.text()
    assert "AVANT" not in " ".join(r.name for r in window.contacts_page.model.rows())
    window.sidebar.setCurrentRow(1)
    page = window.contacts_page
    page.new()
    type_text(page.form.last_name, "Après la restauration")
    window.save_action.trigger()
    code = "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(\"SELECT count(*) FROM contact WHERE last_name = 'Après la restauration'\").fetchone()[0])"
    seen = subprocess.run([sys.executable, "-c", code, str(tmp_path / "t.db")], check=True, capture_output=True,
                          text=True).stdout.strip()
    assert seen == "1"
    with sqlite3.connect(tmp_path / "t.db") as connection:
        assert connection.execute("SELECT count(*) FROM contact WHERE last_name = 'Avant la restauration'").fetchone() == (0,)
