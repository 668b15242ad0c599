"""Normalising an article before it is stored: NFC, no control characters,
sizes within ``limits``, a slug that is a safe file name."""

from __future__ import annotations

from dataclasses import replace

from editor_app.core.dto import ArticleData, AuthorData
from editor_app.core.errors import InputError
from editor_app.core.limits import (
    BODY_MAX,
    LINE_FIELDS,
    LINE_MAX,
    LIST_MAX,
    SUMMARY_MAX,
    too_long,
    too_many,
)
from editor_app.core.status import Status
from editor_app.core.text import clean_line, clean_text, count_words, safe_slug


def _checked(name: str, value: str | None, limit: int, clean) -> str:
    """``clean(value)``, or InputError naming the field when it is over ``limit``."""
    value = value or ""
    if len(value) > 2 * limit:  # not worth cleaning first
        raise InputError(too_long(name, len(value), limit))
    value = clean(value)
    if len(value) > limit:
        raise InputError(too_long(name, len(value), limit))
    return value


def _longest(name: str, values) -> None:
    """InputError naming the field if one of the (cleaned) ``values`` is over LINE_MAX."""
    longest = max(values, key=len, default="")
    if len(longest) > LINE_MAX:
        raise InputError(too_long(name, len(longest), LINE_MAX))


def _clean_list(name: str, values: list[str]) -> list[str]:
    if len(values) > 4 * LIST_MAX:  # duplicates could not bring it under the limit
        raise InputError(too_many(name, len(values), LIST_MAX))
    out = list(dict.fromkeys(v for v in map(clean_line, map(str, values)) if v))
    if len(out) > LIST_MAX:
        raise InputError(too_many(name, len(out), LIST_MAX))
    _longest(name, out)
    return out


def _authors(authors: list[AuthorData]) -> list[AuthorData]:
    if len(authors) > LIST_MAX:
        raise InputError(too_many("authors", len(authors), LIST_MAX))
    out = [AuthorData(name, clean_line(a.affiliation), clean_line(a.orcid).upper(), clean_line(a.email))
           for a in authors if (name := clean_line(a.name))]
    for key in ("name", "affiliation", "orcid", "email"):
        _longest(f"authors: {key}", [getattr(a, key) for a in out])
    return out


def normalize_article(data: ArticleData) -> ArticleData:
    """A cleaned copy: text NFC, control characters removed, lists deduplicated,
    the slug a safe file name ('../../x' -> 'x', 'con' -> 'con-1'; "" stays "":
    the store derives it from the title).

    A field over its limit (``limits``) raises InputError naming the field.
    Every field that is changed is replaced, never mutated, so a shallow copy
    suffices (a deep copy cost more than the cleaning on bulk imports).
    """
    d = replace(data)
    for name in LINE_FIELDS:
        value = clean_line(getattr(d, name))
        if len(value) > LINE_MAX:
            raise InputError(too_long(name, len(value), LINE_MAX))
        setattr(d, name, value)
    d.slug = safe_slug(d.slug) if d.slug else ""
    d.summary = _checked("summary", d.summary, SUMMARY_MAX, lambda v: clean_text(v).strip())
    d.body = _checked("body", d.body, BODY_MAX, clean_text)
    d.language = _language(d.language)
    d.status = Status.parse(d.status or "draft").value
    d.keywords = _clean_list("keywords", d.keywords)
    d.related = _clean_list("related", d.related)
    d.authors = _authors(d.authors)
    d.word_count = count_words(d.body)
    return d


def _language(value: str) -> str:
    """A valid BCP 47 tag in its standard form ('EN-us' -> 'en-US', 'vie' -> 'vi');
    anything else is kept lower-cased as typed (pages fall back to the journal's
    language, and the check reports it)."""
    if value in ("", "vi"):
        return "vi"
    from editor_app.core.validate import language_tag

    return language_tag(value) or value.lower()
