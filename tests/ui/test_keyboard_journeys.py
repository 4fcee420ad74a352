"""A working day by keyboard alone, in French and in English: every key goes to the widget that has the
focus (or, for a shortcut, through Qt's shortcut machinery from it); no click, no setText. The
Tarascon invitation is made from an empty database, four journalists ask, three are confirmed, one is
refused with a reason, one comes in at the door, and the attendee list is saved as PDF."""

from __future__ import annotations

from datetime import date, datetime

import pypdf
import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from cmer_desk.domain.enums import AccreditationStatus, EventStatus
from cmer_desk.ui import i18n
from tests.ui.conftest import press, type_text
from tests.ui.keyboard import CTRL, CTRL_SHIFT, focused_in, forget_windows, shortcut, when_dialog, work_in

LANGUAGES = [
    "fr",
    pytest.param("en", marks=pytest.mark.skipif(i18n.find_lrelease() is None,
                                                reason="pyside6-lrelease is not installed: no English")),
]

BODY = [
    "En matière de lutte contre la radicalisation, l'action préventive est indispensable.",
    "",
    "L'objectif de ces CMER est triple :",
    "- participer à la détection et au signalement des cas de radicalisation violente ;",
    "- organiser les échanges d'informations entre la commune et l'Etat ;",
]
TITLE = "Installation de la cellule municipale d'échanges sur la radicalisation de Tarascon"


@pytest.fixture(params=LANGUAGES)
def language(request, tmp_path):
    installed = i18n.install(QApplication.instance(), request.param, cache_dir=tmp_path / "cache")
    yield request.param
    i18n.uninstall(QApplication.instance(), installed)
    QLocale.setDefault(i18n.locale_for("fr"))


