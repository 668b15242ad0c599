"""A library written by a released version opens, upgrades and reads back every field.

tests/fixtures/release-library.sqlite was made by the store before it moved to
SQLAlchemy Core (see tests/fixtures/make_release_library.py), and
release-library.json is everything that version read back from it.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from editor_app.core.library import db
from editor_app.core.dto import ArticleData
from editor_app.core.library.store import Store

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _maker():
    spec = importlib.util.spec_from_file_location("make_release_library", FIXTURES / "make_release_library.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def release(tmp_path) -> Path:
    copy = tmp_path / "release.sqlite"
    shutil.copyfile(FIXTURES / "release-library.sqlite", copy)
    return copy


@pytest.fixture(scope="module")
def wanted() -> dict:
    return json.loads((FIXTURES / "release-library.json").read_text(encoding="utf-8"))


def test_the_fixture_is_what_the_release_made(wanted):
    assert (FIXTURES / "release-library.sqlite").stat().st_size < 200_000
    conn = sqlite3.connect(f"file:{FIXTURES / 'release-library.sqlite'}?mode=ro&immutable=1", uri=True)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0004"
        snapshots = dict(conn.execute("SELECT id, length(snapshot) FROM revisions").fetchall())
    finally:
        conn.close()
    # the cases the test is about: a first revision still stored as "same as the article"
    # (never edited), one given its own copy by a later edit, a trashed article, assets
    assert snapshots[2] == 0 and snapshots[1] > 0
    assert wanted["ids_trashed"] and wanted["count_all"] == wanted["count"] + 1
    assert sum(len(a["assets"]) for a in wanted["articles"].values()) == 4


@pytest.mark.parametrize("readonly", [False, True])
def test_every_field_reads_back(release, wanted, readonly):
    with Store.open(release, readonly=readonly) as store:
        got = _maker().expected(store)
    for key in wanted:
        if key == "profile":   # a field added since (0008): the release kept no tone-mark style
            assert got[key].pop("tone_style") == ""
        if key != "articles":
            assert got[key] == wanted[key], key
    assert got["articles"].keys() == wanted["articles"].keys()
    for article_id, parts in wanted["articles"].items():
        for part, value in parts.items():
            mine = got["articles"][article_id][part]
            if part == "article":   # fields added since (0006): every old article is version 1, by nobody
                assert (mine.pop("version"), mine.pop("updated_by")) == (1, "")
            assert mine == value, (article_id, part)


def test_it_upgrades_to_head_and_takes_writes(release, wanted):
    with Store.open(release) as store:
        never_edited = store.get_article(2)
        first_rev = store.revisions(2)[-1]
        assert store.revision_content(first_rev.id) == ArticleData.from_content_dict(
            never_edited.content_dict())
        never_edited.title = "Ngoại giao công chúng (sửa)"
        store.save_article(never_edited, named=True)  # named: pruning leaves the first one alone
        # the "same as the article" revision kept the release's content
        assert store.revision_content(first_rev.id).title == "Ngoại giao công chúng"
        made = store.create_article(ArticleData(title="Bài mới sau nâng cấp", keywords=["mới"]))
        assert store.search("nang cap") == [made.id]
        assert store.count() == wanted["count"] + 1
        store.purge_article(3)
        assert store.count(include_deleted=True) == wanted["count_all"]
    conn = sqlite3.connect(release)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == db.head_revision()
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("SELECT count(*) FROM revisions WHERE article_id = 3").fetchone()[0] == 0
    finally:
        conn.close()


@pytest.mark.parametrize("body", [True, False])
def test_cli_list_json_gives_every_field(release, wanted, cli, body):
    """``list --json --body``: every field; ``list --json``: every field but the text."""
    out = cli("list", "--library", str(release), "--json", *(["--body"] if body else []), check_rc=0)
    listed = json.loads(out.stdout)
    live = [wanted["articles"][str(i)]["article"] for i in wanted["ids_created"]]
    expected = []
    for art in sorted(live, key=lambda a: (a["updated_at"], a["id"]), reverse=True):
        item = {k: v for k, v in art.items() if k != "deleted_at" and (body or k != "body")}
        expected.append(item)
    assert listed == expected
    found = json.loads(cli("list", "--library", str(release), "--json", "--search", "ngoại giao",
                           check_rc=0).stdout)
    assert [a["id"] for a in found] == [i for i in wanted["search"]["NGOẠI GIAO"]
                                        if i not in wanted["ids_trashed"]]
