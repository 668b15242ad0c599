"""The library's tables, as SQLAlchemy Core ``Table`` objects (the one description of them).

The schema itself is made by the Alembic revisions in ``editor_app.migrations``;
these tables must match the head revision (a test compares them with
``alembic.autogenerate.compare_metadata``), and Alembic's ``env.py`` uses
:data:`metadata` as its target. The search index is not here: it belongs to
the search implementation (``search_fts5``), which Core cannot describe.
"""

from __future__ import annotations

import os
import uuid as uuid_mod
from datetime import datetime, timezone

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)

from editor_app.core.status import Status


def utcnow() -> datetime:
    """Now in UTC, without a time zone (as every stored time)."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


def new_uuid() -> str:
    return str(uuid_mod.uuid4())


def new_uuids(count: int) -> list[str]:
    """``count`` random (version 4) UUIDs from one read of the system's random source (each
    read lets go of the interpreter: an import's helper thread would then hold it up to 5 ms)."""
    raw = os.urandom(16 * count)
    return [str(uuid_mod.UUID(bytes=raw[i:i + 16], version=4)) for i in range(0, 16 * count, 16)]


metadata = MetaData()


def _text(name: str, length: int | None = None) -> Column:
    return Column(name, String(length) if length else Text, nullable=False, default="")


def _short(length: int):
    """A VARCHAR on SQLite (which keeps any length in it), TEXT on PostgreSQL: these hold what
    the store accepts (up to ``limits.LINE_MAX``; an invalid ORCID is kept, with a warning)."""
    return String(length).with_variant(Text(), "postgresql")


def _owner(name: str = "article_id", **kw) -> Column:
    return Column(name, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, **kw)


articles = Table(
    "articles", metadata,
    Column("id", Integer, primary_key=True),
    Column("uuid", String(36), nullable=False, unique=True, default=new_uuid),
    _text("title"), _text("subtitle"),
    Column("slug", String(200), nullable=False, unique=True),
    Column("language", _short(16), nullable=False, default="vi"),
    _text("summary"), _text("section"),
    Column("status", String(32), nullable=False, default=Status.DRAFT.value),
    Column("published_on", Date, nullable=True),
    _text("source"), _text("doi"), _text("license"),
    Column("created_at", DateTime, nullable=False, default=utcnow),
    Column("updated_at", DateTime, nullable=False, default=utcnow, index=True),
    Column("word_count", Integer, nullable=False, default=0),
    Column("deleted_at", DateTime, nullable=True),  # in the trash since
    _text("body"),  # last: the other columns are read without its overflow pages (migration 0005)
    # several editors (migration 0006): the version each save increments, and who saved last
    Column("version", Integer, nullable=False, default=1, server_default="1"),
    Column("updated_by", Text, nullable=False, default="", server_default=text("''")),
    # the title's Vietnamese collation key (migration 0009; core.collation), what the list sorts titles by
    Column("title_key", LargeBinary, nullable=True),
    # the list's queries (live articles by sort key), see migration 0003
    Index("ix_articles_live_updated", "deleted_at", "updated_at"),
    Index("ix_articles_live_status", "deleted_at", "status", "updated_at"),
    Index("ix_articles_live_title", "deleted_at", "title"),
    Index("ix_articles_live_section", "deleted_at", "section"),
    Index("ix_articles_live_created", "deleted_at", "created_at"),
    Index("ix_articles_live_published", "deleted_at", "published_on"),
    Index("ix_articles_live_words", "deleted_at", "word_count"),
    Index("ix_articles_live_title_key", "deleted_at", "title_key"),
)

authors = Table(
    "authors", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    _text("affiliation"), Column("orcid", _short(19), nullable=False, default=""), _text("email"),
)

