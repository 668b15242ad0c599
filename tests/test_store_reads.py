"""The store's plain-SQL reads give what the ORM gives, and load no SQLAlchemy."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import date

from editor_app.core.dto import ArticleData, AuthorData, ProfileData
from editor_app.core.importer import import_files


def orm_article(store, article_id):
    from sqlalchemy.orm import Session

    from editor_app.core.models import Article
    from editor_app.core.store_orm import FULL, to_data

    with Session(store._opened.engine) as s:
        return to_data(s.get(Article, article_id, options=FULL))


def test_reads_equal_the_orm(store, sample_files):
    report = import_files(store, sample_files)
    assert len(report.imported) == 6
    extra = store.create_article(ArticleData(
        title="Đủ trường", subtitle="Phụ", summary="Tóm", body="Thân **bài**", section="Mục A",
        status="approved", published_on=date(2023, 12, 17), source="Báo X", doi="10.1/x", license="CC BY",
        authors=[AuthorData("Lê C", "Viện", "0000-0002-1825-0097", "c@x.vn"), AuthorData("Phạm D")],
        keywords=["một", "hai"], related=["khong-co", report.imported[0][1].slug]))
    store.trash_article(extra.id)
    store.add_asset(extra.id, "hinh.png", b"\x89PNG fake", "image/png")
    store.set_profile(ProfileData("Tạp chí", "1234-5678", "NXB", "https://x.vn", "CC BY 4.0"))
    ids = [a.id for _, a in report.imported] + [extra.id]
    for i in ids:
        raw = store.get_article(i)
        assert raw == orm_article(store, i)
        assert store.get_by_slug(raw.slug) == raw
        assert store.related_articles(raw) == store.related_articles(orm_article(store, i))
    got = store.get_article(extra.id)
    assert got.deleted_at is not None and got.published_on == date(2023, 12, 17)
    assert [a.name for a in got.authors] == ["Lê C", "Phạm D"] and got.keywords == ["một", "hai"]
    related = store.related_articles(got)
    assert [r.exists for r in related] == [False, True] and related[1].title == report.imported[0][1].title
    assert store.get_profile().issn == "1234-5678"
    assert store.get_asset(extra.id, "hinh.png") == ("image/png", b"\x89PNG fake")
    assert [a.filename for a in store.assets(extra.id)] == ["hinh.png"]
    assert store.count() == 6 and store.count(include_deleted=True) == 7
    assert "Mục A" in store.sections()
    assert [a.id for a in store.all_articles()] == ids[:-1]
    assert [a.id for a in store.all_articles(include_deleted=True)] == ids
    revs = store.revisions(extra.id)
    assert revs and revs[0].article_id == extra.id and revs[0].reason == "created"
    assert store.unique_slug("Đủ trường") == "du-truong-2" and store.unique_slug("Đủ trường", extra.id) == "du-truong"
    assert store.slug_exists("du-truong") and not store.slug_exists("du-truong", extra.id)


def test_showing_a_library_loads_no_sqlalchemy(library_path, sample_files):
    from editor_app.core.store import Store

    with Store.open(library_path) as s:
        import_files(s, sample_files)
    code = textwrap.dedent(f"""
        import sys
        from editor_app.core.store import Store
        s = Store.open({str(library_path)!r})
        ids = s.list_ids()
        s.rows(ids[:50]); a = s.get_article(ids[0]); s.related_articles(a); s.sections()
        s.count(); s.get_profile(); s.search("ngoai giao"); s.revisions(ids[0])
        print("sqlalchemy" in sys.modules)
        s.prepare_writes()
        print("sqlalchemy" in sys.modules)
        a.title += " (sửa)"
        s.save_article(a)
        s.close()
        print(Store.open({str(library_path)!r}).get_article(ids[0]).title.endswith("(sửa)"))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.split() == ["False", "True", "True"], out.stderr
