"""The interface's language in the window: the lists' dates, the side bar's width, the restart that a
change of language offers; and the documents, which stay French whatever the interface speaks."""

from __future__ import annotations

import io

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from cmer_desk.domain.enums import AccreditationStatus
from cmer_desk.ui import i18n
from cmer_desk.ui.launch import restart_command

needs_lrelease = pytest.mark.skipif(i18n.find_lrelease() is None, reason="pyside6-lrelease is not installed")


@needs_lrelease
def test_english_lists_speak_english(interface_language, make_window):
    interface_language("en")
    window = make_window(load_example=True)
    model = window.events_page.model
    assert model.data(model.index(0, 0)) == "Wednesday 24 January 2018, 11:30"
    assert model.data(model.index(0, 2)) == "Press invitation"
    assert model.data(model.index(0, 3)) == "Done"
    window.sidebar.setCurrentRow(3)
    page = window.accreditations_page
    shown = {page.model.data(page.model.index(r, 3)) for r in range(page.model.rowCount())}
    assert shown <= {"Requested", "Confirmed", "Refused", "Cancelled", "Waiting list"} and "Confirmed" in shown
    assert page.counts_label.text().startswith("By status — Requested: ")


def test_french_lists_keep_the_bureau_words(make_window):
    window = make_window(load_example=True)
    model = window.events_page.model
    assert model.data(model.index(0, 0)) == "mercredi 24 janvier 2018, 11 heures 30"
    assert model.data(model.index(0, 3)) == "Terminée"


@pytest.mark.parametrize("code", ["fr", pytest.param("en", marks=needs_lrelease)])
def test_the_side_bar_fits_its_names(interface_language, make_window, code):
    interface_language(code)
    window = make_window(load_example=True)
    font = QFont(window.sidebar.font())
    font.setPixelSize(14)
    metrics = QFontMetrics(font)
    inside = window.sidebar.width() - 2 * window.sidebar.frameWidth()
    for row in range(window.sidebar.count()):
        name = window.sidebar.item(row).text()
        assert metrics.horizontalAdvance(name) + 2 * 8 <= inside, name


def test_changing_the_language_offers_to_restart(make_window, settings, monkeypatch):
    from cmer_desk.ui.dialogs import prompts, settings_dialog

    window = make_window(load_example=True)
    asked = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text: asked.append(text) or True)

    def choose_english(dialog_self):
        dialog_self.language.setCurrentIndex(dialog_self.language.findData("en"))
        dialog_self.save()
        return dialog_self.result()

    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", choose_english)
    window.settings_actions.open_settings()
    assert settings.value("interface/language") == "en"
    assert asked and "Redémarrer maintenant ?" in asked[0]
    assert window.restart_requested and not window.isVisible()


def test_the_same_language_asks_nothing(make_window, settings, monkeypatch):
    from cmer_desk.ui.dialogs import prompts, settings_dialog

    window = make_window(load_example=True)
    window.show()
    monkeypatch.setattr(prompts, "confirm", lambda *args: pytest.fail("asked to restart"))
    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", lambda d: (d.save(), d.result())[1])
    window.settings_actions.open_settings()
    assert not window.restart_requested and window.isVisible()


def test_restart_runs_the_same_command_again():
    assert restart_command(["/opt/venv/bin/cmer-desk", "--database", "b.db"], "/opt/venv/bin/python", False) == (
        "/opt/venv/bin/python", ["/opt/venv/bin/cmer-desk", "--database", "b.db"])
    assert restart_command(["C:/cmer-desk/cmer-desk.exe", "--database", "b.db"], "C:/cmer-desk/cmer-desk.exe",
                           True) == ("C:/cmer-desk/cmer-desk.exe", ["--database", "b.db"])


@needs_lrelease
def test_the_documents_stay_french_in_english(interface_language, make_window, app_ctx):
    """The invitation and the attendee list (every status shown) print the same words whatever the interface
    speaks: they are the préfecture's French documents."""
    from pypdf import PdfReader

    from cmer_desk.formats.pdf.attendees import render_attendee_list
    from cmer_desk.formats.pdf.invitation import render_invitation

    window = make_window(load_example=True)
    event_id = window.events_page.current_id()

    def words() -> list[str]:
        pdfs = [render_invitation(app_ctx.documents.invitation(event_id)),
                render_attendee_list(app_ctx.documents.attendee_list(event_id, statuses=tuple(AccreditationStatus)))]
        return ["\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages) for pdf in pdfs]

    french = words()
    interface_language("en")
    assert QApplication.translate("MainWindow", "&Fichier") == "&File"  # the interface does speak English
    assert words() == french
    assert "22 janvier 2018" in french[0] and "Confirmée" in french[1]  # French dates, French statuses
