"""Dates and times are typed the way people type them, empty date fields start from the application's
clock (or from the event's day), the calendar opens on that month, and no date field keeps Tab."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from cmer_desk.domain.enums import EventStatus
from cmer_desk.ui.widgets.date_parsing import parse_date, parse_datetime
from tests.conftest import NOW
from tests.ui.conftest import press, type_text

REF = date(2026, 11, 27)


@pytest.mark.parametrize("typed", ["22/01/2018", "22012018", "22/1/18", "22 janvier 2018", "22 Janvier 2018",
                                   "22 janv. 2018", "lundi 22/01/2018", "22.01.2018", "22-01-2018", "2018-01-22",
                                   "22 january 2018", "  22 / 01 / 2018 "])
def test_dates_as_people_type_them(typed):
    assert parse_date(typed, REF) == date(2018, 1, 22)


def test_what_a_date_leaves_out_comes_from_the_reference_day():
    assert parse_date("22/01", REF) == date(2026, 1, 22)
    assert parse_date("2201", REF) == date(2026, 1, 22)
    assert parse_date("1er mars", REF) == date(2026, 3, 1)
    assert parse_date("220118", REF) == date(2018, 1, 22)


@pytest.mark.parametrize("typed", ["", "22", "31/02/2018", "22/13/2018", "onze", "22 machin 2018", "2201201"])
def test_what_is_not_a_date_is_none(typed):
    assert parse_date(typed, REF) is None


@pytest.mark.parametrize("typed", ["24/01/2018 11:30", "24/01/2018 11h30", "24/01/2018 11 h 30",
                                   "24 janvier 2018 à 11 h 30", "mercredi 24/01/2018 11:30", "24012018 11h30",
                                   "Wednesday 24/01/2018 11:30", "24/1/18 at 11:30"])
def test_dates_and_times_as_people_type_them(typed):
    assert parse_datetime(typed, REF) == datetime(2018, 1, 24, 11, 30)


def test_a_time_alone_falls_on_the_reference_day_and_a_date_alone_is_incomplete():
    assert parse_datetime("12:30", date(2018, 1, 24)) == datetime(2018, 1, 24, 12, 30)
    assert parse_datetime("11h", date(2018, 1, 24)) == datetime(2018, 1, 24, 11, 0)
    assert parse_datetime("24/01/2018", REF) is None  # never midnight behind the person's back
    assert parse_datetime("24/01/2018 25:00", REF) is None
    assert parse_datetime("24/01/2018 1", REF) is None


def _event_form(make_window):
    window = make_window()
    window.new_action.trigger()
    return window, window.events_page.form


def _retype(edit, text: str) -> None:
    """Select the whole field and type over it, as a person does."""
    edit.setFocus()
    edit.selectAll()
    type_text(edit, text)


@pytest.mark.parametrize("typed", ["22/01/2018", "22012018", "22/1/18", "22 janvier 2018"])
def test_typing_over_a_selected_issue_date(make_window, typed):
    _window, form = _event_form(make_window)
    assert form.issue_date.value() == NOW.date()
    _retype(form.issue_date, typed)
    assert form.issue_date.value() == date(2018, 1, 22)
    press(form.issue_date, Qt.Key.Key_Tab)  # leaving the field writes the date the usual way
    assert form.issue_date.text() == "22/01/2018"
    assert form.collect_checked().issue_date == date(2018, 1, 22)


@pytest.mark.parametrize("typed", ["11:30", "11h30", "11 h 30"])
def test_times_as_people_type_them_in_a_start_and_in_the_programme(make_window, typed):
    _window, form = _event_form(make_window)
    type_text(form.starts_at, f"24/01/2030 {typed}")
    assert form.collect_checked().starts_at == datetime(2030, 1, 24, 11, 30)
    type_text(form.programme_time, typed)
    type_text(form.programme_label, "Signature")
    press(form.programme_label, Qt.Key.Key_Return)
    assert [(p.at, p.label) for p in form.collect_checked().programme] == [(time(11, 30), "Signature")]


def test_an_empty_start_takes_typed_digits_and_starts_from_today(make_window):
    _window, form = _event_form(make_window)
    assert form.starts_at.text() == ""
    type_text(form.starts_at, "24012030 11h30")
    assert form.starts_at.value() == datetime(2030, 1, 24, 11, 30)
    form.starts_at.clear()
    press(form.starts_at, Qt.Key.Key_Up)  # an empty start starts from the clock's day, never 1900
    assert form.starts_at.value() == datetime(2026, 11, 27, 11, 0)
    press(form.starts_at, Qt.Key.Key_Up)
    assert form.starts_at.value() == datetime(2026, 11, 28, 11, 0)


def _alt_down(widget) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier))


def test_the_calendar_opens_on_f4_and_alt_down_on_the_reference_month(make_window):
    _window, form = _event_form(make_window)
    press(form.starts_at, Qt.Key.Key_F4)
    calendar = form.starts_at.calendar()
    assert calendar.isVisible()
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 11)
    press(calendar, Qt.Key.Key_Escape)
    assert not calendar.isVisible() and form.starts_at.text() == ""
    type_text(form.starts_at, "24/01/2030 11:30")
    _alt_down(form.ends_at)  # the end opens on the event's month
    calendar = form.ends_at.calendar()
    assert calendar.isVisible() and (calendar.yearShown(), calendar.monthShown()) == (2030, 1)
    days = QApplication.focusWidget() or calendar.focusWidget()  # the calendar's grid has the focus
    press(days, Qt.Key.Key_Right)
    press(days, Qt.Key.Key_Return)
    assert not calendar.isVisible()
    assert form.ends_at.value() == datetime(2030, 1, 25, 11, 30)


def test_the_end_and_the_deadline_start_from_the_event_day(make_window):
    _window, form = _event_form(make_window)
    type_text(form.starts_at, "24/01/2030 11:30")
    type_text(form.ends_at, "12:30")  # a time alone: the event's day
    type_text(form.accreditation_deadline, "09:00")
    draft = form.collect_checked()
    assert draft.ends_at == datetime(2030, 1, 24, 12, 30)
    assert draft.accreditation_deadline == datetime(2030, 1, 24, 9, 0)


def test_tab_leaves_every_date_field_empty_or_not(make_window):
    _window, form = _event_form(make_window)
    for field in (form.issue_date, form.starts_at, form.ends_at, form.accreditation_deadline, form.programme_time):
        field.clear()
        field.setFocus()
        press(field, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is not field, field.accessibleName()
    type_text(form.ends_at, "24/01")  # half typed: Tab still leaves (the save names the field)
    press(form.ends_at, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not form.ends_at


def test_the_preview_waits_while_the_end_is_half_typed(make_window, app_ctx):
    window = make_window(load_example=True)
    page = window.events_page
    _retype(page.form.ends_at, "24/01/2018 1")
    page.preview.refresh()
    assert page.preview.hint.text().startswith("Aperçu en attente : Le champ « Fin »")
    page.form.ends_at.clear()
    draft = page.form.collect_checked()
    assert draft.ends_at is None  # an empty end is no end: no "jusqu'au … 1900"
    assert "1900" not in " ".join(str(v) for v in app_ctx.documents.invitation_for_draft(draft).__dict__.values())


def test_a_past_event_is_saved_and_a_draft_asks_once_whether_it_is_done(make_window, app_ctx, monkeypatch):
    asked = []
    monkeypatch.setattr("cmer_desk.ui.forms.event_form.ask_mark_done", lambda parent, what: asked.append(what) or True)
    window, form = _event_form(make_window)
    type_text(form.title_edit, "Signature du protocole")
    type_text(form.issue_place, "Marseille")
    type_text(form.starts_at, "24/01/2018 11:30")
    window.save_action.trigger()
    assert asked == ["Signature du protocole"]
    saved = app_ctx.events.get(window.events_page.current_id())
    assert saved.status is EventStatus.DONE and saved.starts_at == datetime(2018, 1, 24, 11, 30)
    assert form.status.value() is EventStatus.DONE


def test_keeping_the_status_of_a_past_draft_is_asked_once(make_window, app_ctx, monkeypatch):
    asked = []
    monkeypatch.setattr("cmer_desk.ui.forms.event_form.ask_mark_done", lambda parent, what: asked.append(what) or False)
    window, form = _event_form(make_window)
    type_text(form.title_edit, "Archives")
    type_text(form.issue_place, "Marseille")
    type_text(form.starts_at, "24/01/2018 11:30")
    window.save_action.trigger()
    type_text(form.venue_city, "Tarascon")
    window.save_action.trigger()
    assert asked == ["Archives"]
    saved = app_ctx.events.get(window.events_page.current_id())
    assert saved.status is EventStatus.DRAFT and saved.venue_city == "Tarascon"


def test_after_ctrl_n_the_first_typed_letters_land_in_the_first_field(make_window):
    window = make_window()
    window.sidebar.setCurrentRow(1)
    page = window.contacts_page
    window.new_action.trigger()
    focused = window.focusWidget()
    assert focused is page.form.civility or focused is page.form.civility.lineEdit()
    page.form.civility.lineEdit().selectAll()
    type_text(focused, "Mme")
    assert page.form.civility.currentText() == "Mme"
    assert page.form.first_name.text() == ""


def test_after_ctrl_n_on_events_the_first_field_has_the_focus_and_is_shown(make_window):
    window = make_window(load_example=True)
    page = window.events_page
    page.form_scroll.verticalScrollBar().setValue(page.form_scroll.verticalScrollBar().maximum())
    window.new_action.trigger()
    assert window.focusWidget() is page.form.kind
    assert page.form_scroll.verticalScrollBar().value() == 0


def test_the_heading_shows_the_title_as_it_is_typed(make_window):
    window = make_window()
    window.new_action.trigger()
    page = window.events_page
    type_text(page.form.title_edit, "Inauguration")
    assert page.form_title.text() == "Inauguration *"


@pytest.mark.parametrize("row", [0, 1, 2])
def test_no_field_of_any_form_keeps_tab(make_window, row):
    window = make_window(load_example=True)
    window.sidebar.setCurrentRow(row)
    window.new_action.trigger()
    form = window.pages[row].form
    trapped = []
    for widget in form.findChildren(QWidget):
        if not (widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        widget.setFocus()
        if window.focusWidget() is not widget:
            continue  # takes no focus of its own (a proxy)
        press(widget, Qt.Key.Key_Tab)
        if window.focusWidget() is widget:
            trapped.append(widget.accessibleName() or type(widget).__name__)
    assert trapped == []
