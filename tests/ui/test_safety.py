"""A damaged database opens read-only with a way back to the latest good backup; backups on demand."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from cmer_desk.services.integrity import Health

DAMAGED = Health(False, "La base de données est endommagée ; les modifications sont bloquées pour ne rien "
                        "aggraver. Restaurez la dernière sauvegarde saine. (Détail : page 3 invalide)")


def test_backup_now_from_the_file_menu(make_window, app_ctx):
    window = make_window(load_example=True)
    assert window.safety.backup_action.text() == "Sauvegarder &maintenant"
    window.safety.backup_action.trigger()
    backups = app_ctx.backups.list_backups()
    assert len(backups) == 1 and "manuelle" in backups[0].path.name
    assert window.statusBar().currentMessage() == f"Sauvegarde enregistrée : {backups[0].path.name}"


def test_damaged_database_opens_read_only_under_a_red_banner(make_window, app_ctx):
    app_ctx.example.load()
    app_ctx.health = DAMAGED
    window = make_window()
    banner = window.safety.banner
    assert banner is not None and banner.isVisible()
    assert banner.label.text() == DAMAGED.message
    assert banner.restore_button.text() == "Restaurer la dernière sauvegarde saine…"
    assert banner.restore_button.accessibleName() == banner.restore_button.text()
    for action in (window.new_action, window.save_action, window.delete_action, window.duplicate_action,
                   window.data.import_contacts_action, window.safety.backup_action):
        assert not action.isEnabled(), action.text()
    page = window.events_page
    assert page.current_id() is not None  # still readable
    assert page.form.title_edit.text().startswith("Installation de la cellule")
    assert page.form.title_edit.isReadOnly() and not page.save_button.isEnabled()
    assert not page.form.kind.isEnabled()
    window.sidebar.setCurrentRow(3)
    acc = window.accreditations_page
    assert acc.proxy.rowCount() == 7
    assert not acc.confirm_button.isEnabled() and not acc.picker.isEnabled()
    window.sidebar.setCurrentRow(0)
    assert not window.duplicate_action.isEnabled()
    window.save_action.trigger()  # does nothing, asks nothing
    window.new_action.trigger()
    assert page.current_id() is not None


def test_restore_the_latest_good_backup_after_confirmation(make_window, app_ctx, monkeypatch):
    app_ctx.example.load()
    backup = app_ctx.backups.take_backup("manuelle")
    app_ctx.health = DAMAGED
    window = make_window()
    asked = []

    def answer(box):
        asked.append(box.text())
        return QMessageBox.StandardButton.Yes if box.windowTitle() == "Restaurer la sauvegarde" else QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", answer)
    window.safety.banner.restore_button.click()
    assert backup.name in asked[0] and "une copie de la base actuelle est conservée" in asked[0]
    assert "a été restaurée ; les listes ont été rechargées" in asked[1]
    assert app_ctx.health.ok
    assert "a été restaurée" in window.safety.banner.label.text()
    assert not window.safety.banner.restore_button.isEnabled()
    assert any("avant-restauration" in b.path.name for b in app_ctx.backups.list_backups())
    # the window works on at once: writable again, the lists reloaded
    assert window.save_action.isEnabled() and window.new_action.isEnabled()
    assert not window.events_page.form.title_edit.isReadOnly()
    assert window.events_page.current_id() is not None


def test_no_good_backup_says_so(make_window, app_ctx, monkeypatch):
    app_ctx.health = DAMAGED
    window = make_window()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    assert window.safety.restore_latest() is False
    assert shown[0][0] == "Aucune sauvegarde saine" and str(app_ctx.backups.folder) in shown[0][1]


def test_backups_of_a_test_go_to_its_own_folder(app_ctx, tmp_path):
    assert app_ctx.backups.folder == tmp_path / "backups"
