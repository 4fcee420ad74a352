"""Every dialog (and the window) fits a 1366×768 screen less a taskbar, buttons included; saving from a
preview says so in the status line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialog, QWidget

from cmer_desk.domain.drafts import EventDraft
from cmer_desk.ui.dialogs.sizing import ROOM

# 1366×768, less a 48-pixel taskbar and a 32-pixel title bar
assert QSize(1366, 688) == ROOM


def _fits(size: QSize) -> bool:
    return size.width() <= ROOM.width() and size.height() <= ROOM.height()


def _dialogs(app_ctx, settings, event_id: int) -> dict[str, QDialog]:
    from cmer_desk.formats.pdf.invitation import render_invitation
    from cmer_desk.services.events import LABELS
    from cmer_desk.ui.dialogs.about_dialog import AboutDialog
    from cmer_desk.ui.dialogs.conflict_dialog import ConflictDialog
    from cmer_desk.ui.dialogs.contacts_dialogs import DuplicatesDialog, ExportDialog
    from cmer_desk.ui.dialogs.document_dialogs import AttendeeListDialog, BadgesDialog, PdfPreviewDialog
    from cmer_desk.ui.dialogs.import_dialog import ImportDialog
    from cmer_desk.ui.dialogs.in_use_dialog import InUseDialog
    from cmer_desk.ui.dialogs.new_contact_dialog import NewContactDialog
    from cmer_desk.ui.dialogs.personal_data_dialog import PersonalDataDialog
    from cmer_desk.ui.dialogs.settings_dialog import SettingsDialog

    event = app_ctx.events.get(event_id)
    other = EventDraft(**{**event.__dict__, "title": "Autre titre", "body": "Autre texte"})

    def name(suffix: str) -> str:
        return f"document{suffix}"

    return {
        "about": AboutDialog(app_ctx),
        "personal data": PersonalDataDialog(app_ctx),
        "settings": SettingsDialog(app_ctx.profile, settings, personal_data=app_ctx.personal_data,
                                   backup_folder=app_ctx.backups.folder),
        "import": ImportDialog(app_ctx),
        "import of accreditations": ImportDialog(app_ctx, event_id=event_id, event_title=event.title),
        "export": ExportDialog(app_ctx, []),
        "duplicates": DuplicatesDialog(app_ctx),
        "new contact": NewContactDialog(app_ctx.contacts, app_ctx.organisations, "Zoé Émery"),
        "in use": InUseDialog("MAZIÈRES Christophe", [], QComboBox()),
        "conflict": ConflictDialog(event, other, LABELS),
        "preview": PdfPreviewDialog("Invitation", render_invitation(app_ctx.documents.invitation(event_id)),
                                    "invitation.pdf"),
        "attendee list": AttendeeListDialog(app_ctx.documents, event_id, name),
        "badges": BadgesDialog(app_ctx.documents, event_id, [], name),
    }


def test_every_dialog_fits_a_1366_by_768_screen(qtbot, app_ctx, settings):
    event_id = app_ctx.example.load()
    too_big = {}
    trapping_tab: list[str] = []
    for name, dialog in _dialogs(app_ctx, settings, event_id).items():
        qtbot.addWidget(dialog)
        dialog.show()
        QCoreApplication.processEvents()
        sizes = {"size": dialog.size(), "minimum": dialog.minimumSizeHint()}
        if not all(_fits(s) for s in sizes.values()):
            too_big[name] = {k: (s.width(), s.height()) for k, s in sizes.items()}
        trapping_tab += [f"{name}: {v.accessibleName()}" for v in dialog.findChildren(QAbstractItemView)
                         if v.tabKeyNavigation()]
        dialog.close()
    assert too_big == {}
    assert trapping_tab == []  # Tab leaves every list of every dialog


def test_the_window_fits_too(make_window):
    """The window takes what its screen has, and can be made as small as the smallest screen."""
    from cmer_desk.ui.dialogs.sizing import room

    window = make_window(load_example=True)
    window.events_page.form  # noqa: B018 - the form and its preview, built when first shown
    assert _fits(window.minimumSizeHint())
    screen = room(window, smallest_screen=False)  # the test screen (800 wide) is narrower than the window can be
    assert window.height() <= screen.height()
    assert window.width() <= max(screen.width(), window.minimumSizeHint().width())


def test_saving_from_the_invitation_preview_says_so_in_the_status_line(make_window, choose_file, tmp_path,
                                                                       monkeypatch):
    window = make_window(load_example=True)
    target = tmp_path / "invitation.pdf"
    choose_file(target)
    shown: list[QWidget] = []

    def run(dialog):
        shown.append(dialog)
        dialog.save_button.click()
        return QDialog.DialogCode.Rejected

    from cmer_desk.ui.dialogs.document_dialogs import PdfPreviewDialog

    monkeypatch.setattr(PdfPreviewDialog, "exec", run)
    window.documents.preview_invitation()
    assert target.read_bytes().startswith(b"%PDF")
    assert window.statusBar().currentMessage() == f"Enregistré : {target}"
    assert shown[0].status.text() == f"Enregistré : {target}"


@pytest.mark.parametrize("kind", ["attendee list", "badges"])
def test_saving_a_document_says_so_in_the_status_line(make_window, choose_file, tmp_path, kind):
    window = make_window(load_example=True)
    window.events_page.select_first()
    dialog = (window.documents.attendee_list_dialog() if kind == "attendee list"
              else window.documents.badges_dialog())
    target = tmp_path / "document.pdf"
    choose_file(target)
    dialog.save("pdf")
    assert window.statusBar().currentMessage() == f"Enregistré : {target}"
