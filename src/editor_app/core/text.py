"""Text hygiene and Vietnamese folding shared by storage, search and slugs."""

from __future__ import annotations

import re
import unicodedata

# C0/C1 controls except tab and newline, plus DEL; also lone surrogates and
# non-characters that SQLite or HTML would choke on.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_WORD = re.compile(r"\w+", re.UNICODE)


def clean_text(value: str | None) -> str:
    """NFC-normalise, unify line endings and drop control characters."""
    if not value:
        return ""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _CONTROL.sub("", value)
    return unicodedata.normalize("NFC", value)


def clean_line(value: str | None) -> str:
    """Like :func:`clean_text` for single-line fields: whitespace collapsed."""
    return " ".join(clean_text(value).split())


def fold_for_index(value: str) -> str:
    """Prepare NFC text for the FTS index.

    SQLite's ``unicode61 remove_diacritics 2`` tokenizer removes case and the
    combining marks of Vietnamese letters, but đ/Đ has no decomposition, so it
    is mapped here.
    """
    return value.replace("đ", "d").replace("Đ", "D")


def fold(value: str) -> str:
    """Case- and diacritic-insensitive key: 'ĐỔI MỚI' -> 'doi moi'."""
    decomposed = unicodedata.normalize("NFD", fold_for_index(value))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).casefold()


def slugify(value: str, max_length: int = 80) -> str:
    """ASCII slug: diacritics dropped, đ -> d, words joined by hyphens."""
    words = []
    for word in _WORD.findall(fold(value)):
        ascii_word = word.encode("ascii", "ignore").decode("ascii").replace("_", "")
        if ascii_word:
            words.append(ascii_word)
    slug = "-".join(words)
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug


def count_words(markdown_text: str) -> int:
    """Words as a reader counts them (Markdown punctuation ignored).

    Counted paragraph by paragraph: the same total, but a background save of a
    long article never holds the interpreter for one long regex call.
    """
    return sum(len(_WORD.findall(part)) for part in markdown_text.split("\n\n"))
