"""At the door, in check-in mode: names, typed numbers and scanned codes; who is let in and who is not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from cmer_desk.db.models import ChangeLogEntry
from cmer_desk.domain.enums import AccreditationStatus
from tests.ui.conftest import press, type_text


def _door(make_window, app_ctx):
    """The example event (3 confirmed, 1 requested, 1 waiting, 1 refused, 1 cancelled) in check-in mode."""
    window = make_window(load_example=True)
    event_id = app_ctx.example.load()
    window.events_page.select_id(event_id)
    window.checkin_action.trigger()
    page = window.accreditations_page
    assert page.checkin_mode.isChecked() and page.event_id == event_id
    return window, page, {r.name: r for r in app_ctx.accreditations.rows(event_id)}


def _arrived(app_ctx, page):
    return {r.name: r.arrived_at for r in app_ctx.accreditations.rows(page.event_id) if r.arrived_at}


def test_a_refused_journalist_is_not_ticked_and_the_window_says_why(make_window, app_ctx):
    _window, page, _rows = _door(make_window, app_ctx)
    type_text(page.search, "walesa")
    press(page.search, Qt.Key.Key_Return)
    assert _arrived(app_ctx, page) == {}
    assert page.door_result.isVisible()
    shown = page.door_result.text()
    assert "REFUSÉE" in shown and "Carte de presse non reconnue" in shown and "WAŁĘSA Łukasz" in shown
    assert page.door_result.font().pointSize() >= 20
    assert page.arrivals_label.text() == "Arrivées : 0 sur 3 confirmées"
    # a confirmed one then: the counter counts confirmed arrivals only
    type_text(page.search, "cazales")  # the field was selected: typing replaces it
    press(page.search, Qt.Key.Key_Return)
    assert set(_arrived(app_ctx, page)) == {"CAZALÈS Jérôme"}
    assert page.arrivals_label.text() == "Arrivées : 1 sur 3 confirmées"
    assert "CAZALÈS Jérôme" in page.door_result.text()


def test_cancelled_waiting_and_requested_are_not_let_in_either(make_window, app_ctx):
    _window, page, rows = _door(make_window, app_ctx)
    for name, word in (("NGUYỄN Lan", "ANNULÉE"), ("BEN SAÏD Inès", "LISTE D'ATTENTE"), ("ŒILLET Chloé", "NON CONFIRMÉE")):
        type_text(page.search, str(rows[name].number))
        press(page.search, Qt.Key.Key_Return)
        assert word in page.door_result.text(), page.door_result.text()
        assert page.admit_button.isVisible()
    assert _arrived(app_ctx, page) == {}


def test_a_scanned_code_ticks_its_journalist_and_a_second_scan_changes_nothing(make_window, app_ctx):
    window, page, rows = _door(make_window, app_ctx)
    code = rows["ÉMERY Zoé"].code
    type_text(page.search, code.lower())  # caps lock or a scanner set for lower case: still found
    press(page.search, Qt.Key.Key_Return)
    first = _arrived(app_ctx, page)
    assert set(first) == {"ÉMERY Zoé"}
    assert page.search.text() == ""  # ready for the next badge
    assert "ÉMERY Zoé" in page.door_result.text() and "Courrier du Delta" in page.door_result.text()
    type_text(page.search, code)
    press(page.search, Qt.Key.Key_Return)
    assert _arrived(app_ctx, page) == first  # not unticked by a second scan
    assert "DÉJÀ" in page.door_result.text()
    assert page.arrivals_label.text() == "Arrivées : 1 sur 3 confirmées"
    window.undo_action.trigger()
    assert _arrived(app_ctx, page) == {}


def test_an_unknown_code_or_number_is_said_so(make_window, app_ctx):
    _window, page, _rows = _door(make_window, app_ctx)
    type_text(page.search, "999")
    press(page.search, Qt.Key.Key_Return)
    assert "INCONNU" in page.door_result.text() and "999" in page.door_result.text()
    assert _arrived(app_ctx, page) == {}


def test_a_supervisor_admits_a_refused_journalist_explicitly_and_it_is_logged(make_window, app_ctx, monkeypatch):
    window, page, rows = _door(make_window, app_ctx)
    type_text(page.search, str(rows["WAŁĘSA Łukasz"].number))
    press(page.search, Qt.Key.Key_Return)
    asked = []
    monkeypatch.setattr("cmer_desk.ui.pages.door_actions.ask_override_reason",
                        lambda parent, name, status: asked.append((name, status)) or "Invité par le préfet")
    page.admit_button.click()
    assert asked == [("WAŁĘSA Łukasz", "Refusée")]
    assert set(_arrived(app_ctx, page)) == {"WAŁĘSA Łukasz"}
    assert app_ctx.accreditations.get(rows["WAŁĘSA Łukasz"].id).status is AccreditationStatus.REFUSED
    assert page.arrivals_label.text() == "Arrivées : 0 sur 3 confirmées · 1 admise par un responsable"
    with app_ctx.service_context.sessions() as session:
        entry = session.scalars(select(ChangeLogEntry).order_by(ChangeLogEntry.id.desc())).first()
    assert entry.action == "check-in override" and entry.record_id == rows["WAŁĘSA Łukasz"].id
    assert "Refusée" in entry.summary and "Invité par le préfet" in entry.summary
    window.undo_action.trigger()
    assert _arrived(app_ctx, page) == {}


def test_cancelling_the_supervisor_question_lets_nobody_in(make_window, app_ctx, monkeypatch):
    _window, page, rows = _door(make_window, app_ctx)
    type_text(page.search, str(rows["WAŁĘSA Łukasz"].number))
    press(page.search, Qt.Key.Key_Return)
    monkeypatch.setattr("cmer_desk.ui.pages.door_actions.ask_override_reason", lambda *a: None)
    page.admit_button.click()
    assert _arrived(app_ctx, page) == {}
