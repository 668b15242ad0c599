"""Folded full-text search: what is indexed and what a query is, behind a small interface.

The store talks to a :class:`SearchIndex` only; ``search_fts5`` is the SQLite
implementation (FTS5), and a PostgreSQL one can take its place. Folding is
the same for every implementation: values and queries are NFC-normalised
and passed through :func:`fold_for_index` (đ -> d); the implementation
removes case and the Vietnamese tone and vowel marks.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol

from editor_app.core.dto import ArticleData
from editor_app.core.text import fold_for_index

if TYPE_CHECKING:
    from sqlalchemy import Connection

COLUMNS = ("title", "subtitle", "summary", "body", "keywords", "authors")
SEARCH_CAP = 2000   # a search lists at most this many articles, best first
_TOKEN = re.compile(r"\w+", re.UNICODE)


def query_tokens(text: str) -> list[str]:
    """The words of a query, folded (an empty list: the query matches nothing)."""
    text = fold_for_index(unicodedata.normalize("NFC", text or ""))
    return [t for t in _TOKEN.findall(text) if t.replace("_", "")]


def document(data: ArticleData) -> dict[str, str]:
    """The exact values indexed for one article, by COLUMNS (also needed to unindex it)."""
    return {
        "title": fold_for_index(data.title),
        "subtitle": fold_for_index(data.subtitle),
        "summary": fold_for_index(data.summary),
        "body": fold_for_index(data.body),
        "keywords": fold_for_index("\n".join(data.keywords)),
        "authors": fold_for_index("\n".join(a.name for a in data.authors)),
    }


def index_in_batches(index: "SearchIndex", conn: "Connection", articles: Iterable[ArticleData],
                     batch: int = 500) -> None:
    """``index.index`` ``batch`` articles at a time (a library's worth never in memory at once)."""
    part: list[ArticleData] = []
    for art in articles:
        part.append(art)
        if len(part) == batch:
            index.index(conn, part)
            part = []
    index.index(conn, part)


class SearchIndex(Protocol):
    """The full-text index of a library's articles (live and trashed), kept by the store
    inside its write transactions. Every call gets the store's connection."""

    def exists(self, conn: "Connection") -> bool:
        """Whether the index is there at all (a library may have lost it)."""

    def prepare(self, articles: list[ArticleData]) -> object:
        """Start what indexing ``articles`` needs no database for (folding their text), while
        the store writes their rows; what it gives goes to :meth:`index` as ``prepared``."""

    def index(self, conn: "Connection", articles: Iterable[ArticleData], prepared: object = None) -> None:
        """Add stored articles (with their ids) to the index."""

    def unindex(self, conn: "Connection", article_id: int, old: ArticleData) -> None:
        """Take an article out, given what was indexed for it."""

    def match(self, conn: "Connection", query: str, limit: int | None = None) -> list[int]:
        """Ids of the articles matching every word of ``query`` (the last as a prefix),
        best first; at least ``limit`` of them when there are that many (None: all)."""

    def rebuild(self, conn: "Connection", articles: Iterable[ArticleData]) -> None:
        """Empty the index and index ``articles`` (all of the library's)."""

    def recreate(self, conn: "Connection") -> None:
        """Drop the index (missing or damaged) and make an empty one."""

    def remove_damaged(self, path) -> None:
        """Take out an index too damaged to be dropped by :meth:`recreate`."""
