"""Folded full-text search index and the trash.

Revision ID: 0002
Revises: 0001

Adds ``articles.deleted_at`` (articles in the trash) and the contentless FTS5
table ``article_search``, filled from the existing articles.
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _fold(value):
    return (value or "").replace("đ", "d").replace("Đ", "D")


def upgrade() -> None:
    # plain ALTER TABLE ADD COLUMN: never a table rebuild, which could cascade
    op.add_column("articles", sa.Column("deleted_at", sa.DateTime, nullable=True))
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


def downgrade() -> None:
    op.execute("DROP TABLE article_search")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("deleted_at")
