"""The article's body becomes the last column of ``articles``.

Revision ID: 0005
Revises: 0004

SQLite stores a row's columns in order, and a body larger than a page spills into
overflow pages: every column after it (section, status, dates, word count, the
trash mark) could only be read by walking the body's overflow chain. The list,
the search filters and ``list --json`` read those columns for thousands of rows
and never the body, so they read the whole library's text for nothing. With the
body last, everything else sits on the row's first page.

SQLite cannot move a column: the table is rebuilt (a new table, the rows copied
with their ids, the old one dropped, the new one renamed, the indexes made
again). The upgrade runs with foreign keys off and after the backup copy, as
every upgrade. PostgreSQL keeps large values out of line already: nothing to do.
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_BEFORE_BODY = ("id, uuid, title, subtitle, slug, language, summary, section, status, published_on, "
                "source, doi, license, created_at, updated_at, word_count, deleted_at")
_INDEXES = (
    ("ix_articles_updated_at", "updated_at"),
    ("ix_articles_live_updated", "deleted_at, updated_at"),
    ("ix_articles_live_status", "deleted_at, status, updated_at"),
    ("ix_articles_live_title", "deleted_at, title"),
    ("ix_articles_live_section", "deleted_at, section"),
    ("ix_articles_live_created", "deleted_at, created_at"),
    ("ix_articles_live_published", "deleted_at, published_on"),
    ("ix_articles_live_words", "deleted_at, word_count"),
)


def _rebuild(columns: str, body_last: bool) -> None:
    body = "\tbody TEXT NOT NULL, \n"
    op.execute(
        "CREATE TABLE articles_rebuilt (\n"
        "\tid INTEGER NOT NULL, \n\tuuid VARCHAR(36) NOT NULL, \n\ttitle TEXT NOT NULL, \n"
        "\tsubtitle TEXT NOT NULL, \n\tslug VARCHAR(200) NOT NULL, \n\tlanguage VARCHAR(16) NOT NULL, \n"
        "\tsummary TEXT NOT NULL, \n" + ("" if body_last else body)
        + "\tsection TEXT NOT NULL, \n\tstatus VARCHAR(32) NOT NULL, \n\tpublished_on DATE, \n"
        "\tsource TEXT NOT NULL, \n\tdoi TEXT NOT NULL, \n\tlicense TEXT NOT NULL, \n"
        "\tcreated_at DATETIME NOT NULL, \n\tupdated_at DATETIME NOT NULL, \n"
        "\tword_count INTEGER NOT NULL, \n\tdeleted_at DATETIME, \n" + (body if body_last else "")
        + "\tPRIMARY KEY (id), \n\tUNIQUE (uuid), \n\tUNIQUE (slug)\n)")
    op.execute(f"INSERT INTO articles_rebuilt ({columns}) SELECT {columns} FROM articles")
    op.execute("DROP TABLE articles")
    op.execute("ALTER TABLE articles_rebuilt RENAME TO articles")
    for name, indexed in _INDEXES:
        op.execute(f"CREATE INDEX {name} ON articles ({indexed})")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _rebuild(_BEFORE_BODY + ", body", body_last=True)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _rebuild(_BEFORE_BODY + ", body", body_last=False)
