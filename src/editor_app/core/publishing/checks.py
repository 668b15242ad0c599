"""Pre-publish checks: the one place that says what stands between an article and its
publication (no Qt).

Errors hold an article back from an issue's export; warnings are shown and let it
through. Each :class:`Problem` names the article, a stable ``kind``, its severity, a
message for the editor (English here, translated by the window), and where it is:
the metadata ``field`` or a passage of the body (``start``/``end``), so the window
can take the editor there.

Errors: no title; an ORCID iD with a wrong check digit (or not an ORCID iD); a DOI
that is not a DOI; a language tag that is not BCP 47; a related article that does not
exist; the journal profile's base URL not an http(s) address.
Warnings: no summary; an image without alt text; a published article without a
date; "oa/oe/uy" tone marks in both styles within one article (``tone-marks``); each
misspelled word (``spelling``, with ``word``; code, links and addresses are not read).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from editor_app.core import tone_marks
from editor_app.core.dto import ArticleData, ProfileData
from editor_app.core.errors import N_
from editor_app.core.publishing.page import base_url
from editor_app.core.status import Status
from editor_app.core.validate import doi_problem, language_tag, orcid_problem

ERROR, WARNING = "error", "warning"
# ![alt](src) and ![alt][ref] in Markdown; <img ...> written as HTML
_MD_IMAGE = re.compile(r"!\[([^\]\n]*)\](?:\([^)\n]*\)|\[[^\]\n]*\])")
_HTML_IMAGE = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ALT = re.compile(r"""\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_EXAMPLES = 3


@dataclass(frozen=True)
class Problem:
    slug: str
    kind: str
    severity: str
    message: str
    field: str = ""                 # the metadata field it is in ("title", "doi", "authors"...)
    start: int | None = None        # or the passage of the body
    end: int | None = None
    word: str | None = None         # spelling
    detail: str = ""                # the value at fault, for a message the window words itself

    def as_json(self) -> dict:
        out = {"slug": self.slug, "kind": self.kind, "severity": self.severity, "message": self.message}
        if self.word is not None:
            out["word"] = self.word
        return out


def profile_problems(profile: ProfileData) -> list[Problem]:
    """The journal profile's own problems (reported once, with the slug "")."""
    text = (profile.base_url or "").strip()
    if text and not base_url(profile):
        return [Problem("", "base-url", ERROR, N_("The journal's base URL '{url}' is not a web address "
                                                  "starting with https:// (or http://); pages would have no "
                                                  "canonical link.", url=text), field="base_url", detail=text)]
    return []


def article_problems(article: ArticleData, exists: Callable[[str], bool],
                     tone_style: str = "", own_words: frozenset[str] = frozenset()) -> list[Problem]:
    """Every problem of one article; ``exists(slug)`` says whether a related article is
    in the library; ``tone_style`` ("old", "new" or "") is the journal's; ``own_words``
    the library's word list for the spelling check."""
    slug = article.slug
    out: list[Problem] = []

    def add(kind: str, severity: str, message: str, **where) -> None:
        out.append(Problem(slug, kind, severity, message, **where))

    if not (article.title or "").strip():
        add("title", ERROR, N_("The article has no title."), field="title")
    for author in article.authors:
        problem = orcid_problem(author.orcid)
        if problem:
            add("orcid", ERROR, N_("{name}: ORCID iD '{orcid}': {problem}", name=author.name or N_("An author"),
                                   orcid=author.orcid, problem=N_(problem)),
                field="authors", detail=f"{author.name}: {author.orcid}")
    problem = doi_problem(article.doi)
    if problem:
        add("doi", ERROR, N_("DOI '{doi}': {problem}", doi=article.doi, problem=N_(problem)), field="doi",
            detail=article.doi)
    if language_tag(article.language) is None:
        add("language", ERROR, N_("The language '{language}' is not a BCP 47 language tag (like vi or en-GB).",
                                  language=article.language), field="language", detail=article.language)
    for related in article.related:
        if not exists(related):
            add("related", ERROR, N_("The related article '{slug}' is not in the library.", slug=related),
                field="related", detail=related)
    if not (article.summary or "").strip():
        add("summary", WARNING, N_("The article has no summary."), field="summary")
    for start, end, src in images_without_alt(article.body):
        add("alt-text", WARNING, N_("The image '{src}' has no alt text (a description for readers who "
                                    "cannot see it).", src=src), start=start, end=end, detail=src)
    if article.status == Status.PUBLISHED.value and article.published_on is None:
        add("date", WARNING, N_("The article is published but has no publication date."), field="published_on")
    out.extend(tone_problems(article, tone_style))
    out.extend(spelling_problems(article, own_words))
    return out


