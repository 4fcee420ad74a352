"""Every value a form turns into a type (a date, a time, a number) gets a field error when what is typed is
not one; nothing is replaced by a default behind the person's back, and nothing typed is lost."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from cmer_desk.domain.drafts import ContactDraft, ProgrammeItemDraft
from tests.ui.conftest import type_text


def _clear(spin_or_date) -> None:
    """Select the whole text of a spin box or date field and delete it, as a person would."""
    spin_or_date.setFocus()
    spin_or_date.selectAll()
    QTest.keyClick(spin_or_date, Qt.Key.Key_Backspace)


def test_a_programme_time_that_cannot_be_read_is_a_field_error_not_midnight(make_window, app_ctx):
    window = make_window(load_example=True)
    page = window.events_page
    form = page.form
    before = app_ctx.events.get(page.current_id())
    form.programme.append(["onze heures", "Signature du protocole"])
    window.save_action.trigger()
    error = form.rows["programme"].error
    assert error.isVisible()
    assert error.text() == ("L'heure « onze heures » de l'étape « Signature du protocole » n'est pas valide : "
                            "écrivez-la HH:MM (par exemple 11:30).")
    assert app_ctx.events.get(page.current_id()).programme == before.programme  # nothing saved
    assert form.programme.model.rowCount() == 1 and form.is_dirty()  # nothing typed is lost
    form.programme.model.item(0, 0).setText("11:30")
    window.save_action.trigger()
    assert not error.isVisible()
    assert [(p.at.strftime("%H:%M"), p.label) for p in app_ctx.events.get(page.current_id()).programme] == [
        ("11:30", "Signature du protocole")]


def test_a_start_left_half_typed_is_a_field_error_not_the_previous_value(make_window, app_ctx):
    window = make_window(load_example=True)
    form = window.events_page.form
    _clear(form.starts_at)
    assert form.starts_at.text() == ""
    window.save_action.trigger()
    assert form.rows["starts_at"].error.text() == "La date et l'heure de début sont obligatoires."
    type_text(form.starts_at, "24/01")  # a date without its time: half typed, never midnight
    window.save_action.trigger()
    assert form.rows["starts_at"].error.text() == (
        "Le champ « Début » attend une date et une heure au format JJ/MM/AAAA HH:MM.")
    assert form.starts_at.text() == "24/01"  # nothing typed is lost
    assert window.focusWidget() is form.starts_at
    assert window.statusBar().currentMessage() == "Enregistrement impossible : corrigez les champs signalés en rouge"


def test_a_capacity_left_empty_is_a_field_error(make_window, app_ctx):
    window = make_window(load_example=True)
    form = window.events_page.form
    _clear(form.capacity)
    window.save_action.trigger()
    assert form.rows["capacity"].error.text() == "Le champ « Capacité » attend un nombre entier."
    assert app_ctx.events.get(window.events_page.current_id()).capacity == 30


def test_the_preview_waits_for_a_readable_draft_and_says_why(make_window, app_ctx):
    window = make_window(load_example=True)
    page = window.events_page
    page.form.programme.append(["25:99", "Visite"])
    page.preview.refresh()
    assert page.preview.hint.text().startswith("Aperçu en attente : L'heure « 25:99 »")
    assert page.preview.pdf_view.pdf.startswith(b"%PDF")  # the saved invitation stays on screen
    assert not page.form.rows["programme"].error.isVisible()  # fields are marked when saving, not while typing


def test_contact_dates_and_years_are_read_or_refused(make_window, app_ctx):
    contact = app_ctx.contacts.save(ContactDraft(first_name="Zoé", last_name="Émery", press_card_year=2026,
                                                 last_contact_on=datetime(2026, 1, 5).date()))
    window = make_window()
    window.sidebar.setCurrentRow(1)
    page = window.contacts_page
    page.select_id(contact.id)
    _clear(page.form.press_card_year)
    _clear(page.form.last_contact_on)
    type_text(page.form.last_contact_on, "31/02/2026")  # no such day (emptied, the field means no date)
    window.save_action.trigger()
    assert page.form.rows["press_card_year"].error.text() == "Le champ « Carte valable jusqu'en » attend un nombre entier."
    assert page.form.rows["last_contact_on"].error.text() == (
        "Le champ « Dernier contact » attend une date au format JJ/MM/AAAA.")
    saved = app_ctx.contacts.get(contact.id)
    assert saved.press_card_year == 2026 and saved.last_contact_on == datetime(2026, 1, 5).date()


def test_a_valid_programme_is_saved_as_typed(make_window, app_ctx):
    window = make_window(load_example=True)
    page = window.events_page
    page.form.programme.append(["9:05", "Accueil"])
    window.save_action.trigger()
    assert app_ctx.events.get(page.current_id()).programme == [
        ProgrammeItemDraft(datetime(2018, 1, 24, 9, 5).time(), "Accueil")]


def test_clock_times_as_the_bureau_writes_them():
    from datetime import time

    from cmer_desk.ui.widgets.fields import parse_clock_time

    assert [parse_clock_time(t) for t in ("11:30", "9:05", "11h30", "11 h 30", "11h", " 08:00 ")] == [
        time(11, 30), time(9, 5), time(11, 30), time(11, 30), time(11, 0), time(8, 0)]
    assert [parse_clock_time(t) for t in ("", "onze heures", "25:00", "11:60", "11:3", "11:30:00")] == [None] * 6
