"""original files, publication state, learned wordings

- document_files: the bytes of an ingested file, so that a reader can
  download the original a document's spans were read from;
- publications: which provinces' figures and evaluation are public;
- learned_wordings: a wording → indicator choice an officer made in review,
  which later matching reuses.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('document_files',
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('filename', sa.Text(), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('document_id')
    )
    op.create_table('publications',
    sa.Column('province_code', sa.String(length=16), nullable=False),
    sa.Column('published_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('published_by', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('province_code')
    )
    op.create_table('learned_wordings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('wording_key', sa.String(length=500), nullable=False),
    sa.Column('wording', sa.Text(), nullable=False),
    sa.Column('indicator_id', sa.String(length=64), nullable=False),
    sa.Column('chosen_by', sa.String(length=100), nullable=False),
    sa.Column('chosen_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('wording_key')
    )


def downgrade() -> None:
    op.drop_table('learned_wordings')
    op.drop_table('publications')
    op.drop_table('document_files')
