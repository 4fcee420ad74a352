"""One Ctrl+S on an event: the save, the list that shows it refreshed once, the preview rendered from the
draft the form already holds. Counted statement by statement (SQLAlchemy's before_cursor_execute)."""

from __future__ import annotations

import contextlib

from sqlalchemy import event

from tests.ui.conftest import type_text


@contextlib.contextmanager
def statements(engine):
    seen: list[str] = []

    def note(_conn, _cursor, statement, *_args) -> None:
        seen.append(" ".join(statement.split()))

    event.listen(engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", note)


def test_an_event_save_with_its_refresh_runs_at_most_20_statements(make_window, app_ctx):
    window = make_window(load_example=True)
    page = window.events_page
    event_id = page.current_id()
    renders = page.preview.renders
    type_text(page.form.title_edit, " (report)")
    with statements(app_ctx.engine) as seen:
        window.save_action.trigger()
    assert window.statusBar().currentMessage() == "Invitation enregistrée"
    assert app_ctx.events.get(event_id).title.endswith("de Tarascon (report)")
    assert page.proxy.row_at(0).title.endswith("(report)")  # the list shows what was saved
    assert page.preview.renders == renders + 1 and not page.preview.hint.isVisible()
    listed = [s for s in seen if s.startswith("SELECT event.id, event.starts_at")]
    assert len(listed) == 1, "the event list is read once"
    assert not [s for s in seen if s.startswith("SELECT event.id, event.kind")][1:], "the event is read once, to save"
    assert len(seen) <= 20, "\n".join(seen)


def test_saving_an_event_leaves_the_hidden_pages_to_refresh_when_shown(make_window, app_ctx):
    window = make_window(load_example=True)
    page = window.events_page
    type_text(page.form.title_edit, " (report)")
    with statements(app_ctx.engine) as seen:
        window.save_action.trigger()
    accreditation_rows = [s for s in seen if s.startswith("SELECT accreditation.id")]
    contact_list = [s for s in seen if s.startswith("SELECT contact.id, contact.first_name") and " IN (" not in s]
    assert accreditation_rows == [] and contact_list == []
    window.sidebar.setCurrentRow(3)
    assert window.accreditations_page.event_label.text().endswith("de Tarascon (report)")
