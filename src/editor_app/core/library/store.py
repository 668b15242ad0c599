"""The library store: every read and write of a library goes through it.

The store runs the statements of ``queries`` (SQLAlchemy Core) on its one connection
(``connection.Transactions``), in transactions, and keeps the search index (a
``search.SearchIndex``: FTS5 in a file, tsvector on a server) in step with them.
"""

from __future__ import annotations

import hashlib
import logging
import mimetypes
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection
from sqlalchemy.dialects.sqlite import pysqlite  # noqa: F401 - loaded with the store, not on first use
from sqlalchemy.exc import DBAPIError

from editor_app.core.library import db, editors, queries, records, review_records
from editor_app.core.library.connection import Transactions
from editor_app.core.library.revision_store import RevisionReads
from editor_app.core.dto import ArticleData, ArticleRow, AssetInfo, ProfileData, RelatedView
from editor_app.core.errors import N_, DamagedArticleError, InputError, LibraryError, Notice
from editor_app.core.normalize import normalize_article
from editor_app.core.library.schema import utcnow
from editor_app.core.library.search import SEARCH_CAP, SearchIndex, query_tokens
from editor_app.core.library.location import ServerLocation, parse_location
from editor_app.core.library.search_fts5 import Fts5Index
from editor_app.core.status import Status
from editor_app.core.text import clean_line, slugify

# The list shows at most this many search matches (title matches first).
BATCH = 200  # articles read at a time by all_articles
log = logging.getLogger(__name__)


def _log_damaged(exc: DamagedArticleError) -> None:
    log.warning("%s", exc)


def _index_for(server: bool) -> SearchIndex:
    if server:
        from editor_app.core.library.search_pg import PgIndex

        return PgIndex()
    return Fts5Index()


