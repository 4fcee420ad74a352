"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-27
"""
import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('bureau_profile',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('full_name', sa.String(length=500), nullable=False),
    sa.Column('default_issue_place', sa.String(length=200), nullable=False),
    sa.Column('shared_email', sa.String(length=254), nullable=False),
    sa.Column('website', sa.String(length=200), nullable=False),
    sa.Column('social_handles', sa.Text(), nullable=False),
    sa.Column('logo_path', sa.String(length=1000), nullable=False),
    sa.Column('time_style', sa.String(length=10), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bureau_profile'))
    )
    op.create_table('change_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user_name', sa.String(length=100), nullable=False),
    sa.Column('entity', sa.String(length=30), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=30), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_log'))
    )
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_change_log_at'), ['at'], unique=False)
        batch_op.create_index('ix_change_log_record', ['entity', 'record_id'], unique=False)

    op.create_table('organisation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('city', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('website', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('sort_key', sa.String(length=420).with_variant(sa.String(length=420, collation='C'), 'postgresql'), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation'))
    )
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organisation_sort_key'), ['sort_key'], unique=False)

    op.create_table('tag',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tag')),
    sa.UniqueConstraint('name', name=op.f('uq_tag_name'))
    )
    op.create_table('contact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('civility', sa.String(length=10), nullable=False),
    sa.Column('first_name', sa.String(length=200), nullable=False),
    sa.Column('last_name', sa.String(length=200), nullable=False),
    sa.Column('function', sa.String(length=500), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('landline', sa.String(length=30), nullable=False),
    sa.Column('mobile', sa.String(length=30), nullable=False),
    sa.Column('press_card_number', sa.String(length=50), nullable=False),
    sa.Column('press_card_year', sa.Integer(), nullable=True),
    sa.Column('press_card_kind', sa.String(length=20), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('source', sa.String(length=200), nullable=False),
    sa.Column('last_contact_on', sa.Date(), nullable=True),
    sa.Column('sort_key', sa.String(length=420).with_variant(sa.String(length=420, collation='C'), 'postgresql'), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_contact_organisation_id_organisation'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact'))
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_email'), ['email'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_sort_key'), ['sort_key'], unique=False)

    op.create_table('contact_tag',
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('tag_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_contact_tag_contact_id_contact'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tag_id'], ['tag.id'], name=op.f('fk_contact_tag_tag_id_tag'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('contact_id', 'tag_id', name=op.f('pk_contact_tag'))
    )
    op.create_table('event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('issue_place', sa.String(length=200), nullable=False),
    sa.Column('issue_date', sa.Date(), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=True),
    sa.Column('venue_name', sa.String(length=200), nullable=False),
    sa.Column('venue_room', sa.String(length=200), nullable=False),
    sa.Column('venue_street', sa.String(length=200), nullable=False),
    sa.Column('venue_postcode', sa.String(length=10), nullable=False),
    sa.Column('venue_city', sa.String(length=200), nullable=False),
    sa.Column('officials_action', sa.Text(), nullable=False),
    sa.Column('press_moment', sa.Text(), nullable=False),
    sa.Column('accreditation_required', sa.Boolean(), nullable=False),
    sa.Column('accreditation_deadline', sa.DateTime(), nullable=True),
    sa.Column('accreditation_contact_id', sa.Integer(), nullable=True),
    sa.Column('accreditation_instructions', sa.Text(), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('per_outlet_limit', sa.Integer(), nullable=True),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['accreditation_contact_id'], ['contact.id'], name=op.f('fk_event_accreditation_contact_id_contact'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event'))
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_starts_at'), ['starts_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_status'), ['status'], unique=False)

    op.create_table('accreditation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('outlet_id', sa.Integer(), nullable=True),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('decision_reason', sa.Text(), nullable=False),
    sa.Column('requested_at', sa.DateTime(), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.Column('press_card_checked', sa.Boolean(), nullable=False),
    sa.Column('arrived_at', sa.DateTime(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_accreditation_contact_id_contact'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_accreditation_event_id_event'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['outlet_id'], ['organisation.id'], name=op.f('fk_accreditation_outlet_id_organisation'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_accreditation')),
    sa.UniqueConstraint('event_id', 'contact_id', name=op.f('uq_accreditation_event_id'))
    )
    with op.batch_alter_table('accreditation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_accreditation_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_accreditation_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_accreditation_status'), ['status'], unique=False)

    op.create_table('event_official',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('role_wording', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_event_official_contact_id_contact'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_event_official_event_id_event'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_official')),
    sa.UniqueConstraint('event_id', 'contact_id', name=op.f('uq_event_official_event_id'))
    )
    with op.batch_alter_table('event_official', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_official_event_id'), ['event_id'], unique=False)

    op.create_table('event_press_officer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_event_press_officer_contact_id_contact'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_event_press_officer_event_id_event'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_press_officer')),
    sa.UniqueConstraint('event_id', 'contact_id', name=op.f('uq_event_press_officer_event_id'))
    )
    with op.batch_alter_table('event_press_officer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_press_officer_event_id'), ['event_id'], unique=False)

    op.create_table('programme_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('at', sa.Time(), nullable=False),
    sa.Column('label', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_programme_item_event_id_event'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programme_item'))
    )
    with op.batch_alter_table('programme_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_programme_item_event_id'), ['event_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('programme_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_programme_item_event_id'))

    op.drop_table('programme_item')
    with op.batch_alter_table('event_press_officer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_press_officer_event_id'))

    op.drop_table('event_press_officer')
    with op.batch_alter_table('event_official', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_official_event_id'))

    op.drop_table('event_official')
    with op.batch_alter_table('accreditation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_accreditation_status'))
        batch_op.drop_index(batch_op.f('ix_accreditation_event_id'))
        batch_op.drop_index(batch_op.f('ix_accreditation_contact_id'))

    op.drop_table('accreditation')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_status'))
        batch_op.drop_index(batch_op.f('ix_event_starts_at'))

    op.drop_table('event')
    op.drop_table('contact_tag')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_sort_key'))
        batch_op.drop_index(batch_op.f('ix_contact_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_contact_email'))

    op.drop_table('contact')
    op.drop_table('tag')
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organisation_sort_key'))

    op.drop_table('organisation')
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_index('ix_change_log_record')
        batch_op.drop_index(batch_op.f('ix_change_log_at'))

    op.drop_table('change_log')
    op.drop_table('bureau_profile')
