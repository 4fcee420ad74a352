"""copy-database while the source is being written copies one consistent snapshot (and compares the
counts of that snapshot), on either engine; a target that cannot be reached is one French sentence."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from cmer_desk.app import AppContext
from cmer_desk.db.engine import resolve_database_url
from cmer_desk.domain.drafts import AccreditationDraft, ContactDraft
from cmer_desk.services.database_copy import CopyError, copy_database


@pytest.fixture
def target_url(tmp_path):
    return resolve_database_url(str(tmp_path / "copie.db"))


def test_a_copy_while_another_desk_writes_is_one_consistent_snapshot(app, example_event_id, database_url, target_url):
    other = AppContext.open(database_url, migrate_schema=False, start_backup=False)
    written = []

    def write_meanwhile(_conn, _cursor, statement, *_args):
        # once the copy has read the contacts, another desk adds a contact and accredits them
        if not written and statement.lstrip().upper().startswith("SELECT") and "FROM accreditation" in statement:
            contact = other.contacts.save(ContactDraft(last_name="Arrivé pendant la copie"))
            other.accreditations.save(AccreditationDraft(example_event_id, contact.id))
            written.append(contact.id)

    event.listen(app.engine, "before_cursor_execute", write_meanwhile)
    try:
        counts = copy_database(app.engine, target_url)
    finally:
        event.remove(app.engine, "before_cursor_execute", write_meanwhile)
        other.close()
    assert written
    assert counts["contact"] == 14 and counts["accreditation"] == 7  # the snapshot taken when the copy began
    copy = AppContext.open(target_url)
    try:
        assert len(copy.contacts.rows()) == 14
        assert copy.health.ok
    finally:
        copy.close()
    assert len(app.contacts.rows()) == 15  # the source has the new contact, for the next copy


def test_a_target_server_that_does_not_answer_is_a_french_sentence(app):
    with pytest.raises(CopyError) as caught:
        copy_database(app.engine, "postgresql+psycopg://desk:secret@127.0.0.1:9/presse")
    message = str(caught.value)
    assert message.startswith("Copie impossible vers « postgresql+psycopg://desk:***@127.0.0.1:9/presse » : ")
    assert "ne répond pas" in message and "secret" not in message
