"""The search index on PostgreSQL: full-text search over folded text (the only module that
knows tsvector).

``article_search`` (made by migration 0002 on PostgreSQL) holds, per article, two
``tsvector`` columns with GIN indexes: ``title`` (its folded title, with positions, for
ranking) and ``doc`` (every folded word of every searched field once, positions
stripped: search never matches phrases). Folding happens here, in Python, the same
way for documents and queries: case, Vietnamese tone and vowel marks and đ -> d (a
translation table over the Latin letters, as fast as a copy), so the database needs no
``unaccent`` extension and no privilege to install one. A query matches when every
word occurs, each as a prefix (``to_tsquery('simple', 'chuyen:* & doi:* & s:*')``).

Ranking follows the SQLite index: title matches first, the best ``RANKED_TITLE_LIMIT``
by ``ts_rank`` of the title then of the whole document, then the other matches newest
first.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from sqlalchemy import Column, Connection, Integer, MetaData, Table, bindparam, delete, func, insert, \
    literal_column, select, text
from sqlalchemy.dialects.postgresql import TSVECTOR

from editor_app.core.dto import ArticleData
from editor_app.core.library.search import document, index_in_batches

TABLE = "article_search"
RANKED_TITLE_LIMIT = 500
BATCH = 500
# A tsvector holds at most 1 MB; a document's distinct words are cut well below that.
MAX_DOC_CHARS = 400_000

_meta = MetaData()
search_table = Table(
    TABLE, _meta,
    Column("article_id", Integer, primary_key=True),
    Column("title", TSVECTOR, nullable=False),
    Column("doc", TSVECTOR, nullable=False),
)
T = search_table.c
_SIMPLE = literal_column("'simple'")


def _fold_table() -> dict[int, str]:
    """Every precomposed Latin letter with marks -> its base letter, lower-cased; đ -> d."""
    table = {}
    for code in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(code)
        base = unicodedata.normalize("NFD", ch)[0]
        if base != ch and base.isascii():
            table[code] = base.lower()
    table.update({ord("đ"): "d", ord("Đ"): "d", ord("ð"): "d", ord("Ð"): "d"})
    return table


_FOLD = _fold_table()
_COMBINING = re.compile("[\u0300-\u036f]")   # marks left by text that was not NFC
_WORD = re.compile(r"[^\W_]+")


def fold(value: str) -> str:
    """``value`` without case, tone and vowel marks, đ as d: 'ĐỔI Mới' -> 'doi moi'."""
    return _COMBINING.sub("", value.translate(_FOLD)).lower()


def words(value: str) -> list[str]:
    """The folded words of ``value`` (letters and digits), in order."""
    return _WORD.findall(fold(value))


def tsquery(query: str) -> str | None:
    """A ``to_tsquery('simple', ...)`` text: every word of ``query`` as a prefix. Only
    letters and digits reach it, so tsquery syntax in user input is inert."""
    found = words(unicodedata.normalize("NFC", query or ""))
    return " & ".join(f"{w}:*" for w in found) if found else None


def _row(data: ArticleData) -> dict:
    doc = document(data)
    distinct = " ".join(dict.fromkeys(w for value in doc.values() for w in words(value)))
    if len(distinct) > MAX_DOC_CHARS:
        distinct = distinct[:MAX_DOC_CHARS].rsplit(" ", 1)[0]
    return {"article_id": data.id, "title_text": " ".join(words(doc["title"])), "doc_text": distinct}


INSERT = insert(search_table).values(
    article_id=bindparam("article_id"),
    title=func.to_tsvector(_SIMPLE, bindparam("title_text")),
    doc=func.strip(func.to_tsvector(_SIMPLE, bindparam("doc_text"))),
)
EXISTS = text("SELECT to_regclass('article_search') IS NOT NULL")


class PgIndex:
    """:class:`search.SearchIndex` on PostgreSQL's full-text search."""

    def exists(self, conn: Connection) -> bool:
        return bool(conn.execute(EXISTS).scalar())

    def index(self, conn: Connection, articles: Iterable[ArticleData]) -> None:
        rows = [_row(a) for a in articles]
        if rows:
            conn.execute(INSERT, rows)

    def unindex(self, conn: Connection, article_id: int, old: ArticleData) -> None:
        conn.execute(delete(search_table).where(T.article_id == article_id))

    def match(self, conn: Connection, query: str, limit: int | None = None) -> list[int]:
        expr = tsquery(query)
        if expr is None:
            return []
        q = func.to_tsquery(_SIMPLE, expr)
        first = conn.execute(
            select(T.article_id).where(T.title.op("@@")(q))
            .order_by(func.ts_rank(T.title, q).desc(), func.ts_rank(T.doc, q).desc(), T.article_id.desc())
            .limit(RANKED_TITLE_LIMIT)).scalars().all()
        rest_q = select(T.article_id).where(T.doc.op("@@")(q)).order_by(T.article_id.desc())
        if limit is not None:
            rest_q = rest_q.limit(limit + len(first))
        rest = conn.execute(rest_q).scalars().all()
        seen = set(first)
        return list(first) + [i for i in rest if i not in seen]

    def rebuild(self, conn: Connection, articles: Iterable[ArticleData]) -> None:
        conn.execute(delete(search_table))
        index_in_batches(self, conn, articles, BATCH)

    def recreate(self, conn: Connection) -> None:
        conn.execute(text(f"DROP TABLE IF EXISTS {TABLE}"))
        conn.execute(text(
            f"CREATE TABLE {TABLE} (article_id INTEGER PRIMARY KEY REFERENCES articles (id) "
            "ON DELETE CASCADE, title TSVECTOR NOT NULL, doc TSVECTOR NOT NULL)"))
        conn.execute(text(f"CREATE INDEX ix_article_search_title ON {TABLE} USING gin (title)"))
        conn.execute(text(f"CREATE INDEX ix_article_search_doc ON {TABLE} USING gin (doc)"))

    def remove_damaged(self, path) -> None:
        """A server's index is never damaged past dropping (``recreate`` does it)."""

