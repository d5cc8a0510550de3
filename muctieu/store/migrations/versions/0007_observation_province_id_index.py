"""index observations by (province_code, id), and province-level ones by province

The API pages a province's figures in id order (`store/pages.py`): without
an index the database read every row of the table and sorted them for each
page, and counted a province's rows by reading the whole table. With it a
page reads the rows it returns, and the count reads that province's part of
the index. Unlike the (province_code, year) index dropped by 0002, new rows
of a province go to the end of its part (ids grow), so imports keep it at
a small cost (README, "API"). Evaluation reads the few province-level
figures among the many communes' ones: a partial index holds them alone,
and commune rows cost it nothing.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-22
"""

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('observations', schema=None) as batch_op:
        batch_op.create_index('ix_observations_province_id', ['province_code', 'id'],
                              unique=False)
        batch_op.create_index('ix_observations_province_level', ['province_code'],
                              unique=False,
                              postgresql_where=sa.text("unit_level = 'province'"),
                              sqlite_where=sa.text("unit_level = 'province'"))


def downgrade() -> None:
    with op.batch_alter_table('observations', schema=None) as batch_op:
        batch_op.drop_index('ix_observations_province_level')
        batch_op.drop_index('ix_observations_province_id')
