"""Folded full-text search index and the trash.

Revision ID: 0002
Revises: 0001

Adds ``articles.deleted_at`` (articles in the trash) and the contentless FTS5
table ``article_search``, filled from the existing articles. On PostgreSQL the
search index is ``article_search`` of ``core/library/search_pg.py`` (tsvector
columns with GIN indexes); a server library starts empty at this release.
"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _fold(value):
    return (value or "").replace("đ", "d").replace("Đ", "D")


def upgrade() -> None:
    # plain ALTER TABLE ADD COLUMN: never a table rebuild, which could cascade
    op.add_column("articles", sa.Column("deleted_at", sa.DateTime, nullable=True))
    if op.get_bind().dialect.name != "sqlite":
        _create_pg_index()
        return
    op.execute(
        "CREATE VIRTUAL TABLE article_search USING fts5("
        "title, subtitle, summary, body, keywords, authors, "
        "content='', tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
    )
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, title, subtitle, summary, body FROM articles")).all()
    for row in rows:
        keywords = bind.execute(
            sa.text("SELECT text FROM article_keywords WHERE article_id = :a ORDER BY position"),
            {"a": row.id},
        ).scalars().all()
        authors = bind.execute(
            sa.text(
                "SELECT au.name FROM article_authors aa JOIN authors au ON au.id = aa.author_id "
                "WHERE aa.article_id = :a ORDER BY aa.position"
            ),
            {"a": row.id},
        ).scalars().all()
        bind.execute(
            sa.text(
                "INSERT INTO article_search(rowid, title, subtitle, summary, body, keywords, authors) "
                "VALUES (:id, :t, :st, :su, :b, :k, :au)"
            ),
            {"id": row.id, "t": _fold(row.title), "st": _fold(row.subtitle), "su": _fold(row.summary),
             "b": _fold(row.body), "k": _fold("\n".join(keywords)), "au": _fold("\n".join(authors))},
        )


def _create_pg_index() -> None:
    op.create_table(
        "article_search",
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("title", postgresql.TSVECTOR, nullable=False),
        sa.Column("doc", postgresql.TSVECTOR, nullable=False),
    )
    op.create_index("ix_article_search_title", "article_search", ["title"], postgresql_using="gin")
    op.create_index("ix_article_search_doc", "article_search", ["doc"], postgresql_using="gin")


def downgrade() -> None:
    op.execute("DROP TABLE article_search")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_column("articles", "deleted_at")
        return
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("deleted_at")
