"""targets.place: another province a value belongs to, as the text names it

A national report or a province's news names other provinces' figures ("Đà
Nẵng (58,89%), Hà Giang (55,76%)"); such a value is kept with its document
but is neither the document's province's observation nor its target.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('targets', schema=None) as batch_op:
        batch_op.add_column(sa.Column('place', sa.String(length=100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('targets', schema=None) as batch_op:
        batch_op.drop_column('place')
