"""An event save rewrites only the ordered lists that changed, and keeps them in the order given."""

from __future__ import annotations

from datetime import time

from sqlalchemy import select

from cmer_desk.db.models import EventOfficial, EventPressOfficer, ProgrammeItem
from cmer_desk.domain.drafts import ProgrammeItemDraft


def _row_ids(app, model, event_id):
    with app.service_context.sessions() as session:
        return list(session.scalars(select(model.id).where(model.event_id == event_id).order_by(model.position)))


def test_a_change_of_text_leaves_the_lists_rows_alone(app, example_event_id):
    officials = _row_ids(app, EventOfficial, example_event_id)
    officers = _row_ids(app, EventPressOfficer, example_event_id)
    draft = app.events.get(example_event_id)
    draft.venue_room = "salle du Conseil"
    app.events.save(draft)
    assert _row_ids(app, EventOfficial, example_event_id) == officials
    assert _row_ids(app, EventPressOfficer, example_event_id) == officers


def test_reordered_officials_and_a_new_programme_are_saved_the_others_kept(app, example_event_id):
    officers = _row_ids(app, EventPressOfficer, example_event_id)
    draft = app.events.get(example_event_id)
    draft.officials.reverse()
    draft.programme = [ProgrammeItemDraft(time(11, 30), "Signature"), ProgrammeItemDraft(time(12, 0), "Questions")]
    app.events.save(draft)
    saved = app.events.get(example_event_id)
    assert [o.contact_id for o in saved.officials] == [o.contact_id for o in draft.officials]
    assert [(p.at, p.label) for p in saved.programme] == [(time(11, 30), "Signature"), (time(12, 0), "Questions")]
    assert len(_row_ids(app, ProgrammeItem, example_event_id)) == 2
    assert _row_ids(app, EventPressOfficer, example_event_id) == officers
