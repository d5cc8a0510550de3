"""revisions: a counter per audited table, raised by every committed change

Readers (the API's response cache, the overview's memo, the token cache)
keep results keyed by these counters and read them again on each request
(see store/revisions.py).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-20
"""

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('revisions',
    sa.Column('scope', sa.String(length=40), nullable=False),
    sa.Column('n', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('scope')
    )


def downgrade() -> None:
    op.drop_table('revisions')
