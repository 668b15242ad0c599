"""Review rounds: articles sent to reviewers as .review files, their comments and
suggested changes, and who changed an article's status when.

Revision ID: 0007
Revises: 0006

``review_rounds`` keeps each round: the body as sent (the base of the three-way merge
when the review comes back) and its SHA-256 (the file's ``base_revision``), who sent
it when, and what came back (reviewer, recommendation, summary). ``review_notes``
holds comments (with replies) and suggestions, each anchored to a passage of the body
by its words and the words around them; ``source_key`` makes merging a file twice a
no-op. ``status_changes`` records every change of status with who and when. New
tables only: nothing existing is rewritten.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _owner() -> sa.Column:
    return sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False)


def upgrade() -> None:
    op.create_table(
        "review_rounds",
        sa.Column("id", sa.Integer, primary_key=True),
        _owner(),
        sa.Column("uuid", sa.String(36), nullable=False, unique=True),
        sa.Column("base_revision", sa.String(64), nullable=False),
        sa.Column("base_body", sa.Text, nullable=False),
        sa.Column("sent_at", sa.DateTime, nullable=False),
        sa.Column("sent_by", sa.Text, nullable=False),
        sa.Column("returned_at", sa.DateTime, nullable=True),
        sa.Column("reviewer_name", sa.Text, nullable=False),
        sa.Column("reviewer_email", sa.Text, nullable=False),
        sa.Column("recommendation", sa.String(32), nullable=True),
        sa.Column("summary", sa.Text, nullable=False),
    )
    op.create_index("ix_review_rounds_article_id", "review_rounds", ["article_id"])
    op.create_index("ix_review_rounds_base_revision", "review_rounds", ["base_revision"])
    op.create_table(
        "review_notes",
        sa.Column("id", sa.Integer, primary_key=True),
        _owner(),
        sa.Column("round_id", sa.Integer, sa.ForeignKey("review_rounds.id", ondelete="SET NULL"), nullable=True),
        sa.Column("reply_to", sa.Integer, sa.ForeignKey("review_notes.id", ondelete="CASCADE"), nullable=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("quote", sa.Text, nullable=False),
        sa.Column("new_text", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("prefix", sa.Text, nullable=False),
        sa.Column("suffix", sa.Text, nullable=False),
        sa.Column("hint", sa.Integer, nullable=False),
        sa.Column("detached", sa.Boolean, nullable=False),
        sa.Column("author", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("source_key", sa.String(64), nullable=True, unique=True),
    )
    for column in ("article_id", "round_id", "reply_to"):
        op.create_index(f"ix_review_notes_{column}", "review_notes", [column])
    op.create_table(
        "status_changes",
        sa.Column("id", sa.Integer, primary_key=True),
        _owner(),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("changed_by", sa.Text, nullable=False),
        sa.Column("changed_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_status_changes_article_id", "status_changes", ["article_id"])


def downgrade() -> None:
    op.drop_index("ix_status_changes_article_id", "status_changes")
    op.drop_table("status_changes")
    for column in ("article_id", "round_id", "reply_to"):
        op.drop_index(f"ix_review_notes_{column}", "review_notes")
    op.drop_table("review_notes")
    op.drop_index("ix_review_rounds_base_revision", "review_rounds")
    op.drop_index("ix_review_rounds_article_id", "review_rounds")
    op.drop_table("review_rounds")
