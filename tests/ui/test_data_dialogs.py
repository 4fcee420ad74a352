"""Contacts in and out, duplicates and personal data, driven through their dialogs."""

from __future__ import annotations

import json
import stat
from datetime import date

from PySide6.QtWidgets import QMessageBox

from cmer_desk.domain.contact_points import simple_points
from cmer_desk.domain.drafts import ContactDraft
from tests.conftest import NOW

CSV = ("Nom;Prénom;Média;Courriel;Remarque\n"
       "Bertaud;Katia;La Provence;katia@laprovence.fr;à rappeler\n"
       "Émery;Zoé;France 3;zoe.emery@france3.fr;\n")


def _yes(monkeypatch, asked):
    def answer(box):
        asked.append(box.text())
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", answer)


def test_import_contacts_preview_mapping_simulate_then_import(make_window, app_ctx, tmp_path):
    path = tmp_path / "presse.csv"
    path.write_text(CSV, encoding="utf-8-sig")
    window = make_window()
    window.sidebar.setCurrentRow(1)
    dialog = window.data.import_contacts_dialog()
    assert not dialog.import_button.isEnabled()
    assert dialog.load_file(path)
    assert [c.accessibleName() for c in dialog.combos] == ["Nom", "Prénom", "Média", "Courriel", "Remarque"]
    assert [c.currentText() for c in dialog.combos[:4]] == ["Nom", "Prénom", "Média ou organisme", "Courriel"]
    assert dialog.preview_model.rowCount() == 2
    assert dialog.preview_model.item(0, 1).text() == "Bertaud"
    assert dialog.preview_model.horizontalHeaderItem(1).text() == "Nom → Nom"
    # the person maps the unrecognised column to the notes
    dialog.combos[4].setCurrentIndex(dialog.combos[4].findText("Notes"))
    assert dialog.preview_model.horizontalHeaderItem(5).text() == "Remarque → Notes"
    dialog.simulate_button.click()
    assert dialog.result_label.text() == "Simulation : 2 créés, 0 mis à jour, 0 ignoré, 2 médias ou organismes créés. Rien n'a été enregistré."
    assert app_ctx.contacts.rows() == []
    dialog.import_button.click()
    assert dialog.result_label.text().startswith("Import terminé : 2 créés")
    window.data._imported(dialog)
    page = window.contacts_page
    assert [page.proxy.row_at(r).name for r in range(page.proxy.rowCount())] == ["BERTAUD Katia", "ÉMERY Zoé"]
    katia = app_ctx.contacts.get(page.proxy.row_at(0).id)
    assert katia.notes == "à rappeler"
    assert window.statusBar().currentMessage().startswith("Import terminé : 2 créés")
    # the same file again: duplicates are shown with their line
    again = window.data.import_contacts_dialog()
    again.load_file(path)
    again.on_duplicate.setCurrentIndex(again.on_duplicate.findData("skip"))
    again.simulate_button.click()
    assert "0 créé, 0 mis à jour, 2 ignorés" in again.result_label.text()
    assert "Ligne 2 : déjà dans le fichier presse (Katia Bertaud)" in again.result_label.text()


def test_a_wrong_row_stops_the_import_with_its_line_and_writes_nothing(make_window, app_ctx, tmp_path):
    path = tmp_path / "faux.csv"
    path.write_text("Nom;Courriel\nAubert;anne@example.fr\nBlanc;bruno@@example\n", encoding="utf-8")
    window = make_window()
    dialog = window.data.import_contacts_dialog()
    dialog.load_file(path)
    dialog.import_button.click()
    assert dialog.result_label.text().startswith("Import refusé, rien n'a été enregistré.\nLigne 3 :")
    assert "adresse électronique" in dialog.result_label.text()
    assert app_ctx.contacts.rows() == []
    assert dialog.report is None


