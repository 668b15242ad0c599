"""The library store: the only module that issues SQL.

One SQLite connection serves the whole process, guarded by a lock, so that all
writes go through one connection (SQLite before 3.51.3 can lose commits when
several connections write and checkpoint a WAL file concurrently).
"""

from __future__ import annotations

import hashlib
import mimetypes
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from editor_app.core import db, search, store_queries
from editor_app.core.dto import (
    ArticleData,
    ArticleRow,
    AssetInfo,
    ProfileData,
    RelatedView,
    RevisionInfo,
)
from editor_app.core.errors import InputError, LibraryError
from editor_app.core.models import Article, Asset, JournalProfile, Revision, Status, utcnow
from editor_app.core.normalize import normalize_article
from editor_app.core.revisions import SAME_AS_ARTICLE, decode_snapshot
from editor_app.core.store_insert import insert_articles
from editor_app.core.store_orm import (
    FULL,
    add_revision,
    copy_into,
    finish_data,
    add_to_index,
    materialize_revisions,
    prune_article,
    to_data,
    remove_from_index,
)
from editor_app.core.text import slugify

# The list shows at most this many search matches (title matches first).
SEARCH_CAP = 2000


class Store:
    """All access to one library file."""

    def __init__(self, opened: db.OpenedLibrary, readonly: bool = False):
        self._opened = opened
        self.path = opened.path
        self.readonly = readonly
        self._lock = threading.RLock()

    # -- lifecycle -------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False, create: bool = True,
             background_check: bool | None = None) -> "Store":
        opened = db.open_library(Path(path), readonly=readonly, create=create,
                                 background_check=background_check)
        return cls(opened, readonly=readonly)

    def close(self) -> None:
        with self._lock:
            if not self.readonly:
                with self._opened.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            self._opened.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with self._lock, Session(self._opened.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def _write(self) -> Iterator[Session]:
        if self.readonly:
            raise LibraryError(f"{self.path}: the library is open read-only")
        self._opened.integrity.result()  # never write to a file not yet checked
        with self._lock, Session(self._opened.engine, expire_on_commit=False) as session:
            with session.begin():
                yield session

    # -- reading ---------------------------------------------------------
    def count(self, include_deleted: bool = False) -> int:
        with self._read() as s:
            q = select(func.count(Article.id))
            if not include_deleted:
                q = q.where(Article.deleted_at.is_(None))
            return s.scalar(q) or 0

    def get_article(self, article_id: int) -> ArticleData:
        with self._read() as s:
            art = s.get(Article, article_id, options=FULL)
            if art is None:
                raise KeyError(article_id)
            return to_data(art)

    def get_by_slug(self, slug: str) -> ArticleData | None:
        with self._read() as s:
            art = s.scalar(select(Article).where(Article.slug == slug).options(*FULL))
            return to_data(art) if art else None

    def all_articles(self, include_deleted: bool = False) -> Iterator[ArticleData]:
        """Every article in full, in id order, fetched in batches."""
        last = 0
        while True:
            with self._read() as s:
                q = select(Article).where(Article.id > last).order_by(Article.id).limit(200)
                if not include_deleted:
                    q = q.where(Article.deleted_at.is_(None))
                batch = [to_data(a) for a in s.scalars(q.options(*FULL)).unique()]
            if not batch:
                return
            yield from batch
            last = batch[-1].id

    def _raw(self, session: Session):
        """The sqlite3 connection under a session (one connection per store)."""
        return session.connection().connection.driver_connection

    def list_ids(self, *, sort: str = "updated", descending: bool = True,
                 status: str | None = None, search_text: str | None = None,
                 deleted: bool = False, limit: int | None = None) -> list[int]:
        """Ids of the matching articles in display order (a search ranks; at most SEARCH_CAP)."""
        if search_text and search.query_tokens(search_text):
            return self.search(search_text, status=status, deleted=deleted,
                               limit=SEARCH_CAP if limit is None else limit)
        if sort not in store_queries.SORT_SQL:
            raise ValueError(f"unknown sort key {sort!r}")
        with self._read() as s:
            return store_queries.list_ids(self._raw(s), sort, descending, status, deleted, limit)

    def rows(self, ids: Iterable[int]) -> dict[int, ArticleRow]:
        with self._read() as s:
            return store_queries.rows(self._raw(s), list(ids))

    def search(self, query: str, *, status: str | None = None, deleted: bool = False,
               limit: int | None = None) -> list[int]:
        """Folded full-text search: title matches first (bm25), then the rest newest first."""
        with self._read() as s:
            return store_queries.search_ids(self._raw(s), query, status, deleted, limit)

    def related_articles(self, article: ArticleData) -> list[RelatedView]:
        """The article's related links, resolved to the articles that exist."""
        if not article.related:
            return []
        with self._read() as s:
            found = {a.slug: a for a in s.scalars(
                select(Article).where(Article.slug.in_(article.related), Article.deleted_at.is_(None)))}
        out = []
        for slug in article.related:
            target = found.get(slug)
            if target is None:
                out.append(RelatedView(slug=slug, exists=False))
            else:
                out.append(RelatedView(slug=slug, exists=True, title=target.title,
                                       summary=target.summary, body=target.body))
        return out

    def sections(self) -> list[str]:
        """The sections in use, alphabetically (for the section picker)."""
        with self._read() as s:
            q = select(Article.section).where(Article.section != "").distinct().order_by(Article.section)
            return list(s.scalars(q))

    def slug_exists(self, slug: str, exclude_id: int | None = None) -> bool:
        with self._read() as s:
            q = select(Article.id).where(Article.slug == slug)
            if exclude_id is not None:
                q = q.where(Article.id != exclude_id)
            return s.scalar(q) is not None

    def unique_slug(self, wanted: str, exclude_id: int | None = None) -> str:
        base = slugify(wanted) or "bai-viet"
        with self._read() as s:
            taken = set(s.scalars(select(Article.slug).where(
                (Article.slug == base) | Article.slug.like(base + "-%"))))
            if exclude_id is not None:
                own = s.scalar(select(Article.slug).where(Article.id == exclude_id))
                taken.discard(own)
        if base not in taken:
            return base
        n = 2
        while f"{base}-{n}" in taken:
            n += 1
        return f"{base}-{n}"

    # -- writing ---------------------------------------------------------
    def create_article(self, data: ArticleData | None = None, *, reason: str = "created") -> ArticleData:
        return self.create_articles([data or ArticleData()], reason=reason)[0]

    def create_articles(self, items: list[ArticleData], *, reason: str = "created",
                        normalized: bool = False) -> list[ArticleData]:
        """Insert articles in one transaction (slugs made unique).

        ``normalized``: the items were already normalised (by an import worker).
        Each gets a first revision that refers to the article itself until it
        first changes (see ``revisions.SAME_AS_ARTICLE``).
        """
        datas = list(items) if normalized else [normalize_article(d) for d in items]
        with self._write() as s:
            insert_articles(s, datas, reason, utcnow())
        return datas

    def save_article(self, data: ArticleData, *, reason: str = "edit", named: bool = False) -> ArticleData:
        """Store the article's content and metadata, recording a revision."""
        if data.id is None:
            raise ValueError("save_article needs an article id; use create_article")
        data = normalize_article(data)
        now = utcnow()
        with self._write() as s:
            art = s.get(Article, data.id, options=FULL)
            if art is None:
                raise KeyError(data.id)
            old = to_data(art)
            if not data.slug:
                data.slug = self._free_slug(s, data.title, exclude_id=art.id)
            elif data.slug != art.slug and self._slug_taken(s, data.slug, art.id):
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

    def trash_article(self, article_id: int) -> None:
        with self._write() as s:
            s.execute(update(Article).where(Article.id == article_id).values(deleted_at=utcnow()))

    def restore_article(self, article_id: int) -> None:
        with self._write() as s:
            s.execute(update(Article).where(Article.id == article_id).values(deleted_at=None))

    def purge_article(self, article_id: int) -> None:
        """Delete for good (from the trash)."""
        with self._write() as s:
            art = s.get(Article, article_id, options=FULL)
            if art is None:
                return
            remove_from_index(s, art.id, to_data(art))
            s.delete(art)

    def duplicate_article(self, article_id: int) -> ArticleData:
        src = self.get_article(article_id)
        copy = ArticleData.from_content_dict(src.content_dict())
        copy.slug = ""
        copy.status = Status.DRAFT.value
        created = self.create_article(copy, reason=f"duplicated from {src.slug}")
        for asset in self.assets(article_id):
            mime, blob = self.get_asset(article_id, asset.filename)
            self.add_asset(created.id, asset.filename, blob, mime)
        return created

    def _slug_taken(self, s: Session, slug: str, exclude_id: int | None) -> bool:
        q = select(Article.id).where(Article.slug == slug)
        if exclude_id is not None:
            q = q.where(Article.id != exclude_id)
        return s.scalar(q) is not None

    def _free_slug(self, s: Session, wanted: str, exclude_id: int | None = None) -> str:
        base = slugify(wanted) or "bai-viet"
        slug, n = base, 2
        while self._slug_taken(s, slug, exclude_id):
            slug, n = f"{base}-{n}", n + 1
        return slug

    # -- revisions -------------------------------------------------------
    def revisions(self, article_id: int) -> list[RevisionInfo]:
        with self._read() as s:
            q = select(Revision.id, Revision.article_id, Revision.created_at, Revision.reason,
                       Revision.named).where(Revision.article_id == article_id) \
                .order_by(Revision.created_at.desc(), Revision.id.desc())
            return [RevisionInfo(*r) for r in s.execute(q)]

    def revision_content(self, revision_id: int) -> ArticleData:
        with self._read() as s:
            row = s.execute(select(Revision.article_id, Revision.snapshot)
                            .where(Revision.id == revision_id)).first()
            if row is None:
                raise KeyError(revision_id)
            if row.snapshot == SAME_AS_ARTICLE:  # the article has not changed since
                art = s.get(Article, row.article_id, options=FULL)
                return ArticleData.from_content_dict(to_data(art).content_dict())
        return ArticleData.from_content_dict(decode_snapshot(row.snapshot))

    def prune_revisions(self, now: datetime | None = None) -> int:
        """Apply the pruning schedule to every article; returns how many went."""
        now = now or utcnow()
        with self._write() as s:
            ids = list(s.scalars(select(Revision.article_id).distinct()))
            return sum(prune_article(s, a, now) for a in ids)

    # -- assets ----------------------------------------------------------
    def add_asset(self, article_id: int, filename: str, data: bytes, mime_type: str | None = None) -> AssetInfo:
        name = Path(filename).name
        mime = mime_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
        digest = hashlib.sha256(data).hexdigest()
        with self._write() as s:
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
                existing = Asset(article_id=article_id, filename=name, mime_type=mime,
                                 sha256=digest, data=data)
                s.add(existing)
                s.flush()
            return AssetInfo(existing.id, article_id, existing.filename, existing.mime_type,
                             existing.sha256, len(data))

    def assets(self, article_id: int) -> list[AssetInfo]:
        with self._read() as s:
            q = select(Asset.id, Asset.article_id, Asset.filename, Asset.mime_type, Asset.sha256,
                       func.length(Asset.data)).where(Asset.article_id == article_id).order_by(Asset.id)
            return [AssetInfo(*r) for r in s.execute(q)]

    def get_asset(self, article_id: int, filename: str) -> tuple[str, bytes]:
        with self._read() as s:
            row = s.execute(select(Asset.mime_type, Asset.data).where(
                Asset.article_id == article_id, Asset.filename == filename)).first()
        if row is None:
            raise KeyError(filename)
        return row[0], row[1]

    # -- journal profile ---------------------------------------------------
    def get_profile(self) -> ProfileData:
        with self._read() as s:
            p = s.get(JournalProfile, 1)
            if p is None:
                return ProfileData()
            return ProfileData(p.name, p.issn, p.publisher, p.base_url, p.default_license)

    def set_profile(self, profile: ProfileData) -> None:
        from editor_app.core.text import clean_line

        with self._write() as s:
            p = s.get(JournalProfile, 1) or JournalProfile(id=1)
            for name in ("name", "issn", "publisher", "base_url", "default_license"):
                setattr(p, name, clean_line(getattr(profile, name)))
            s.add(p)

    # -- maintenance -------------------------------------------------------
    def rebuild_search_index(self) -> None:
        with self._write() as s:
            s.execute(text("INSERT INTO article_search(article_search) VALUES('delete-all')"))
            for art in s.scalars(select(Article).options(*FULL)).unique():
                add_to_index(s, art, to_data(art))


