"""Typed SQLAlchemy models of the article library.

The schema itself is owned by the Alembic revisions in ``editor_app.migrations``;
these classes must match the head revision (a test compares them).
"""

from __future__ import annotations

import uuid as uuid_mod
from datetime import date, datetime, timezone

from sqlalchemy import (
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from editor_app.core.status import Status  # noqa: F401  (re-exported)


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def new_uuid() -> str:
    return str(uuid_mod.uuid4())


class Base(DeclarativeBase):
    pass


class Article(Base):
    __tablename__ = "articles"
    # the list's queries (live articles by sort key), see migration 0003
    __table_args__ = (
        Index("ix_articles_live_updated", "deleted_at", "updated_at"),
        Index("ix_articles_live_status", "deleted_at", "status", "updated_at"),
        Index("ix_articles_live_title", "deleted_at", "title"),
        Index("ix_articles_live_section", "deleted_at", "section"),
        Index("ix_articles_live_created", "deleted_at", "created_at"),
        Index("ix_articles_live_published", "deleted_at", "published_on"),
        Index("ix_articles_live_words", "deleted_at", "word_count"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    title: Mapped[str] = mapped_column(Text, default="")
    subtitle: Mapped[str] = mapped_column(Text, default="")
    slug: Mapped[str] = mapped_column(String(200), unique=True)
    language: Mapped[str] = mapped_column(String(16), default="vi")
    summary: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    section: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(32), default=Status.DRAFT.value)
    published_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    source: Mapped[str] = mapped_column(Text, default="")
    doi: Mapped[str] = mapped_column(Text, default="")
    license: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    word_count: Mapped[int] = mapped_column(Integer, default=0)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    author_links: Mapped[list["ArticleAuthor"]] = relationship(
        back_populates="article",
        order_by="ArticleAuthor.position",
        cascade="all, delete-orphan",
    )
    keywords: Mapped[list["Keyword"]] = relationship(
        order_by="Keyword.position", cascade="all, delete-orphan"
    )
    related: Mapped[list["RelatedLink"]] = relationship(
        order_by="RelatedLink.position", cascade="all, delete-orphan"
    )
    revisions: Mapped[list["Revision"]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True
    )
    assets: Mapped[list["Asset"]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True
    )


class Author(Base):
    __tablename__ = "authors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    affiliation: Mapped[str] = mapped_column(Text, default="")
    orcid: Mapped[str] = mapped_column(String(19), default="")
    email: Mapped[str] = mapped_column(Text, default="")


class ArticleAuthor(Base):
    __tablename__ = "article_authors"
    __table_args__ = (UniqueConstraint("article_id", "position"),)

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    author_id: Mapped[int] = mapped_column(
        ForeignKey("authors.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer)

    article: Mapped[Article] = relationship(back_populates="author_links")
    author: Mapped[Author] = relationship(lazy="joined")


class Keyword(Base):
    __tablename__ = "article_keywords"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text)


class RelatedLink(Base):
    """An ordered link to another article by slug; the target may not exist yet."""

    __tablename__ = "related_links"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    target_slug: Mapped[str] = mapped_column(String(200), index=True)


class Revision(Base):
    __tablename__ = "revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    reason: Mapped[str] = mapped_column(Text, default="")
    named: Mapped[bool] = mapped_column(default=False)
    # zlib-compressed JSON of the article's content and metadata
    snapshot: Mapped[bytes] = mapped_column(LargeBinary)

    article: Mapped[Article] = relationship(back_populates="revisions")


class Asset(Base):
    __tablename__ = "assets"
    __table_args__ = (UniqueConstraint("article_id", "filename"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(Text)
    mime_type: Mapped[str] = mapped_column(String(100))
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    article: Mapped[Article] = relationship(back_populates="assets")


class JournalProfile(Base):
    """Single-row table (id = 1) describing the journal for the export."""

    __tablename__ = "journal_profile"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, default="")
    issn: Mapped[str] = mapped_column(String(9), default="")
    publisher: Mapped[str] = mapped_column(Text, default="")
    base_url: Mapped[str] = mapped_column(Text, default="")
    default_license: Mapped[str] = mapped_column(Text, default="")
