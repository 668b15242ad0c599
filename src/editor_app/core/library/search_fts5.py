"""The search index on SQLite: a contentless FTS5 table (the only module that knows FTS5).

``article_search`` holds the folded documents of ``search.document`` under
the tokenizer ``unicode61 remove_diacritics 2`` (case and Vietnamese marks)
with prefix indexes for 2 and 3 characters, and ``detail=column`` (no token
positions: search never matches phrases). Its statements are Core on a ``Table`` of
its own; only the virtual table's DDL is text (Core has no construct for it), and the
repair of a broken one (``remove_damaged``) edits SQLite's own schema with raw sqlite3.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import (
    Column, Connection, Integer, MetaData, Table, Text, bindparam, column, func, insert, literal,
    literal_column, select, table, text,
)
from sqlalchemy.schema import DropTable

from editor_app.core.dto import ArticleData
from editor_app.core.library.queries import aggregated_ids, parse_ids
from editor_app.core.library.search import COLUMNS, document, index_in_batches, query_tokens

TABLE = "article_search"
# bm25 weights, in COLUMNS order: title first, then keywords/authors/subtitle
WEIGHTS = (10.0, 4.0, 2.0, 1.0, 5.0, 5.0)
# Title matches are ranked by bm25 up to this many; beyond, and for the other
# matches, newest first (ranking ~100k matches of a 2-letter prefix costs 0.5 s).
RANKED_TITLE_LIMIT = 500
BATCH = 500

_NAMES = ", ".join(COLUMNS)
# the index as migration 0004 makes it (to remake a missing or damaged one): DDL of an FTS5
# virtual table, which Core has no construct for
CREATE = text(f"CREATE VIRTUAL TABLE {TABLE} USING fts5({_NAMES}, content='', "
              "tokenize='unicode61 remove_diacritics 2', prefix='2 3', detail=column)")


# The table as the statements see it: rowid, the indexed columns, and FTS5's hidden column
# named after the table (it takes commands such as 'delete', and is what MATCH and bm25 are
# asked of). A metadata of its own: Alembic's never creates it.
FTS = Table(TABLE, MetaData(), Column("rowid", Integer), *(Column(c, Text) for c in COLUMNS),
            Column(TABLE, Text))
_MASTER = table("sqlite_master", column("type"), column("name"))
EXISTS = select(literal(1)).select_from(_MASTER).where(_MASTER.c.type == "table", _MASTER.c.name == TABLE)
DROP = DropTable(FTS, if_exists=True)
INSERT = insert(FTS)   # executemany over rows of rowid and the columns
# a contentless table forgets a row only when given the values it indexed
DELETE = insert(FTS).values({TABLE: "delete"})
DELETE_ALL = insert(FTS).values({TABLE: "delete-all"})
_MATCHES = select(FTS.c.rowid).where(FTS.c[TABLE].op("MATCH")(bindparam("expr")))
# matching ids in one string (queries.aggregated_ids): title matches best first; all, newest first
RANKED = aggregated_ids(_MATCHES.order_by(func.bm25(FTS.c[TABLE], *map(literal_column, map(str, WEIGHTS))))
                        .limit(bindparam("n")))
NEWEST = aggregated_ids(_MATCHES.order_by(FTS.c.rowid.desc()).limit(bindparam("n")))   # LIMIT -1: all


def match_expression(query: str, column: str | None = None) -> str | None:
    """An FTS5 MATCH expression: every word must occur, each as a prefix, so
    'chuyen doi s' finds 'chuyển đổi số'. Tokens are quoted, so FTS5 syntax in
    user input is inert. None when the query has no words."""
    tokens = query_tokens(query)
    if not tokens:
        return None
    expr = " ".join(f'"{t}"*' for t in tokens)
    return f"{{{column}}} : ({expr})" if column else expr


def _row(data: ArticleData) -> dict:
    return {"rowid": data.id, **document(data)}


class Fts5Index:
    """:class:`search.SearchIndex` on an FTS5 table."""

    def exists(self, conn: Connection) -> bool:
        # not inspect().has_table: it asks the table's columns, which a damaged index cannot say
        return conn.execute(EXISTS).first() is not None

    def prepare(self, articles: list[ArticleData]) -> None:
        return None   # SQLite's tokenizer folds the text inside the insert

    def index(self, conn: Connection, articles: Iterable[ArticleData], prepared: object = None) -> None:
        rows = [_row(a) for a in articles]
        if rows:
            conn.execute(INSERT, rows)

    def unindex(self, conn: Connection, article_id: int, old: ArticleData) -> None:
        conn.execute(DELETE, {**document(old), "rowid": article_id})

    def match(self, conn: Connection, query: str, limit: int | None = None) -> list[int]:
        """Title matches first (the best RANKED_TITLE_LIMIT by bm25), then the rest newest first."""
        full = match_expression(query)
        if full is None:
            return []
        title = match_expression(query, column="title")
        first = parse_ids(conn.execute(RANKED, {"expr": title, "n": RANKED_TITLE_LIMIT}).scalar())
        n = -1 if limit is None else limit + len(first)  # LIMIT -1: all
        rest = parse_ids(conn.execute(NEWEST, {"expr": full, "n": n}).scalar())
        seen = set(first)
        return first + [i for i in rest if i not in seen]

    def rebuild(self, conn: Connection, articles: Iterable[ArticleData]) -> None:
        conn.execute(DELETE_ALL)
        index_in_batches(self, conn, articles, BATCH)

    def recreate(self, conn: Connection) -> None:
        conn.execute(DROP)
        conn.execute(CREATE)

    def remove_damaged(self, path: Path) -> None:
        """Take out an index so damaged that SQLite cannot even drop it (its structure
        record is unreadable): its schema entry goes, then its shadow tables, each an
        ordinary table. Raw sqlite3: this is a repair of SQLite's own schema."""
        conn = sqlite3.connect(path, timeout=5, isolation_level=None)
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("PRAGMA writable_schema = ON")
            conn.execute(f"DELETE FROM sqlite_master WHERE type = 'table' AND name = '{TABLE}'")
            conn.execute("PRAGMA writable_schema = OFF")
            conn.execute("COMMIT")
        finally:
            conn.close()
        conn = sqlite3.connect(path, timeout=5, isolation_level=None)
        try:
            shadows = [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                f"AND name LIKE '{TABLE}\\_%' ESCAPE '\\'")]
            for name in shadows:
                conn.execute(f'DROP TABLE "{name}"')
        finally:
            conn.close()
