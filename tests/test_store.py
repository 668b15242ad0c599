from datetime import date, datetime, timedelta

import pytest

from editor_app.core.dto import ArticleData, AuthorData, ProfileData
from editor_app.core.errors import InputError
from editor_app.core.library.revisions import revisions_to_prune
from editor_app.core.library.store import Store


def make(store, **kw):
    return store.create_article(ArticleData(**kw))


def test_round_trip_all_fields(store):
    art = make(store, title="Tiêu đề", subtitle="Phụ đề", language="en", summary="Tóm tắt",
               body="Một hai ba", section="Truyền thông", status="in review",
               published_on=date(2023, 12, 17), source="Báo X", doi="10.1234/abc",
               license="CC BY 4.0",
               authors=[AuthorData("Nguyễn A", "Học viện", "0000-0002-1825-0097", "a@x.vn"),
                        AuthorData("Trần B")],
               keywords=["k1", "k2", "k1"], related=["b", "a"])
    got = store.get_article(art.id)
    assert got.title == "Tiêu đề" and got.status == "in_review"
    assert got.published_on == date(2023, 12, 17)
    assert [a.name for a in got.authors] == ["Nguyễn A", "Trần B"]
    assert got.authors[0].orcid == "0000-0002-1825-0097"
    assert got.keywords == ["k1", "k2"]  # duplicates dropped, order kept
    assert got.related == ["b", "a"]
    assert got.word_count == 3
    assert len(got.uuid) == 36


def test_reorder_authors_and_keywords(store):
    art = make(store, title="T", authors=[AuthorData("A"), AuthorData("B")], keywords=["x", "y"])
    art.authors.reverse()
    art.keywords.reverse()
    store.save_article(art)
    got = store.get_article(art.id)
    assert [a.name for a in got.authors] == ["B", "A"]
    assert got.keywords == ["y", "x"]


def test_slug_unique_and_conflict(store):
    a = make(store, title="Đổi mới")
    b = make(store, title="Đổi mới")
    assert (a.slug, b.slug) == ("doi-moi", "doi-moi-2")
    b.slug = "doi-moi"
    with pytest.raises(InputError):
        store.save_article(b)
    assert store.get_article(b.id).slug == "doi-moi-2"


def test_related_resolves_when_target_arrives(store):
    main = make(store, title="Chính", related=["sau-nay", "khong-co"])
    views = store.related_articles(store.get_article(main.id))
    assert [v.exists for v in views] == [False, False]
    make(store, title="Sau này", summary="Tóm tắt sau")
    views = store.related_articles(store.get_article(main.id))
    assert [(v.slug, v.exists, v.summary) for v in views] == [
        ("sau-nay", True, "Tóm tắt sau"), ("khong-co", False, "")]


def test_text_stored_nfc_without_controls(store):
    import unicodedata

    art = make(store, title=unicodedata.normalize("NFD", "Ngoại giao\x07"),
               body=unicodedata.normalize("NFD", "công chúng\x00\r\nsố"))
    got = store.get_article(art.id)
    assert got.title == "Ngoại giao"
    assert got.body == "công chúng\nsố"


def test_trash_restore_purge_duplicate(store):
    a = make(store, title="Bài A", body="nội dung")
    store.add_asset(a.id, "anh.png", b"\x89PNG...")
    store.trash_article(a.id)
    assert store.list_ids() == [] and store.list_ids(deleted=True) == [a.id]
    assert store.search("bai") == []
    store.restore_article(a.id)
    assert store.list_ids() == [a.id]
    dup = store.duplicate_article(a.id)
    assert dup.slug == "bai-a-2" and dup.body == "nội dung"
    assert [x.filename for x in store.assets(dup.id)] == ["anh.png"]
    store.purge_article(a.id)
    assert store.search("noi dung") == [dup.id]


def test_revisions_recorded_and_named(store):
    a = make(store, title="R", body="v1")
    for i in range(3):
        a.body = f"v{i + 2}"
        a = store.save_article(a)
    named = store.save_article(a, reason="Ctrl+S", named=True)
    revs = store.revisions(a.id)
    assert revs[0].named and revs[0].reason == "Ctrl+S"
    assert store.revision_content(revs[0].id).body == named.body
    # all unnamed saves fell in the same minute: only the newest is kept
    assert len([r for r in revs if not r.named]) == 1


