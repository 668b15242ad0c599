"""Text hygiene and Vietnamese folding shared by storage, search and slugs."""

from __future__ import annotations

import re
import unicodedata

from editor_app.core.limits import SLUG_MAX

# C0/C1 controls except tab and newline, plus DEL; also lone surrogates and
# non-characters that SQLite or HTML would choke on: all 66 (U+FDD0-U+FDEF and
# the last two code points of every plane), which the HTML checker reports as
# forbidden. Listing the 32 above U+FFFF one by one made the class ~8x slower
# on every text (a third of an import's time), so the class takes every
# character above U+FFFF as a range and ``_drop`` keeps the ones that are fine.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
                      "\U00010000-\U0010ffff]")


def _drop(match: re.Match) -> str:
    ch = match.group()
    return ch if ch >= "\U00010000" and ord(ch) & 0xFFFE != 0xFFFE else ""


_WORD = re.compile(r"\w+", re.UNICODE)


def clean_text(value: str | None) -> str:
    """NFC-normalise, unify line endings and drop control characters."""
    if not value:
        return ""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _CONTROL.sub(_drop, value)
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
    """ASCII slug: diacritics dropped, đ -> d, words joined by hyphens.

    The result is always a safe file name (see :func:`slug_problem`) or ""; a
    reserved name gets "-1": 'CON' -> 'con-1', 'Index' -> 'index-1'.
    """
    words = []
    for word in _WORD.findall(fold(value)):
        ascii_word = word.encode("ascii", "ignore").decode("ascii").replace("_", "")
        if ascii_word:
            words.append(ascii_word)
    slug = "-".join(words)
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    if slug in RESERVED_SLUGS:
        slug += "-1"
    return slug


# -- slugs as file names ---------------------------------------------------------
# Windows refuses these as file names, with any extension (CON.html too);
# COM0/LPT0 are reserved on recent versions.
WINDOWS_DEVICES = frozenset({"con", "prn", "aux", "nul"} | {f"{p}{i}" for p in ("com", "lpt") for i in range(10)})
# names the export writes itself (index.html: the table of contents)
EXPORT_NAMES = frozenset({"index"})
RESERVED_SLUGS = WINDOWS_DEVICES | EXPORT_NAMES
_SAFE_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")


def slug_problem(slug: str | None) -> str | None:
    """Why ``slug`` cannot name a page file on Windows, macOS and Linux (None: it can).

    Safe: lowercase ASCII letters, digits and single inner hyphens (no dot, no
    separator, nothing that differs only by case), at most ``SLUG_MAX``
    characters, not a Windows device name nor a name the export uses itself.
    The store keeps only such slugs; the export checks again (older libraries).
    """
    if not slug:
        return "the slug is empty"
    if len(slug) > SLUG_MAX:
        return f"the slug is longer than {SLUG_MAX} characters"
    if not _SAFE_SLUG.match(slug):
        return (f"the slug '{one_line(slug, 100)}' cannot be used as a file name "
                "(use lowercase letters a-z, digits and single hyphens)")
    if slug in EXPORT_NAMES:
        return f"the slug '{slug}' is reserved for the table of contents ({slug}.html)"
    if slug in WINDOWS_DEVICES:
        return f"the slug '{slug}' is a reserved device name on Windows"
    return None


def safe_slug(value: str) -> str:
    """``value`` if it is a safe slug, else its :func:`slugify` form ("" if nothing is left)."""
    return value if slug_problem(value) is None else slugify(value)


# -- messages --------------------------------------------------------------------
# what must not reach a terminal raw: C0/C1 controls (ESC sequences), line and
# paragraph separators, bidi overrides and isolates, lone surrogates
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e"
                          r"\u2066-\u2069\ud800-\udfff]")


def one_line(value: object, limit: int = 300) -> str:
    """``value`` as one printable line for a message: whitespace runs (newlines
    included) become one space, other control characters are shown escaped
    (``\\x1b``), and the text is cut to ``limit`` characters."""
    text = " ".join(str(value).split())
    text = _UNPRINTABLE.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                            else f"\\u{ord(m.group()):04x}", text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


# count_words works on UTF-8 bytes, all in C. The UTF-8 continuation bytes are
# deleted, so each character is one byte; then every separator becomes a space
# and every other byte an "x", and a word is a space followed by an "x".
# Separators: ASCII whitespace and punctuation (not "_", which \w counts), and
# the characters whose lead byte is C2 (U+0080-U+00BF: no-break space, « », ·)
# or E2 (U+2000-U+2FFF: – — ‘ ’ “ ” … •, arrows, math signs), plus × and ÷.
# The same counts as len(re.findall(r"\w+", text)) on real text (a test checks
# the samples), 10x faster: it ran on every import (a third of the import
# worker's time) and for the editor's live word count.
_ASCII_SEP = {9, 10, 11, 12, 13, 32} | set(range(0x21, 0x30)) | set(range(0x3A, 0x41)) \
    | set(range(0x5B, 0x5F)) | {0x60} | set(range(0x7B, 0x7F)) | {0xC2, 0xE2}
_WORD_BYTES = bytes(0x20 if i in _ASCII_SEP else 0x78 for i in range(256))
_CONTINUATION = bytes(range(0x80, 0xC0))


def count_words(markdown_text: str) -> int:
    """Words as a reader counts them: runs of letters, digits and "_" (Markdown
    punctuation such as ``#``, ``**`` and ``-`` is not a word)."""
    if "\u00d7" in markdown_text or "\u00f7" in markdown_text:  # × ÷ (lead byte C3, as for à)
        markdown_text = markdown_text.replace("\u00d7", " ").replace("\u00f7", " ")
    marks = markdown_text.encode("utf-8", "surrogatepass").translate(_WORD_BYTES, _CONTINUATION)
    return marks.count(b" x") + marks.startswith(b"x")
