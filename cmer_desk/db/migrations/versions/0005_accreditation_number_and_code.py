"""accreditation number and code; the officials' action for one official

Every accreditation gets a number, per event, in the order the requests came (then by id), and a random
code for its badge's QR code; each event remembers the last number it gave. Events get the action
written for a single official ("signera..."), empty until someone types it.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""
import sqlalchemy as sa
from alembic import op

from cmer_desk.domain.door import new_code

# SQLite rebuilds a table to change a column: the rebuilt table keeps AUTOINCREMENT (revision 0004), so that
# ids are never given twice.
KEEP_IDS = {'sqlite_autoincrement': True}

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('event', table_kwargs=KEEP_IDS) as batch:
        batch.add_column(sa.Column('officials_action_single', sa.Text(), server_default='', nullable=False))
        batch.add_column(sa.Column('last_accreditation_number', sa.Integer(), server_default='0', nullable=False))
    with op.batch_alter_table('accreditation', table_kwargs=KEEP_IDS) as batch:
        batch.add_column(sa.Column('number', sa.Integer(), nullable=True))
        batch.add_column(sa.Column('code', sa.String(length=20), nullable=True))

    connection = op.get_bind()
    accreditation = sa.table('accreditation', sa.column('id', sa.Integer), sa.column('event_id', sa.Integer),
                             sa.column('requested_at', sa.DateTime), sa.column('number', sa.Integer),
                             sa.column('code', sa.String))
    event = sa.table('event', sa.column('id', sa.Integer), sa.column('last_accreditation_number', sa.Integer))
    rows = connection.execute(
        sa.select(accreditation.c.id, accreditation.c.event_id)
        .order_by(accreditation.c.event_id, accreditation.c.requested_at, accreditation.c.id)
    ).all()
    last: dict[int, int] = {}
    codes: set[str] = set()
    for accreditation_id, event_id in rows:
        last[event_id] = last.get(event_id, 0) + 1
        code = new_code()
        while code in codes:
            code = new_code()
        codes.add(code)
        connection.execute(accreditation.update().where(accreditation.c.id == accreditation_id)
                           .values(number=last[event_id], code=code))
    for event_id, number in last.items():
        connection.execute(event.update().where(event.c.id == event_id).values(last_accreditation_number=number))

    with op.batch_alter_table('accreditation', table_kwargs=KEEP_IDS) as batch:
        batch.alter_column('number', existing_type=sa.Integer(), nullable=False)
        batch.alter_column('code', existing_type=sa.String(length=20), nullable=False)
        batch.create_unique_constraint(op.f('uq_accreditation_code'), ['code'])
        batch.create_index('ix_accreditation_event_number', ['event_id', 'number'], unique=True)


def downgrade() -> None:
    with op.batch_alter_table('accreditation', table_kwargs=KEEP_IDS) as batch:
        batch.drop_index('ix_accreditation_event_number')
        batch.drop_constraint(op.f('uq_accreditation_code'), type_='unique')
        batch.drop_column('code')
        batch.drop_column('number')
    with op.batch_alter_table('event', table_kwargs=KEEP_IDS) as batch:
        batch.drop_column('last_accreditation_number')
        batch.drop_column('officials_action_single')
