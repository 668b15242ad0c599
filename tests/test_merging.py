"""Three-way merge of two editors' versions (core/library/merging.py)."""

from __future__ import annotations

import random

import pytest

from editor_app.core.dto import ArticleData, AuthorData
from editor_app.core.library.merging import merge_articles, merge_text

BASE = "Đoạn một nói về ngoại giao.\n\nĐoạn hai nói về báo chí.\n\nĐoạn ba kết luận."


def test_changes_to_different_paragraphs_merge_on_their_own():
    mine = BASE.replace("Đoạn một", "Phần mở đầu")
    theirs = BASE.replace("kết luận", "tổng kết lại")
    result = merge_text(BASE, mine, theirs)
    assert result.conflicts == 0
    assert result.text == "Phần mở đầu nói về ngoại giao.\n\nĐoạn hai nói về báo chí.\n\nĐoạn ba tổng kết lại."


def test_insertions_deletions_and_the_same_change_on_both_sides():
    mine = BASE + "\n\nĐoạn bốn mới."
    theirs = BASE.replace("Đoạn hai nói về báo chí.\n\n", "")
    assert merge_text(BASE, mine, theirs).text == \
        "Đoạn một nói về ngoại giao.\n\nĐoạn ba kết luận.\n\nĐoạn bốn mới."
    same = BASE.replace("báo chí", "truyền thông")
    assert merge_text(BASE, same, same).text == same
    assert merge_text(BASE, BASE, same).text == same and merge_text(BASE, same, BASE).text == same


def test_changes_to_the_same_passage_conflict_and_keep_both():
    mine = BASE.replace("báo chí", "báo in")
    theirs = BASE.replace("báo chí", "báo điện tử")
    result = merge_text(BASE, mine, theirs, "theirs (Lan)")
    assert result.conflicts == 1
    assert "<<<<<<< mine\n" in result.text and ">>>>>>> theirs (Lan)\n" in result.text
    assert "báo in" in result.text and "báo điện tử" in result.text
    assert result.text.startswith("Đoạn một nói về ngoại giao.") and result.text.endswith("Đoạn ba kết luận.")


@pytest.mark.parametrize("seed", range(30))
def test_random_edits_to_separate_paragraphs_always_merge_cleanly(seed):
    rng = random.Random(seed)
    words = "một hai ba bốn năm sáu bảy tám chín mười đổi mới báo chí".split()
    paragraphs = [" ".join(rng.choice(words) for _ in range(rng.randint(5, 30))) for _ in range(12)]
    base = "\n\n".join(paragraphs)
    mine_idx = set(rng.sample(range(0, 12, 2), 3))
    theirs_idx = set(rng.sample(range(1, 12, 2), 3))

    def edit(idx):
        return "\n\n".join(p + " (sửa)" if i in idx else p for i, p in enumerate(paragraphs))

    result = merge_text(base, edit(mine_idx), edit(theirs_idx))
    assert result.conflicts == 0
    assert result.text == edit(mine_idx | theirs_idx)


def test_articles_merge_field_by_field():
    base = ArticleData(title="Gốc", body=BASE, summary="Tóm tắt", keywords=["a"], version=3, id=1,
                       authors=[AuthorData("An")])
    mine = ArticleData(**{**vars(base), "title": "Tiêu đề của tôi", "body": BASE.replace("Đoạn một", "Mở đầu")})
    theirs = ArticleData(**{**vars(base), "keywords": ["a", "b"], "version": 4, "updated_by": "Lan",
                            "body": BASE.replace("kết luận", "tổng kết")})
    result = merge_articles(base, mine, theirs)
    assert result.clean
    art = result.article
    assert (art.title, art.keywords, art.version) == ("Tiêu đề của tôi", ["a", "b"], 4)
    assert art.body == BASE.replace("Đoạn một", "Mở đầu").replace("kết luận", "tổng kết")
    both = ArticleData(**{**vars(theirs), "title": "Tiêu đề của Lan"})
    clash = merge_articles(base, mine, both)
    assert clash.conflicts == ["title"] and clash.article.title == "Tiêu đề của tôi"
