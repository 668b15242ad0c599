"""ORM mapping between Article rows and ArticleData, used by the store's writes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select, text, update
from sqlalchemy.orm import Session, selectinload

from editor_app.core.dto import ArticleData, AuthorData
from editor_app.core.models import Article, ArticleAuthor, Author, Keyword, RelatedLink, Revision
from editor_app.core.revisions import SAME_AS_ARTICLE, encode_snapshot, revisions_to_prune
from editor_app.core.store_insert import INSERT_FTS, index_values

DELETE_FTS = text(
    "INSERT INTO article_search(article_search, rowid, title, subtitle, summary, body, keywords, authors) "
    "VALUES ('delete', :rowid, :title, :subtitle, :summary, :body, :keywords, :authors)"
)


FULL = (
    selectinload(Article.author_links).joinedload(ArticleAuthor.author),
    selectinload(Article.keywords),
    selectinload(Article.related),
)


def to_data(art: Article) -> ArticleData:
    return ArticleData(
        title=art.title, subtitle=art.subtitle, slug=art.slug, language=art.language,
        summary=art.summary, body=art.body, section=art.section, status=art.status,
        published_on=art.published_on, source=art.source, doi=art.doi, license=art.license,
        authors=[AuthorData(l.author.name, l.author.affiliation, l.author.orcid, l.author.email)
                 for l in art.author_links],
        keywords=[k.text for k in art.keywords],
        related=[r.target_slug for r in art.related],
        id=art.id, uuid=art.uuid, created_at=art.created_at, updated_at=art.updated_at,
        word_count=art.word_count, deleted_at=art.deleted_at,
    )


def finish_data(data: ArticleData, art: Article) -> ArticleData:
    data.id, data.uuid = art.id, art.uuid
    data.created_at, data.updated_at = art.created_at, art.updated_at
    data.word_count, data.deleted_at = art.word_count, art.deleted_at
    return data


def find_or_add_author(s: Session, a: AuthorData) -> Author:
    found = s.scalar(select(Author).where(
        Author.name == a.name, Author.affiliation == a.affiliation,
        Author.orcid == a.orcid, Author.email == a.email).limit(1))
    if found is None:
        found = Author(name=a.name, affiliation=a.affiliation, orcid=a.orcid, email=a.email)
        s.add(found)
        s.flush()
    return found


def copy_into(s: Session, art: Article, data: ArticleData) -> None:
    for name in ("title", "subtitle", "slug", "language", "summary", "body", "section",
                 "status", "published_on", "source", "doi", "license"):
        setattr(art, name, getattr(data, name))
    art.word_count = data.word_count
    if art.id is not None:
        # replace ordered children wholesale; flush deletes before inserts
        for rel in (art.author_links, art.keywords, art.related):
            rel.clear()
        s.flush()
    seen_authors = set()
    links = []
    for a in data.authors:
        author = find_or_add_author(s, a)
        if author.id in seen_authors:
            continue
        seen_authors.add(author.id)
        links.append(ArticleAuthor(author=author, position=len(links)))
    art.author_links.extend(links)
    art.keywords.extend(Keyword(position=i, text=k) for i, k in enumerate(data.keywords))
    art.related.extend(RelatedLink(position=i, target_slug=r) for i, r in enumerate(data.related))


def add_to_index(s: Session, art: Article, data: ArticleData) -> None:
    s.execute(INSERT_FTS, index_values(art.id, data))


def remove_from_index(s: Session, article_id: int, old: ArticleData) -> None:
    s.execute(DELETE_FTS, index_values(article_id, old))


def add_revision(s: Session, article_id: int, data: ArticleData, reason: str,
                  named: bool, now: datetime) -> None:
    s.add(Revision(article_id=article_id, created_at=now, reason=reason, named=named,
                   snapshot=encode_snapshot(data.content_dict())))


def materialize_revisions(s: Session, article_id: int, old: ArticleData) -> None:
    """Give a revision stored as "same as the article" its own copy of ``old``.

    Bulk creation stores the first revision of each article empty: until the
    article first changes, its content *is* that revision (see
    :data:`SAME_AS_ARTICLE`). Call this before the article's row changes.
    """
    ids = list(s.scalars(select(Revision.id).where(Revision.article_id == article_id,
                                                   Revision.snapshot == SAME_AS_ARTICLE)))
    if ids:
        s.execute(update(Revision).where(Revision.id.in_(ids))
                  .values(snapshot=encode_snapshot(old.content_dict())))


def prune_article(s: Session, article_id: int, now: datetime) -> int:
    revs = s.execute(select(Revision.id, Revision.created_at, Revision.named)
                     .where(Revision.article_id == article_id)).all()
    doomed = revisions_to_prune([tuple(r) for r in revs], now)
    if doomed:
        s.execute(delete(Revision).where(Revision.id.in_(doomed)))
    return len(doomed)
