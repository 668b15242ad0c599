"""Normalising an article before it is stored: NFC, no control characters."""

from __future__ import annotations

from dataclasses import replace

from editor_app.core.dto import ArticleData, AuthorData
from editor_app.core.status import Status
from editor_app.core.text import clean_line, clean_text, count_words


def _clean_list(values: list[str]) -> list[str]:
    out: list[str] = []
    for v in values:
        v = clean_line(str(v))
        if v and v not in out:
            out.append(v)
    return out


def normalize_article(data: ArticleData) -> ArticleData:
    """A cleaned copy: text NFC, control characters removed, lists deduplicated.

    Every field that is changed is replaced, never mutated, so a shallow copy
    suffices (a deep copy cost more than the cleaning on bulk imports).
    """
    d = replace(data)
    for name in ("title", "subtitle", "slug", "language", "section", "source", "doi", "license"):
        setattr(d, name, clean_line(getattr(d, name)))
    d.summary = clean_text(d.summary).strip()
    d.body = clean_text(d.body)
    d.language = (d.language or "vi").lower()
    d.status = Status.parse(d.status or "draft").value
    d.keywords = _clean_list(d.keywords)
    d.related = _clean_list(d.related)
    d.authors = [
        AuthorData(clean_line(a.name), clean_line(a.affiliation), clean_line(a.orcid).upper(),
                   clean_line(a.email))
        for a in d.authors if clean_line(a.name)
    ]
    d.word_count = count_words(d.body)
    return d
