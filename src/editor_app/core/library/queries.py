"""Every statement of the library (but the search index's), in SQLAlchemy Core.

Part of the store: each function runs on the store's connection inside its
transaction. Statements are dialect-neutral: new ids come from the database
(``INSERT ... RETURNING``), times are DateTime/Date columns, and the only
constructs rendered per dialect are the aggregates of ``aggregates.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from functools import lru_cache

from sqlalchemy import Connection, String, bindparam, case, cast, delete, exc, func, insert, select, update

from editor_app.core.collation import sort_key_bytes
from editor_app.core.dto import ArticleData, ArticleRow, AuthorData, RelatedView, RevisionInfo
from editor_app.core.errors import DamagedArticleError, damage_reason
from editor_app.core.status import Status
from editor_app.core.library.bulk import insert_rows
from editor_app.core.library.aggregates import AUTHORS, KEYWORDS, RELATED
from editor_app.core.library.revisions import SAME_AS_ARTICLE, encode_snapshot, revisions_to_prune
from editor_app.core.library.schema import (
    CONTENT_COLUMNS,
    STORE_COLUMNS,
    article_authors,
    article_keywords,
    articles,
    assets,
    authors,
    new_uuids,
    presence,
    related_links,
    revisions,
)

A = articles.c
# What reading a damaged row raises: text that is not UTF-8 (the driver fails to
# fetch it), an impossible date (ValueError), a value of the wrong type (TypeError).
ROW_ERRORS = (exc.OperationalError, exc.DataError, ValueError, TypeError, OverflowError)
CHUNK = 500  # ids per IN (...) list


def not_damage(conn: Connection, error: BaseException) -> bool:
    """Whether ``error``, raised while reading rows, is about the connection rather than a
    damaged row: a lost server (PostgreSQL checks every value it stores, so its rows are
    never damaged; a database error there is the connection's)."""
    return isinstance(error, exc.DBAPIError) and (error.connection_invalidated or conn.dialect.name != "sqlite")
# titles in Vietnamese alphabetical order (core.collation), statuses in the order of the work
STATUS_ORDER = case({s.value: i for i, s in enumerate(Status)}, value=A.status, else_=len(Status))
SORT_COLUMNS = {"updated": A.updated_at, "title": A.title_key, "status": STATUS_ORDER, "section": A.section,
                "created": A.created_at, "published": A.published_on, "words": A.word_count}
_CHILDREN = (article_authors, article_keywords, related_links, revisions, assets, presence)


# -- reading articles ----------------------------------------------------------------
_FIELDS = CONTENT_COLUMNS + STORE_COLUMNS
ARTICLE = select(*(A[n] for n in _FIELDS), AUTHORS.label("authors"), KEYWORDS.label("keywords"),
                 RELATED.label("related"))


def _article(row) -> ArticleData:
    """An article row (of ARTICLE) as ArticleData: the one mapping of the two."""
    data = dict(zip(_FIELDS, row))
    data["authors"] = [AuthorData(*a[1:]) for a in sorted(row.authors)]
    data["keywords"] = [k[1] for k in sorted(row.keywords)]
    data["related"] = [r[1] for r in sorted(row.related)]
    return ArticleData(**data)


def _one(conn: Connection, where, article_id: int | None) -> ArticleData | None:
    try:
        row = conn.execute(ARTICLE.where(where)).first()
        return _article(row) if row else None
    except ROW_ERRORS as error:
        if not_damage(conn, error):
            raise
        if article_id is None:  # find the id without reading the damaged text
            article_id = conn.execute(select(A.id).where(where)).scalar() or 0
        raise DamagedArticleError(article_id, damage_reason(error)) from None


def article(conn: Connection, article_id: int) -> ArticleData | None:
    """The article, or None; DamagedArticleError when its row cannot be read."""
    return _one(conn, A.id == article_id, article_id)


def article_by_slug(conn: Connection, slug: str) -> ArticleData | None:
    return _one(conn, A.slug == slug, None)


def article_by_uuid(conn: Connection, uuid: str) -> ArticleData | None:
    return _one(conn, A.uuid == uuid, None)


def _chunks(ids: list) -> Iterator[list]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


def _read_chunks(conn: Connection, statement, ids: list[int], convert, damaged) -> dict:
    """``{id: convert(row)}`` for ``statement``'s rows of ``ids``, one query per CHUNK ids.
    A chunk that cannot be read is read row by row; for a row that cannot,
    ``damaged(id, error)`` gives what to keep (None: nothing)."""
    out: dict = {}
    for chunk in _chunks(ids):
        try:
            out.update((row.id, convert(row)) for row in conn.execute(statement.where(A.id.in_(chunk))))
        except ROW_ERRORS as error:
            if not_damage(conn, error):
                raise
            for i in chunk:
                try:
                    if (row := conn.execute(statement.where(A.id == i)).first()) is not None:
                        out[i] = convert(row)
                except ROW_ERRORS as error:
                    if not_damage(conn, error):
                        raise
                    if (kept := damaged(i, error)) is not None:
                        out[i] = kept
    return out


def many(conn: Connection, ids: list[int],
         on_damaged: Callable[[DamagedArticleError], None]) -> list[ArticleData]:
    """The articles of ``ids`` that exist, in that order: one query per CHUNK ids.
    A damaged one is left out and passed to ``on_damaged``."""
    def left_out(article_id: int, error: BaseException) -> None:
        on_damaged(DamagedArticleError(article_id, damage_reason(error)))

    found = _read_chunks(conn, ARTICLE, ids, _article, left_out)
    return [found[i] for i in ids if i in found]


def _live(deleted: bool = False, status=None):
    where = A.deleted_at.is_not(None) if deleted else A.deleted_at.is_(None)
    return where if status is None else where & (A.status == status)


def aggregated_ids(statement):
    """A select of one id column as one string of its ids, in its order: a row object
    for each of the 100,000 ids of a large library cost twice the query (mostly garbage
    collection). An ORDER BY'd subquery is aggregated in its order. See :func:`parse_ids`."""
    sub = statement.subquery()
    return select(func.aggregate_strings(cast(sub.c[0], String), ","))


def parse_ids(joined: str | None) -> list[int]:
    return list(map(int, joined.split(","))) if joined else []


def ids_after(conn: Connection, last: int, include_deleted: bool, n: int) -> list[int]:
    q = select(A.id).where(A.id > last).order_by(A.id).limit(n)
    return conn.execute(q if include_deleted else q.where(_live())).scalars().all()


@lru_cache(maxsize=None)
def _ids_statement(sort: str, descending: bool, by_status: bool, deleted: bool, limited: bool):
    """The list's query for one kind of call, made once (status and limit are parameters)."""
    column = SORT_COLUMNS[sort]
    order = (column.desc(), A.id.desc()) if descending else (column.asc(), A.id.asc())
    q = select(A.id).where(_live(deleted, bindparam("status") if by_status else None)).order_by(*order)
    return aggregated_ids(q.limit(bindparam("limit")) if limited else q)


def list_ids(conn: Connection, sort: str, descending: bool, status: str | None, deleted: bool,
             limit: int | None) -> list[int]:
    statement = _ids_statement(sort, descending, bool(status), deleted, limit is not None)
    return parse_ids(conn.execute(statement, {"status": status, "limit": limit}).scalar())


_FILTERED = aggregated_ids(select(A.id).where(_live(False, bindparam("status"))))
_FILTERED_TRASH = aggregated_ids(select(A.id).where(_live(True, bindparam("status"))))
_TRASH = aggregated_ids(select(A.id).where(_live(True)))


def search_filter(conn: Connection, status: str | None, deleted: bool) -> tuple[set | None, set]:
    """(allowed ids or None, excluded ids) for a search's trash and status filters."""
    if status:
        return set(parse_ids(conn.execute(_FILTERED_TRASH if deleted else _FILTERED,
                                          {"status": status}).scalar())), set()
    trashed = set(parse_ids(conn.execute(_TRASH).scalar()))
    return (trashed, set()) if deleted else (None, trashed)


_ROW = select(A.id, A.uuid, A.slug, A.title, A.status, A.section, A.language, A.updated_at, A.word_count)


def rows(conn: Connection, ids: list[int]) -> dict[int, ArticleRow]:
    """The list's rows; a row that cannot be read comes back flagged ``damaged``."""
    return _read_chunks(conn, _ROW, ids, lambda r: ArticleRow(*r[:8], r.word_count or 0),
                        lambda i, error: ArticleRow(i, "", "", "", "", "", "", None, 0,
                                                    damaged=damage_reason(error)))


def count(conn: Connection, include_deleted: bool) -> int:
    q = select(func.count(A.id))
    return conn.execute(q if include_deleted else q.where(_live())).scalar_one()


def sections(conn: Connection) -> list[str]:
    return conn.execute(select(A.section).distinct().where(A.section != "").order_by(A.section)).scalars().all()


def related(conn: Connection, slugs: list[str]) -> list[RelatedView]:
    """The related links in order; the live articles among them with their text."""
    q = select(A.slug, A.title, A.summary, A.body).where(A.slug.in_(slugs), _live())
    found = {r.slug: r for r in conn.execute(q)}
    return [RelatedView(s, True, found[s].title, found[s].summary, found[s].body) if s in found
            else RelatedView(s, exists=False) for s in slugs]


# -- slugs ---------------------------------------------------------------------------
def free_slugs(conn: Connection, bases: list[str], exclude_id: int | None = None) -> list[str]:
    """A free slug for each base: itself, or the first free ``base-2``, ``base-3``...
    (not one another's; the article ``exclude_id`` may keep its own)."""
    others = [A.id != exclude_id] if exclude_id is not None else []
    taken = set(conn.execute(select(A.slug).where(A.slug.in_(set(bases)), *others)).scalars().all())
    out = []
    for base in bases:
        slug, n = base, 2
        while slug in taken:
            if n == 2:  # first clash: load the suffixed forms of this base once (SQLite: an
                #         index range, exact under its binary collation; a server's
                #         collation may order '-' and '.' otherwise: a prefix match there)
                q = select(A.slug).where(*_prefixed(conn, base + "-"), *others)
                taken |= {s for s in conn.execute(q).scalars() if s.startswith(base + "-")}
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        out.append(slug)
    return out


def _prefixed(conn: Connection, prefix: str) -> list:
    if conn.dialect.name == "sqlite":
        return [A.slug >= prefix, A.slug < prefix[:-1] + chr(ord(prefix[-1]) + 1)]
    # one literal pattern (not an expression), so the planner takes the pattern index
    pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return [A.slug.like(pattern, escape="\\")]


def slug_owner(conn: Connection, slug: str, exclude_id: int | None) -> int | None:
    q = select(A.id).where(A.slug == slug)
    return conn.execute(q if exclude_id is None else q.where(A.id != exclude_id)).scalar()


# -- writing articles ----------------------------------------------------------------
def _values(d: ArticleData) -> dict:
    return {**{n: getattr(d, n) for n in CONTENT_COLUMNS}, "word_count": d.word_count,
            "title_key": sort_key_bytes(d.title)}


def insert_articles(conn: Connection, datas: list[ArticleData], now: datetime, editor: str = "") -> None:
    """Insert normalised articles with unique slugs and their links; sets their ids."""
    by_uuid = {}
    for d, uuid in zip(datas, new_uuids(len(datas))):
        d.uuid, d.created_at, d.updated_at, d.deleted_at = uuid, now, now, None
        d.version, d.updated_by = 1, editor
        by_uuid[d.uuid] = d
    rows = [{**_values(d), "uuid": d.uuid, "created_at": now, "updated_at": now, "version": 1,
             "updated_by": editor} for d in datas]
    # the database picks the ids (past the largest, or free ones when the largest is taken)
    for new_id, uuid in insert_rows(conn, articles, rows, returning=(A.id, A.uuid)):
        by_uuid[uuid].id = new_id
    write_links(conn, datas)


def update_article(conn: Connection, d: ArticleData, now: datetime, expected: int | None,
                   editor: str) -> int | None:
    """Store ``d`` as the next version of its article, when the library holds version
    ``expected`` (None: whatever it holds). The new version, or None when the library
    holds another one (the row is left as it is: a conflict). Under concurrent saves
    the database's row lock makes the second one see the first's version."""
    q = update(articles).where(A.id == d.id)
    if expected is not None:
        q = q.where(A.version == expected)
    version = conn.execute(q.values(**_values(d), updated_at=now, version=A.version + 1, updated_by=editor)
                           .returning(A.version)).scalar()
    if version is None:
        return None
    for table in _CHILDREN[:3]:
        conn.execute(delete(table).where(table.c.article_id == d.id))
    write_links(conn, [d])
    return version


def write_links(conn: Connection, datas: list[ArticleData]) -> None:
    """The authors (each once, in order), keywords and related links of stored articles."""
    ids = author_ids(conn, [a for d in datas for a in d.authors])
    links, words, slugs = [], [], []
    for d in datas:
        mine = list(dict.fromkeys(ids[_key(a)] for a in d.authors))
        links += [{"article_id": d.id, "author_id": a, "position": i} for i, a in enumerate(mine)]
        words += [{"article_id": d.id, "position": i, "text": k} for i, k in enumerate(d.keywords)]
        slugs += [{"article_id": d.id, "position": i, "target_slug": r} for i, r in enumerate(d.related)]
    for table, values in ((article_authors, links), (article_keywords, words), (related_links, slugs)):
        insert_rows(conn, table, values)


def _key(a: AuthorData) -> tuple:
    return (a.name, a.affiliation, a.orcid, a.email)


def author_ids(conn: Connection, people: list[AuthorData]) -> dict[tuple, int]:
    """The author row of each (name, affiliation, orcid, email): the oldest that exists, or a new one."""
    keys = list(dict.fromkeys(map(_key, people)))
    found: dict[tuple, int] = {}
    c = authors.c
    for names in _chunks(list({k[0] for k in keys})):
        for r in conn.execute(select(c.id, c.name, c.affiliation, c.orcid, c.email)
                              .where(c.name.in_(names)).order_by(c.id)):
            found.setdefault(tuple(r[1:]), r.id)
    new = [dict(zip(("name", "affiliation", "orcid", "email"), k)) for k in keys if k not in found]
    if new:
        q = insert(authors).returning(c.id, c.name, c.affiliation, c.orcid, c.email)
        found.update((tuple(r[1:]), r.id) for r in conn.execute(q, new))
    return found


def set_deleted(conn: Connection, article_id: int, when: datetime | None) -> None:
    conn.execute(update(articles).where(A.id == article_id).values(deleted_at=when))


def purge(conn: Connection, article_id: int) -> None:
    """The article and everything of it (its authors stay, maybe shared)."""
    for table in _CHILDREN:
        conn.execute(delete(table).where(table.c.article_id == article_id))
    conn.execute(delete(articles).where(A.id == article_id))


# -- revisions -----------------------------------------------------------------------
R = revisions.c


def add_revisions(conn: Connection, datas: list[ArticleData], reason: str, named: bool,
                  now: datetime, snapshot: bool = True) -> None:
    """A revision of each article: its content, or SAME_AS_ARTICLE (``snapshot`` False)."""
    conn.execute(insert(revisions), [
        {"article_id": d.id, "created_at": now, "reason": reason, "named": named,
         "snapshot": encode_snapshot(d.content_dict()) if snapshot else SAME_AS_ARTICLE} for d in datas])


def name_revision(conn: Connection, revision_id: int, name: str) -> None:
    conn.execute(update(revisions).where(R.id == revision_id).values(reason=name, named=True))


def materialize_revisions(conn: Connection, article_id: int, old: ArticleData) -> None:
    """Give a revision stored as SAME_AS_ARTICLE its own copy of ``old`` (call before the
    article changes: until then the article's row is that revision's content)."""
    conn.execute(update(revisions).where(R.article_id == article_id, R.snapshot == SAME_AS_ARTICLE)
                 .values(snapshot=encode_snapshot(old.content_dict())))


def prune_revisions(conn: Connection, article_id: int, now: datetime) -> int:
    revs = conn.execute(select(R.id, R.created_at, R.named).where(R.article_id == article_id)).all()
    doomed = revisions_to_prune([tuple(r) for r in revs], now)
    if doomed:
        conn.execute(delete(revisions).where(R.id.in_(doomed)))
    return len(doomed)


def articles_with_revisions(conn: Connection) -> list[int]:
    return conn.execute(select(R.article_id).distinct()).scalars().all()


def revision_list(conn: Connection, article_id: int) -> list[RevisionInfo]:
    q = select(R.id, R.article_id, R.created_at, R.reason, R.named).where(R.article_id == article_id) \
        .order_by(R.created_at.desc(), R.id.desc())
    return [RevisionInfo(*r[:4], bool(r.named)) for r in conn.execute(q)]


def revision(conn: Connection, revision_id: int) -> tuple[int, bytes] | None:
    row = conn.execute(select(R.article_id, R.snapshot).where(R.id == revision_id)).first()
    return (row.article_id, row.snapshot) if row else None
