"""The library's own word list: words the spelling check accepts in its articles
(names, terms, loanwords an editor added with "Thêm vào từ điển"). No Qt."""

from __future__ import annotations

import unicodedata

from sqlalchemy import delete, insert, select

from editor_app.core.errors import N_, InputError
from editor_app.core.library.schema import own_words, utcnow

MAX_LENGTH = 100


def _clean(word: str) -> str:
    text = unicodedata.normalize("NFC", (word or "").strip())
    if not text or len(text) > MAX_LENGTH or any(c.isspace() for c in text):
        raise InputError(N_("{word!r} is not one word", word=word))
    return text


def words(store) -> frozenset[str]:
    """The words, as added and in lower case (a word is accepted in either)."""
    with store.reading() as c:
        found = c.execute(select(own_words.c.word)).scalars().all()
    return frozenset(found) | frozenset(w.lower() for w in found)


def add(store, word: str, by: str = "") -> bool:
    """Add ``word``; False when it was there already."""
    text = _clean(word)
    with store.writing() as c:
        if c.execute(select(own_words.c.word).where(own_words.c.word == text)).first() is not None:
            return False
        c.execute(insert(own_words), {"word": text, "added_by": by, "added_at": utcnow()})
    return True


def remove(store, word: str) -> bool:
    with store.writing() as c:
        return bool(c.execute(delete(own_words).where(own_words.c.word == _clean(word))).rowcount)
