import unicodedata

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
