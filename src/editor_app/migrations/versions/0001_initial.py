"""Initial library schema.

Revision ID: 0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

APPLICATION_ID = 0x45644170
# SQLite keeps any length in a VARCHAR; on PostgreSQL these hold what the store accepts
# (up to core.limits.LINE_MAX characters: an invalid ORCID is kept, with a warning)
def _short(length: int):
    return sa.String(length).with_variant(sa.Text(), "postgresql")


  # 'EdAp': marks the file as an editor-app library


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":  # a server database is named by its URL instead
        op.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uuid", sa.String(36), nullable=False, unique=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("subtitle", sa.Text, nullable=False),
        sa.Column("slug", sa.String(200), nullable=False, unique=True),
        sa.Column("language", _short(16), nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("section", sa.Text, nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("published_on", sa.Date, nullable=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("doi", sa.Text, nullable=False),
        sa.Column("license", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("word_count", sa.Integer, nullable=False),
    )
    op.create_index("ix_articles_updated_at", "articles", ["updated_at"])
    op.create_table(
        "authors",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("affiliation", sa.Text, nullable=False),
        sa.Column("orcid", _short(19), nullable=False),
        sa.Column("email", sa.Text, nullable=False),
    )
    op.create_table(
        "article_authors",
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("author_id", sa.Integer, sa.ForeignKey("authors.id", ondelete="RESTRICT"), primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.UniqueConstraint("article_id", "position"),
    )
    op.create_index("ix_article_authors_author_id", "article_authors", ["author_id"])
    op.create_table(
        "article_keywords",
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_table(
        "related_links",
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("target_slug", sa.String(200), nullable=False),
    )
    op.create_index("ix_related_links_target_slug", "related_links", ["target_slug"])
    op.create_table(
        "revisions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("named", sa.Boolean, nullable=False),
        sa.Column("snapshot", sa.LargeBinary, nullable=False),
    )
    op.create_index("ix_revisions_article_id", "revisions", ["article_id"])
    op.create_table(
        "assets",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("filename", sa.Text, nullable=False),
        sa.Column("mime_type", _short(100), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("article_id", "filename"),
    )
    op.create_index("ix_assets_article_id", "assets", ["article_id"])
    op.create_table(
        "journal_profile",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("issn", _short(9), nullable=False),
        sa.Column("publisher", sa.Text, nullable=False),
        sa.Column("base_url", sa.Text, nullable=False),
        sa.Column("default_license", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for table in ("journal_profile", "assets", "revisions", "related_links",
                  "article_keywords", "article_authors", "authors", "articles"):
        op.drop_table(table)
