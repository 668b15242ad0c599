import re
import unicodedata

import pytest

from editor_app.core.text import clean_text, count_words, fold, slugify


def test_clean_text_nfc_and_controls():
    nfd = unicodedata.normalize("NFD", "Đổi mới")
    cleaned = clean_text(nfd + "\x00\x07 a\tb\r\nc\x1b")
    assert cleaned == "Đổi mới a\tb\nc"
    assert unicodedata.is_normalized("NFC", cleaned)


def test_fold_and_slug():
    assert fold("ĐỔI MỚI") == "doi moi"
    assert slugify("Ngoại giao công chúng trong kỷ nguyên số") == "ngoai-giao-cong-chung-trong-ky-nguyen-so"
    assert slugify("Đường đi: “Đà Nẵng” 2023!") == "duong-di-da-nang-2023"
    assert slugify("") == ""


def test_count_words():
    assert count_words("# Tiêu đề\n\n**Đổi** mới, toàn-diện.") == 6


def _regex_words(text: str) -> int:
    return len(re.findall(r"\w+", text))


@pytest.mark.parametrize("text, words", [
    ("", 0), ("   \n\t", 0), ("a", 1), ("- **x** | y |", 2), ("x_y 3.5", 3),
    ("Hà Nội – thủ đô — “trích dẫn” … «x» • y", 8), ("a\u00a0b", 2), ("a×b÷c", 3),
    ("x\u2009y\u200bz", 3), ("giá: 100$ (≈ 4%) → ✓", 3), ("Việt", 1),
])
def test_count_words_separators(text, words):
    assert count_words(text) == words


def test_count_words_matches_word_regex_on_real_articles(sample_files):
    texts = [p.read_text(encoding="utf-8") for p in sample_files]
    assert len(texts) == 6
    for text in texts:
        assert count_words(text) == _regex_words(text)
    page = (sample_files[0].parent.parent / "ngoai-giao-cong-chung.page.txt").read_text(encoding="utf-8")
    assert count_words(page) == _regex_words(page) > 1000


def test_clean_text_drops_every_noncharacter():
    from editor_app.core.text import clean_line

    nonchars = [chr(c) for c in range(0xFDD0, 0xFDF0)] + [
        chr(plane << 16 | low) for plane in range(17) for low in (0xFFFE, 0xFFFF)]
    assert len(nonchars) == 66
    assert clean_line("Đổi" + "".join(nonchars) + " mới") == "Đổi mới"
    assert clean_line("\U0001F600 \u00e9") == "\U0001F600 \u00e9"  # real characters stay
