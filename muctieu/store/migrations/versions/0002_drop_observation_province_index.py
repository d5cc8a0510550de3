"""drop the (province_code, year) index of observations

Bulk imports of commune figures spent a third of their time keeping this
index; the queries that read observations go by indicator (the unique key
starts with it) or scan the whole table to group it, so the index bought
nothing.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('observations', schema=None) as batch_op:
        batch_op.drop_index('ix_observations_province')


def downgrade() -> None:
    with op.batch_alter_table('observations', schema=None) as batch_op:
        batch_op.create_index('ix_observations_province', ['province_code', 'year'], unique=False)
