"""contacts get any number of e-mail addresses and phone numbers (contact_email, contact_phone)

Today's single e-mail, landline and mobile move into the new tables as the preferred address, work
number and mobile; civilities are stored as printed ('Mme', 'M.'), so that a civility the desk does not
know can be kept as typed.

On SQLite the three columns are dropped with ``ALTER TABLE ... DROP COLUMN`` (SQLite 3.35 and later)
rather than by recreating the table: recreating it would drop the old table, and with foreign keys on,
that deletes every accreditation, list membership and event role of every contact (ON DELETE CASCADE).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""
import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('contact_email',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('address', sa.String(length=254), nullable=False),
    sa.Column('label', sa.String(length=50), nullable=False),
    sa.Column('preferred', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_contact_email_contact_id_contact'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_email'))
    )
    op.create_index(op.f('ix_contact_email_contact_id'), 'contact_email', ['contact_id'], unique=False)
    op.create_index(op.f('ix_contact_email_address'), 'contact_email', ['address'], unique=False)
    op.create_table('contact_phone',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('number', sa.String(length=30), nullable=False),
    sa.Column('extension', sa.String(length=10), nullable=False),
    sa.Column('label', sa.String(length=50), nullable=False),
    sa.Column('preferred', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_contact_phone_contact_id_contact'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_phone'))
    )
    op.create_index(op.f('ix_contact_phone_contact_id'), 'contact_phone', ['contact_id'], unique=False)

    op.execute(
        "INSERT INTO contact_email (contact_id, position, kind, address, label, preferred) "
        "SELECT id, 0, 'work', email, '', TRUE FROM contact WHERE email <> ''"
    )
    op.execute(
        "INSERT INTO contact_phone (contact_id, position, kind, number, extension, label, preferred) "
        "SELECT id, 0, 'work', landline, '', '', TRUE FROM contact WHERE landline <> ''"
    )
    op.execute(
        "INSERT INTO contact_phone (contact_id, position, kind, number, extension, label, preferred) "
        "SELECT id, CASE WHEN landline <> '' THEN 1 ELSE 0 END, 'mobile', mobile, '', '', TRUE "
        "FROM contact WHERE mobile <> ''"
    )
    op.execute("UPDATE contact SET civility = 'Mme' WHERE civility = 'mme'")
    op.execute("UPDATE contact SET civility = 'M.' WHERE civility = 'm'")

    op.drop_index(op.f('ix_contact_email'), table_name='contact')
    for column in ('email', 'landline', 'mobile'):
        op.execute(f"ALTER TABLE contact DROP COLUMN {column}")
    if op.get_bind().dialect.name != 'sqlite':  # SQLite does not enforce lengths
        op.alter_column('contact', 'civility', type_=sa.String(length=30), existing_nullable=False)


def downgrade() -> None:
    """Back to one address, one landline and one mobile: the preferred ones are kept."""
    if op.get_bind().dialect.name != 'sqlite':
        op.execute("UPDATE contact SET civility = substr(civility, 1, 10)")
        op.alter_column('contact', 'civility', type_=sa.String(length=10), existing_nullable=False)
    op.execute("UPDATE contact SET civility = 'mme' WHERE civility = 'Mme'")
    op.execute("UPDATE contact SET civility = 'm' WHERE civility = 'M.'")
    for column, length in (('email', 254), ('landline', 30), ('mobile', 30)):
        op.add_column('contact', sa.Column(column, sa.String(length=length), nullable=False, server_default=''))
    op.execute(
        "UPDATE contact SET email = COALESCE((SELECT address FROM contact_email e WHERE e.contact_id = contact.id "
        "ORDER BY CASE kind WHEN 'work' THEN 0 WHEN 'home' THEN 1 ELSE 2 END, preferred DESC, position LIMIT 1), '')"
    )
    op.execute(
        "UPDATE contact SET landline = COALESCE((SELECT number FROM contact_phone p WHERE p.contact_id = contact.id "
        "AND kind IN ('work', 'home', 'other') ORDER BY CASE kind WHEN 'work' THEN 0 WHEN 'home' THEN 1 ELSE 2 END, "
        "preferred DESC, position LIMIT 1), '')"
    )
    op.execute(
        "UPDATE contact SET mobile = COALESCE((SELECT number FROM contact_phone p WHERE p.contact_id = contact.id "
        "AND kind = 'mobile' ORDER BY preferred DESC, position LIMIT 1), '')"
    )
    op.create_index(op.f('ix_contact_email'), 'contact', ['email'], unique=False)
    op.drop_table('contact_phone')
    op.drop_table('contact_email')
