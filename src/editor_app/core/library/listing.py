"""The article listing (``list --json``): every field of many articles but the body, in one
statement, JSON-ready.

The authors, keywords and related slugs come aggregated in the same row (one JSON array of
the three, parsed once per row), so listing 10,000 articles is one query and no article
text is read. Dialect-neutral: the aggregates are rendered per database (``aggregates.py``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

from sqlalchemy import Connection, select

from editor_app.core.errors import DamagedArticleError, damage_reason
from editor_app.core.library.queries import (
    A, ROW_ERRORS, SORT_COLUMNS, _live, _read_chunks, list_ids, not_damage)
from editor_app.core.library.aggregates import AUTHORS, KEYWORDS, RELATED, json_triple

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


def listing(conn: Connection, status: str | None, ids: list[int] | None,
            on_damaged: Callable[[DamagedArticleError], None], body: bool = False,
            part: int | None = None, sort: str = "updated") -> Iterator[list[dict]]:
    """The live articles (of ``status``), newest first (``sort="title"``: in Vietnamese
    alphabetical order; ``"status"``: in the order of the work, newest first within a
    status), or those of ``ids`` in that order (a search's ranking), ``part`` at a time;
    ``body``: with their text. One statement, its rows fetched as they are used. A row
    that cannot be read is left out and passed to ``on_damaged`` (the rest is then read
    a chunk, then a row at a time)."""
    statement = WITH_BODY if body else LISTING
    part = part or PART
    done: set[int] = set()
    try:
        if ids is None:
            rows = conn.execution_options(yield_per=part).execute(
                statement.where(_live(False, status)).order_by(*_ORDER[sort]))
            for block in rows.partitions(part):
                items = [_item(r) for r in block]
                done.update(i["id"] for i in items)
                yield items
            return
        found = {r.id: _item(r) for r in conn.execute(statement.where(A.id.in_(ids)))}
        yield [found[i] for i in ids if i in found]
        return
    except ROW_ERRORS as error:
        if not_damage(conn, error):
            raise
    if ids is None:
        ids = list_ids(conn, sort, sort == "updated", status, False, None)

    def left_out(article_id: int, error: BaseException) -> None:
        on_damaged(DamagedArticleError(article_id, damage_reason(error)))

    rest = [i for i in ids if i not in done]
    for start in range(0, len(rest), part):
        chunk = rest[start:start + part]
        found = _read_chunks(conn, statement, chunk, _item, left_out)
        yield [found[i] for i in chunk if i in found]
