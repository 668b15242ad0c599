"""The store's reads: every path gives the same article, many at a time in few
queries, and every statement is SQLAlchemy Core that PostgreSQL could run too."""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.dialects import postgresql
from sqlalchemy.sql.elements import TextClause

from editor_app.core.library import search_fts5
from editor_app.core.dto import ArticleData, AuthorData, ProfileData
from editor_app.core.importing.importer import import_files
from editor_app.core.library.store import Store

SRC = Path(__file__).resolve().parents[1] / "src" / "editor_app"


def _full(store, report) -> ArticleData:
    return store.create_article(ArticleData(
        title="Đủ trường", subtitle="Phụ", summary="Tóm", body="Thân **bài**", section="Mục A",
        status="approved", published_on=date(2023, 12, 17), source="Báo X", doi="10.1/x", license="CC BY",
        authors=[AuthorData("Lê C", "Viện", "0000-0002-1825-0097", "c@x.vn"), AuthorData("Phạm D")],
        keywords=["một", "hai"], related=["khong-co", report.imported[0][1].slug]))


def test_every_read_path_gives_the_same_article(store, sample_files):
    report = import_files(store, sample_files)
    assert len(report.imported) == 6
    extra = _full(store, report)
    store.trash_article(extra.id)
    store.add_asset(extra.id, "hinh.png", b"\x89PNG fake", "image/png")
    store.set_profile(ProfileData("Tạp chí", "1234-5678", "NXB", "https://x.vn", "CC BY 4.0"))
    ids = [a.id for _, a in report.imported] + [extra.id]
    every = {a.id: a for a in store.all_articles(include_deleted=True)}
    for got in (store.articles(ids), store.articles(reversed(ids))[::-1]):
        assert got == [store.get_article(i) for i in ids] == [every[i] for i in ids]
    for i in ids:
        one = store.get_article(i)
        assert store.get_by_slug(one.slug) == one
        first = store.revisions(i)[-1]  # stored as "same as the article": read through the article
        assert store.revision_content(first.id).content_dict() == one.content_dict()
    got = store.get_article(extra.id)
    assert got.deleted_at is not None and got.published_on == date(2023, 12, 17)
    assert got.authors == [AuthorData("Lê C", "Viện", "0000-0002-1825-0097", "c@x.vn"), AuthorData("Phạm D")]
    assert got.keywords == ["một", "hai"] and got.related[0] == "khong-co"
    related = store.related_articles(got)
    assert [r.exists for r in related] == [False, True] and related[1].title == report.imported[0][1].title
    assert store.get_profile().issn == "1234-5678"
    assert store.get_asset(extra.id, "hinh.png") == ("image/png", b"\x89PNG fake")
    assert [a.filename for a in store.assets(extra.id)] == ["hinh.png"]
    assert store.count() == 6 and store.count(include_deleted=True) == 7
    assert "Mục A" in store.sections()
    assert [a.id for a in store.all_articles()] == ids[:-1]
    assert store.articles([10**9, ids[0]]) == [store.get_article(ids[0])]
    revs = store.revisions(extra.id)
    assert revs and revs[0].article_id == extra.id and revs[0].reason == "created"
    assert store.unique_slug("Đủ trường") == "du-truong-2" and store.unique_slug("Đủ trường", extra.id) == "du-truong"
    assert store.slug_exists("du-truong") and not store.slug_exists("du-truong", extra.id)


class Recorder:
    """Every statement the store sends, as SQLAlchemy objects."""

    def __init__(self, store):
        self.statements = []
        self.engine = store._opened.engine
        event.listen(self.engine, "before_execute", self._seen)

    def _seen(self, conn, clause, multiparams, params, options):
        self.statements.append(clause)

    def close(self):
        event.remove(self.engine, "before_execute", self._seen)


def test_many_articles_come_in_one_query_per_chunk(store):
    made = store.create_articles([ArticleData(title=f"Bài {i}", keywords=[f"k{i}", "chung"],
                                              authors=[AuthorData(f"Tác giả {i % 7}")], related=["x", "y"])
                                  for i in range(1200)])
    ids = [a.id for a in made][::-1]
    rec = Recorder(store)
    try:
        got = store.articles(ids)
        assert len(rec.statements) == 3  # 500 + 500 + 200: authors, keywords, links aggregated
        rec.statements.clear()
        store.get_article(ids[0])
        assert len(rec.statements) == 1
    finally:
        rec.close()
    assert [a.id for a in got] == ids
    assert got[-1].keywords == ["k0", "chung"] and got[-1].related == ["x", "y"]
    assert got[-1].authors == [AuthorData("Tác giả 0")]


