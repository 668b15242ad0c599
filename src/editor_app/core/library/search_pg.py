"""The search index on PostgreSQL: full-text search over folded text (the only module that
knows tsvector).

``article_search`` (made by migration 0002 on PostgreSQL) holds, per article, two
``tsvector`` columns with GIN indexes: ``title`` (its folded title, with positions, for
ranking) and ``doc`` (every folded word of every searched field once, positions
stripped: search never matches phrases). Folding happens here, in Python, the same
way for documents and queries: case, Vietnamese tone and vowel marks and đ -> d (NFD,
then the combining marks dropped), so the database needs no
``unaccent`` extension and no privilege to install one. A query matches when every
word occurs, each as a prefix (``to_tsquery('simple', 'chuyen:* & doi:* & s:*')``).

Ranking follows the SQLite index: title matches first, the best ``RANKED_TITLE_LIMIT``
by ``ts_rank`` of the title among the newest ``RANKED_AMONG`` title matches, then the
other matches newest first (a dense query walks
the ids down and stops early; a sparse one takes its matches from the index).
"""

from __future__ import annotations

import json
import re
import threading
import unicodedata
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor

from sqlalchemy import Column, Connection, cast, ForeignKey, Index, Integer, MetaData, Table, bindparam, column, \
    delete, func, insert, literal_column, select, table
from sqlalchemy.dialects.postgresql import TSVECTOR

from editor_app.core.dto import ArticleData
from editor_app.core.library.schema import articles
from editor_app.core.library.search import document, index_in_batches

TABLE = "article_search"
RANKED_TITLE_LIMIT = 500
RANKED_AMONG = 5000
SPARSE = 8   # see PgIndex._sparse
BATCH = 500
# A tsvector holds at most 1 MB; a document's distinct words are cut well below that.
MAX_DOC_CHARS = 400_000
MAX_LEXEME_BYTES = 2046          # PostgreSQL's longest lexeme
MAX_LEXEME_CHARS = MAX_LEXEME_BYTES // 4   # a word this short fits whatever its letters

_meta = MetaData()
search_table = Table(   # as migration 0002 makes it on PostgreSQL (a test compares them)
    TABLE, _meta,
    Column("article_id", Integer, ForeignKey(articles.c.id, ondelete="CASCADE"), primary_key=True),
    Column("title", TSVECTOR, nullable=False),
    Column("doc", TSVECTOR, nullable=False),
    Index("ix_article_search_title", "title", postgresql_using="gin"),
    Index("ix_article_search_doc", "doc", postgresql_using="gin"),
)
_pg_class = table("pg_class", column("oid"), column("reltuples"))
T = search_table.c
_SIMPLE = literal_column("'simple'")


_MARKS = re.compile("[\u0300-\u036f]")   # the combining marks NFD takes off the letters
_WORD = re.compile(r"[^\W_]+")


def fold(value: str) -> str:
    """``value`` without case, tone and vowel marks, đ as d: 'ĐỔI Mới' -> 'doi moi' (NFD, the
    marks dropped: C speed, ~0.3 ms for a 6,500-character article)."""
    value = value.replace("đ", "d").replace("Đ", "D").replace("ð", "d").replace("Ð", "D")
    return _MARKS.sub("", unicodedata.normalize("NFD", value)).lower()


def words(value: str) -> list[str]:
    """The folded words of ``value`` (letters and digits), in order."""
    return _WORD.findall(fold(value))


def tsquery(query: str) -> str | None:
    """A ``to_tsquery('simple', ...)`` text: every word of ``query`` as a prefix. Only
    letters and digits reach it, so tsquery syntax in user input is inert."""
    found = words(unicodedata.normalize("NFC", query or ""))
    return " & ".join(f"{w}:*" for w in found) if found else None


_FOLDED: dict[str, str] = {}   # a piece of text between spaces -> its folded text
_FOLDED_MAX = 300_000
_FOLDED_LOCK = threading.Lock()


def _folded_words(pieces: set[str]) -> set[str]:
    """The folded words (letters and digits, as a query's words) of ``pieces``: folding works
    letter by letter, so each distinct piece is folded once per process (a journal's words
    are a few tens of thousands). A word longer than PostgreSQL's longest lexeme keeps its
    beginning (its own parser would leave it out): searching its first letters finds it."""
    cache = _FOLDED
    with _FOLDED_LOCK:   # the folding thread and a store's own thread may both be here
        missing = [p for p in pieces if p not in cache]
        if missing:
            if len(cache) + len(missing) > _FOLDED_MAX:
                cache.clear()
            # one fold for all of them: no piece holds a line break, and folding makes none
            for piece, folded in zip(missing, fold("\n".join(missing)).split("\n")):
                cache[piece] = folded
        text = " ".join(map(cache.__getitem__, pieces))
    found = set(_WORD.findall(text))
    return {w if len(w) <= MAX_LEXEME_CHARS or len(w.encode()) <= MAX_LEXEME_BYTES
            else w.encode()[:MAX_LEXEME_BYTES].decode(errors="ignore") for w in found}


def _texts(data: ArticleData) -> tuple[str, str]:
    """The folded title and the distinct folded words of ``data``: what its row indexes."""
    doc = document(data)
    # each folded word once, given to the server as a tsvector (no positions: search never
    # matches phrases); its own parser, to_tsvector, cost the server 4 times as much
    pieces: set[str] = set()
    for value in doc.values():
        pieces.update(value.split())
    distinct = " ".join(_folded_words(pieces))
    if len(distinct) > MAX_DOC_CHARS:
        distinct = distinct[:MAX_DOC_CHARS].rsplit(" ", 1)[0]
    return " ".join(words(doc["title"])), distinct


