"""change tracking: listing signals

Two facts the nightly re-check needs to notice a change without fetching the page: the fingerprint of
the title a listing page last showed for the release (a changed title moves it up the re-check queue)
and whether the last complete sitemap listed it (a release that leaves the sitemap is checked at once,
which is how a takedown of an old release is noticed within days, not weeks).

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.add_column(sa.Column('listed_title', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('in_sitemap', sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_column('in_sitemap')
        batch_op.drop_column('listed_title')