@pytest.fixture
def window(language, make_window, qtbot, monkeypatch):
    # the questions are answered by keyboard here, not refused (tests/ui/conftest.py refuses them elsewhere)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QDialog.exec(box))
    window = make_window()
    work_in(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts need the active window
    yield window
    forget_windows()


def key(window, k: Qt.Key) -> None:
    press(focused_in(window), k)


def write(window, text: str) -> None:
    """Type into the focused widget; lines end with Return."""
    for i, line in enumerate(text.split("\n")):
        if i:
            key(window, Qt.Key.Key_Return)
        if line:
            target = focused_in(window)
            type_text(target, line)


def tab_to(window, widget, limit: int = 80) -> None:
    """Tab until the focus is on the widget (a person looks at the screen while pressing Tab)."""
    seen = []
    for _ in range(limit):
        now = focused_in(window)
        if now is widget or (widget.focusProxy() is not None and now is widget.focusProxy()):
            return
        seen.append(now.accessibleName() or type(now).__name__)
        key(window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.accessibleName()!r}; went through {seen}")


def field(window, widget, text: str) -> None:
    tab_to(window, widget)
    write(window, text)


def answer_new_contact(typed_function: str = "") -> None:
    """The 'Nouveau contact' dialog opened by Enter on a name nobody has: the name is already in; Enter saves."""
    def fill(dialog) -> None:
        if typed_function:
            tab_to(dialog, dialog.form.function)
            write(dialog, typed_function)
        press(focused_in(dialog), Qt.Key.Key_Return)

    when_dialog(fill)


def create_the_tarascon_event(window, app_ctx) -> int:
    shortcut(Qt.Key.Key_N, CTRL)
    page = window.events_page
    form = page.form
    assert focused_in(window) is form.kind  # the first field, ready for the keys
    field(window, form.title_edit, TITLE)
    assert page.form_title.text() == TITLE + " *"  # the heading follows the title as typed
    field(window, form.issue_place, "Marseille")
    field(window, form.issue_date, "22 janvier 2018")  # Tab selects the whole date: typing replaces it
    field(window, form.body, "\n".join(BODY))
    field(window, form.starts_at, "24/01/2018 11h30")
    key(window, Qt.Key.Key_Tab)
    assert focused_in(window) is form.ends_at
    key(window, Qt.Key.Key_Tab)  # an empty end: Tab leaves it
    assert focused_in(window) is form.venue_name
    field(window, form.venue_name, "hôtel de Ville")
    field(window, form.venue_room, "salle des Consuls")
    field(window, form.venue_street, "2 Place du Marché")
    field(window, form.venue_postcode, "13150")
    field(window, form.venue_city, "Tarascon")
    # the officials: the wording first, then the person, created on the spot
    for name, role in (("Olivier de Mazières", "préfet de police des Bouches-du-Rhône"),
                       ("Lucien Limousin", "maire de Tarascon")):
        field(window, form.official_role, role)
        key(window, Qt.Key.Key_Backtab)  # back to the picker, just above
        tab_to(window, form.official_picker)
        write(window, name)
        answer_new_contact()
        key(window, Qt.Key.Key_Return)  # nobody matches: Enter opens the contact form
    field(window, form.officials_action, "signeront le protocole d'installation de la cellule municipale "
                                         "d'échange sur la radicalisation")
    field(window, form.press_moment, "A l'issue de la signature, le préfet de police et le maire répondront aux "
                                     "questions des journalistes.")
    tab_to(window, form.accreditation_required)
    assert form.accreditation_required.isChecked()  # a new event asks for accreditation: Space would untick
    field(window, form.accreditation_deadline, "23/01/2018 18:00")
    tab_to(window, form.accreditation_contact_picker)
    write(window, "Katia Bertaud")
    answer_new_contact("bureau de la communication de la mairie de Tarascon")
    key(window, Qt.Key.Key_Return)
    field(window, form.capacity, "30")

    def mark_done(dialog) -> None:  # a past event: the desk asks once whether it is done
        press(focused_in(dialog), Qt.Key.Key_Return)  # the default answer: mark it Terminée

    when_dialog(mark_done)
    shortcut(Qt.Key.Key_S, CTRL)
    event_id = page.current_id()
    assert event_id is not None, [r.error.text() for r in form.rows.values() if r.error.text()]
    saved = app_ctx.events.get(event_id)
    assert saved.title == TITLE and saved.issue_place == "Marseille" and saved.issue_date == date(2018, 1, 22)
    assert saved.body == "\n".join(BODY)
    assert saved.starts_at == datetime(2018, 1, 24, 11, 30) and saved.ends_at is None
    assert (saved.venue_name, saved.venue_room, saved.venue_street, saved.venue_postcode, saved.venue_city) == (
        "hôtel de Ville", "salle des Consuls", "2 Place du Marché", "13150", "Tarascon")
    assert [(app_ctx.contacts.get(o.contact_id).last_name, o.role_wording) for o in saved.officials] == [
        ("Mazières", "préfet de police des Bouches-du-Rhône"), ("Limousin", "maire de Tarascon")]
    assert saved.accreditation_required and saved.accreditation_deadline == datetime(2018, 1, 23, 18, 0)
    assert app_ctx.contacts.get(saved.accreditation_contact_id).function == (
        "bureau de la communication de la mairie de Tarascon")
    assert saved.capacity == 30 and saved.status is EventStatus.DONE
    assert page.form_title.text() == TITLE
    return event_id


JOURNALISTS = ("Zoé Émery", "Chloé Œillet", "Émile Zola", "Anne Durand")


def accredit_check_in_and_print(window, app_ctx, event_id: int, choose_file, tmp_path) -> None:
    shortcut(Qt.Key.Key_4, CTRL)
    page = window.accreditations_page
    shortcut(Qt.Key.Key_N, CTRL)  # Ctrl+N on this page: add a journalist
    assert focused_in(window) is page.picker
    for name in JOURNALISTS:
        write(window, name)
        answer_new_contact()
        key(window, Qt.Key.Key_Return)
        assert focused_in(window) is page.picker
    assert page.model.rowCount() == 4
    # the list, sorted by name: DURAND, ÉMERY, ŒILLET, ZOLA; confirm the first three, refuse the last
    tab_to(window, page.table)
    key(window, Qt.Key.Key_Home)  # the first row (the list had no current row yet)
    shortcut(Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    shortcut(Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    shortcut(Qt.Key.Key_C, CTRL_SHIFT)
    key(window, Qt.Key.Key_Down)  # the last row alone

    def reason(dialog) -> None:
        write(dialog, "Carte de presse non présentée")
        press(focused_in(dialog), Qt.Key.Key_Return)

    when_dialog(reason)
    shortcut(Qt.Key.Key_R, CTRL_SHIFT)
    statuses = {r.name: (r.status_value, r.decision_reason) for r in app_ctx.accreditations.rows(event_id)}
    assert statuses == {
        "DURAND Anne": (AccreditationStatus.CONFIRMED, ""), "ÉMERY Zoé": (AccreditationStatus.CONFIRMED, ""),
        "ŒILLET Chloé": (AccreditationStatus.CONFIRMED, ""),
        "ZOLA Émile": (AccreditationStatus.REFUSED, "Carte de presse non présentée")}
    # the door: Ctrl+K, a badge number then Enter
    number = next(r.number for r in app_ctx.accreditations.rows(event_id) if r.name == "ÉMERY Zoé")
    shortcut(Qt.Key.Key_K, CTRL)
    assert focused_in(window) is page.search
    write(window, str(number))
    key(window, Qt.Key.Key_Return)
    arrived = {r.name for r in app_ctx.accreditations.rows(event_id) if r.arrived_at}
    assert arrived == {"ÉMERY Zoé"}
    shortcut(Qt.Key.Key_K, CTRL)  # back to the list
    # the attendee list, saved as PDF from its dialog (Ctrl+P on this page)
    target = tmp_path / "emargement.pdf"
    choose_file(target)

    def save_pdf(dialog) -> None:
        tab_to(dialog, dialog.pdf_button)
        press(focused_in(dialog), Qt.Key.Key_Space)
        assert dialog.status.text().endswith(str(target))
        press(focused_in(dialog), Qt.Key.Key_Escape)

    when_dialog(save_pdf)
    shortcut(Qt.Key.Key_P, CTRL)
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(str(target)).pages)
    for name in ("DURAND", "ÉMERY", "ŒILLET"):
        assert name in text
    assert "ZOLA" not in text  # refused: not on the list of the confirmed


def test_a_day_by_keyboard(window, app_ctx, choose_file, tmp_path, language):
    event_id = create_the_tarascon_event(window, app_ctx)
    accredit_check_in_and_print(window, app_ctx, event_id, choose_file, tmp_path)
    assert window.statusBar().currentMessage().endswith(str(tmp_path / "emargement.pdf"))