class Store(RevisionReads, Transactions):
    """All access to one library: a file, or a database on a PostgreSQL server."""

    def __init__(self, opened: db.OpenedLibrary, readonly: bool = False,
                 search_index: SearchIndex | None = None, editor: str = ""):
        super().__init__(opened, readonly)
        self.editor = editor or editors.default_editor()   # who saves: articles.updated_by
        self._search: SearchIndex = search_index or _index_for(self.is_server)
        # what opening (or later repairs) did that the user must be told
        self.notices: list[Notice] = list(opened.notices)
        if not readonly:
            with self._read() as c:
                missing = not self._search.exists(c)
            if missing:
                self._repair_search_index("missing")

    # -- lifecycle -------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path | ServerLocation, *, readonly: bool = False, create: bool = True,
             background_check: bool | None = None, password: str | None = None,
             editor: str = "") -> "Store":
        """Open a library file, or a server library given by its URL (``password``: when
        the URL and the keychain have none)."""
        location = parse_location(path)
        if isinstance(location, ServerLocation):
            from editor_app.core.library.server import open_server

            opened = open_server(location, readonly=readonly, create=create, password=password)
        else:
            opened = db.open_library(location, readonly=readonly, create=create,
                                     background_check=background_check)
        try:
            return cls(opened, readonly=readonly, editor=editor)
        except BaseException:
            opened.close()
            raise

    def close(self) -> None:
        self._close_connection()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def prepare_writes(self) -> None:
        """Make the connection and compile a write's statements now, not at the first
        save (call it off the GUI thread)."""
        with self._read() as c:
            queries.slug_owner(c, "", None)
            queries.articles_with_revisions(c)

    def _repair_search_index(self, why: str) -> None:
        """Make the search index again (it is missing or damaged) and say so."""
        with self._lock:
            try:
                self._rebuild_index(recreate=True)
            except LibraryError:  # too damaged to drop: take it out by hand, then remake it
                self._search.remove_damaged(self.path)
                self._rebuild_index(recreate=True)
        self.notices.append(Notice(
            "search-rebuilt", f"{self.path}: the search index was {why}; it was rebuilt"))
        log.warning("%s: the search index was %s; rebuilt", self.path, why)

    def _rebuild_index(self, recreate: bool) -> None:
        with self._write() as c:
            if recreate:
                self._search.recreate(c)
            self._search.rebuild(c, self._every_article(c))

    def _every_article(self, c: Connection, include_deleted: bool = True,
                       on_damaged: Callable[[DamagedArticleError], None] = _log_damaged) -> Iterator[ArticleData]:
        last = 0
        while ids := queries.ids_after(c, last, include_deleted, BATCH):
            yield from queries.many(c, ids, on_damaged)
            last = ids[-1]

    # -- reading ---------------------------------------------------------
    def count(self, include_deleted: bool = False) -> int:
        with self._read() as c:
            return queries.count(c, include_deleted)

    def get_article(self, article_id: int) -> ArticleData:
        with self._read() as c:
            art = queries.article(c, article_id)
        if art is None:
            raise KeyError(article_id)
        return art

    def get_by_slug(self, slug: str) -> ArticleData | None:
        with self._read() as c:
            return queries.article_by_slug(c, slug)

    def get_by_uuid(self, uuid: str) -> ArticleData | None:
        with self._read() as c:
            return queries.article_by_uuid(c, uuid)

    def articles(self, ids: Iterable[int],
                 on_damaged: Callable[[DamagedArticleError], None] | None = None) -> list[ArticleData]:
        """The articles of ``ids`` that exist, in that order, read many at a time.

        An article whose row cannot be read is left out and passed to
        ``on_damaged`` (logged when there is none).
        """
        with self._read() as c:
            return queries.many(c, list(ids), on_damaged or _log_damaged)

    def all_articles(self, include_deleted: bool = False,
                     on_damaged: Callable[[DamagedArticleError], None] | None = None) -> Iterator[ArticleData]:
        """Every article in full, in id order, fetched in batches (each in its own read
        transaction). A damaged one is skipped and passed to ``on_damaged``."""
        last = 0
        while True:
            with self._read() as c:
                ids = queries.ids_after(c, last, include_deleted, BATCH)
                batch = queries.many(c, ids, on_damaged or _log_damaged)
            if not ids:
                return
            yield from batch
            last = ids[-1]

    def list_ids(self, *, sort: str = "updated", descending: bool = True,
                 status: str | None = None, search_text: str | None = None,
                 deleted: bool = False, limit: int | None = None) -> list[int]:
        """Ids of the matching articles in display order (a search ranks; at most SEARCH_CAP)."""
        if search_text and query_tokens(search_text):
            return self.search(search_text, status=status, deleted=deleted,
                               limit=SEARCH_CAP if limit is None else limit)
        if sort not in queries.SORT_COLUMNS:
            raise ValueError(f"unknown sort key {sort!r}")
        with self._read() as c:
            return queries.list_ids(c, sort, descending, status, deleted, limit)

    def listing(self, each: Callable[[list], None], *, status: str | None = None, search_text: str | None = None,
                body: bool = False, brief: bool = False,
                on_damaged: Callable[[DamagedArticleError], None] | None = None, sort: str = "updated") -> None:
        """Every field of the live articles but the body (``body``: with it), as JSON text
        (``list --json``; ``brief``: ``(id, status, slug, title)`` instead): newest first,
        or a search's matches best first; one statement. ``each(part)`` takes them
        10,000 at a time (memory stays bounded)."""
        from editor_app.core.library import listing   # the command line's: not loaded by the window

        ids = None
        if search_text and query_tokens(search_text):
            ids = self.search(search_text, status=status, limit=SEARCH_CAP)
        damaged = on_damaged or _log_damaged
        with self._read() as c:
            parts = listing.brief(c, status, ids, damaged, sort=sort) if brief else \
                listing.texts(c, status, ids, damaged, body, sort=sort)
            for part in parts:
                each(part)

    def rows(self, ids: Iterable[int]) -> dict[int, ArticleRow]:
        with self._read() as c:
            return queries.rows(c, list(ids))

    def search(self, query: str, *, status: str | None = None, deleted: bool = False,
               limit: int | None = None) -> list[int]:
        """Folded full-text search: the index's best matches first, filtered."""
        try:
            return self._search_ids(query, status, deleted, limit)
        except DBAPIError as exc:
            if self.readonly:
                raise LibraryError(
                    N_("{path}: the search index is missing or damaged ({orig}); open the library in the "
                       "program once to rebuild it",
                       path=self.path, orig=db.one_line(exc.orig))) from exc
        self._repair_search_index("damaged")
        return self._search_ids(query, status, deleted, limit)

    def _search_ids(self, query: str, status: str | None, deleted: bool, limit: int | None) -> list[int]:
        with self._read() as c:
            allowed, excluded = queries.search_filter(c, status, deleted)
            want = None if limit is None or allowed is not None else limit + len(excluded)
            ranked = self._search.match(c, query, want)
        if allowed is not None:
            ranked = [i for i in ranked if i in allowed]
        elif excluded:
            ranked = [i for i in ranked if i not in excluded]
        return ranked if limit is None else ranked[:limit]

    def related_articles(self, article: ArticleData) -> list[RelatedView]:
        """The article's related links, resolved to the articles that exist."""
        if not article.related:
            return []
        with self._read() as c:
            return queries.related(c, list(article.related))

    def sections(self) -> list[str]:
        """The sections in use, alphabetically (for the section picker)."""
        with self._read() as c:
            return queries.sections(c)

    def slug_exists(self, slug: str, exclude_id: int | None = None) -> bool:
        with self._read() as c:
            return queries.slug_owner(c, slug, exclude_id) is not None

    def unique_slug(self, wanted: str, exclude_id: int | None = None) -> str:
        with self._read() as c:
            return queries.free_slugs(c, [slugify(wanted) or "bai-viet"], exclude_id)[0]

    # -- writing ---------------------------------------------------------
    def create_article(self, data: ArticleData | None = None, *, reason: str = "created") -> ArticleData:
        return self.create_articles([data or ArticleData()], reason=reason)[0]

    def create_articles(self, items: list[ArticleData], *, reason: str = "created",
                        normalized: bool = False, assets: list | None = None) -> list[ArticleData]:
        """Insert articles in one transaction (slugs made unique), with their images:
        ``assets[i]`` lists (name, bytes, MIME type) for ``items[i]``.

        ``normalized``: the items were already normalised (by an import worker).
        Each gets a first revision that refers to the article itself until it
        first changes (see ``revisions.SAME_AS_ARTICLE``).
        """
        datas = list(items) if normalized else [normalize_article(d) for d in items]
        now = utcnow()
        with self._write() as c:
            bases = [slugify(d.slug or d.title) or "bai-viet" for d in datas]
            for d, slug in zip(datas, queries.free_slugs(c, bases)):
                d.slug = slug
            prepared = self._search.prepare(datas)   # meanwhile, the rows go to the database
            queries.insert_articles(c, datas, now, self.editor)
            queries.add_revisions(c, datas, reason, False, now, snapshot=False)
            self._search.index(c, datas, prepared)
            for d, images in zip(datas, assets or ()):
                for name, blob, mime in images:
                    records.add_asset(c, d.id, name, mime, hashlib.sha256(blob).hexdigest(), blob)
        return datas

    def save_article(self, data: ArticleData, *, reason: str = "edit", named: bool = False,
                     also: Callable[[Connection], None] | None = None) -> ArticleData:
        """Store the article's content and metadata, recording a revision (and a change
        of status, with who and when); ``also`` runs in the same transaction.

        ``data.version`` is the version it was based on: when the library holds another
        (someone saved meanwhile) and the content differs, nothing is written and a
        :class:`ConflictError` carries the library's article. Version 0: no check."""
        if data.id is None:
            raise ValueError("save_article needs an article id; use create_article")
        data = normalize_article(data)
        now = utcnow()
        with self._write() as c:
            old = queries.article(c, data.id)
            if old is None:
                raise KeyError(data.id)
            if not data.slug:
                data.slug = queries.free_slugs(c, [slugify(data.title) or "bai-viet"], data.id)[0]
            elif data.slug != old.slug and queries.slug_owner(c, data.slug, data.id) is not None:
                raise InputError(N_("the slug '{slug}' is already used by another article", slug=data.slug))
            if old.same_content(data) and not named:
                return old
            expected = data.version or None
            if expected is not None and old.version != expected:
                raise editors.conflict(self.path, old, expected)
            queries.materialize_revisions(c, data.id, old)
            self._search.unindex(c, data.id, old)
            version = queries.update_article(c, data, now, expected, self.editor)
            if version is None:   # saved by another program between the read and the write
                raise editors.conflict(self.path, queries.article(c, data.id), expected)
            self._search.index(c, [data])
            queries.add_revisions(c, [data], reason, named, now)
            queries.prune_revisions(c, data.id, now)
            if data.status != old.status:
                review_records.add_status_change(c, data.id, data.status, self.editor, now)
            if also is not None:
                also(c)
        data.uuid, data.created_at, data.updated_at, data.deleted_at = old.uuid, old.created_at, now, old.deleted_at
        data.version, data.updated_by = version, self.editor
        return data

    def trash_article(self, article_id: int) -> None:
        with self._write() as c:
            queries.set_deleted(c, article_id, utcnow())

    def restore_article(self, article_id: int) -> None:
        with self._write() as c:
            queries.set_deleted(c, article_id, None)

    def purge_article(self, article_id: int) -> None:
        """Delete for good (from the trash)."""
        with self._write() as c:
            old = queries.article(c, article_id)
            if old is not None:
                self._search.unindex(c, article_id, old)
                queries.purge(c, article_id)

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

    # -- assets ----------------------------------------------------------
    def add_asset(self, article_id: int, filename: str, data: bytes, mime_type: str | None = None) -> AssetInfo:
        name = Path(filename).name
        mime = mime_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
        digest = hashlib.sha256(data).hexdigest()
        with self._write() as c:
            return records.add_asset(c, article_id, name, mime, digest, data)

    def assets(self, article_id: int) -> list[AssetInfo]:
        with self._read() as c:
            return records.asset_list(c, article_id)

    def get_asset(self, article_id: int, filename: str) -> tuple[str, bytes]:
        with self._read() as c:
            found = records.asset(c, article_id, filename)
        if found is None:
            raise KeyError(filename)
        return found

    # -- journal profile ---------------------------------------------------
    def get_profile(self) -> ProfileData:
        with self._read() as c:
            return records.profile(c)

    def set_profile(self, profile: ProfileData) -> None:
        cleaned = ProfileData(**{name: clean_line(value) for name, value in vars(profile).items()})
        if cleaned.tone_style not in ("", "old", "new"):
            raise InputError(N_("unknown tone-mark style {tone_style!r} (old, new or none)",
                                tone_style=cleaned.tone_style))
        with self._write() as c:
            records.set_profile(c, cleaned)

    # -- several editors ---------------------------------------------------
    def heartbeat(self, session: str, article_id: int | None) -> dict[int, list[str]]:
        """This window (``session``) is here showing ``article_id``; returns which articles
        other windows have open, and by whom (see ``editors``)."""
        now = utcnow()
        with self._write() as c:
            editors.heartbeat(c, session, self.editor, article_id, now)
            return editors.open_elsewhere(c, session, now)

    def change_stamp(self) -> tuple:
        with self._read() as c:
            return editors.change_stamp(c)

    def leave(self, session: str) -> None:
        with self._write() as c:
            editors.leave(c, session)

    # -- maintenance -------------------------------------------------------
    def rebuild_search_index(self) -> None:
        self._rebuild_index(recreate=False)
