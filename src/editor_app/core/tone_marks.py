"""Where the tone mark goes in "oa", "oe" and "uy" (no Qt).

Vietnamese writes these open rhymes two ways, both correct, and a journal keeps one:

- the old style puts the mark on the second vowel: hoá, hoà, khoẻ, thuỷ, tuỳ, uỷ;
- the new style on the first: hóa, hòa, khỏe, thủy, tùy, ủy.

Only a syllable that *ends* in the pair differs: with a final consonant both styles
mark the second vowel (hoàn, khuyến, toán), and in "qu" the u belongs to the onset
(quý, quỳnh are the same in both). :func:`count_styles` counts the forms of each
style in a text; :func:`normalize` rewrites a text in one style, touching nothing
else (letter case, other words, spacing and Markdown stay as they are).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

OLD, NEW = "old", "new"
STYLES = (OLD, NEW)
TONES = "\u0300\u0301\u0303\u0309\u0323"   # huyền, sắc, ngã, hỏi, nặng
PAIRS = ("oa", "oe", "uy")
_WORD = re.compile(r"[^\W\d_]+")


def _letters(base: str, toned: bool | None = None) -> str:
    """``base`` with a tone mark (``toned``), without, or both (None), both cases (NFC)."""
    tones = {True: TONES, False: ("",), None: ("", *TONES)}[toned]
    return "".join(unicodedata.normalize("NFC", b + t) for b in (base, base.upper()) for t in tones)


def _pair(first: str, seconds: str) -> str:
    any1, any2 = _letters(first), "".join(_letters(c) for c in seconds)
    marked1, marked2 = _letters(first, True), "".join(_letters(c, True) for c in seconds)
    return f"[{marked1}][{any2}]|[{any1}][{marked2}]"


# The end of a word that is one of the pairs with a tone mark: the only words
# :func:`style_of` can place (a few in a thousand), found by the regex engine instead
# of a Python call per word; :func:`_candidates` then takes the whole word.
_MARKED_END = re.compile(f"(?:{_pair('o', 'ae')}|{_pair('u', 'y')})(?![^\\W\\d_])")


def _candidates(text: str):
    """(start, end, word) of each word that ends in a marked pair."""
    last = -1
    for match in _MARKED_END.finditer(text):
        start = match.start()
        while start > 0 and start > last and text[start - 1].isalpha():
            start -= 1
        last = match.end()
        yield start, last, text[start:last]


@dataclass
class StyleCount:
    old: dict[str, int] = field(default_factory=dict)   # word as written (lower case) -> times
    new: dict[str, int] = field(default_factory=dict)

    @property
    def old_total(self) -> int:
        return sum(self.old.values())

    @property
    def new_total(self) -> int:
        return sum(self.new.values())

    @property
    def mixed(self) -> bool:
        return bool(self.old) and bool(self.new)


def _split(ch: str) -> tuple[str, str]:
    """A letter without its tone mark, and the mark ("" if none)."""
    decomposed = unicodedata.normalize("NFD", ch)
    tone = "".join(c for c in decomposed if c in TONES)
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONES))
    return base, tone


def _with_tone(ch: str, tone: str) -> str:
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", ch) + tone)


def style_of(word: str) -> str | None:
    """``"old"``, ``"new"`` or None (a word the styles write alike)."""
    if len(word) < 2:
        return None
    first, first_tone = _split(word[-2])
    second, second_tone = _split(word[-1])
    pair = (first + second).lower()
    if pair not in PAIRS or not (first_tone or second_tone):
        return None
    head = word[:-2].lower()
    if pair == "uy" and head.endswith("q"):
        return None
    if any(_split(c)[0].lower() in "aăâeêioôơuưy" for c in head):   # the pair is not the rhyme's start
        return None
    return OLD if second_tone else NEW


def restyle(word: str, style: str) -> str:
    """``word`` written in ``style`` (unchanged when the styles write it alike)."""
    current = style_of(word)
    if current is None or current == style:
        return word
    first, first_tone = _split(word[-2])
    second, second_tone = _split(word[-1])
    if style == NEW:
        return word[:-2] + _with_tone(first, second_tone) + second
    return word[:-2] + first + _with_tone(second, first_tone)


def count_styles(text: str) -> StyleCount:
    counts = StyleCount()
    for _start, _end, word in _candidates(unicodedata.normalize("NFC", text)):
        style = style_of(word)
        if style is not None:
            bucket = counts.old if style == OLD else counts.new
            key = word.lower()
            bucket[key] = bucket.get(key, 0) + 1
    return counts


def normalize(text: str, style: str) -> str:
    """``text`` with every such word in ``style``."""
    if style not in STYLES:
        raise ValueError(style)
    return _WORD.sub(lambda m: restyle(m.group(), style), unicodedata.normalize("NFC", text))


def majority(counts: StyleCount) -> str | None:
    if not counts.old and not counts.new:
        return None
    return OLD if counts.old_total > counts.new_total else NEW


def minority_spans(text: str, style: str | None = None) -> list[tuple[int, int]]:
    """Where the words not in ``style`` (by default the text's less used style) are."""
    counts = count_styles(text)
    keep = style or majority(counts)
    if keep is None:
        return []
    return [(start, end) for start, end, word in _candidates(text)
            if (s := style_of(word)) is not None and s != keep]
