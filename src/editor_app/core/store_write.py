"""The store's writes, through the SQLAlchemy ORM.

Part of the store; imported on the first write (``Store._write``), so reading a
library (and starting the window) never loads SQLAlchemy. Each function runs
inside the session of one write transaction.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from editor_app.core import search, store_read
from editor_app.core.dto import ArticleData, AssetInfo, ProfileData
from editor_app.core.errors import InputError
from editor_app.core.models import Article, Asset, JournalProfile, Revision, utcnow
from editor_app.core.store_insert import insert_articles
from editor_app.core.store_orm import (
    FULL,
    add_revision,
    add_to_index,
    copy_into,
    finish_data,
    materialize_revisions,
    prune_article,
    remove_from_index,
    to_data,
)
from editor_app.core.text import clean_line, slugify


def create(s: Session, datas: list[ArticleData], reason: str) -> None:
    insert_articles(s, datas, reason, utcnow())


def save(s: Session, data: ArticleData, reason: str, named: bool) -> ArticleData:
    """Store a normalised article's content and metadata, recording a revision."""
    now = utcnow()
    art = s.get(Article, data.id, options=FULL)
    if art is None:
        raise KeyError(data.id)
    old = to_data(art)
    raw = s.connection().connection.driver_connection
    if not data.slug:
        data.slug = store_read.free_slug(raw, slugify(data.title) or "bai-viet", exclude_id=art.id)
    elif data.slug != art.slug and store_read.slug_owner(raw, data.slug, art.id) is not None:
        raise InputError(f"the slug '{data.slug}' is already used by another article")
    if old.same_content(data) and not named:
        return old
    materialize_revisions(s, art.id, old)
    remove_from_index(s, art.id, old)
    copy_into(s, art, data)
    art.updated_at = now
    s.flush()
    add_to_index(s, art, data)
    add_revision(s, art.id, data, reason, named=named, now=now)
    prune_article(s, art.id, now)
    return finish_data(data, art)


def set_deleted(s: Session, article_id: int, trashed: bool) -> None:
    s.execute(update(Article).where(Article.id == article_id).values(deleted_at=utcnow() if trashed else None))


def purge(s: Session, article_id: int) -> None:
    art = s.get(Article, article_id, options=FULL)
    if art is not None:
        remove_from_index(s, art.id, to_data(art))
        s.delete(art)


def add_asset(s: Session, article_id: int, name: str, mime: str, digest: str, data: bytes) -> AssetInfo:
    """Store an asset; the same name with other content gets a -2, -3... suffix."""
    existing = s.scalar(select(Asset).where(Asset.article_id == article_id, Asset.filename == name))
    if existing is not None and existing.sha256 != digest:
        stem, dot, ext = name.rpartition(".")
        stem, ext = (stem, "." + ext) if dot else (name, "")
        n = 2
        while s.scalar(select(Asset.id).where(Asset.article_id == article_id,
                                              Asset.filename == f"{stem}-{n}{ext}")):
            n += 1
        name, existing = f"{stem}-{n}{ext}", None
    if existing is None:
        existing = Asset(article_id=article_id, filename=name, mime_type=mime, sha256=digest, data=data)
        s.add(existing)
        s.flush()
    return AssetInfo(existing.id, article_id, existing.filename, existing.mime_type, existing.sha256, len(data))


def set_profile(s: Session, profile: ProfileData) -> None:
    p = s.get(JournalProfile, 1) or JournalProfile(id=1)
    for name in ("name", "issn", "publisher", "base_url", "default_license"):
        setattr(p, name, clean_line(getattr(profile, name)))
    s.add(p)


def prune_all(s: Session, now: datetime | None) -> int:
    now = now or utcnow()
    ids = list(s.scalars(select(Revision.article_id).distinct()))
    return sum(prune_article(s, a, now) for a in ids)


def rebuild_index(s: Session, recreate: bool = False) -> None:
    """Index every article again; ``recreate``: drop and make the index table
    first (it is missing or damaged)."""
    if recreate:
        s.execute(text("DROP TABLE IF EXISTS article_search"))
        s.execute(text(search.CREATE_SQL))
    else:
        s.execute(text("INSERT INTO article_search(article_search) VALUES('delete-all')"))
    for art in s.scalars(select(Article).options(*FULL)).unique():
        add_to_index(s, art, to_data(art))
