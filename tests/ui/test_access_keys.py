"""Access keys (Alt+letter): unique in the menu bar, in each menu, in each dialog, on each page and in each
group of a form, with the menu bar's titles; every form label has one and its buddy; in French and English."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QMenu

from cmer_desk.ui import access_keys, i18n

needs_lrelease = pytest.mark.skipif(i18n.find_lrelease() is None, reason="pyside6-lrelease is not installed")
LANGUAGES = ["fr", pytest.param("en", marks=needs_lrelease)]


@pytest.fixture(params=LANGUAGES)
def language(request, interface_language):
    interface_language(request.param)
    return request.param


def _menu_problems(menu: QMenu, path: str) -> list[str]:
    problems = []
    actions = [a for a in menu.actions() if not a.isSeparator() and a.isVisible() and a.text()]
    keys = [(access_keys.mnemonic(a.text()), a.text()) for a in actions]
    problems += [f"{path}: « {text} » has no access key" for key, text in keys if key is None]
    clashes = access_keys.clashes([(k, t) for k, t in keys if k])
    problems += [f"{path}: {key} on {texts}" for key, texts in clashes.items()]
    for action in actions:
        if action.menu() is not None:
            problems += _menu_problems(action.menu(), f"{path} › {action.text()}")
    return problems


def _scope_problems(root, split_groups: bool) -> list[str]:
    return [f"{scope}: Alt+{key} on {texts}" for _, scope, keys in access_keys.keys_of(root, split_groups)
            for key, texts in access_keys.clashes(keys).items()]


def _labels_without_keys(root, split_groups: bool) -> list[str]:
    """Form labels without a buddy, or without an access key while a letter of theirs is still free in
    their scope (a long form can use up every letter of a label: Alt+letter cycles there)."""
    scopes = access_keys.keys_of(root.window(), split_groups)
    missing = []
    for layout in root.findChildren(QFormLayout):
        for row in range(layout.rowCount()):
            item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if not isinstance(label, QLabel) or not label.text().strip():
                continue
            if label.buddy() is None:
                missing.append(f"« {label.text()} » has no buddy")
            elif access_keys.mnemonic(label.text()) is None:
                # the innermost scope holding the label: the last of its ancestors in the walk
                *_, (_, _, keys) = [s for s in scopes if s[0] is label.window() or s[0].isAncestorOf(label)]
                free = {ch.casefold() for ch in label.text() if ch.isascii() and ch.isalnum()} - {k for k, _ in keys}
                if free:
                    missing.append(f"« {label.text()} » has no key, {sorted(free)} free")
                else:
                    LEFT_WITHOUT_KEY.add(label.text())
    return missing


LEFT_WITHOUT_KEY: set[str] = set()  # every letter taken in their scope (printed with -s)


def test_main_window_menus_pages_and_forms(language, make_window):
    window = make_window(load_example=True)
    bar = window.menuBar()
    titles = [(access_keys.mnemonic(a.text()), a.text()) for a in bar.actions()]
    assert all(key for key, _ in titles), titles
    assert access_keys.clashes(titles) == {}
    problems = []
    for action in bar.actions():
        problems += _menu_problems(action.menu(), action.text())
    for row in range(len(window.pages)):
        window.sidebar.setCurrentRow(row)
        problems += _scope_problems(window, split_groups=True)
    window.sidebar.setCurrentRow(0)
    for page in window.pages:
        problems += [f"{type(page).__name__}: {text}" for text in _labels_without_keys(page, True)]
    assert problems == [], "\n".join(problems)


def _dialogs(app_ctx, window, settings, event_id):
    from PySide6.QtWidgets import QComboBox

    from cmer_desk.domain.drafts import EventDraft
    from cmer_desk.formats.pdf.invitation import render_invitation
    from cmer_desk.services.events import LABELS
    from cmer_desk.ui.dialogs.about_dialog import AboutDialog
    from cmer_desk.ui.dialogs.conflict_dialog import ConflictDialog
    from cmer_desk.ui.dialogs.contacts_dialogs import DuplicatesDialog, ExportDialog
    from cmer_desk.ui.dialogs.document_dialogs import AttendeeListDialog, BadgesDialog, PdfPreviewDialog
    from cmer_desk.ui.dialogs.import_dialog import ImportDialog
    from cmer_desk.ui.dialogs.in_use_dialog import InUseDialog
    from cmer_desk.ui.dialogs.new_contact_dialog import NewContactDialog, NewOrganisationDialog
    from cmer_desk.ui.dialogs.personal_data_dialog import PersonalDataDialog
    from cmer_desk.ui.dialogs.reason_dialog import override_reason_dialog, reason_dialog
    from cmer_desk.ui.dialogs.settings_dialog import SettingsDialog
    from cmer_desk.ui.widgets.contact_picker import ContactPicker

    confirmed = [r.id for r in app_ctx.accreditations.rows(event_id) if r.status == "Confirmée"]
    yield SettingsDialog(app_ctx.profile, settings, window, personal_data=app_ctx.personal_data,
                         backup_folder=str(window.settings.fileName()))
    yield ImportDialog(app_ctx, window)
    yield ImportDialog(app_ctx, window, event_id=event_id, event_title="Tarascon")
    yield ExportDialog(app_ctx, [c.id for c in app_ctx.contacts.rows()], window)
    yield DuplicatesDialog(app_ctx, window)
    yield PersonalDataDialog(app_ctx, window)
    yield NewContactDialog(app_ctx.contacts, app_ctx.organisations, "", window)
    yield NewOrganisationDialog(app_ctx.organisations, "Radio Camargue", window)
    yield AttendeeListDialog(app_ctx.documents, event_id, lambda suffix: "liste" + suffix, window)
    yield BadgesDialog(app_ctx.documents, event_id, confirmed, lambda suffix: "badges" + suffix, window)
    yield AboutDialog(app_ctx, window)
    event = app_ctx.events.get(event_id)
    theirs = EventDraft(**{**event.__dict__, "title": f"{event.title} (2)", "body": f"{event.body} (2)"})
    yield ConflictDialog(event, theirs, LABELS, window)
    yield PdfPreviewDialog("Invitation", render_invitation(app_ctx.documents.invitation(event_id)), "invitation.pdf",
                           window)
    contact = app_ctx.contacts.rows()[0]
    usages = app_ctx.contacts.usages(contact.id) if hasattr(app_ctx.contacts, "usages") else []
    yield InUseDialog("MAZIÈRES Olivier", usages, ContactPicker(app_ctx.contacts), window)  # a contact replaced
    yield InUseDialog("Radio Camargue", [], QComboBox(), window)  # an organisation replaced
    yield reason_dialog(window, 2)
    yield override_reason_dialog(window, "Zoé Émery", "Refusée")


def test_every_dialog(language, make_window, app_ctx, settings, qtbot):
    window = make_window(load_example=True)
    event_id = window.events_page.current_id()
    problems = []
    for dialog in _dialogs(app_ctx, window, settings, event_id):
        qtbot.addWidget(dialog)
        dialog.show()  # the labels get their keys as the dialog is shown
        problems += _scope_problems(dialog, split_groups=False)
        problems += [f"{type(dialog).__name__}: {text}" for text in _labels_without_keys(dialog, False)]
        dialog.reject()
    assert problems == [], "\n".join(problems)


def test_every_label_of_the_contacts_page_has_its_own_key(language, make_window):
    window = make_window(load_example=True)
    window.sidebar.setCurrentRow(1)
    form = window.contacts_page.form
    missing = [row.label.text() for row in form.rows.values() if access_keys.mnemonic(row.label.text()) is None]
    assert missing == []
    assert _scope_problems(window, split_groups=True) == []


def test_pressing_a_labels_access_key_focuses_its_field(make_window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = make_window(load_example=True)
    form = window.contacts_page.form
    window.sidebar.setCurrentRow(1)
    label = form.rows["first_name"].label
    key = access_keys.mnemonic(label.text())
    assert key is not None and label.buddy() is form.first_name
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.contacts_page.search.setFocus()
    QTest.keyClick(QApplication.focusWidget(), getattr(Qt.Key, f"Key_{key.upper()}"), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: form.first_name.hasFocus(), timeout=2000)
