"""Issues of the journal (số/tập/năm): volume, number, year, title, date, an editor's
note, and their articles in order (SQLAlchemy Core, no Qt).

An issue is named by a key made of its volume, number and year (``v12-n3-2026``),
unique in the library; the command line and the window use it. An article may be in
several issues (a reprint); in one issue once. Positions are kept dense (0, 1, 2...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Connection, delete, func, insert, select, update

from editor_app.core.errors import N_, InputError
from editor_app.core.library.schema import articles, issue_articles, issues, utcnow
from editor_app.core.text import clean_line, slugify

MAX_FIELD = 200


@dataclass
class IssueEntry:
    article_id: int
    slug: str
    title: str
    section: str
    status: str


@dataclass
class IssueData:
    key: str
    volume: str
    number: str
    year: int
    title: str = ""
    published_on: date | None = None
    note: str = ""
    id: int | None = None
    created_at: datetime | None = None
    entries: list[IssueEntry] = field(default_factory=list)

    def label(self) -> str:
        return f"Vol. {self.volume}, No. {self.number} ({self.year})"

    def as_json(self, with_articles: bool = True) -> dict:
        out = {"key": self.key, "volume": self.volume, "number": self.number, "year": self.year,
               "title": self.title, "date": self.published_on.isoformat() if self.published_on else None,
               "note": self.note}
        if with_articles:
            out["articles"] = [{"slug": e.slug, "title": e.title, "section": e.section, "status": e.status}
                               for e in self.entries]
        else:
            out["count"] = len(self.entries)
        return out


def issue_key(volume: str, number: str, year: int) -> str:
    part = (lambda v: slugify(v) or re.sub(r"\W+", "", v) or "x")
    return f"v{part(volume)}-n{part(number)}-{year}"


def _field(value: str, what: str, required: bool = True) -> str:
    text = clean_line(value or "")
    if required and not text:
        raise InputError(N_("the issue needs a {what}", what=what))
    if len(text) > MAX_FIELD:
        raise InputError(N_("the {what} is too long ({MAX_FIELD} characters at most)",
                            what=what, MAX_FIELD=MAX_FIELD))
    return text


def create(store, volume: str, number: str, year: int, title: str = "", published_on: date | None = None,
           note: str = "") -> IssueData:
    volume, number = _field(str(volume), N_("volume")), _field(str(number), N_("number"))
    if not 1000 <= int(year) <= 9999:
        raise InputError(N_("the year {year} is not a four-digit year", year=year))
    key = issue_key(volume, number, int(year))
    with store.writing() as c:
        if c.execute(select(issues.c.id).where(issues.c.key == key)).first() is not None:
            raise InputError(N_("the issue {key} already exists", key=key))
        new_id = c.execute(insert(issues).returning(issues.c.id), {
            "key": key, "volume": volume, "number": number, "year": int(year),
            "title": _field(title, N_("title"), required=False), "published_on": published_on,
            "note": (note or "").strip(), "created_at": utcnow()}).scalar_one()
    return get(store, key) or IssueData(key, volume, number, int(year), id=new_id)


def _row(c: Connection, key: str):
    row = c.execute(select(issues).where(issues.c.key == key)).mappings().first()
    if row is None:
        raise InputError(N_("no issue {key!r} in the library (see: editor-app issue list)", key=key))
    return row


def _entries(c: Connection, issue_id: int) -> list[IssueEntry]:
    rows = c.execute(
        select(articles.c.id, articles.c.slug, articles.c.title, articles.c.section, articles.c.status)
        .join(issue_articles, issue_articles.c.article_id == articles.c.id)
        .where(issue_articles.c.issue_id == issue_id, articles.c.deleted_at.is_(None))
        .order_by(issue_articles.c.position)).all()
    return [IssueEntry(*r) for r in rows]


def _data(c: Connection, row) -> IssueData:
    return IssueData(row["key"], row["volume"], row["number"], row["year"], row["title"], row["published_on"],
                     row["note"], row["id"], row["created_at"], _entries(c, row["id"]))


def get(store, key: str) -> IssueData | None:
    with store.reading() as c:
        row = c.execute(select(issues).where(issues.c.key == key)).mappings().first()
        return _data(c, row) if row is not None else None


def all_issues(store) -> list[IssueData]:
    """Newest first (year, then volume and number as numbers where they are)."""
    with store.reading() as c:
        rows = c.execute(select(issues)).mappings().all()
        found = [_data(c, r) for r in rows]
    return sorted(found, key=lambda i: (-i.year, _natural(i.volume), _natural(i.number)))


def _natural(text: str) -> tuple:
    return tuple(-int(p) if p.isdigit() else 0 for p in re.findall(r"\d+|\D+", text)) or (0,)


def _article_ids(c: Connection, slugs: list[str]) -> list[int]:
    ids = []
    for slug in slugs:
        found = c.execute(select(articles.c.id).where(articles.c.slug == slug, articles.c.deleted_at.is_(None))).first()
        if found is None:
            raise InputError(N_("no article with the slug {slug!r} in the library", slug=slug))
        ids.append(found[0])
    return ids


def add(store, key: str, slugs: list[str]) -> list[str]:
    """Append the articles in the order given (one already in the issue stays where it
    is); returns the slugs added. Nothing changes if one slug is unknown."""
    with store.writing() as c:
        issue_id = _row(c, key)["id"]
        ids = _article_ids(c, list(dict.fromkeys(slugs)))
        present = set(c.execute(select(issue_articles.c.article_id).where(issue_articles.c.issue_id == issue_id)).scalars())
        last = c.execute(select(func.max(issue_articles.c.position)).where(issue_articles.c.issue_id == issue_id)).scalar()
        position = -1 if last is None else last
        added = []
        for slug, article_id in zip(dict.fromkeys(slugs), ids):
            if article_id in present:
                continue
            position += 1
            c.execute(insert(issue_articles), {"issue_id": issue_id, "article_id": article_id, "position": position})
            added.append(slug)
    return added


def remove(store, key: str, slugs: list[str]) -> list[str]:
    """Take the articles out of the issue; returns the slugs that were in it."""
    with store.writing() as c:
        issue_id = _row(c, key)["id"]
        ids = _article_ids(c, list(dict.fromkeys(slugs)))
        removed = []
        for slug, article_id in zip(dict.fromkeys(slugs), ids):
            done = c.execute(delete(issue_articles).where(issue_articles.c.issue_id == issue_id,
                                                          issue_articles.c.article_id == article_id))
            if done.rowcount:
                removed.append(slug)
        _renumber(c, issue_id, [r[0] for r in c.execute(
            select(issue_articles.c.article_id).where(issue_articles.c.issue_id == issue_id)
            .order_by(issue_articles.c.position)).all()])
    return removed


def reorder(store, key: str, slugs: list[str]) -> None:
    """Put the issue's articles in this order (every article of the issue, once)."""
    with store.writing() as c:
        issue_id = _row(c, key)["id"]
        ids = _article_ids(c, slugs)
        present = [r[0] for r in c.execute(select(issue_articles.c.article_id)
                                           .where(issue_articles.c.issue_id == issue_id)).all()]
        if sorted(ids) != sorted(present):
            raise InputError(N_("the new order must hold every article of the issue once"))
        _renumber(c, issue_id, ids)


