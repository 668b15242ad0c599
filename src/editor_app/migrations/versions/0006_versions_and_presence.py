"""Several editors on one library: each article's version and last editor, and who has
which article open.

Revision ID: 0006
Revises: 0005

``articles.version`` grows by one at every save; a save based on an older version is
refused as a conflict instead of overwriting (``Store.save_article``).
``articles.updated_by`` names who saved it last. ``presence`` holds one row per open
window (its session id): the article it shows and when it last said so (a heartbeat),
so the list can show that another editor has an article open. Plain ADD COLUMNs with
server defaults: existing articles start at version 1, by nobody.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("articles", sa.Column("version", sa.Integer, nullable=False, server_default="1"))
    op.add_column("articles", sa.Column("updated_by", sa.Text, nullable=False, server_default=sa.text("''")))
    op.create_table(
        "presence",
        sa.Column("session", sa.String(64), primary_key=True),
        sa.Column("editor", sa.Text, nullable=False),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=True),
        sa.Column("seen_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_presence_article_id", "presence", ["article_id"])
    if op.get_bind().dialect.name == "postgresql":
        for name, definition in PG_INDEXES.items():
            op.execute(f"CREATE INDEX {name} ON articles {definition}")


# What a server needs that a file does not (SQLite answers both from the indexes it has:
# its binary order serves a slug prefix; its index entries end with the row id):
# - slugs by prefix ('base-%', when a new slug clashes), whatever the database's collation;
# - the list's default order (newest first, ties by id) from the index alone, no sort.
PG_INDEXES = {
    "ix_pg_articles_slug_pattern": "(slug varchar_pattern_ops)",
    "ix_pg_articles_live_updated_id": "(deleted_at, updated_at, id)",
}


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name in PG_INDEXES:
            op.execute(f"DROP INDEX {name}")
    op.drop_index("ix_presence_article_id", "presence")
    op.drop_table("presence")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("updated_by")
        batch.drop_column("version")
