"""The store's reads in plain SQL on the library's sqlite3 connection.

Part of the store. Everything the window needs to show its first page (the
list, an article, the sections, the journal profile, related articles, images)
is read here without SQLAlchemy, so the program starts without importing it;
the ORM is loaded for the first write (see ``Store.prepare_writes``). The
results equal what the ORM gives (a test compares them).
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from editor_app.core.dto import ArticleData, AssetInfo, AuthorData, ProfileData, RelatedView, RevisionInfo
from editor_app.core.errors import DamagedArticleError

# What reading a damaged row raises: text that is not UTF-8 (sqlite3 raises
# OperationalError while fetching), an impossible date (ValueError), a value
# of the wrong type (TypeError).
ROW_ERRORS = (sqlite3.OperationalError, sqlite3.DataError, ValueError, TypeError, OverflowError)

_ARTICLE_COLUMNS = ("id, uuid, title, subtitle, slug, language, summary, body, section, status, "
                    "published_on, source, doi, license, created_at, updated_at, word_count, deleted_at")


def _datetime(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _article(conn: sqlite3.Connection, row: tuple) -> ArticleData:
    (aid, uuid, title, subtitle, slug, language, summary, body, section, status, published_on,
     source, doi, license_, created_at, updated_at, word_count, deleted_at) = row
    authors = [AuthorData(*r) for r in conn.execute(
        "SELECT au.name, au.affiliation, au.orcid, au.email FROM article_authors aa "
        "JOIN authors au ON au.id = aa.author_id WHERE aa.article_id = ? ORDER BY aa.position", (aid,))]
    keywords = [r[0] for r in conn.execute(
        "SELECT text FROM article_keywords WHERE article_id = ? ORDER BY position", (aid,))]
    related = [r[0] for r in conn.execute(
        "SELECT target_slug FROM related_links WHERE article_id = ? ORDER BY position", (aid,))]
    return ArticleData(
        title=title, subtitle=subtitle, slug=slug, language=language, summary=summary, body=body,
        section=section, status=status,
        published_on=date.fromisoformat(published_on) if published_on else None,
        source=source, doi=doi, license=license_, authors=authors, keywords=keywords, related=related,
        id=aid, uuid=uuid, created_at=_datetime(created_at), updated_at=_datetime(updated_at),
        word_count=word_count, deleted_at=_datetime(deleted_at),
    )


def damage_reason(exc: BaseException) -> str:
    """One line saying what is wrong with a row, for the user."""
    if isinstance(exc, sqlite3.OperationalError) and "decode" in str(exc):
        return "some of its text is not valid UTF-8"
    text = " ".join(str(exc).split())
    return f"a value cannot be read: {text[:120]}" if text else "a value cannot be read"


def _read_article(conn: sqlite3.Connection, where: str, key, article_id: int | None) -> ArticleData | None:
    try:
        row = conn.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE {where} = ?", (key,)).fetchone()
        return _article(conn, row) if row else None
    except ROW_ERRORS as exc:
        if article_id is None:  # find the id without reading the damaged text
            found = conn.execute(f"SELECT id FROM articles WHERE {where} = ?", (key,)).fetchone()
            article_id = found[0] if found else 0
        raise DamagedArticleError(article_id, damage_reason(exc)) from None


def article(conn: sqlite3.Connection, article_id: int) -> ArticleData | None:
    """The article, or None; DamagedArticleError when its row cannot be read."""
    return _read_article(conn, "id", article_id, article_id)


def article_by_slug(conn: sqlite3.Connection, slug: str) -> ArticleData | None:
    return _read_article(conn, "slug", slug, None)


def count(conn: sqlite3.Connection, include_deleted: bool) -> int:
    where = "" if include_deleted else " WHERE deleted_at IS NULL"
    return conn.execute(f"SELECT count(id) FROM articles{where}").fetchone()[0]


def sections(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT section FROM articles WHERE section != '' ORDER BY section")]


def related(conn: sqlite3.Connection, slugs: list[str]) -> list[RelatedView]:
    """The related links in order; the live articles among them with their text."""
    marks = ", ".join("?" * len(slugs))
    found = {r[0]: r for r in conn.execute(
        f"SELECT slug, title, summary, body FROM articles WHERE slug IN ({marks}) AND deleted_at IS NULL",
        slugs)}
    return [RelatedView(slug=s, exists=True, title=found[s][1], summary=found[s][2], body=found[s][3])
            if s in found else RelatedView(slug=s, exists=False) for s in slugs]


def slugs(conn: sqlite3.Connection, base: str) -> set[str]:
    """``base`` and its suffixed forms ``base-...`` that are taken."""
    return {r[0] for r in conn.execute(
        "SELECT slug FROM articles WHERE slug = ? OR slug LIKE ? ESCAPE '\\'",
        (base, base.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "-%"))}


def free_slug(conn: sqlite3.Connection, base: str, exclude_id: int | None = None) -> str:
    """``base`` or the first free ``base-2``, ``base-3``... (the article ``exclude_id`` may keep its own)."""
    taken = slugs(conn, base)
    if exclude_id is not None:
        taken.discard(article_slug(conn, exclude_id))
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def slug_owner(conn: sqlite3.Connection, slug: str, exclude_id: int | None) -> int | None:
    row = conn.execute("SELECT id FROM articles WHERE slug = ? AND id IS NOT ?", (slug, exclude_id)).fetchone()
    return row[0] if row else None


def article_slug(conn: sqlite3.Connection, article_id: int) -> str | None:
    row = conn.execute("SELECT slug FROM articles WHERE id = ?", (article_id,)).fetchone()
    return row[0] if row else None


def profile(conn: sqlite3.Connection) -> ProfileData:
    row = conn.execute("SELECT name, issn, publisher, base_url, default_license "
                       "FROM journal_profile WHERE id = 1").fetchone()
    return ProfileData(*row) if row else ProfileData()


def asset(conn: sqlite3.Connection, article_id: int, filename: str) -> tuple[str, bytes] | None:
    row = conn.execute("SELECT mime_type, data FROM assets WHERE article_id = ? AND filename = ?",
                       (article_id, filename)).fetchone()
    return (row[0], row[1]) if row else None


def assets(conn: sqlite3.Connection, article_id: int) -> list[AssetInfo]:
    return [AssetInfo(*r) for r in conn.execute(
        "SELECT id, article_id, filename, mime_type, sha256, length(data) FROM assets "
        "WHERE article_id = ? ORDER BY id", (article_id,))]


def revisions(conn: sqlite3.Connection, article_id: int) -> list[RevisionInfo]:
    return [RevisionInfo(rid, aid, _datetime(created), reason, bool(named)) for rid, aid, created, reason, named
            in conn.execute("SELECT id, article_id, created_at, reason, named FROM revisions "
                            "WHERE article_id = ? ORDER BY created_at DESC, id DESC", (article_id,))]


def revision(conn: sqlite3.Connection, revision_id: int) -> tuple[int, bytes] | None:
    row = conn.execute("SELECT article_id, snapshot FROM revisions WHERE id = ?", (revision_id,)).fetchone()
    return (row[0], row[1]) if row else None

