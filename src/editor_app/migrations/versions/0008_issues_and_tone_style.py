"""Issues of the journal and its tone-mark style.

Revision ID: 0008
Revises: 0007

``issues`` holds each issue (volume, number, year, title, date, the editor's note),
named by a ``key`` made of volume, number and year. ``issue_articles`` puts articles
in an issue, in order (``position``); an article leaving the library (deleted for
good) leaves its issues, an issue deleted takes only its list. The journal profile
gets ``tone_style``: "old" (hoá, thuỷ) or "new" (hóa, thủy), "" for none chosen. New
tables and one ADD COLUMN with a server default: nothing existing is rewritten.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "issues",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(64), nullable=False, unique=True),
        sa.Column("volume", sa.Text, nullable=False),
        sa.Column("number", sa.Text, nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("published_on", sa.Date, nullable=True),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "issue_articles",
        sa.Column("issue_id", sa.Integer, sa.ForeignKey("issues.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
    )
    op.create_index("ix_issue_articles_article_id", "issue_articles", ["article_id"])
    op.add_column("journal_profile", sa.Column("tone_style", sa.String(8), nullable=False,
                                               server_default=sa.text("''")))


def downgrade() -> None:
    with op.batch_alter_table("journal_profile") as batch:
        batch.drop_column("tone_style")
    op.drop_index("ix_issue_articles_article_id", "issue_articles")
    op.drop_table("issue_articles")
    op.drop_table("issues")