def test_a_damaged_article_in_a_bulk_read_is_left_out(library_path):
    with Store.open(library_path) as s:
        ids = [a.id for a in s.create_articles([ArticleData(title=f"Bài {i}") for i in range(30)])]
    conn = sqlite3.connect(library_path)
    conn.execute("UPDATE articles SET title = CAST(X'4261C3FF20C3' AS TEXT) WHERE id = ?", (ids[3],))
    conn.execute("UPDATE articles SET created_at = 'hôm qua' WHERE id = ?", (ids[7],))
    conn.commit()
    conn.close()
    with Store.open(library_path, readonly=True) as s:
        damaged = []
        got = s.articles(ids, on_damaged=damaged.append)
        assert [a.id for a in got] == [i for i in ids if i not in (ids[3], ids[7])]
        assert [(e.article_id, e.reason) for e in damaged] == [
            (ids[3], "some of its text is not valid UTF-8"),
            (ids[7], "a value cannot be read: Invalid isoformat string: 'hôm qua'")]
        assert len(list(s.all_articles(on_damaged=lambda e: None))) == 28


def test_every_statement_is_core_that_postgresql_could_run(store, sample_files):
    """A whole session's statements: SQLAlchemy constructs that compile for PostgreSQL,
    or (the search index's) text of the FTS5 module."""
    rec = Recorder(store)
    try:
        report = import_files(store, sample_files)
        art = _full(store, report)
        art.body += " thêm"
        store.save_article(art, named=True)
        store.add_asset(art.id, "a.png", b"1")
        store.add_asset(art.id, "a.png", b"2")
        store.set_profile(ProfileData("T"))
        store.get_profile()
        copy = store.duplicate_article(art.id)
        store.trash_article(copy.id)
        store.restore_article(copy.id)
        store.list_ids(sort="title", status="draft")
        store.list_ids(search_text="đổi mới")
        store.search("ngoai", deleted=True)
        store.rows(store.list_ids())
        store.related_articles(art)
        store.sections()
        store.unique_slug("Đủ trường")
        store.slug_exists("x", art.id)
        list(store.all_articles())
        store.revision_content(store.revisions(art.id)[-1].id)
        store.prune_revisions()
        store.purge_article(copy.id)
        store.rebuild_search_index()
    finally:
        rec.close()
    from editor_app.core.library import search_pg

    # text only where Core has no construct: FTS5, and the server's planner settings
    fts = {v for m in (search_fts5, search_pg) for v in vars(m).values() if isinstance(v, TextClause)}
    texts = [s for s in rec.statements if isinstance(s, (str, TextClause))]
    allowed = lambda s: s in fts or s == "BEGIN" or (isinstance(s, str) and s.startswith(search_pg.EXPLAIN))  # noqa: E731
    assert all(allowed(s) for s in texts), [str(s) for s in texts if not allowed(s)]
    core = [s for s in rec.statements if not isinstance(s, (str, TextClause))]
    assert len(core) > 50
    for statement in core:
        sql = str(statement.compile(dialect=postgresql.dialect()))
        assert "?" not in sql and "json_group_array" not in sql, sql


@pytest.mark.parametrize("module", ["store.py", "queries.py", "schema.py", "search.py"])
def test_the_store_modules_use_no_raw_sqlite(module):
    source = (SRC / "core" / "library" / module).read_text(encoding="utf-8")
    assert "sqlite3" not in source
    assert not re.search(r"\b(SELECT|INSERT|UPDATE|DELETE)\b.*\?", source)


def test_raw_sqlite_connections_only_where_sqlite_is_the_subject():
    """Opening checks, the WAL check, backups, and the FTS5 repair of SQLite's own schema."""
    allowed = {"core/library/db.py", "core/library/file_checks.py", "core/library/walcheck.py", "core/library/backups.py",
               "core/library/backup_files.py", "core/library/search_fts5.py"}
    users = {str(p.relative_to(SRC)) for p in SRC.rglob("*.py")
             if re.search(r"sqlite3\.connect\(|\.execute\(\"PRAGMA", p.read_text(encoding="utf-8"))}
    assert users <= allowed, users - allowed
