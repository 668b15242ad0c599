"""Everything an article page shows, worked out from an article and its rendered body.

The templates in ``resources/templates`` only lay this context out; this module
decides what is shown (dates per language, the lead, the description, the
Open Graph / Google Scholar / schema.org metadata) and prepares the body HTML
(headings under the single ``<h1>``, footnotes and references set apart,
images embedded as ``data:`` URIs).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, Mapping
from urllib.parse import quote, urlsplit

from editor_app.core.dto import ArticleData, ProfileData
from editor_app.core.publishing.page_body import (  # noqa: F401 - part of this module's interface
    REFERENCE_TITLES, BodyParts, first_paragraph_text, normalize_headings, split_body, text_of,
)
from editor_app.core.publishing.page_images import embed_images
from editor_app.core.publishing.safe_urls import clean_link
from editor_app.core.text import clean_line
from editor_app.core.status import Status
from editor_app.core.validate import doi_url, doi_value, html_language, issn_value, orcid_url

if TYPE_CHECKING:  # the renderer's result type (editor_app.core.publishing.render.Rendered)
    from editor_app.core.publishing.render import Rendered
    from editor_app.core.library.store import Store

LABELS: dict[str, dict[str, str]] = {
    "vi": {
        "untitled": "(Chưa có tiêu đề)", "source": "Nguồn", "keywords": "Từ khóa",
        "related": "Bài liên quan", "notes": "Chú thích", "authors": "Tác giả", "licence": "Giấy phép",
        "contents": "Mục lục", "other_section": "Bài viết khác", "missing_image": "Thiếu ảnh",
        "external_image": "Ảnh bên ngoài", "orcid": "ORCID của", "home": "Trang mục lục",
        "draft": "Bản nháp", "draft_note": "chưa xuất bản, chỉ để đọc duyệt", "volume": "Tập", "number": "Số",
        "year": "Năm", "editors_note": "Lời tòa soạn",
    },
    "en": {
        "untitled": "(Untitled)", "source": "Source", "keywords": "Keywords",
        "related": "Related articles", "notes": "Notes", "authors": "Authors", "licence": "Licence",
        "contents": "Contents", "other_section": "Other articles", "missing_image": "Missing image",
        "external_image": "External image", "orcid": "ORCID iD of", "home": "Table of contents",
        "draft": "Draft", "draft_note": "not published; for proofreading only", "volume": "Volume",
        "number": "Number", "year": "Year", "editors_note": "Editor's note",
    },
}
OG_LOCALES = {"vi": "vi_VN", "en": "en_US"}
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
DESCRIPTION_LENGTH = 160

_OPENING = re.compile(r"\s*(?:<!--.*?-->\s*)*<p[\s>]", re.DOTALL)
_PICTURE_ONLY = re.compile(   # a picture alone (or, from outside, the link that stands for it)
    r"\s*(?:<!--.*?-->\s*)*<p[^>]*>\s*(?:(?:<a[^>]*>\s*)?<img[^>]*>\s*(?:</a>\s*)?"
    r"|<a class=\"external-image\"[^>]*>[^<]*</a>\s*)</p>", re.DOTALL)


def opens_with_paragraph(body_html: str) -> bool:
    """Whether the body starts with a paragraph (the lead): a body that opens with a
    heading, a list or a picture has no lead, even if a paragraph comes later."""
    return bool(_OPENING.match(body_html)) and not _PICTURE_ONLY.match(body_html)

def line(value: str | None) -> str:
    """A one-line text field as a page shows it: whitespace collapsed, no control or
    non-character (a document may not contain them; ``clean_line`` drops both)."""
    return clean_line(value)


def labels(language: str) -> dict[str, str]:
    return LABELS.get(language.split("-")[0], LABELS["vi"])


DEFAULT_LANGUAGE = "vi"  # the journal's language, for an article whose tag is not valid


def page_language(language: str) -> str:
    """A valid BCP 47 tag for ``lang`` (:func:`~editor_app.core.validate.html_language`), else ``vi``."""
    return html_language(line(language)) or DEFAULT_LANGUAGE


def format_date(day: date | None, language: str) -> str:
    """``17/12/2023`` for Vietnamese pages, ``17 December 2023`` for English ones."""
    if day is None:
        return ""
    if language.split("-")[0] == "en":
        return f"{day.day} {EN_MONTHS[day.month - 1]} {day.year}"
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def shorten(text: str, limit: int = DESCRIPTION_LENGTH) -> str:
    """Cut ``text`` to about ``limit`` characters on a word boundary, adding an ellipsis."""
    text = line(text)
    if len(text) <= limit:
        return text
    cut = text[:limit + 1].rsplit(" ", 1)[0] if " " in text[:limit + 1] else text[:limit]
    return cut.rstrip(" ,;:.-–—") + "…"


def base_url(profile: ProfileData) -> str:
    """The profile's base URL made a valid http(s) URL (percent-encoded), without
    query, fragment or trailing slash; "" if it is not one."""
    url = clean_link(line(profile.base_url))
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return ""
    return f"{parts.scheme}://{parts.netloc}{parts.path}".rstrip("/")


def page_url(profile: ProfileData, filename: str) -> str:
    root = base_url(profile)
    return f"{root}/{quote(filename)}" if root else ""


@dataclass
class PageContext:
    """What an article page shows; handed to ``article.html`` as ``page``."""

    lang: str
    t: dict[str, str]
    journal: ProfileData
    title: str
    subtitle: str
    section: str
    authors: list[dict[str, str]]
    date_iso: str
    date_text: str
    summary: str
    lead_is_first_paragraph: bool
    body_html: str
    footnotes_html: str
    references_html: str
    source: str
    keywords: list[str]
    doi: str  # bare and valid, or ""
    licence: str
    related: list[dict[str, str]]
    description: str
    canonical: str
    doi_url: str = ""  # https://doi.org/ + the DOI percent-encoded
    meta: list[tuple[str, str, str]] = field(default_factory=list)  # (attribute, name, content)
    json_ld: str = ""
    problems: list[str] = field(default_factory=list)
    draft: bool = False   # not published: a banner, and no search engine indexing


def build_context(store: Store, article: ArticleData, rendered: Rendered,
                  profile: ProfileData | None = None,
                  library: Mapping[str, ArticleData] | None = None) -> PageContext:
    """The page context of one article (saved or not) from its rendered body.

    ``library`` (slug -> article, every article of the library) saves a query
    per page when exporting many; without it related articles are looked up.
    """
    profile = profile or store.get_profile()
    lang = page_language(article.language)
    t = labels(lang)
    images = embed_images(rendered.html, _asset_loader(store, article), t)
    body = split_body(images.html)
    summary = line(article.summary)
    description = summary or shorten(first_paragraph_text(body.body))
    ctx = PageContext(
        lang=lang, t=t, journal=clean_profile(profile),
        title=line(article.title) or t["untitled"],
        subtitle=line(article.subtitle), section=line(article.section),
        authors=_authors(article), date_iso=_iso(article.published_on),
        date_text=format_date(article.published_on, lang), summary=summary,
        lead_is_first_paragraph=not summary and opens_with_paragraph(body.body), body_html=body.body,
        footnotes_html=body.footnotes, references_html=body.references,
        source=line(article.source), keywords=_keywords(article),
        doi=doi_value(line(article.doi)), doi_url=doi_url(line(article.doi)),
        licence=line(article.license) or line(profile.default_license),
        related=_related(store, article, library), description=description,
        canonical=page_url(profile, f"{article.slug}.html") if article.slug else "",
        problems=images.problems,
        draft=article.status not in (Status.PUBLISHED.value, Status.ARCHIVED.value),
    )
    ctx.meta = head_meta(ctx)
    ctx.json_ld = json_ld(ctx)
    return ctx


def head_meta(ctx: PageContext) -> list[tuple[str, str, str]]:
    """Open Graph and Google Scholar tags as (attribute, name, content); empty ones omitted."""
    j = ctx.journal
    pairs: list[tuple[str, str, str]] = [
        ("property", "og:title", ctx.title), ("property", "og:type", "article"),
        ("property", "og:description", ctx.description),
        ("property", "og:locale", OG_LOCALES.get(ctx.lang.split("-")[0], "")),
        ("property", "og:url", ctx.canonical), ("property", "og:site_name", j.name),
        ("property", "article:published_time", ctx.date_iso),
        ("property", "article:section", ctx.section),
    ]
    pairs += [("property", "article:tag", k) for k in ctx.keywords]
    pairs.append(("name", "citation_title", ctx.title))
    pairs += [("name", "citation_author", a["name"]) for a in ctx.authors]
    scholar_date = ctx.date_iso.replace("-", "/")
    pairs += [
        ("name", "citation_publication_date", scholar_date),
        ("name", "citation_journal_title", j.name), ("name", "citation_publisher", j.publisher),
        ("name", "citation_language", ctx.lang), ("name", "citation_keywords", "; ".join(ctx.keywords)),
        ("name", "citation_doi", ctx.doi), ("name", "citation_issn", j.issn),
        ("name", "citation_fulltext_html_url", ctx.canonical),
    ]
    return [p for p in pairs if p[2]]


def json_ld(ctx: PageContext) -> str:
    """schema.org ``ScholarlyArticle`` as JSON safe to place inside ``<script>``."""
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": "ScholarlyArticle",
                            "headline": ctx.title}
    optional = {
        "alternativeHeadline": ctx.subtitle, "description": ctx.description,
        "datePublished": ctx.date_iso, "inLanguage": ctx.lang,
        "keywords": ", ".join(ctx.keywords), "articleSection": ctx.section,
        "url": ctx.canonical, "license": ctx.licence,
        "sameAs": ctx.doi_url,
    }
    data.update({k: v for k, v in optional.items() if v})
    if ctx.authors:
        data["author"] = [_person(a) for a in ctx.authors]
    j = ctx.journal
    if j.publisher or j.name:
        data["publisher"] = {"@type": "Organization", "name": j.publisher or j.name}
    if j.name:
        periodical: dict[str, Any] = {"@type": "Periodical", "name": j.name}
        if j.issn:
            periodical["issn"] = j.issn
        data["isPartOf"] = periodical
    return script_safe_json(data)


def script_safe_json(data: Any) -> str:
    """JSON that cannot end its ``<script>`` element early (``</``, ``<!--``, ``]]>``)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _person(author: dict[str, str]) -> dict[str, Any]:
    person: dict[str, Any] = {"@type": "Person", "name": author["name"]}
    if author["affiliation"]:
        person["affiliation"] = {"@type": "Organization", "name": author["affiliation"]}
    if author["orcid_url"]:
        person["identifier"] = author["orcid_url"]
    return person


