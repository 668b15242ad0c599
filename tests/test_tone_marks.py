"""Tone-mark styles of "oa", "oe", "uy": detection and normalisation."""

from __future__ import annotations

import pytest

from editor_app.core import tone_marks as tm


@pytest.mark.parametrize("old,new", [("hoá", "hóa"), ("thuỷ", "thủy"), ("khoẻ", "khỏe"), ("Hoà", "Hòa"),
                                     ("HOÀ", "HÒA"), ("tuỳ", "tùy"), ("uỷ", "ủy"), ("loè", "lòe"),
                                     ("hoạ", "họa"), ("khoả", "khỏa"), ("thoã", "thõa")])
def test_the_two_styles(old, new):
    assert tm.style_of(old) == tm.OLD and tm.style_of(new) == tm.NEW
    assert tm.restyle(old, tm.NEW) == new and tm.restyle(new, tm.OLD) == old
    assert tm.restyle(old, tm.OLD) == old


@pytest.mark.parametrize("word", ["quý", "quỳnh", "hoàn", "khuyến", "toán", "hoa", "khuya", "người",
                                  "ngoại", "giỏi", "Huy", "oa", "xoay", "mà", "a"])
def test_words_both_styles_write_alike(word):
    assert tm.style_of(word) is None and tm.restyle(word, tm.NEW) == word == tm.restyle(word, tm.OLD)


def test_normalize_touches_only_those_words():
    text = "Văn hoá **Hoà Bình**, thủy lợi; quý khách, hoàn toàn.\n\n- khoẻ"
    assert tm.normalize(text, tm.NEW) == "Văn hóa **Hòa Bình**, thủy lợi; quý khách, hoàn toàn.\n\n- khỏe"
    assert tm.normalize(text, tm.OLD) == "Văn hoá **Hoà Bình**, thuỷ lợi; quý khách, hoàn toàn.\n\n- khoẻ"
    decomposed = "ho\u0061\u0301"   # typed as a + combining acute: stored NFC, restyled the same
    assert tm.normalize(decomposed, tm.NEW) == "hóa"


def test_counts_in_the_main_sample(samples_dir):
    text = (samples_dir / "articles" / "ngoai-giao-cong-chung-trong-ky-nguyen-so.md").read_text(encoding="utf-8")
    counts = tm.count_styles(text)
    assert counts.mixed and counts.old.get("hoá", 0) >= 1 and counts.new.get("hóa", 0) >= 1
    assert "văn hoá" in text and "văn hóa" in text
    assert not tm.count_styles(tm.normalize(text, tm.NEW)).old
    spans = tm.minority_spans(text)
    minority = {text[a:b] for a, b in spans}
    assert minority and all(tm.style_of(w) != tm.majority(counts) for w in minority)
