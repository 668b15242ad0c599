"""Titles in Vietnamese alphabetical order.

Revision ID: 0009
Revises: 0008

``articles.title_key`` holds each title's collation key (``core.collation``: the
Vietnamese alphabet, tone marks only breaking ties) as bytes, which SQLite and
PostgreSQL both compare byte by byte, so the list sorts a large library by title in
SQL, from the index ``(deleted_at, title_key)``. Existing titles get their key here,
in batches; the store writes it with every save from now on.
"""

import sqlalchemy as sa
from alembic import op

from editor_app.core.collation import sort_key_bytes

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None
BATCH = 2000


def upgrade() -> None:
    op.add_column("articles", sa.Column("title_key", sa.LargeBinary, nullable=True))
    bind = op.get_bind()
    articles = sa.table("articles", sa.column("id", sa.Integer), sa.column("title", sa.Text),
                        sa.column("title_key", sa.LargeBinary))
    last = 0
    while True:
        rows = bind.execute(sa.select(articles.c.id, articles.c.title).where(articles.c.id > last)
                            .order_by(articles.c.id).limit(BATCH)).all()
        if not rows:
            break
        bind.execute(sa.update(articles).where(articles.c.id == sa.bindparam("row_id"))
                     .values(title_key=sa.bindparam("key")),
                     [{"row_id": i, "key": sort_key_bytes(t or "")} for i, t in rows])
        last = rows[-1][0]
    op.create_index("ix_articles_live_title_key", "articles", ["deleted_at", "title_key"])


def downgrade() -> None:
    op.drop_index("ix_articles_live_title_key", "articles")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("title_key")