def test_import_accreditation_requests_for_the_selected_event(make_window, app_ctx, tmp_path):
    path = tmp_path / "demandes.csv"
    path.write_text("Nom;Prénom;Média;Rôle\nNouveau;Paul;Radio Soleil;JRI\n", encoding="utf-8")
    window = make_window(load_example=True)
    event_id = window.events_page.current_id()
    dialog = window.data.import_accreditations_dialog()
    assert dialog.windowTitle() == "Importer des demandes d'accréditation"
    dialog.load_file(path)
    assert dialog.combos[3].currentText() == "Rôle"
    dialog.import_button.click()
    assert "1 accréditation demandée" in dialog.result_label.text()
    rows = app_ctx.accreditations.rows(event_id)
    assert any(r.name == "NOUVEAU Paul" and r.status == "Demandée" for r in rows)


def test_export_the_contacts_shown(make_window, app_ctx, tmp_path, monkeypatch, choose_file):
    window = make_window(load_example=True)
    window.sidebar.setCurrentRow(1)
    page = window.contacts_page
    page.search.setText("bertaud")
    page.apply_search()
    target = tmp_path / "selection.csv"
    choose_file(target)
    dialog = window.data.export_dialog()
    assert dialog.shown_radio.text() == "Les contacts affichés (1)"
    dialog.shown_radio.click()
    dialog.export_button.click()
    text = target.read_text(encoding="utf-8-sig")
    assert text.count("\n") == 2 and "BERTAUD" in text.upper()
    assert dialog.result_label.text() == f"1 contact exporté dans {target}"


def test_export_the_bcc_list_of_everyone(make_window, app_ctx, tmp_path, monkeypatch, choose_file):
    window = make_window(load_example=True)
    target = tmp_path / "cci"
    choose_file(target)
    dialog = window.data.export_dialog()
    dialog.format.setCurrentIndex(dialog.format.findData(".txt"))
    dialog.export_button.click()
    lines = (tmp_path / "cci.txt").read_text(encoding="utf-8").split()
    assert lines and all("@" in line for line in lines)


def test_duplicates_are_listed_and_merged_keeping_the_one_chosen(make_window, app_ctx, monkeypatch):
    keep = app_ctx.contacts.save(ContactDraft(first_name="Katia", last_name="Bertaud", **simple_points(email="katia@example.fr")))
    other = app_ctx.contacts.save(ContactDraft(last_name="BERTAUD", **simple_points(email="Katia@example.fr", mobile="06 12 34 56 78")))
    window = make_window()
    from cmer_desk.ui.dialogs.contacts_dialogs import DuplicatesDialog

    dialog = DuplicatesDialog(app_ctx, window)
    assert dialog.summary.text() == "1 groupe de doublons"
    assert dialog.model.item(0).text() == "2 fiches — même courriel"
    assert dialog.merge_button.isEnabled()  # the first contact of the first group is preselected
    assert dialog.select_contact(keep.id)
    assert dialog.merge_button.isEnabled()
    asked = []
    _yes(monkeypatch, asked)
    assert dialog.merge_selected()
    assert "Garder « BERTAUD Katia » et y fusionner 1 autre fiche ?" in asked[0]
    assert [r.id for r in app_ctx.contacts.rows()] == [keep.id]
    assert app_ctx.contacts.get(keep.id).mobile == "+33612345678"
    assert dialog.summary.text() == "Aucun doublon dans le fichier presse."
    assert other.id not in [r.id for r in app_ctx.contacts.rows()]


def _old_contacts(app_ctx):
    a = app_ctx.contacts.save(ContactDraft(first_name="Anne", last_name="Ancien", last_contact_on=date(2015, 3, 1),
                                           **simple_points(email="anne@example.fr")))
    b = app_ctx.contacts.save(ContactDraft(first_name="Basile", last_name="Bréval", last_contact_on=date(2016, 5, 2)))
    app_ctx.contacts.save(ContactDraft(first_name="Récent", last_name="Rivière", last_contact_on=NOW.date()))
    return a, b


