"""The article list's read queries, as plain SQL on the store's sqlite3 connection.

Part of the store (the only code that issues SQL). These run on every list
refresh and keystroke in the search box, so they skip the ORM and use the
covering indexes of migration 0003.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from editor_app.core import search, store_read
from editor_app.core.dto import ArticleRow

SORT_SQL = {"updated": "updated_at", "title": "title", "status": "status", "section": "section",
            "created": "created_at", "published": "published_on", "words": "word_count"}
# Title matches are ranked by bm25 up to this many; beyond, and for the other
# matches, newest first (ranking ~100k matches of a 2-letter prefix costs 0.5 s).
RANKED_TITLE_LIMIT = 500
_WEIGHTS = ", ".join(str(w) for w in search.WEIGHTS)


def list_ids(raw: sqlite3.Connection, sort: str, descending: bool, status: str | None,
             deleted: bool, limit: int | None) -> list[int]:
    column, way = SORT_SQL[sort], "DESC" if descending else "ASC"
    sql = (f"SELECT id FROM articles WHERE deleted_at IS {'NOT' if deleted else ''} NULL "
           f"{'AND status = ?' if status else ''} ORDER BY {column} {way}, id {way}")
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [r[0] for r in raw.execute(sql, (status,) if status else ())]


_ROW_SQL = "SELECT id, uuid, slug, title, status, section, language, updated_at, word_count FROM articles "


def rows(raw: sqlite3.Connection, ids: list[int]) -> dict[int, ArticleRow]:
    """The list's rows; a row that cannot be read comes back flagged ``damaged``."""
    out: dict[int, ArticleRow] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        try:
            for r in raw.execute(_ROW_SQL + f"WHERE id IN ({','.join('?' * len(chunk))})", chunk):
                out[r[0]] = _row(r)
        except store_read.ROW_ERRORS:
            for i in chunk:  # find the damaged ones and read the rest
                try:
                    r = raw.execute(_ROW_SQL + "WHERE id = ?", (i,)).fetchone()
                    if r is not None:
                        out[i] = _row(r)
                except store_read.ROW_ERRORS as exc:
                    out[i] = damaged_row(i, store_read.damage_reason(exc))
    return out


def _row(r: tuple) -> ArticleRow:
    try:
        return ArticleRow(*r[:7], datetime.fromisoformat(r[7]), int(r[8] or 0))
    except store_read.ROW_ERRORS as exc:
        return damaged_row(r[0], store_read.damage_reason(exc))


def damaged_row(article_id: int, reason: str) -> ArticleRow:
    return ArticleRow(article_id, "", "", "", "", "", "", None, 0, damaged=reason)


def _filters(raw: sqlite3.Connection, status: str | None, deleted: bool) -> tuple[set | None, set]:
    """(allowed ids or None, excluded ids) for the trash and status filters."""
    if status or deleted:
        sql = f"SELECT id FROM articles WHERE deleted_at IS {'NOT' if deleted else ''} NULL"
        sql += " AND status = ?" if status else ""
        return {r[0] for r in raw.execute(sql, (status,) if status else ())}, set()
    return None, {r[0] for r in raw.execute("SELECT id FROM articles WHERE deleted_at IS NOT NULL")}


def search_ids(raw: sqlite3.Connection, query: str, status: str | None, deleted: bool,
               limit: int | None) -> list[int]:
    """Title matches first (the best RANKED_TITLE_LIMIT by bm25), then the rest newest first."""
    full = search.match_expression(query)
    if full is None:
        return []
    title_q = search.match_expression(query, column="title")
    allowed, excluded = _filters(raw, status, deleted)
    first = [r[0] for r in raw.execute(
        "SELECT rowid FROM article_search WHERE article_search MATCH ? "
        f"ORDER BY bm25(article_search, {_WEIGHTS}) LIMIT ?", (title_q, RANKED_TITLE_LIMIT))]
    sql = "SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY rowid DESC"
    if limit is not None and allowed is None:
        sql += f" LIMIT {int(limit) + len(first) + len(excluded)}"
    rest = [r[0] for r in raw.execute(sql, (full,))]
    seen = set(first)
    ranked = first + [i for i in rest if i not in seen]
    if allowed is not None:
        ranked = [i for i in ranked if i in allowed]
    elif excluded:
        ranked = [i for i in ranked if i not in excluded]
    return ranked if limit is None else ranked[:limit]