def spelling_problems(article: ArticleData, own_words: frozenset[str] = frozenset()) -> list[Problem]:
    """Each misspelled word of the title, summary and body (``word``; its place in the body)."""
    from editor_app.core.spelling import misspelled, prose

    out = []
    where = {"title": N_("Misspelled word: '{word}' (in the title)"),
             "summary": N_("Misspelled word: '{word}' (in the summary)")}
    for field_name in ("title", "summary"):
        for _s, _e, word in misspelled(getattr(article, field_name) or "", own_words):
            out.append(Problem(article.slug, "spelling", WARNING, N_(where[field_name], word=word),
                               field=field_name, word=word, detail=word))
    for start, end, word in misspelled(prose(article.body or ""), own_words):
        out.append(Problem(article.slug, "spelling", WARNING, N_("Misspelled word: '{word}'", word=word),
                           start=start, end=end, word=word, detail=word))
    return out


def tone_problems(article: ArticleData, tone_style: str = "") -> list[Problem]:
    """The article writes "oa/oe/uy" in both styles (or, when the journal keeps a style,
    in the other one); pointing at the first word of the minority."""
    text = "\n".join((article.title or "", article.summary or "", article.body or ""))
    counts = tone_marks.count_styles(text)
    if not counts.mixed and not (tone_style in tone_marks.STYLES and
                                 (counts.old if tone_style == tone_marks.NEW else counts.new)):
        return []
    old = ", ".join(sorted(counts.old, key=counts.old.get, reverse=True)[:_EXAMPLES])
    new = ", ".join(sorted(counts.new, key=counts.new.get, reverse=True)[:_EXAMPLES])
    if counts.old and counts.new:
        said = N_("{old_count} in the old style ({old}) and {new_count} in the new style ({new})",
                  old_count=counts.old_total, old=old, new_count=counts.new_total, new=new)
    elif counts.old:
        said = N_("{count} in the old style ({words})", count=counts.old_total, words=old)
    else:
        said = N_("{count} in the new style ({words})", count=counts.new_total, words=new)
    wanted = {tone_marks.OLD: N_("; the journal writes the old style"),
              tone_marks.NEW: N_("; the journal writes the new style")}.get(tone_style, "")
    spans = tone_marks.minority_spans(article.body or "", tone_style or None)
    start, end = spans[0] if spans else (None, None)
    detail = " · ".join(([f"{counts.old_total} × {old}"] if counts.old else [])
                        + ([f"{counts.new_total} × {new}"] if counts.new else []))
    return [Problem(article.slug, "tone-marks", WARNING,
                    N_("Tone marks are placed two ways: {counts}{style}.", counts=said, style=wanted),
                    start=start, end=end, detail=detail)]


def images_without_alt(body: str) -> list[tuple[int, int, str]]:
    """(start, end, source) of each image of ``body`` with no alt text."""
    found = []
    for m in _MD_IMAGE.finditer(body or ""):
        if not m.group(1).strip():
            src = m.group(0)[len(m.group(1)) + 4:-1]
            found.append((m.start(), m.end(), src.split()[0] if src.split() else ""))
    for m in _HTML_IMAGE.finditer(body or ""):
        alt = _ALT.search(m.group(0))
        if alt is None or not next((g for g in alt.groups() if g is not None), "").strip():
            src = re.search(r"""\bsrc\s*=\s*["']?([^"'\s>]*)""", m.group(0), re.IGNORECASE)
            found.append((m.start(), m.end(), src.group(1) if src else ""))
    return sorted(found)


def check_articles(articles: Iterable[ArticleData], exists: Callable[[str], bool], profile: ProfileData,
                   tone_style: str = "", own_words: frozenset[str] = frozenset()) -> list[Problem]:
    """The profile's problems, then each article's, in the order given."""
    out = profile_problems(profile)
    for article in articles:
        out.extend(article_problems(article, exists, tone_style, own_words))
    return out


def has_errors(problems: Iterable[Problem]) -> bool:
    return any(p.severity == ERROR for p in problems)
