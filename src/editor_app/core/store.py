"""The library store: the only module that issues SQL.

One SQLite connection serves the whole process, guarded by a lock, so that all
writes go through one connection (SQLite before 3.51.3 can lose commits when
several connections write and checkpoint a WAL file concurrently).

Reads run plain SQL on that connection (``store_read``, ``store_queries``);
writes go through the SQLAlchemy ORM (``store_write``), which is imported on
the first write, so opening a library and showing it never loads SQLAlchemy
(a third of the window's start-up).
"""

from __future__ import annotations

import hashlib
import logging
import mimetypes
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app.core import db, search, store_queries, store_read
from editor_app.core.dto import (
    ArticleData,
    ArticleRow,
    AssetInfo,
    ProfileData,
    RelatedView,
    RevisionInfo,
)
from editor_app.core.errors import DamagedArticleError, LibraryError, Notice, library_error
from editor_app.core.normalize import normalize_article
from editor_app.core.revisions import SAME_AS_ARTICLE, decode_snapshot
from editor_app.core.status import Status
from editor_app.core.text import slugify

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# The list shows at most this many search matches (title matches first).
SEARCH_CAP = 2000
log = logging.getLogger(__name__)


def _log_damaged(exc: DamagedArticleError) -> None:
    log.warning("%s", exc)


