"""Every field and button has an accessible name equal to its visible label."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QFormLayout, QLabel

from cmer_desk.ui.widgets.fields import plain


def _check_form(form_widget):
    checked = 0
    for layout in form_widget.findChildren(QFormLayout):
        for row in range(layout.rowCount()):
            label_item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if label_item is None or not isinstance(label_item.widget(), QLabel):
                continue
            label = label_item.widget()
            buddy = label.buddy()
            assert buddy is not None, label.text()
            assert buddy.accessibleName() == plain(label.text()), label.text()
            checked += 1
    for button in form_widget.findChildren(QAbstractButton):
        if button.text() and button.isVisibleTo(form_widget):
            assert button.accessibleName() == plain(button.text()), button.text()
    return checked


def test_accessible_names_equal_labels(make_window):
    window = make_window(load_example=True)
    assert _check_form(window.contacts_page.form) >= 14
    assert _check_form(window.organisations_page.form) == 7
    assert _check_form(window.events_page.form) >= 25
    for page in window.pages:
        _check_form(page)
        assert page.search.accessibleName() == "Rechercher"


def test_settings_dialog_labels_and_save(make_window, settings, app_ctx):
    from cmer_desk.ui.dialogs.settings_dialog import SettingsDialog

    window = make_window(load_example=True)
    dialog = SettingsDialog(app_ctx.profile, settings, window)
    assert _check_form(dialog) >= 9
    assert dialog.default_issue_place.text() == "Marseille"
    dialog.website.setText("www.bouches-du-rhone.gouv.fr/presse")
    dialog.language.setCurrentIndex(1)
    dialog.save()
    assert app_ctx.profile.get().website == "www.bouches-du-rhone.gouv.fr/presse"
    assert settings.value("interface/language") == "en"


def test_settings_dialog_edits_the_bloc_marque_and_refuses_a_bad_file(make_window, settings, app_ctx, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from cmer_desk.domain.enums import ApostropheStyle
    from cmer_desk.ui.dialogs.settings_dialog import SettingsDialog
    from tests.ui.conftest import type_text

    window = make_window(load_example=True)
    dialog = SettingsDialog(app_ctx.profile, settings, window)
    assert dialog.issuer_title.toPlainText() == "Préfet de police\ndes Bouches-du-Rhône"
    assert dialog.motto.isChecked()
    bad = tmp_path / "embleme.png"
    bad.write_bytes(b"pas une image")
    dialog.logo_path.setText(str(bad))
    dialog.issuer_title.setFocus()
    dialog.issuer_title.selectAll()
    type_text(dialog.issuer_title, "Préfète")
    QTest.keyClick(dialog.issuer_title, Qt.Key.Key_Return)
    type_text(dialog.issuer_title, "des Bouches-du-Rhône")
    dialog.save()
    assert "n'est pas une image lisible" in dialog.rows["logo_path"].error.text()
    assert dialog.isVisible() or dialog.result() == 0
    assert app_ctx.profile.get().issuer_title == "Préfet de police\ndes Bouches-du-Rhône"  # nothing saved
    dialog.logo_path.setText("")
    dialog.motto.setChecked(False)
    dialog.apostrophe.setCurrentIndex(2)
    dialog.save()
    saved = app_ctx.profile.get()
    assert saved.issuer_title == "Préfète\ndes Bouches-du-Rhône"
    assert saved.motto is False and saved.apostrophe is ApostropheStyle.EVERYWHERE
