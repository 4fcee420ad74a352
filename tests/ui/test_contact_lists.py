"""The window, driven as a person would: a contact with several addresses and numbers, and an import
whose warnings and refused rows are shown, with the choice to import the valid rows or nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from cmer_desk.domain.contact_points import EmailAddress, PhoneNumber
from cmer_desk.domain.enums import ContactKind
from tests.ui.conftest import press, type_text

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "contacts"


def test_a_contact_gets_several_addresses_and_numbers_in_the_form(make_window, app_ctx):
    window = make_window()
    window.sidebar.setCurrentRow(1)
    page = window.contacts_page
    form = page.form
    window.new_action.trigger()
    type_text(form.first_name, "Zoé")
    type_text(form.last_name, "Émery")
    type_text(form.email, "zoe.emery@example.com")
    form.emails.add_button.click()
    second = form.emails.lines[-1]
    assert second.value.hasFocus()
    type_text(second.value, "redaction@example.org")
    second.kind.setFocus()
    second.kind.setCurrentIndex(second.kind.findText("Domicile"))
    second.kind.activated.emit(second.kind.currentIndex())
    type_text(second.label, "rédaction")
    type_text(form.landline, "04 65 71 12 58")
    type_text(form.phones.lines[0].extension, "205")
    type_text(form.mobile, "06 12 34 56 78")
    assert form.is_dirty()
    window.save_action.trigger()
    [row] = app_ctx.contacts.rows()
    saved = app_ctx.contacts.get(row.id)
    assert saved.emails == [EmailAddress("zoe.emery@example.com", ContactKind.WORK, "", True),
                            EmailAddress("redaction@example.org", ContactKind.HOME, "rédaction", True)]
    assert saved.phones == [PhoneNumber("+33465711258", ContactKind.WORK, "", "205", True),
                            PhoneNumber("+33612345678", ContactKind.MOBILE, "", "", True)]
    assert row.phone == "06 12 34 56 78"  # the list shows the preferred mobile
    # the form shows what was saved; removing a line and saving keeps the other
    assert [line.value.text() for line in form.emails.lines] == ["zoe.emery@example.com", "redaction@example.org"]
    assert form.phones.lines[0].value.text() == "04 65 71 12 58" and form.phones.lines[0].extension.text() == "205"
    form.emails.lines[0].remove.click()
    assert form.is_dirty()
    window.save_action.trigger()
    assert [e.address for e in app_ctx.contacts.get(row.id).emails] == ["redaction@example.org"]


def test_a_wrong_second_address_is_shown_beside_the_list_with_the_cursor_on_it(make_window, app_ctx):
    window = make_window()
    window.sidebar.setCurrentRow(1)
    form = window.contacts_page.form
    window.new_action.trigger()
    type_text(form.last_name, "Bertaud")
    type_text(form.email, "katia@example.com")
    form.emails.add_button.click()
    type_text(form.emails.lines[-1].value, "katia@@mairie")
    window.save_action.trigger()
    row = form.rows["emails"]
    assert row.error.isVisible() and "« katia@@mairie »" in row.error.text()
    assert form.emails.lines[-1].value.hasFocus()
    assert app_ctx.contacts.rows() == []


def _open_import(make_window, tmp_path):
    source = tmp_path / "liste presse.csv"
    shutil.copyfile(CORPUS / "reconstruction-press-list-odd-values.csv", source)
    window = make_window()
    dialog = window.data.import_contacts_dialog()
    assert dialog.load_file(source)
    return window, dialog, source


def test_the_import_preview_shows_warnings_refused_rows_and_the_choice(make_window, app_ctx, tmp_path):
    _window, dialog, _source = _open_import(make_window, tmp_path)
    assert dialog.check_label.text() == "9 lignes : 7 valides, 5 avertissements, 2 refusées."
    shown = dialog.issues.toPlainText().splitlines()
    assert shown[0] == ("Refusée — Ligne 9 : l'adresse « odile.blanc@@example » du champ « Courriel » n'est pas "
                        "une adresse électronique valide.")  # fmt: skip
    assert "Avertissement — Ligne 5 : la civilité « M.Sc. » n'est pas connue ; elle est gardée telle quelle." in shown
    assert "Avertissement — Ligne 6 : le numéro « (212) 555-0147 » est lu comme un numéro nord-américain " \
           "(+1 212-555-0147)." in shown
    assert dialog.skip_radio.isVisibleTo(dialog) and dialog.nothing_radio.isChecked()
    assert dialog.skip_radio.text().startswith("Importer 7 lignes valides et écrire 2 lignes refusées")
    # the default is all or nothing: Import refuses and writes nothing
    dialog.import_button.click()
    assert dialog.result_label.text().startswith("Import refusé, rien n'a été enregistré.\nLigne 9 :")
    assert app_ctx.contacts.rows() == []
    # the person chooses to skip the refused rows, with the keyboard
    dialog.skip_radio.setFocus()
    press(dialog.skip_radio, Qt.Key.Key_Space)
    assert dialog.skip_radio.isChecked()
    dialog.simulate_button.click()
    assert "7 créés" in dialog.result_label.text() and "2 lignes refusées seraient écrites" in dialog.result_label.text()
    assert app_ctx.contacts.rows() == []
    dialog.import_button.click()
    rejects = tmp_path / "liste presse-lignes-refusees.csv"
    assert dialog.result_label.text().startswith("Import terminé : 7 créés")
    assert f"Lignes refusées, avec leur motif : {rejects}" in dialog.result_label.text()
    assert len(app_ctx.contacts.rows()) == 7
    text = rejects.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].endswith(";Motif du refus") and "odile.blanc@@example" in text


def test_changing_the_mapping_checks_the_rows_again(make_window, app_ctx, tmp_path, qtbot):
    _window, dialog, _source = _open_import(make_window, tmp_path)
    phone = next(c for c in dialog.combos if c.accessibleName() == "Téléphone")
    phone.setCurrentIndex(phone.findData(None))  # the column with the short number is no longer read
    qtbot.waitUntil(lambda: "1 refusée." in dialog.check_label.text(), timeout=3000)
    assert not any("04 65" in line for line in dialog.issues.toPlainText().splitlines())
