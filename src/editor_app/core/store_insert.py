"""Creating many articles at once with batched Core inserts (import, duplicates).

Part of the store. The ORM path spent ~90% of an import outside SQLite; this
writes the same rows (a test compares them) in a few statements per batch.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from editor_app.core import search
from editor_app.core.dto import ArticleData
from editor_app.core.models import Article, Author, new_uuid
from editor_app.core.revisions import SAME_AS_ARTICLE
from editor_app.core.text import slugify

INSERT_FTS = text(
    "INSERT INTO article_search(rowid, title, subtitle, summary, body, keywords, authors) "
    "VALUES (:rowid, :title, :subtitle, :summary, :body, :keywords, :authors)"
)
_COLUMNS = ("title", "subtitle", "slug", "language", "summary", "body", "section", "status",
            "published_on", "source", "doi", "license")


MAX_ROWID = 2**63 - 1


def new_ids(raw, table: str, n: int) -> list[int]:
    """``n`` unused ids for ``table``: after the largest, or (when a row holds
    the largest possible id) the lowest free ones."""
    top = raw.execute(f"SELECT MAX(id) FROM {table}").fetchone()[0] or 0
    if top <= MAX_ROWID - n:
        return list(range(top + 1, top + 1 + n))
    out: list[int] = []
    expected = 1
    for (used,) in raw.execute(f"SELECT id FROM {table} WHERE id > 0 ORDER BY id"):
        while expected < used and len(out) < n:
            out.append(expected)
            expected += 1
        if len(out) == n:
            return out
        expected = used + 1
    if len(out) < n:
        from editor_app.core.errors import LibraryError

        raise LibraryError(f"the library has no free {table} numbers left")
    return out


def index_values(article_id: int, data: ArticleData) -> dict:
    vals = search.index_values(data.title, data.subtitle, data.summary, data.body,
                               data.keywords, [a.name for a in data.authors])
    vals["rowid"] = article_id
    return vals


def free_slugs(s: Session, datas: list[ArticleData]) -> list[str]:
    """A unique slug for each article (suffix -2, -3... on a clash)."""
    bases = [slugify(d.slug or d.title) or "bai-viet" for d in datas]
    taken = set(s.scalars(select(Article.slug).where(Article.slug.in_(set(bases)))))
    out = []
    for base in bases:
        slug, n = base, 2
        while slug in taken:
            if n == 2:  # first clash: load every suffixed form of this base once (index range)
                taken |= set(s.scalars(select(Article.slug).where(
                    Article.slug >= base + "-", Article.slug < base + ".")))
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        out.append(slug)
    return out


def author_ids(s: Session, datas: list[ArticleData]) -> dict[tuple, int]:
    """Existing or new author rows for every (name, affiliation, orcid, email)."""
    keys = list(dict.fromkeys((a.name, a.affiliation, a.orcid, a.email) for d in datas for a in d.authors))
    names = list({k[0] for k in keys})
    found: dict[tuple, int] = {}
    for start in range(0, len(names), 500):
        q = select(Author.id, Author.name, Author.affiliation, Author.orcid, Author.email) \
            .where(Author.name.in_(names[start:start + 500])).order_by(Author.id)
        for r in s.execute(q):
            found.setdefault((r.name, r.affiliation, r.orcid, r.email), r.id)
    new = [k for k in keys if k not in found]
    if new:
        raw = s.connection().connection.driver_connection
        ids = new_ids(raw, "authors", len(new))
        raw.executemany("INSERT INTO authors (id, name, affiliation, orcid, email) VALUES (?, ?, ?, ?, ?)",
                        [(i, *k) for i, k in zip(ids, new)])
        found.update(zip(new, ids))
    return found


def insert_articles(s: Session, datas: list[ArticleData], reason: str, now: datetime) -> None:
    """Insert normalised articles with their links, first revision and index entry.

    The first revision is stored as SAME_AS_ARTICLE: the article row is its
    content until the article first changes.
    """
    for d, slug in zip(datas, free_slugs(s, datas)):
        d.slug = slug
    authors = author_ids(s, datas)
    raw = s.connection().connection.driver_connection
    stamp = now.strftime("%Y-%m-%d %H:%M:%S.%f")  # SQLAlchemy's SQLite DateTime format
    articles, links, kws, rels, revs, fts_rows = [], [], [], [], [], []
    for aid, d in zip(new_ids(raw, "articles", len(datas)), datas):
        uuid = new_uuid()
        articles.append((aid, uuid, *[getattr(d, k) for k in _COLUMNS[:8]],
                         d.published_on.isoformat() if d.published_on else None,
                         d.source, d.doi, d.license, stamp, stamp, d.word_count))
        seen: list[int] = []
        for a in d.authors:
            au = authors[(a.name, a.affiliation, a.orcid, a.email)]
            if au not in seen:
                links.append((aid, au, len(seen)))
                seen.append(au)
        kws += [(aid, i, k) for i, k in enumerate(d.keywords)]
        rels += [(aid, i, r) for i, r in enumerate(d.related)]
        revs.append((aid, stamp, reason, 0, SAME_AS_ARTICLE))
        fts_rows.append(index_values(aid, d))
        d.id, d.uuid, d.created_at, d.updated_at, d.deleted_at = aid, uuid, now, now, None
    raw.executemany(
        f"INSERT INTO articles (id, uuid, {', '.join(_COLUMNS)}, created_at, updated_at, word_count) "
        f"VALUES ({', '.join('?' * (len(_COLUMNS) + 5))})", articles)
    raw.executemany("INSERT INTO article_authors (article_id, author_id, position) VALUES (?, ?, ?)", links)
    raw.executemany("INSERT INTO article_keywords (article_id, position, text) VALUES (?, ?, ?)", kws)
    raw.executemany("INSERT INTO related_links (article_id, position, target_slug) VALUES (?, ?, ?)", rels)
    raw.executemany("INSERT INTO revisions (article_id, created_at, reason, named, snapshot) "
                    "VALUES (?, ?, ?, ?, ?)", revs)
    raw.executemany(
        "INSERT INTO article_search(rowid, title, subtitle, summary, body, keywords, authors) "
        "VALUES (:rowid, :title, :subtitle, :summary, :body, :keywords, :authors)", fts_rows)