def _row(data: ArticleData, texts: tuple[str, str] | None = None) -> dict:
    title, doc = texts or _texts(data)
    return {"article_id": data.id, "title_text": title, "doc_text": doc}


_folder: ThreadPoolExecutor | None = None


def _fold_later(articles: list[ArticleData]) -> Future:
    """Their texts, folded on a thread of this module while the caller's statements run on the
    server (the driver lets go of the interpreter while it waits for the server)."""
    global _folder
    if _folder is None:
        _folder = ThreadPoolExecutor(max_workers=1, thread_name_prefix="search-folding")
    return _folder.submit(lambda: [_texts(a) for a in articles])


INSERT = insert(search_table).values(
    article_id=bindparam("article_id"),
    title=func.to_tsvector(_SIMPLE, bindparam("title_text")),
    doc=cast(bindparam("doc_text"), TSVECTOR),   # letters and digits only: nothing to quote
)
EXISTS = select(func.to_regclass(TABLE).is_not(None))


def _planner(**settings: str):
    """``SET LOCAL setting = value, ...`` as Core: set_config(..., is_local => true), one statement."""
    return select(*(func.set_config(name, value, True) for name, value in settings.items()))


# The search's statements are planned for their own query, never with a generic plan: the
# driver prepares a statement run often, and after five runs the server may plan it once for
# any query (plan_cache_mode auto), blind to how many documents the query matches (×2 slower)
SEQSCAN_OFF = _planner(enable_seqscan="off", plan_cache_mode="force_custom_plan")
SEQSCAN_ON = _planner(enable_seqscan="on", plan_cache_mode="auto")
INDEXSCAN_OFF, INDEXSCAN_ON = _planner(enable_indexscan="off"), _planner(enable_indexscan="on")
# the planner's row estimate: EXPLAIN has no Core construct (the one text statement here)
EXPLAIN = "EXPLAIN (FORMAT JSON) "
REL_TUPLES = select(_pg_class.c.reltuples).where(_pg_class.c.oid == func.to_regclass(TABLE))


class PgIndex:
    """:class:`search.SearchIndex` on PostgreSQL's full-text search."""

    def exists(self, conn: Connection) -> bool:
        return bool(conn.execute(EXISTS).scalar())

    def prepare(self, articles: list[ArticleData]) -> Future:
        return _fold_later(list(articles))

    def index(self, conn: Connection, articles: Iterable[ArticleData], prepared: object = None) -> None:
        articles = list(articles)
        texts = prepared.result() if isinstance(prepared, Future) else [None] * len(articles)
        rows = [_row(a, t) for a, t in zip(articles, texts)]
        if rows:
            conn.execute(INSERT, rows)

    def unindex(self, conn: Connection, article_id: int, old: ArticleData) -> None:
        conn.execute(delete(search_table).where(T.article_id == article_id))

    def match(self, conn: Connection, query: str, limit: int | None = None) -> list[int]:
        expr = tsquery(query)
        if expr is None:
            return []
        q = func.to_tsquery(_SIMPLE, expr)
        # The planner prices a scan of every document as cheap (it does not count unpacking
        # the stored documents); the GIN indexes are what answers a match.
        conn.execute(SEQSCAN_OFF)
        # the best title matches among the newest RANKED_AMONG of them (a two-letter prefix
        # matches most titles: ranking them all would cost more than the rest of the search)
        titled = select(T.article_id, T.title).where(T.title.op("@@")(q)) \
            .order_by(T.article_id.desc()).limit(RANKED_AMONG).subquery()
        first = conn.execute(
            select(titled.c.article_id)
            .order_by(func.ts_rank(titled.c.title, q).desc(), titled.c.article_id.desc())
            .limit(RANKED_TITLE_LIMIT)).scalars().all()
        matches = select(T.article_id).where(T.doc.op("@@")(q))
        want = None if limit is None else limit + len(first)
        if want is not None and self._sparse(conn, self._estimate(conn, matches), want):
            # few matches: all of them from the index, the newest kept (a walk down the ids
            # would read every document to find them)
            conn.execute(INDEXSCAN_OFF)
        rest_q = matches.order_by(T.article_id.desc())
        rest = conn.execute(rest_q if want is None else rest_q.limit(want)).scalars().all()
        conn.execute(INDEXSCAN_ON)
        conn.execute(SEQSCAN_ON)
        seen = set(first)
        return list(first) + [i for i in rest if i not in seen]

    @staticmethod
    def _sparse(conn: Connection, matches: float, want: int) -> bool:
        """Whether taking every match from the index (~0.4 µs each) beats walking the ids down
        until ``want`` are found (~3.3 µs per document read, ``want / density`` of them):
        below sqrt(8 * want * documents) matches (measured at 100,000 articles)."""
        documents = conn.execute(REL_TUPLES).scalar() or 0
        return matches * matches < SPARSE * want * max(documents, 1.0)

    @staticmethod
    def _estimate(conn: Connection, statement) -> float:
        """The planner's count of ``statement``'s rows (its full-text statistics are good)."""
        compiled = statement.compile(conn, compile_kwargs={"literal_binds": True})
        plan = conn.exec_driver_sql(EXPLAIN + str(compiled)).scalar()
        plan = plan if isinstance(plan, list) else json.loads(plan)
        return float(plan[0]["Plan"]["Plan Rows"])

    def rebuild(self, conn: Connection, articles: Iterable[ArticleData]) -> None:
        conn.execute(delete(search_table))
        index_in_batches(self, conn, articles, BATCH)

    def recreate(self, conn: Connection) -> None:
        search_table.drop(conn, checkfirst=True)
        search_table.create(conn)

    def remove_damaged(self, path) -> None:
        """A server's index is never damaged past dropping (``recreate`` does it)."""