article_authors = Table(
    "article_authors", metadata,
    Column("article_id", ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("author_id", ForeignKey("authors.id", ondelete="RESTRICT"), primary_key=True, index=True),
    Column("position", Integer, nullable=False),
    UniqueConstraint("article_id", "position"),
)

article_keywords = Table(
    "article_keywords", metadata,
    Column("article_id", ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("text", Text, nullable=False),
)

# an ordered link to another article by slug; the target may not exist (yet)
related_links = Table(
    "related_links", metadata,
    Column("article_id", ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("target_slug", String(200), nullable=False, index=True),
)

revisions = Table(
    "revisions", metadata,
    Column("id", Integer, primary_key=True),
    _owner(index=True),
    Column("created_at", DateTime, nullable=False, default=utcnow),
    Column("reason", Text, nullable=False, default=""),
    Column("named", Boolean, nullable=False, default=False),
    # zlib-compressed JSON of the article's content (see revisions.SAME_AS_ARTICLE)
    Column("snapshot", LargeBinary, nullable=False),
)

assets = Table(
    "assets", metadata,
    Column("id", Integer, primary_key=True),
    _owner(index=True),
    Column("filename", Text, nullable=False),
    Column("mime_type", _short(100), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("data", LargeBinary, nullable=False),
    Column("created_at", DateTime, nullable=False, default=utcnow),
    UniqueConstraint("article_id", "filename"),
)

# review rounds (migration 0007): an article sent to a reviewer as a .review file and
# what came back; the body as sent is kept, the base of the three-way merge
review_rounds = Table(
    "review_rounds", metadata,
    Column("id", Integer, primary_key=True),
    _owner(index=True),
    Column("uuid", String(36), nullable=False, unique=True, default=new_uuid),
    Column("base_revision", String(64), nullable=False, index=True),   # SHA-256 of the body sent
    _text("base_body"),
    Column("sent_at", DateTime, nullable=False, default=utcnow),
    _text("sent_by"),
    Column("returned_at", DateTime, nullable=True),
    _text("reviewer_name"), _text("reviewer_email"),
    Column("recommendation", String(32), nullable=True),
    _text("summary"),
)

# the reviewers' comments and suggested changes, each anchored to a passage of the body
# by its words, the words around them and where it was (core.reviewing.anchoring)
review_notes = Table(
    "review_notes", metadata,
    Column("id", Integer, primary_key=True),
    _owner(index=True),
    Column("round_id", ForeignKey("review_rounds.id", ondelete="SET NULL"), nullable=True, index=True),
    Column("reply_to", ForeignKey("review_notes.id", ondelete="CASCADE"), nullable=True, index=True),
    Column("kind", String(16), nullable=False),          # comment, insert, delete, replace
    _text("quote"), _text("new_text"), _text("text"),   # passage (or old text), new text, words
    _text("prefix"), _text("suffix"),
    Column("hint", Integer, nullable=False, default=0),
    Column("detached", Boolean, nullable=False, default=False),   # its passage is gone
    _text("author"),
    Column("created_at", DateTime, nullable=False, default=utcnow),
    Column("state", String(16), nullable=False, default="open"),   # open, resolved, accepted, rejected
    Column("source_key", String(64), nullable=True, unique=True),   # a merged file's mark: merged once
)

# who changed an article's status, and when (migration 0007)
status_changes = Table(
    "status_changes", metadata,
    Column("id", Integer, primary_key=True),
    _owner(index=True),
    Column("status", String(32), nullable=False),
    _text("changed_by"),
    Column("changed_at", DateTime, nullable=False, default=utcnow),
)

# one row per open window on the library (migration 0006): the article it shows, by whom,
# last seen when (its heartbeat)
presence = Table(
    "presence", metadata,
    Column("session", String(64), primary_key=True),
    Column("editor", Text, nullable=False),
    Column("article_id", ForeignKey("articles.id", ondelete="CASCADE"), nullable=True, index=True),
    Column("seen_at", DateTime, nullable=False),
)

# one row (id 1) describing the journal, for the export
journal_profile = Table(
    "journal_profile", metadata,
    Column("id", Integer, primary_key=True),
    _text("name"), Column("issn", _short(9), nullable=False, default=""), _text("publisher"), _text("base_url"), _text("default_license"),
    Column("tone_style", String(8), nullable=False, default="", server_default=text("''")),   # migration 0008
)

# the library's own word list for the spelling check (migration 0010)
own_words = Table(
    "own_words", metadata,
    Column("word", String(100), primary_key=True),
    _text("added_by"),
    Column("added_at", DateTime, nullable=False, default=utcnow),
)

# issues of the journal (migration 0008) and their articles in order
issues = Table(
    "issues", metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(64), nullable=False, unique=True),
    Column("volume", Text, nullable=False), Column("number", Text, nullable=False),
    Column("year", Integer, nullable=False),
    _text("title"), Column("published_on", Date, nullable=True), _text("note"),
    Column("created_at", DateTime, nullable=False, default=utcnow),
)
issue_articles = Table(
    "issue_articles", metadata,
    Column("issue_id", ForeignKey("issues.id", ondelete="CASCADE"), primary_key=True),
    Column("article_id", ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, index=True),
    Column("position", Integer, nullable=False),
)

# an article's editable scalar fields, in ArticleData's order (the one list of them)
CONTENT_COLUMNS = ("title", "subtitle", "slug", "language", "summary", "body", "section", "status",
                   "published_on", "source", "doi", "license")
# and what the store sets
STORE_COLUMNS = ("id", "uuid", "created_at", "updated_at", "word_count", "deleted_at", "version", "updated_by")


def migrated_object(obj, name, type_, reflected, compare_to) -> bool:
    """Alembic's ``include_object``: what the migrations and this metadata describe
    (not the search index, which Core cannot, nor Alembic's own version table, nor the
    server's pattern index on slugs)."""
    if type_ == "index" and (name or "").startswith("ix_pg_"):   # PostgreSQL's own (migration 0006)
        return False
    return not (type_ == "table" and (name or "").startswith(("article_search", "alembic_version")))
