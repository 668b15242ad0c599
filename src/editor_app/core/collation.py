"""Vietnamese alphabetical order (no Qt, no ICU).

Letters sort in the Vietnamese alphabet: a ă â b c d đ e ê g h i k l m n o ô ơ p q r
s t u ư v x y, with the Latin letters Vietnamese does not use where the Latin
alphabet puts them (f after ê, j after i, w after v, z after y), as ICU's "vi"
tailoring does. Tone marks only break ties (none, huyền, sắc, hỏi, ngã, nặng: a à á ả
ã ạ), then letter case (lower first). Spaces and punctuation count as a separator
before every letter, so "Chào" comes before "Chào mừng" and both before "Chàom"; digits
come before letters, other characters after, by code point.

:func:`sort_key` gives a tuple for Python's ``sorted``; :func:`sort_key_bytes` the
same order as bytes, which a database column sorts the same way (SQLite compares
BLOBs byte by byte, PostgreSQL ``bytea`` too), so the article list sorts a large
library in SQL.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {ch: i for i, ch in enumerate(ALPHABET)}
TONES = {"": 0, "\u0300": 1, "\u0301": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5}
_SEPARATOR = 1          # primary weights: separator, digits 2-11, letters 16-49, others from 64
_DIGIT0 = 2
_LETTER0 = 16
_OTHER0 = 64


@lru_cache(maxsize=4096)
def _char(ch: str) -> tuple[int, int, int]:
    """(primary, tone, case) weights of one character."""
    decomposed = unicodedata.normalize("NFD", ch)
    tone = next((c for c in decomposed if c in TONES), "")
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONES))
    lower = base.lower()
    case = 1 if base != lower else 0
    if lower in _LETTER_RANK:
        return _LETTER0 + _LETTER_RANK[lower], TONES[tone], case
    if len(lower) == 1 and lower.isdigit():
        return _DIGIT0 + unicodedata.digit(lower, 0), 0, 0
    if not lower or not lower.isalnum():
        return _SEPARATOR, 0, 0
    stripped = unicodedata.normalize("NFD", lower)[0]   # another Latin letter with a mark: as its base
    if stripped in _LETTER_RANK:
        return _LETTER0 + _LETTER_RANK[stripped], TONES[tone], case
    return _OTHER0 + ord(lower[0]), TONES[tone], case


def _weights(text: str) -> tuple[list[int], list[int], list[int]]:
    primary, tones, cases = [], [], []
    previous_separator = True
    for ch in unicodedata.normalize("NFC", text or "").strip():
        p, t, c = _char(ch)
        if p == _SEPARATOR:
            if previous_separator:
                continue   # runs of spaces and punctuation count once
            previous_separator = True
        else:
            previous_separator = False
        primary.append(p)
        tones.append(t)
        cases.append(c)
    while primary and primary[-1] == _SEPARATOR:
        primary.pop(), tones.pop(), cases.pop()
    return primary, tones, cases


def sort_key(text: str) -> tuple:
    """A key for ``sorted``: the letters first, then the tone marks, then the case."""
    primary, tones, cases = _weights(text)
    return (tuple(primary), tuple(tones), tuple(cases))


def sort_key_bytes(text: str, limit: int = 200) -> bytes:
    """The same order as bytes (the first ``limit`` characters): primary weights, a zero
    byte, tone weights, a zero byte, case weights. Primary weights above 255 take two
    bytes (a lead byte of 255), so every weight stays in order."""
    primary, tones, cases = _weights((text or "")[:limit])
    out = bytearray()
    for p in primary:
        out += bytes([p]) if p < 255 else bytes([255, min(p - 255, 0xFFFF) >> 8, min(p - 255, 0xFFFF) & 0xFF])
    out.append(0)
    out += bytes(t + 1 for t in tones)
    out.append(0)
    out += bytes(c + 1 for c in cases)
    return bytes(out)


def sorted_vi(items, key=lambda x: x):
    """``items`` in Vietnamese alphabetical order of ``key(item)``."""
    return sorted(items, key=lambda item: sort_key(key(item)))
