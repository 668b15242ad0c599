"""Folded full-text search: FTS5 query building and the indexed document.

The FTS5 table ``article_search`` is contentless and uses the tokenizer
``unicode61 remove_diacritics 2`` (case and Vietnamese tone/vowel marks), and
every value is passed through :func:`fold_for_index` first (đ -> d), on the
way in and on the query side alike.
"""

from __future__ import annotations

import re
import unicodedata

from editor_app.core.text import fold_for_index

COLUMNS = ("title", "subtitle", "summary", "body", "keywords", "authors")
# bm25 weights, in COLUMNS order: title first, then keywords/authors/subtitle.
WEIGHTS = (10.0, 4.0, 2.0, 1.0, 5.0, 5.0)
_TOKEN = re.compile(r"\w+", re.UNICODE)
# The index as migration 0004 makes it (to remake a missing or damaged one).
CREATE_SQL = (
    f"CREATE VIRTUAL TABLE article_search USING fts5({', '.join(COLUMNS)}, content='', "
    "tokenize='unicode61 remove_diacritics 2', prefix='2 3', detail=column)"
)


def query_tokens(text: str) -> list[str]:
    text = fold_for_index(unicodedata.normalize("NFC", text or ""))
    return [t for t in _TOKEN.findall(text) if t.replace("_", "")]


def match_expression(text: str, column: str | None = None) -> str | None:
    """An FTS5 MATCH expression: every word must occur, the last as a prefix.

    Earlier words are matched as prefixes too, so 'chuyen doi s' finds
    'chuyển đổi số'. Tokens are quoted, so FTS5 syntax in user input is inert.
    """
    tokens = query_tokens(text)
    if not tokens:
        return None
    expr = " ".join(f'"{t}"*' for t in tokens)
    if column:
        return f"{{{column}}} : ({expr})"
    return expr


def index_values(title: str, subtitle: str, summary: str, body: str,
                 keywords: list[str], authors: list[str]) -> dict[str, str]:
    """The exact values indexed for one article (also needed to delete it)."""
    return {
        "title": fold_for_index(title),
        "subtitle": fold_for_index(subtitle),
        "summary": fold_for_index(summary),
        "body": fold_for_index(body),
        "keywords": fold_for_index("\n".join(keywords)),
        "authors": fold_for_index("\n".join(authors)),
    }