def _authors(article: ArticleData) -> list[dict[str, str]]:
    out = []
    for a in article.authors:
        name = line(a.name)
        if not name:
            continue
        out.append({"name": name, "affiliation": line(a.affiliation),
                    "orcid_url": orcid_url(line(a.orcid))})
    return out


def _keywords(article: ArticleData) -> list[str]:
    seen: list[str] = []
    for k in article.keywords:
        k = line(k)
        if k and k not in seen:
            seen.append(k)
    return seen


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def clean_profile(profile: ProfileData) -> ProfileData:
    """The profile as pages show it: one-line fields; an ISSN only if valid (standard form)."""
    name, issn, publisher, url, licence = (line(getattr(profile, f)) for f in
                                           ("name", "issn", "publisher", "base_url", "default_license"))
    return ProfileData(name, issn_value(issn), publisher, url, licence)


def _related(store: Store, article: ArticleData,
             library: Mapping[str, ArticleData] | None) -> list[dict[str, str]]:
    """Existing related articles as links to their pages (missing slugs left out)."""
    if not article.related:
        return []
    if library is None:
        found = [(v.slug, v.title, v.summary) for v in store.related_articles(article) if v.exists]
    else:
        found = [(s, library[s].title, library[s].summary) for s in article.related if s in library]
    return [{"href": quote(f"{slug}.html"), "title": line(title) or slug, "summary": line(summary)}
            for slug, title, summary in found if slug != article.slug]


def _asset_loader(store: Store, article: ArticleData):
    """``name -> (mime, bytes) | None`` for the article's stored images."""
    def load(name: str) -> tuple[str, bytes] | None:
        if article.id is None:
            return None
        try:
            return store.get_asset(article.id, name)
        except KeyError:
            return None
    return load
