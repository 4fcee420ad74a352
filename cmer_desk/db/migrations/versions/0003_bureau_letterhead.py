"""bureau_profile: the bloc-marque (issuer's title, motto), the bureau's font files, the apostrophe style

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""
import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('bureau_profile') as batch:
        batch.add_column(sa.Column('issuer_title', sa.Text(), nullable=False, server_default=''))
        batch.add_column(sa.Column('motto', sa.Boolean(), nullable=False, server_default=sa.true()))
        batch.add_column(sa.Column('font_regular', sa.String(length=1000), nullable=False, server_default=''))
        batch.add_column(sa.Column('font_bold', sa.String(length=1000), nullable=False, server_default=''))
        batch.add_column(sa.Column('font_italic', sa.String(length=1000), nullable=False, server_default=''))
        batch.add_column(sa.Column('apostrophe', sa.String(length=12), nullable=False, server_default='straight'))


def downgrade() -> None:
    with op.batch_alter_table('bureau_profile') as batch:
        for name in ('apostrophe', 'font_italic', 'font_bold', 'font_regular', 'motto', 'issuer_title'):
            batch.drop_column(name)
