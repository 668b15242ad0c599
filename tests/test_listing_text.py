"""``list --json``'s texts, written by the database (core/library/listing_text.py), are the
bytes the Python way writes (``json.dumps(ensure_ascii=False, indent=2)`` of each
article's fields) on both engines, whatever the fields hold; a row SQLite cannot vouch
for is read the Python way, written if it can be read and left out if not."""

from __future__ import annotations

import json
from datetime import date

import pytest

from editor_app import cli
from editor_app.core.dto import ArticleData, AuthorData
from editor_app.core.library import listing
from editor_app.core.library.json_layout import ArrayWriter
from pg_support import execute_beside

ODD = "ạđĐữ\u2028\u2029\x7f\x01\x1f\b\f\"\\é😀\u200b\ufeff\t\r\n/<>&'%s%%"


def _listed(store, **kw) -> bytes:
    out: list[bytes] = []
    writer = ArrayWriter(out.append)
    damaged: list = []
    store.listing(writer.write, on_damaged=damaged.append, **kw)
    writer.close()
    assert not damaged
    return b"".join(out)


def _python_way(store, ids: list[int], body: bool = False) -> bytes:
    items = [{k: v for k, v in cli.article_json(a).items() if body or k != "body"} for a in store.articles(ids)]
    return (json.dumps(items, ensure_ascii=False, indent=2) + "\n").encode()


def _engine(store) -> str:
    return store._opened.engine.dialect.name


def _odd_articles(store) -> list[int]:
    made = store.create_articles([
        ArticleData(title=f"Tiêu đề {ODD} {i}", subtitle=ODD[i:], summary=ODD * 3, section=ODD[:5],
                    source=f"Nguồn: {ODD}", doi=f"10.1/{i}", license=ODD[::-1], body=f"Thân {ODD}\n" * 3,
                    language="vi" if i % 2 else "en", status="published" if i % 3 else "draft",
                    published_on=date(2024, 2, 29) if i % 2 else None,
                    keywords=[f"từ {ODD[j:j + 3]}" for j in range(i % 4)],
                    authors=[AuthorData(f"Tác giả {ODD[j]}", ODD[:j], "", f"a{j}@x.vn") for j in range(i % 3)],
                    related=[f"bai-{i}-{j}" for j in range(i % 5)])
        for i in range(12)])
    return [a.id for a in made]


def test_the_database_writes_what_python_writes(store, monkeypatch):
    ids = _odd_articles(store)
    stored = {a.id: a.keywords for a in store.articles(ids)}
    # times with no microseconds (isoformat leaves them out), children stored out of order
    if _engine(store) == "sqlite":
        execute_beside(store, "UPDATE articles SET created_at = substr(created_at, 1, 19) || '.000000' "
                              "WHERE id % 2 = 0")
    else:
        execute_beside(store, "UPDATE articles SET created_at = date_trunc('second', created_at) WHERE id % 2 = 0")
    execute_beside(store, "UPDATE article_keywords SET position = 100 - position")
    execute_beside(store, "UPDATE related_links SET position = 100 - position")
    execute_beside(store, "UPDATE article_authors SET position = 100 - position")
    order = store.list_ids()
    assert set(order) == set(ids)
    python_way = _python_way(store, order)

    def not_here(row):
        raise AssertionError(f"article {row.id} was read the Python way")
    with monkeypatch.context() as m:   # every row sound: the database wrote every text
        m.setattr(listing, "_item", not_here)
        assert _listed(store) == python_way
    assert _listed(store, body=True) == _python_way(store, order, body=True)
    found = store.search("tiêu đề", limit=None)
    assert found and _listed(store, search_text="tiêu đề") == _python_way(store, found)
    data = json.loads(_listed(store))
    reordered = next(a for a in data if len(a["keywords"]) == 3)
    assert reordered["keywords"] == stored[reordered["id"]][::-1]   # by position, now reversed
    assert any(not a["created_at"].count(".") for a in data) and any(a["created_at"].count(".") for a in data)


@pytest.mark.parametrize("sql, shown", [
    ("UPDATE articles SET published_on = '2024-1-5' WHERE id = :id", None),   # not ISO: Python cannot read it
    ("UPDATE articles SET created_at = '2024-02-03 10:00:00' WHERE id = :id", "2024-02-03T10:00:00"),
    ("UPDATE articles SET updated_at = '2024-02-03T10:00:00.5' WHERE id = :id", "2024-02-03T10:00:00.500000"),
    ("UPDATE articles SET published_on = '2024-02-30' WHERE id = :id", None),   # SQLite's date() takes it
    ("UPDATE articles SET created_at = '2024-02-30 10:00:00.000000' WHERE id = :id", None),
    ("UPDATE articles SET updated_at = '2024-02-28 23:59:59.999999' WHERE id = :id", "2024-02-28T23:59:59.999999"),
    ("UPDATE articles SET word_count = 'nhiều' WHERE id = :id", '"word_count": "nhiều"'),   # as Python reads it
    ("UPDATE articles SET published_on = '2023-02-29' WHERE id = :id", None),
])
def test_a_row_sqlite_cannot_vouch_for_is_read_the_python_way(sqlite_store, sql, shown):
    store = sqlite_store
    ids = _odd_articles(store)
    execute_beside(store, sql, id=ids[3])
    out: list[bytes] = []
    damaged: list = []
    writer = ArrayWriter(out.append)
    store.listing(writer.write, on_damaged=damaged.append)
    writer.close()
    listed = {a["id"]: a for a in json.loads(b"".join(out))}
    plain: list = []
    store.listing(plain.extend, brief=True, on_damaged=lambda e: None)
    if shown is None:   # damaged: left out of both listings and reported
        assert [e.article_id for e in damaged] == [ids[3]]
        assert set(listed) == set(ids) - {ids[3]} and {r[0] for r in plain} == set(ids) - {ids[3]}
        return
    assert not damaged and set(listed) == set(ids) and {r[0] for r in plain} == set(ids)
    assert shown in json.dumps(listed[ids[3]], ensure_ascii=False)
    assert b"".join(out) == _python_way(store, store.list_ids())
