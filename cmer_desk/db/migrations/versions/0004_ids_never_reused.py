"""ids never reused: every SQLite table with an integer id becomes AUTOINCREMENT

SQLite gives a new row the highest id in use plus one, so the id of the newest record, once deleted,
was given again, and the change log (which names records by id) then mixed two people in a
subject-access export. AUTOINCREMENT ids only grow. Each table is rebuilt (Alembic's batch mode copies
its rows, indexes and constraints); cmer_desk.db.migrate turns foreign keys off around migrations, so
that dropping the old contact table does not cascade into the accreditations, and checks them after.
The counter of each logged table starts above the highest id the change log has ever named, so an id
deleted before this revision is not given again either. PostgreSQL's sequences never go back: nothing
to do there.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""
import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

TABLES = ('bureau_profile', 'change_log', 'organisation', 'tag', 'contact', 'event', 'event_official',
          'programme_item', 'event_press_officer', 'accreditation')
LOGGED = ('organisation', 'contact', 'event', 'accreditation')


def _rebuild(autoincrement: bool) -> None:
    if op.get_bind().exec_driver_sql('PRAGMA foreign_keys').scalar():
        raise RuntimeError('revision 0004 rebuilds every table: run it with foreign keys off '
                           '(cmer_desk.db.migrate.migration_connection), or dropping the contact table '
                           'would delete the accreditations')
    for table in TABLES:
        with op.batch_alter_table(table, recreate='always', table_kwargs={'sqlite_autoincrement': autoincrement}):
            pass


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != 'sqlite':
        return
    _rebuild(True)
    for table in LOGGED:
        highest = bind.execute(sa.text(
            f"SELECT max(coalesce((SELECT max(id) FROM {table}), 0), "  # noqa: S608 - fixed table names
            f"coalesce((SELECT max(record_id) FROM change_log WHERE entity = :entity), 0))"), {'entity': table}
        ).scalar()
        bind.execute(sa.text("DELETE FROM sqlite_sequence WHERE name = :name"), {'name': table})
        bind.execute(sa.text("INSERT INTO sqlite_sequence (name, seq) VALUES (:name, :seq)"),
                     {'name': table, 'seq': highest})


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        _rebuild(False)
