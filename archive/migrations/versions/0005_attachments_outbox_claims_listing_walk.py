"""attachments, outbox claims, listing walk

Issue 18: files linked from releases (PDFs), stored once per content hash, their text per page, and each
release's links to them (kept when a fetch failed, with the reason). Issue 19: index outbox rows can be
claimed by one of several indexing processes; crawl runs name the distributed job they belong to.
Issue 14: when a listing last showed a release, so a full listing walk can notice old releases that left.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05 01:41:45.046130
"""
import sqlalchemy as sa
from alembic import op

import archive.models

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('attachments',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('content_type', sa.String(length=128), nullable=True),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('page_count', sa.Integer(), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('language', sa.String(length=8), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('ocr', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('extractor', sa.String(length=32), nullable=True),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('data', sa.LargeBinary(), nullable=True),
    sa.Column('created_at', archive.models.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('sha256')
    )
    op.create_table('attachment_pages',
    sa.Column('attachment_id', sa.Integer(), nullable=False),
    sa.Column('page', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=True),
    sa.ForeignKeyConstraint(['attachment_id'], ['attachments.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('attachment_id', 'page')
    )
    op.create_table('article_attachments',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('attachment_id', sa.Integer(), nullable=True),
    sa.Column('url', sa.String(length=2048), nullable=False),
    sa.Column('label', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('etag', sa.String(length=512), nullable=True),
    sa.Column('last_modified', sa.String(length=128), nullable=True),
    sa.Column('fetched_at', archive.models.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['attachment_id'], ['attachments.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('article_id', 'url', name='uq_article_attachments_article_url')
    )
    with op.batch_alter_table('article_attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_article_attachments_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_article_attachments_attachment_id'), ['attachment_id'], unique=False)
        batch_op.create_index('ix_article_attachments_url', ['url'], unique=False)

    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.add_column(sa.Column('last_listed_at', archive.models.UTCDateTime(timezone=True), nullable=True))

    with op.batch_alter_table('crawl_runs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('job', sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f('ix_crawl_runs_job'), ['job'], unique=False)

    with op.batch_alter_table('index_outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('claimed_by', sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column('claimed_until', archive.models.UTCDateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f('ix_index_outbox_claimed_until'), ['claimed_until'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('index_outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_index_outbox_claimed_until'))
        batch_op.drop_column('claimed_until')
        batch_op.drop_column('claimed_by')

    with op.batch_alter_table('crawl_runs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_crawl_runs_job'))
        batch_op.drop_column('job')

    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_column('last_listed_at')

    with op.batch_alter_table('article_attachments', schema=None) as batch_op:
        batch_op.drop_index('ix_article_attachments_url')
        batch_op.drop_index(batch_op.f('ix_article_attachments_attachment_id'))
        batch_op.drop_index(batch_op.f('ix_article_attachments_article_id'))

    op.drop_table('article_attachments')
    op.drop_table('attachment_pages')
    op.drop_table('attachments')