def test_personal_data_lists_contacts_past_retention_and_anonymises_them(make_window, app_ctx, monkeypatch):
    a, _b = _old_contacts(app_ctx)
    window = make_window()
    from cmer_desk.ui.dialogs.personal_data_dialog import PersonalDataDialog

    dialog = PersonalDataDialog(app_ctx, window)
    assert dialog.model.rowCount() == 2
    assert dialog.count_label.text() == "2 contacts à examiner"
    assert "plus de 3 ans" in dialog.intro.text()
    dialog.select_all_button.click()
    asked = []
    _yes(monkeypatch, asked)
    dialog.anonymise_button.click()
    assert asked[0].startswith("Anonymiser 2 contacts ?")
    assert dialog.model.rowCount() == 0
    assert app_ctx.contacts.get(a.id).last_name == "Anonyme" and app_ctx.contacts.get(a.id).email == ""
    assert dialog.count_label.text().startswith("2 contacts anonymisés")


def test_personal_data_delete_and_subject_access(make_window, app_ctx, tmp_path, monkeypatch, choose_file):
    _a, _b = _old_contacts(app_ctx)
    window = make_window()
    from cmer_desk.ui.dialogs.personal_data_dialog import PersonalDataDialog

    dialog = PersonalDataDialog(app_ctx, window)
    dialog.table.selectRow(0)
    target = tmp_path / "anne.json"
    choose_file(target)
    assert dialog.export_subject_access() == str(target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert json.loads(target.read_text(encoding="utf-8"))["contact"]["email"] == "anne@example.fr"
    dialog.table.selectRow(1)
    asked = []
    _yes(monkeypatch, asked)
    dialog.delete_button.click()
    assert asked[0] == "Supprimer définitivement 1 contact et ses accréditations ?"
    assert [r.name for r in app_ctx.contacts.rows()] == ["ANCIEN Anne", "RIVIÈRE Récent"]


def test_retention_period_in_the_settings(make_window, app_ctx, settings):
    from cmer_desk.ui.dialogs.settings_dialog import SettingsDialog

    window = make_window(load_example=True)
    dialog = SettingsDialog(app_ctx.profile, settings, window, personal_data=app_ctx.personal_data,
                            backup_folder=app_ctx.backups.folder)
    assert dialog.retention.value() == 3
    assert dialog.retention.accessibleName() == "Durée de conservation après le dernier contact"
    dialog.retention.setValue(5)
    dialog.save()
    assert app_ctx.personal_data.retention_years() == 5


def test_new_dialogs_name_their_fields_as_labelled(make_window, app_ctx, tmp_path):
    from cmer_desk.ui.dialogs.contacts_dialogs import DuplicatesDialog
    from cmer_desk.ui.dialogs.personal_data_dialog import PersonalDataDialog
    from tests.ui.test_accessibility import _check_form

    path = tmp_path / "presse.csv"
    path.write_text(CSV, encoding="utf-8")
    window = make_window(load_example=True)
    dialog = window.data.import_contacts_dialog()
    dialog.load_file(path)
    assert _check_form(dialog) == 6  # five columns and the duplicate rule
    assert _check_form(window.data.export_dialog()) == 2
    _check_form(DuplicatesDialog(app_ctx, window))
    _check_form(PersonalDataDialog(app_ctx, window))


def test_backup_folder_chosen_in_the_settings_is_kept_for_the_next_start(make_window, app_ctx, settings, tmp_path):
    from cmer_desk.ui.dialogs.settings_dialog import SettingsDialog
    from tests.ui.conftest import type_text

    window = make_window(load_example=True)
    dialog = SettingsDialog(app_ctx.profile, settings, window, personal_data=app_ctx.personal_data,
                            backup_folder=app_ctx.backups.folder)
    assert dialog.backup_folder.placeholderText() == str(app_ctx.backups.folder)
    assert dialog.backup_folder.accessibleName() == "Dossier des sauvegardes"
    chosen = tmp_path / "clé USB" / "sauvegardes"
    type_text(dialog.backup_folder, str(chosen))
    dialog.save()
    assert settings.value("backup/folder") == str(chosen)