def _snapshot_bytes(store, revision_id):
    """The stored bytes, read beside the store (a second connection, on either engine)."""
    from sqlalchemy import select

    from editor_app.core.library.schema import revisions

    with store._opened.engine.connect() as conn:
        return bytes(conn.execute(select(revisions.c.snapshot).where(revisions.c.id == revision_id)).scalar())


def test_first_revision_keeps_the_original_content_after_an_edit(store):
    a, b = store.create_articles([ArticleData(title="Gốc", body="bản gốc", keywords=["một"]),
                                  ArticleData(title="Khác", body="không sửa")], reason="imported")
    [first] = store.revisions(a.id)
    assert first.reason == "imported"
    # stored as "same as the article" until the article changes
    assert _snapshot_bytes(store, first.id) == b""
    assert store.revision_content(first.id).body == "bản gốc"
    a.body, a.title, a.keywords = "bản mới", "Mới", ["hai"]
    store.save_article(a, reason="Ctrl+S", named=True)
    assert _snapshot_bytes(store, first.id) != b""
    old = store.revision_content(first.id)
    assert (old.title, old.body, old.keywords) == ("Gốc", "bản gốc", ["một"])
    newest = store.revisions(a.id)[0]
    assert newest.named and store.revision_content(newest.id).body == "bản mới"
    # the other article's first revision is untouched
    [other] = store.revisions(b.id)
    assert _snapshot_bytes(store, other.id) == b"" and store.revision_content(other.id).body == "không sửa"


def test_unchanged_save_records_nothing(store):
    a = make(store, title="R", body="v1")
    before = len(store.revisions(a.id))
    store.save_article(store.get_article(a.id))
    assert len(store.revisions(a.id)) == before


def test_pruning_schedule():
    now = datetime(2026, 1, 31, 12, 0, 0)
    revs, rid = [], 0
    # every 10 s for 2 h, every 10 min for 3 days, every 6 h for 90 days
    for step, count in ((timedelta(seconds=10), 720), (timedelta(minutes=10), 432),
                        (timedelta(hours=6), 360)):
        t = revs[-1][1] if revs else now
        for _ in range(count):
            t -= step
            rid += 1
            revs.append((rid, t, rid == 5))
    doomed = set(revisions_to_prune(revs, now))
    kept = [r for r in revs if r[0] not in doomed]
    assert 5 not in doomed  # named revisions stay
    hour = [r for r in kept if now - r[1] < timedelta(hours=1) and not r[2]]
    assert len(hour) <= 60 and len({r[1].replace(second=0) for r in hour}) == len(hour)
    day = [r for r in kept if timedelta(hours=1) <= now - r[1] < timedelta(days=1)]
    assert len(day) <= 24
    old = [r for r in kept if now - r[1] >= timedelta(days=30)]
    weeks = {(r[1].isocalendar().year, r[1].isocalendar().week) for r in old}
    assert len(old) == len(weeks)
    assert len(kept) < len(revs) / 5


def test_assets_and_profile(store):
    a = make(store, title="Ảnh")
    info = store.add_asset(a.id, "/some/dir/hình.png", b"one")
    again = store.add_asset(a.id, "hình.png", b"one")
    other = store.add_asset(a.id, "hình.png", b"two")
    assert info.id == again.id and other.filename == "hình-2.png"
    assert store.get_asset(a.id, "hình-2.png") == ("image/png", b"two")
    store.set_profile(ProfileData(name="Tạp chí", issn="1859-1485", base_url="https://x.vn"))
    assert store.get_profile().issn == "1859-1485"


def test_reopen_keeps_everything(library_path):
    s = Store.open(library_path)
    a = s.create_article(ArticleData(title="Giữ lại", body="Nội dung"))
    s.close()
    s = Store.open(library_path)
    try:
        assert s.get_article(a.id).body == "Nội dung"
        assert s.search("giu lai") == [a.id]
    finally:
        s.close()