def _renumber(c: Connection, issue_id: int, ids: list[int]) -> None:
    # two passes: positions stay unique at every step (no unique index is violated midway)
    for i, article_id in enumerate(ids):
        c.execute(update(issue_articles).where(issue_articles.c.issue_id == issue_id,
                                               issue_articles.c.article_id == article_id).values(position=-1 - i))
    for i, article_id in enumerate(ids):
        c.execute(update(issue_articles).where(issue_articles.c.issue_id == issue_id,
                                               issue_articles.c.article_id == article_id).values(position=i))


def update_issue(store, key: str, *, title: str | None = None, published_on: date | None | str = "",
                 note: str | None = None) -> None:
    """Change the title, date (None clears it) or note; volume, number and year make the key."""
    values: dict = {}
    if title is not None:
        values["title"] = _field(title, N_("title"), required=False)
    if published_on != "":
        values["published_on"] = published_on
    if note is not None:
        values["note"] = note.strip()
    if not values:
        return
    with store.writing() as c:
        issue_id = _row(c, key)["id"]
        c.execute(update(issues).where(issues.c.id == issue_id).values(**values))


def delete_issue(store, key: str) -> None:
    """The issue goes; its articles stay in the library."""
    with store.writing() as c:
        issue_id = _row(c, key)["id"]
        c.execute(delete(issue_articles).where(issue_articles.c.issue_id == issue_id))
        c.execute(delete(issues).where(issues.c.id == issue_id))


def issues_of(store, article_id: int) -> list[IssueData]:
    """The issues an article is in (for its JATS volume and issue), without their entries."""
    with store.reading() as c:
        rows = c.execute(select(issues).join(issue_articles, issue_articles.c.issue_id == issues.c.id)
                         .where(issue_articles.c.article_id == article_id)).mappings().all()
        return [IssueData(r["key"], r["volume"], r["number"], r["year"], r["title"], r["published_on"], r["note"],
                          r["id"], r["created_at"]) for r in rows]
