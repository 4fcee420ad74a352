"""The window tests run on the fixed clock of tests/conftest.py, never on the machine's date: a test that
types an event "in the future" must still pass in ten years."""

from __future__ import annotations

from tests.conftest import NOW


def test_the_window_context_runs_on_the_fixed_clock(app_ctx):
    assert app_ctx.service_context.clock() == NOW


def test_a_new_event_is_issued_on_the_fixed_date(make_window):
    window = make_window()
    window.new_action.trigger()
    assert window.events_page.form.collect().issue_date == NOW.date()


def test_a_document_of_an_event_without_start_is_named_after_the_fixed_date(make_window):
    window = make_window()
    window.new_action.trigger()
    assert window.documents.filename("invitation", ".pdf") == "invitation-2026-11-27-evenement.pdf"


def test_every_service_context_made_in_a_test_reads_the_fixed_clock(tmp_path):
    from cmer_desk.app import AppContext

    other = AppContext.open(str(tmp_path / "autre.db"), start_backup=False)
    try:
        assert other.service_context.clock() == NOW
    finally:
        other.close()
