import unicodedata

import pytest

from editor_app.core.dto import ArticleData, AuthorData


@pytest.fixture
def lib(store):
    ids = {}
    ids["title"] = store.create_article(ArticleData(title="Đổi mới báo chí", body="Nội dung khác")).id
    ids["body"] = store.create_article(ArticleData(title="Bài khác", body="Công cuộc đổi mới đất nước")).id
    ids["kw"] = store.create_article(ArticleData(title="Chuyên đề", keywords=["ngoại giao công chúng"])).id
    ids["author"] = store.create_article(ArticleData(title="Tác giả", authors=[AuthorData("Đặng Thùy Trâm")])).id
    ids["summary"] = store.create_article(ArticleData(title="Tóm", summary="Thương hiệu khởi nghiệp")).id
    return store, ids


@pytest.mark.parametrize("query", ["doi moi", "ĐỔI MỚI", "đổi mới", unicodedata.normalize("NFD", "đổi mới"),
                                   "Doi Moi", "dổi mơi"])
def test_folded_queries_find_doi_moi(lib, query):
    store, ids = lib
    found = store.search(query)
    assert found[:2] == [ids["title"], ids["body"]]  # title match ranked first


def test_d_is_folded_both_ways(lib):
    store, ids = lib
    assert store.search("dang thuy tram") == [ids["author"]]
    assert store.search("ĐẶNG") == [ids["author"]]


def test_prefix_as_you_type(lib):
    store, ids = lib
    assert ids["kw"] in store.search("ng")
    assert store.search("ngoai gi") == [ids["kw"]]
    assert store.search("thuong hieu khoi") == [ids["summary"]]


def test_fts_syntax_is_inert(lib):
    store, _ = lib
    for q in ['"', "AND OR NOT", "title:x", "(", "*", "NEAR(a b)", "-x", "^"]:
        store.search(q)  # must not raise


def test_search_follows_edits(lib):
    store, ids = lib
    art = store.get_article(ids["title"])
    art.title = "Tiêu đề mới"
    store.save_article(art)
    assert ids["title"] not in store.search("bao chi")
    assert store.search("tieu de") == [ids["title"]]


def test_rebuild_index(lib):
    store, ids = lib
    store.rebuild_search_index()
    assert store.search("doi moi")[:2] == [ids["title"], ids["body"]]


def test_status_filter(lib):
    store, ids = lib
    art = store.get_article(ids["body"])
    art.status = "published"
    store.save_article(art)
    assert store.search("doi moi", status="published") == [ids["body"]]
    assert store.list_ids(status="published") == [ids["body"]]


def test_the_server_index_folds_each_distinct_piece_as_the_whole_text_would_be_folded():
    """search_pg folds each distinct piece of text once per process (cached); the words it
    indexes are exactly the words (letters and digits) of every field folded whole."""
    from editor_app.core.library import search_pg
    from editor_app.core.library.search import document

    hard = ("ΟΔΟΣ Σίσυφος ĐẠI Đức đổi-mới ðÐ İstanbul straße ﬁnal ǅem ᾼ Ω x\u00a0y "
            "a\u2028b c\u2029d e\x1cf (chuyển) «đổi» số,số. HOÀ hoà hòa Q\u0301 ")
    arts = [ArticleData(id=1, title="Ngoại giao công chúng", summary=hard, body=hard * 3,
                        keywords=["đổi mới", "ΟΔΟΣ"], authors=[AuthorData(name="Đặng Thùy Trâm")]),
            ArticleData(id=2, title=hard, body="Đổi mới\n\ncông chúng " * 50)]
    for art in arts * 2:   # the second time from the cache
        whole = {w for value in document(art).values() for w in search_pg.words(value)}
        title, doc = search_pg._texts(art)
        assert set(doc.split()) == whole and len(doc.split()) == len(whole)
        assert title == " ".join(search_pg.words(document(art)["title"]))
    assert {"οδος", "doi", "moi", "hoa", "chuyen"} <= whole and "(chuyen)" not in whole


def test_words_of_every_shape_are_found_and_a_word_too_long_to_index_harms_nothing(store):
    """Addresses, numbers, hyphenated and very long words, on both engines: every word of
    letters and digits is found; a 3,000-letter one (past PostgreSQL's longest lexeme) by
    its first letters."""
    giant = "ư" * 3_000
    body = (f"Xem https://toasoan.example.org/bai-viet/so-3.html, thư ban.bientap@example.vn, "
            f"tỉ lệ 3,14 và 2.718; đổi-mới và {giant} cuối")
    made = store.create_article(ArticleData(title="Hình dạng của từ", body=body))
    for query in ("toasoan", "example org", "bai viet so 3", "bientap", "3 14", "718", "đổi mới", "cuối",
                  "ư" * 400):
        assert made.id in store.search(query), query