class Store:
    """All access to one library file."""

    def __init__(self, opened: db.OpenedLibrary, readonly: bool = False):
        self._opened = opened
        self.path = opened.path
        self.readonly = readonly
        self._lock = threading.RLock()
        # what opening (or later repairs) did that the user must be told
        self.notices: list[Notice] = list(opened.notices)
        if opened.search_missing and not readonly:
            self._repair_search_index("missing")

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
                self._opened.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._opened.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def prepare_writes(self) -> None:
        """Load the ORM and its engine now (the first write would; call it off the GUI thread)."""
        from editor_app.core import store_write  # noqa: F401

        with self._lock:
            self._opened.engine.connect().close()

    @contextmanager
    def _conn(self) -> Iterator[sqlite3.Connection]:
        """The library's connection, for reads in plain SQL, in one read transaction
        (an article and its authors come from the same state of the file, even
        while another program writes it)."""
        with self._lock:
            conn = self._opened.connection
            if conn.in_transaction:
                yield conn
                return
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                conn.execute("COMMIT")

    @contextmanager
    def _write(self) -> Iterator["Session"]:
        if self.readonly:
            raise LibraryError(f"{self.path}: the library is open read-only")
        self._opened.integrity.result()  # never write to a file not yet checked
        from sqlalchemy.exc import DBAPIError
        from sqlalchemy.orm import Session

        try:
            with self._lock, Session(self._opened.engine, expire_on_commit=False) as session:
                with session.begin():
                    yield session
        except (DBAPIError, sqlite3.DatabaseError) as exc:
            raise library_error(self.path, exc) from exc

    def _repair_search_index(self, why: str) -> None:
        """Make the search index again (it is missing or damaged) and say so."""
        from editor_app.core import store_write

        with self._lock:
            try:
                with self._write() as s:
                    store_write.rebuild_index(s, recreate=True)
            except LibraryError:  # too damaged to drop: take it out by hand, then remake it
                db.remove_search_index(self.path)
                with self._write() as s:
                    store_write.rebuild_index(s, recreate=True)
        self.notices.append(Notice(
            "search-rebuilt", f"{self.path}: the search index was {why}; it was rebuilt"))
        log.warning("%s: the search index was %s; rebuilt", self.path, why)

    # -- reading ---------------------------------------------------------
    def count(self, include_deleted: bool = False) -> int:
        with self._conn() as c:
            return store_read.count(c, include_deleted)

    def get_article(self, article_id: int) -> ArticleData:
        with self._conn() as c:
            art = store_read.article(c, article_id)
        if art is None:
            raise KeyError(article_id)
        return art

    def get_by_slug(self, slug: str) -> ArticleData | None:
        with self._conn() as c:
            return store_read.article_by_slug(c, slug)

    def all_articles(self, include_deleted: bool = False,
                     on_damaged: Callable[[DamagedArticleError], None] | None = None) -> Iterator[ArticleData]:
        """Every article in full, in id order, fetched in batches.

        An article whose row cannot be read is skipped and passed to
        ``on_damaged`` (logged when there is none): the rest still come.
        """
        live = "" if include_deleted else " AND deleted_at IS NULL"
        last = 0
        while True:
            batch: list[ArticleData] = []
            with self._conn() as c:
                ids = [r[0] for r in c.execute(
                    f"SELECT id FROM articles WHERE id > ?{live} ORDER BY id LIMIT 200", (last,))]
                for i in ids:
                    try:
                        batch.append(store_read.article(c, i))
                    except DamagedArticleError as exc:
                        (on_damaged or _log_damaged)(exc)
            if not ids:
                return
            yield from batch
            last = ids[-1]

    def list_ids(self, *, sort: str = "updated", descending: bool = True,
                 status: str | None = None, search_text: str | None = None,
                 deleted: bool = False, limit: int | None = None) -> list[int]:
        """Ids of the matching articles in display order (a search ranks; at most SEARCH_CAP)."""
        if search_text and search.query_tokens(search_text):
            return self.search(search_text, status=status, deleted=deleted,
                               limit=SEARCH_CAP if limit is None else limit)
        if sort not in store_queries.SORT_SQL:
            raise ValueError(f"unknown sort key {sort!r}")
        with self._conn() as c:
            return store_queries.list_ids(c, sort, descending, status, deleted, limit)

    def rows(self, ids: Iterable[int]) -> dict[int, ArticleRow]:
        with self._conn() as c:
            return store_queries.rows(c, list(ids))

    def search(self, query: str, *, status: str | None = None, deleted: bool = False,
               limit: int | None = None) -> list[int]:
        """Folded full-text search: title matches first (bm25), then the rest newest first."""
        try:
            with self._conn() as c:
                return store_queries.search_ids(c, query, status, deleted, limit)
        except sqlite3.DatabaseError as exc:
            if self.readonly:
                raise LibraryError(
                    f"{self.path}: the search index is missing or damaged ({db.one_line(exc)}); "
                    "open the library in the program once to rebuild it") from exc
        self._repair_search_index("damaged")
        with self._conn() as c:
            return store_queries.search_ids(c, query, status, deleted, limit)

    def related_articles(self, article: ArticleData) -> list[RelatedView]:
        """The article's related links, resolved to the articles that exist."""
        if not article.related:
            return []
        with self._conn() as c:
            return store_read.related(c, list(article.related))

    def sections(self) -> list[str]:
        """The sections in use, alphabetically (for the section picker)."""
        with self._conn() as c:
            return store_read.sections(c)

    def slug_exists(self, slug: str, exclude_id: int | None = None) -> bool:
        with self._conn() as c:
            return store_read.slug_owner(c, slug, exclude_id) is not None

    def unique_slug(self, wanted: str, exclude_id: int | None = None) -> str:
        with self._conn() as c:
            return store_read.free_slug(c, slugify(wanted) or "bai-viet", exclude_id)

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
        from editor_app.core import store_write

        datas = list(items) if normalized else [normalize_article(d) for d in items]
        with self._write() as s:
            store_write.create(s, datas, reason)
        return datas

    def save_article(self, data: ArticleData, *, reason: str = "edit", named: bool = False) -> ArticleData:
        """Store the article's content and metadata, recording a revision."""
        from editor_app.core import store_write

        if data.id is None:
            raise ValueError("save_article needs an article id; use create_article")
        data = normalize_article(data)
        with self._write() as s:
            return store_write.save(s, data, reason, named)

    def trash_article(self, article_id: int) -> None:
        from editor_app.core import store_write

        with self._write() as s:
            store_write.set_deleted(s, article_id, True)

    def restore_article(self, article_id: int) -> None:
        from editor_app.core import store_write

        with self._write() as s:
            store_write.set_deleted(s, article_id, False)

    def purge_article(self, article_id: int) -> None:
        """Delete for good (from the trash)."""
        from editor_app.core import store_write

        with self._write() as s:
            store_write.purge(s, article_id)

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

    # -- revisions -------------------------------------------------------
    def revisions(self, article_id: int) -> list[RevisionInfo]:
        with self._conn() as c:
            return store_read.revisions(c, article_id)

    def revision_content(self, revision_id: int) -> ArticleData:
        with self._conn() as c:
            row = store_read.revision(c, revision_id)
            if row is None:
                raise KeyError(revision_id)
            article_id, snapshot = row
            if snapshot == SAME_AS_ARTICLE:  # the article has not changed since
                return ArticleData.from_content_dict(store_read.article(c, article_id).content_dict())
        return ArticleData.from_content_dict(decode_snapshot(snapshot))

    def prune_revisions(self, now: datetime | None = None) -> int:
        """Apply the pruning schedule to every article; returns how many went."""
        from editor_app.core import store_write

        with self._write() as s:
            return store_write.prune_all(s, now)

    # -- assets ----------------------------------------------------------
    def add_asset(self, article_id: int, filename: str, data: bytes, mime_type: str | None = None) -> AssetInfo:
        from editor_app.core import store_write

        name = Path(filename).name
        mime = mime_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
        digest = hashlib.sha256(data).hexdigest()
        with self._write() as s:
            return store_write.add_asset(s, article_id, name, mime, digest, data)

    def assets(self, article_id: int) -> list[AssetInfo]:
        with self._conn() as c:
            return store_read.assets(c, article_id)

    def get_asset(self, article_id: int, filename: str) -> tuple[str, bytes]:
        with self._conn() as c:
            found = store_read.asset(c, article_id, filename)
        if found is None:
            raise KeyError(filename)
        return found

    # -- journal profile ---------------------------------------------------
    def get_profile(self) -> ProfileData:
        with self._conn() as c:
            return store_read.profile(c)

    def set_profile(self, profile: ProfileData) -> None:
        from editor_app.core import store_write

        with self._write() as s:
            store_write.set_profile(s, profile)

    # -- maintenance -------------------------------------------------------
    def rebuild_search_index(self) -> None:
        from editor_app.core import store_write

        with self._write() as s:
            store_write.rebuild_index(s)