def test_list_sorting(store):
    for t in ("Bê", "An", "Cê"):
        make(store, title=t)
    titles = lambda ids: [store.rows(ids)[i].title for i in ids]  # noqa: E731
    assert titles(store.list_ids(sort="title", descending=False)) == ["An", "Bê", "Cê"]
    assert titles(store.list_ids(sort="updated")) == ["Cê", "An", "Bê"]


def test_list_order_is_the_databases_order_for_every_key(store, library_path):
    """The ids come aggregated into one string: in exactly the order of a plain
    ORDER BY key, id (ties included), for each sort key, both ways, filtered, limited."""
    import random

    rng = random.Random(3)
    made = store.create_articles([ArticleData(
        title=rng.choice(["Ă", "b", "B", "c", "Đ", ""]) + str(rng.randrange(5)), section=rng.choice(["X", "Y", ""]),
        status=rng.choice(["draft", "published"]), body=" ".join(["từ"] * rng.randrange(4)),
        published_on=rng.choice([None, date(2020, 1, 1), date(2021, 5, 6)])) for _ in range(300)])
    for a in made[::7]:
        store.trash_article(a.id)
    status_order = "CASE status " + " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(
        ["draft", "in_review", "changes_requested", "approved", "published", "archived"])) + " ELSE 6 END"
    columns = {"updated": "updated_at", "title": "title_key", "status": status_order, "section": "section",
               "created": "created_at", "published": "published_on", "words": "word_count"}
    from sqlalchemy import create_engine, text

    # a second connection, on either engine
    engine = store._opened.engine if store.is_server else create_engine(f"sqlite:///{library_path}")
    conn = engine.connect()
    try:
        for sort, column in columns.items():
            for way in ("ASC", "DESC"):
                for status, deleted in ((None, False), ("draft", False), (None, True)):
                    where = f"deleted_at IS {'NOT ' if deleted else ''}NULL" + (" AND status = 'draft'" if status else "")
                    want = [r[0] for r in conn.execute(text(
                        f"SELECT id FROM articles WHERE {where} ORDER BY {column} {way}, id {way}"))]
                    got = store.list_ids(sort=sort, descending=way == "DESC", status=status, deleted=deleted)
                    assert got == want, (sort, way, status, deleted)
                    assert store.list_ids(sort=sort, descending=way == "DESC", status=status, deleted=deleted,
                                          limit=17) == want[:17]
    finally:
        conn.close()
    assert store.list_ids(status="archived") == []


def test_articles_made_together_get_distinct_random_uuids(store):
    import uuid

    made = store.create_articles([ArticleData(title=f"Bài {i}") for i in range(300)])
    ids = [uuid.UUID(a.uuid) for a in made]
    assert len(set(ids)) == 300 and all(u.version == 4 and u.variant == uuid.RFC_4122 for u in ids)
    assert {store.get_article(a.id).uuid for a in made[::50]} == {a.uuid for a in made[::50]}


def test_links_of_every_shape_round_trip_in_one_batch(store):
    """Keywords, related slugs and authors that look like array or SQL syntax (the server takes
    a batch's links as arrays) come back exactly, in order, on both engines."""
    odd = ["NULL", "null", "{a,b}", 'nói "thật"', "back\\slash", "a, b", "(x)", "'; DROP TABLE x; --", "ĐỔI MỚI"]
    arts = [ArticleData(title=f"Liên kết {i}", keywords=odd[i:] + odd[:i], related=[f"bai-{i}", "NULL", "x-{y}"],
                        authors=[AuthorData("NULL"), AuthorData('Trần "Bút" Nghiên', affiliation="{Viện}")])
            for i in range(len(odd))]
    made = store.create_articles(arts)
    for art, got in zip(arts, (store.get_article(a.id) for a in made)):
        assert got.keywords == art.keywords and got.related == art.related
        assert [(a.name, a.affiliation) for a in got.authors] == [("NULL", ""), ('Trần "Bút" Nghiên', "{Viện}")]
