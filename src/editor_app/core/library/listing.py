"""The article listing (``list --json``): every field of many articles but the body, in one
statement, as JSON text.

The database writes each article's JSON text, its authors, keywords and related slugs
aggregated in the same row (``listing_text``), so listing 10,000 articles is one query
and no article text is read. A row the database cannot vouch for is read here, the
Python way: ``LISTING`` with its children as one JSON array of the three (parsed once),
turned into the same text (``json_layout``), or reported damaged.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

from sqlalchemy import Connection, select

from editor_app.core.errors import DamagedArticleError, damage_reason
from editor_app.core.library.queries import (
    A, ROW_ERRORS, SORT_COLUMNS, _live, _read_chunks, list_ids, not_damage)
from editor_app.core.library import listing_text
from editor_app.core.library.aggregates import AUTHORS, KEYWORDS, RELATED, json_triple
from editor_app.core.library.json_layout import array_items

_AUTHOR_KEYS = ("name", "affiliation", "orcid", "email")


LISTING = select(
    A.title, A.subtitle, A.slug, A.language, A.summary, A.section, A.status, A.published_on,
    A.source, A.doi, A.license,
    json_triple(AUTHORS, KEYWORDS, RELATED).label("children"),
    A.id, A.uuid, A.word_count, A.created_at, A.updated_at,
)


WITH_BODY = LISTING.add_columns(A.body)


def _item(row) -> dict:
    """A LISTING row as the JSON-ready dict of ``list --json`` (with the body after the
    summary, as ``ArticleData.content_dict`` orders it, for a WITH_BODY row)."""
    (title, subtitle, slug, language, summary, section, status, published, source, doi, license_,
     kids, article_id, uuid, words, created, updated, *body) = row
    people, keywords, related = json.loads(kids) if kids else ([], [], [])
    item = {"title": title, "subtitle": subtitle, "slug": slug, "language": language, "summary": summary}
    if body:
        item["body"] = body[0]
    item.update({
        "section": section, "status": status,
        "published_on": published.isoformat() if published else None,
        "source": source, "doi": doi, "license": license_,
        "authors": [dict(zip(_AUTHOR_KEYS, a[1:])) for a in sorted(people)],
        "keywords": [k[1] for k in sorted(keywords)],
        "related": [r[1] for r in sorted(related)],
        "id": article_id, "uuid": uuid, "word_count": words or 0,
        "created_at": created.isoformat() if created else None,
        "updated_at": updated.isoformat() if updated else None,
    })
    return item


_ORDER = {"updated": (SORT_COLUMNS["updated"].desc(), A.id.desc()),
          "title": (SORT_COLUMNS["title"].asc(), A.id.asc()),
          "status": (SORT_COLUMNS["status"].asc(), A.updated_at.desc(), A.id.desc())}
SORTS = tuple(_ORDER)
PART = 10_000   # articles handed over at once: one write for a 10k library, bounded memory beyond


BRIEF = select(A.id, A.status, A.slug, A.title, listing_text.SOUND.label("sound"))


def texts(conn: Connection, status: str | None, ids: list[int] | None,
          on_damaged: Callable[[DamagedArticleError], None], body: bool = False,
          part: int | None = None, sort: str = "updated") -> Iterator[list[bytes]]:
    """The live articles (of ``status``), newest first (``sort="title"``: in Vietnamese
    alphabetical order; ``"status"``: in the order of the work, newest first within a
    status), or those of ``ids`` in that order (a search's ranking), as their JSON texts
    (``json_layout.array_items``) in UTF-8, ``part`` at a time; ``body``: with their text. One
    statement, which writes the texts (``listing_text``)."""
    statement = listing_text.TEXT_WITH_BODY if body else listing_text.TEXT
    for block in _blocks(conn, statement, status, ids, on_damaged, part, sort):
        yield _vouched(conn, block, body, on_damaged)


def brief(conn: Connection, status: str | None, ids: list[int] | None,
          on_damaged: Callable[[DamagedArticleError], None], sort: str = "updated") -> Iterator[list[tuple]]:
    """``(id, status, slug, title)`` of the articles ``texts`` lists, in its order (a row
    the database cannot vouch for is read whole, as ``texts`` reads it, and left out if
    damaged)."""
    for block in _blocks(conn, BRIEF, status, ids, on_damaged, None, sort):
        unsound = [r[0] for r in block if not r[4]]
        readable = _read_chunks(conn, LISTING, unsound, _item, _left_out(on_damaged)) if unsound else {}
        yield [r[:4] for r in block if r[4] or r[0] in readable]


def _blocks(conn: Connection, statement, status: str | None, ids: list[int] | None,
            on_damaged: Callable[[DamagedArticleError], None], part: int | None, sort: str) -> Iterator[list[tuple]]:
    """``statement``'s rows (as tuples) of the articles ``texts`` lists, ``part`` at a time,
    fetched as they are used. A row that cannot be read is left out and passed to
    ``on_damaged`` (the rest is then read a chunk, then a row at a time)."""
    part = part or PART
    done: set[int] = set()
    try:
        if ids is None:
            rows = conn.execute(statement.where(_live(False, status)).order_by(*_ORDER[sort]),
                                execution_options={"yield_per": part})   # for this statement only
            for block in rows.partitions(part):
                done.update(r[0] for r in block)
                yield [tuple(r) for r in block]
            return
        found = {r[0]: tuple(r) for r in conn.execute(statement.where(A.id.in_(ids)))}
        yield [found[i] for i in ids if i in found]
        return
    except ROW_ERRORS as error:
        if not_damage(conn, error):
            raise
    if ids is None:
        ids = list_ids(conn, sort, sort == "updated", status, False, None)
    rest = [i for i in ids if i not in done]
    for start in range(0, len(rest), part):
        chunk = rest[start:start + part]
        found = _read_chunks(conn, statement, chunk, tuple, _left_out(on_damaged))
        yield [found[i] for i in chunk if i in found]


def _left_out(on_damaged: Callable[[DamagedArticleError], None]):
    def left_out(article_id: int, error: BaseException) -> None:
        on_damaged(DamagedArticleError(article_id, damage_reason(error)))
    return left_out


def _vouched(conn: Connection, rows: list[tuple[int, bytes | None]], body: bool,
             on_damaged: Callable[[DamagedArticleError], None]) -> list[bytes]:
    """The texts of ``rows`` (id, UTF-8 text), in order: a row the statement could not
    vouch for (no text, or text that is not UTF-8) read the Python way, which writes it
    or finds it damaged."""
    unsound = [i for i, text in rows if text is None or not _utf8(text)]
    if not unsound:
        return [text for _i, text in rows]
    read = _read_chunks(conn, WITH_BODY if body else LISTING, unsound, _item, _left_out(on_damaged))
    items = {i: text.encode("utf-8", "backslashreplace") for i, text in zip(read, array_items(list(read.values())))}
    redone = set(unsound)
    return [items[i] if i in redone else text for i, text in rows if i not in redone or i in items]


def _utf8(text: bytes) -> bool:
    """Whether ``text`` is UTF-8 (SQLite stores what it is given: a damaged row may not be)."""
    try:
        text.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
