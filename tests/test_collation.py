"""Vietnamese alphabetical order: letters first (a ă â b c d đ e ê g h i k l m n o ô ơ p
q r s t u ư v x y), tone marks only break ties; the list, the CLI and the tables of
contents sort that way, statuses in the order of the work."""

from __future__ import annotations

import json
import random

import pytest

from editor_app.core.collation import sort_key, sort_key_bytes

# (each list is in the right order)
ORDERS = [
    ["a", "à", "á", "ả", "ã", "ạ", "ă", "ằ", "ắ", "â", "ấ", "b"],                  # tones only break ties
    ["an", "àn", "ăn", "ân", "bàn"],                                                  # a < ă < â before tones
    ["da", "dừa", "đa", "đà", "đe", "e"],                                              # đ after d, before e
    ["o", "ó", "ô", "ồ", "ơ", "ở", "p"],                                               # o < ô < ơ
    ["u", "ú", "ư", "ừ", "ứ", "v"],                                                    # u < ư
    ["chào", "Chào", "Chào mừng", "Chàom", "Chuyển đổi số"],                           # case (lower first), then words
    ["Đẩy mạnh", "Đồng", "Ê-đê", "Gia", "Welcome", "Xuân", "Yên", "Zalo"],
    ["nga", "ngà", "ngh", "nghĩa", "ngoại"],
    ["thuỷ", "thủy", "thuyền"],
    ["10 năm", "2024", "Ánh"],
]


@pytest.mark.parametrize("words", ORDERS)
def test_the_order(words):
    shuffled = words[:]
    random.Random(len(words)).shuffle(shuffled)
    assert sorted(shuffled, key=sort_key) == words
    assert sorted(shuffled, key=sort_key_bytes) == words   # what the database sorts by


def test_bytes_keep_the_order_of_any_text():
    rng = random.Random(5)
    alphabet = "aàáảãạăâđeêiouơư dĐ-,.3xyzAÂÊÔƯ"
    words = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 8))) for _ in range(2000)]
    assert sorted(words, key=sort_key) == sorted(words, key=sort_key_bytes)


def test_list_sorts_titles_and_statuses(cli, library_location):
    from editor_app.core.dto import ArticleData
    from editor_app.core.library.store import Store

    titles = ["Welcome to the journal", "Đẩy mạnh chuyển đổi số", "Chuyển đổi số", "Chào mừng",
              "Ăn uống", "An toàn", "Ân tình", "Ưu tiên", "Uống trà", "Ơn nghĩa", "Ôn tập", "Ong mật"]
    statuses = ["published", "draft", "approved", "in_review", "draft", "archived", "changes_requested",
                "draft", "published", "draft", "draft", "draft"]
    with Store.open(library_location) as store:
        store.create_articles([ArticleData(title=t, status=s) for t, s in zip(titles, statuses)])
        wanted = sorted(titles, key=sort_key)
        got = store.list_ids(sort="title", descending=False)
        assert [store.get_article(i).title for i in got] == wanted
    assert wanted[:4] == ["An toàn", "Ăn uống", "Ân tình", "Chào mừng"]
    assert wanted.index("Chào mừng") < wanted.index("Chuyển đổi số") < wanted.index("Đẩy mạnh chuyển đổi số") \
        < wanted.index("Welcome to the journal")
    listed = json.loads(cli("--library", str(library_location), "list", "--json", "--sort", "title",
                            check_rc=0).stdout)
    assert [a["title"] for a in listed] == wanted
    text = cli("--library", str(library_location), "list", "--sort", "title", check_rc=0).stdout
    assert [line.split("\t")[3] for line in text.splitlines()] == wanted
    by_status = json.loads(cli("--library", str(library_location), "list", "--json", "--sort", "status",
                               check_rc=0).stdout)
    order = ["draft", "in_review", "changes_requested", "approved", "published", "archived"]
    assert [a["status"] for a in by_status] == sorted(statuses, key=order.index)


def test_the_table_of_contents_sorts_sections(tmp_path):
    from editor_app.core.dto import ArticleData
    from editor_app.core.library.store import Store
    from editor_app.core.publishing.export import index_page

    with Store.open(tmp_path / "l.sqlite") as store:
        arts = [ArticleData(title=f"Bài {i}", slug=f"bai-{i}", section=s)
                for i, s in enumerate(["Đời sống", "Dân tộc", "Ẩm thực", "Âm nhạc", "Ánh sáng"])]
        page = index_page(store, arts)
    order = [page.index(s) for s in ("Ánh sáng", "Âm nhạc", "Ẩm thực", "Dân tộc", "Đời sống")]
    assert order == sorted(order)
