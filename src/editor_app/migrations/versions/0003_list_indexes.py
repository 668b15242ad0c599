"""Indexes for the article list: live articles by each sort key, and by status.

Revision ID: 0003
Revises: 0002

``deleted_at`` (added by 0002) is stored after each article's body, so any
``WHERE deleted_at IS NULL`` had to read every row (5 s cold at 100k
articles). These covering indexes answer the list's queries from the index.
"""
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_articles_live_updated": ["deleted_at", "updated_at"],
    "ix_articles_live_status": ["deleted_at", "status", "updated_at"],
    "ix_articles_live_title": ["deleted_at", "title"],
    "ix_articles_live_section": ["deleted_at", "section"],
    "ix_articles_live_created": ["deleted_at", "created_at"],
    "ix_articles_live_published": ["deleted_at", "published_on"],
    "ix_articles_live_words": ["deleted_at", "word_count"],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "articles", columns)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, "articles")
