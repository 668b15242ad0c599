"""Spelling: Vietnamese by the rules of its orthography, English from the bundled word
list, names left alone, the library's own words accepted; suggestions put the tone and
letter variants of the same syllable first."""

from __future__ import annotations

import unicodedata

import pytest

from editor_app.core import spelling
from editor_app.core.library import own_words
from editor_app.core.spelling import is_correct, is_syllable, misspelled, suggestions

# typos an editor makes typing Telex, each with what was meant
TYPOS = {
    "gế": "ghế",         # gh before e
    "cem": "xem",        # c never before e
    "nghã": "ngã",       # ngh only before i e ê
    "ngàt": "ngát",      # -t takes only sắc or nặng
    "dẻp": "dép",        # -p likewise
    "thơt": "thớt",
    "kao": "cao",        # k only before i e ê
    "bockchain": "blockchain",
    "hoạtt": "hoạt",
    "nguời": "người",
}
RIGHT = ("người nghiêng ngả khuyên quyết giếng gìn giữ quốc thuở hoà hòa thuỷ thủy oẳn tù tì "
         "khuya nguyệt chuyện huỳnh ngoằn ngoèo xoong boong quặp gịt đường ươn ướt chim cò "
         "chuyen doi so bao chi tin tuc website startup blockchain Facebook UNESCO Hà Nội").split()


@pytest.mark.parametrize("typo", sorted(TYPOS))
def test_typos_are_found(typo):
    assert not is_correct(typo)
    assert misspelled(f"Một {typo} ở đây.") == [(4, 4 + len(typo), typo)]


@pytest.mark.parametrize("word", RIGHT)
def test_right_words_are_left_alone(word):
    assert is_correct(word), word
    assert is_correct(unicodedata.normalize("NFD", word))   # however the text was composed


@pytest.mark.parametrize("typo, meant", sorted(TYPOS.items()))
def test_what_was_meant_is_among_the_first_suggestions(typo, meant):
    offered = suggestions(typo)
    assert meant in offered[:5], offered
    assert all(is_correct(w) for w in offered)
    assert typo not in offered


def test_tone_variants_come_before_other_letters():
    offered = suggestions("ngàt")
    assert offered[:2] == ["ngát", "ngạt"]
    assert suggestions("Ngàt")[0] == "Ngát" and suggestions("NGÀT")[0] == "NGÁT"   # the case kept


def test_the_rules_not_a_list():
    assert is_syllable("nghiêng") and is_syllable("quyết") and is_syllable("giếng")
    assert not is_syllable("ghà") and not is_syllable("ngê") and not is_syllable("kí́")
    assert not is_syllable("hát̀")                       # two tone marks
    assert is_syllable("hoá") and is_syllable("hóa")    # where the mark sits is not spelling
    assert not is_syllable("tràp") and is_syllable("tráp") and is_syllable("trạp")


def test_other_languages_and_short_words_are_left_alone():
    for word in ("Müller", "mañana", "garçon", "ok", "to", "x", "Việt", "COVID", "iPhone"):
        assert is_correct(word), word
    assert misspelled("Đọc 2024 bài, 3,5 triệu lượt – 100% số hoá.") == []


def test_the_samples_have_one_typo(sample_files):
    """The six public sample articles: the one real typo of their text, nothing else."""
    found = {}
    for path in sample_files:
        for _start, _end, word in misspelled(path.read_text(encoding="utf-8")):
            found.setdefault(word, path.stem)
    assert set(found) == {"bockchain"}, found


def test_the_english_word_list_is_bundled():
    words = spelling.english_words()
    assert len(words) > 50_000
    assert {"publishing", "journal", "editor"} <= words


def test_the_librarys_own_words(store):
    assert own_words.words(store) == frozenset()
    assert is_correct("Kotahi")   # a capitalised name is let through anyway
    assert not is_correct("bockchain")
    assert own_words.add(store, "bockchain", by="Lan") is True
    assert own_words.add(store, "bockchain") is False           # once
    assert own_words.add(store, " Zalo\u0301 ") is True           # kept NFC, trimmed
    own = own_words.words(store)
    assert "bockchain" in own and unicodedata.normalize("NFC", "Zaló") in own
    assert is_correct("bockchain", own) and misspelled("một bockchain", own) == []
    assert own_words.remove(store, "bockchain") is True
    assert not is_correct("bockchain", own_words.words(store))


@pytest.mark.parametrize("bad", ["", "   ", "hai từ", "x" * 101])
def test_only_one_word_is_added(store, bad):
    from editor_app.core.errors import InputError

    with pytest.raises(InputError):
        own_words.add(store, bad)
    assert own_words.words(store) == frozenset()


def test_own_words_outlive_the_program(library_path):
    from editor_app.core.library.store import Store

    with_words = Store.open(library_path)
    own_words.add(with_words, "Janeway")
    with_words.close()
    reopened = Store.open(library_path)
    try:
        assert "Janeway" in own_words.words(reopened)
    finally:
        reopened.close()


@pytest.mark.parametrize("typed, meant", [("vieetj", "việt"), ("Nguowif", "Người"), ("dduwowngf", "đường"),
                                          ("tieengs", "tiếng"), ("TRUWOWNGF", "TRƯỜNG")])
def test_telex_typed_with_the_input_method_off(typed, meant):
    assert is_correct(typed) == typed[0].isupper()   # a capitalised word may be a name
    assert suggestions(typed)[0] == meant
