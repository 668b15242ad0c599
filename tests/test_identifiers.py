"""Identifiers on exported pages: only valid DOIs, ORCID iDs and language tags are published.

Property-style: seeded random hostile DOI / language / ORCID / title fields
(tests/hostile_fields.py) go through the page builder the preview and the
exporter share; every page must read with balanced tags, publish exactly the
valid identifiers (encoded as URLs where they are links) and nothing else; a
sample goes through the W3C Nu checker in one run.
"""

from __future__ import annotations

import json
import random
import re
from urllib.parse import unquote

import pytest

import hostile_fields as hostile
from editor_app.core import validate as v
from editor_app.core.dto import ArticleData, AuthorData
from editor_app.core.publishing.export import page_for_article
from editor_app.core.publishing.page import line
from editor_app.core.publishing.render import render_markdown
from pagetree import nu_errors, read_page

CASES = 400
NU_SAMPLE = 40
BODY = "Mở đầu.[^1]\n\n> ## References\n>\n> trích\n\nSau.\n\n## Tài liệu tham khảo\n\n1. Nguồn.\n\n[^1]: Ghi chú."
# What a URL may hold once percent-encoded (the WHATWG URL code points, ASCII only).
URL_UNITS = re.compile(r"(?:[A-Za-z0-9!$&'()*+,\-./:;=?@_~#]|%[0-9A-Fa-f]{2})*")


def hostile_article(rng: random.Random, n: int) -> ArticleData:
    return ArticleData(
        title=hostile.title(rng), slug=f"bai-{n}", body=BODY, language=hostile.language(rng),
        doi=hostile.doi(rng), subtitle=hostile.title(rng), section=hostile.title(rng)[:50],
        keywords=[hostile.title(rng)[:40]],
        authors=[AuthorData(name=f"Tác giả {i}", orcid=hostile.orcid(rng)) for i in range(rng.randint(0, 3))],
    )


@pytest.fixture(scope="module")
def hostile_pages(tmp_path_factory) -> list[tuple[ArticleData, str]]:
    from editor_app.core.library.store import Store

    store = Store.open(tmp_path_factory.mktemp("identifiers") / "library.sqlite")
    try:
        rng = random.Random(20240909)
        articles = [hostile_article(rng, n) for n in range(CASES)]
        rendered = {lang: render_markdown(BODY, language=lang) for lang in ("vi", "en")}
        return [(a, page_for_article(store, a, rendered["en" if v.html_language(a.language) == "en" else "vi"]))
                for a in articles]
    finally:
        store.close()


def links(tree, prefix: str) -> list[str]:
    return [a.attrs["href"] for a in tree.find_all("a") if a.attrs.get("href", "").startswith(prefix)]


def metas(tree, name: str) -> list[str]:
    return [m.attrs["content"] for m in tree.find_all("meta") if m.attrs.get("name") == name]


def json_ld(tree) -> dict:
    [script] = tree.find_all("script")
    return json.loads("".join(script.children))


def test_the_generator_covers_valid_and_invalid_values(hostile_pages):
    articles = [a for a, _ in hostile_pages]
    valid_dois = [a.doi for a in articles if a.doi.strip() and v.doi_problem(a.doi) is None]
    assert len(valid_dois) >= 60 and sum(v.doi_problem(a.doi) is not None for a in articles) >= 100
    assert sum(bool(re.search(r"[<>\"{}|\\^`%#? ]", v.normalize_doi(d))) for d in valid_dois) >= 10
    langs = [v.html_language(a.language) for a in articles]
    assert sum(lang is None for lang in langs) >= 100 and len({lang for lang in langs if lang}) >= 15
    orcids = [au.orcid for a in articles for au in a.authors]
    assert sum(v.orcid_problem(o) is None for o in orcids) >= 50
    assert sum(v.orcid_problem(o) == v.ORCID_CHECKSUM for o in orcids) >= 50


def test_every_hostile_page_has_balanced_tags_and_only_valid_urls(hostile_pages):
    for article, html in hostile_pages:
        tree, problems = read_page(html)
        assert not problems, (article.slug, problems)
        urls = [n.attrs[k] for n in tree.walk() for k in ("href", "src") if k in n.attrs]
        bad = [u for u in urls if not URL_UNITS.fullmatch(u)]
        assert not bad, (article.slug, bad)
        assert tree.find("h1").text() == (line(article.title) or "(Chưa có tiêu đề)")
        assert "References" in tree.find("div", "article-body").text()  # the nested heading stayed


def test_doi_is_published_only_when_valid_and_percent_encoded(hostile_pages):
    for article, html in hostile_pages:
        tree, _ = read_page(html)
        doi_links = links(tree, "https://doi.org/")
        doi = line(article.doi)  # as the page reads the field
        valid = bool(doi) and v.doi_problem(doi) is None
        if not valid:
            assert doi_links == [] and metas(tree, "citation_doi") == [], doi
            assert "sameAs" not in json_ld(tree)
            continue
        bare = v.normalize_doi(doi)
        assert doi_links == [v.doi_url(doi)], doi
        path = doi_links[0].removeprefix("https://doi.org/").replace("%2F", "/")
        assert unquote(path) == bare  # the link resolves the DOI itself, not a part of it
        assert metas(tree, "citation_doi") == [bare] and json_ld(tree)["sameAs"] == doi_links[0]
        assert tree.find("span", "doi").text() == f"DOI: {bare}"


def test_lang_is_a_valid_bcp47_tag_or_the_journal_default(hostile_pages):
    import langcodes

    for article, html in hostile_pages:
        tree, _ = read_page(html)
        lang = tree.find("html").attrs["lang"]
        assert lang == (v.html_language(line(article.language)) or "vi"), article.language
        assert lang.isascii() and langcodes.tag_is_valid(lang) and langcodes.standardize_tag(lang) == lang
        assert metas(tree, "citation_language") == [lang] and json_ld(tree)["inLanguage"] == lang


def test_orcid_links_only_for_ids_with_a_right_check_digit(hostile_pages):
    for article, html in hostile_pages:
        tree, _ = read_page(html)
        expected = [v.orcid_url(line(a.orcid)) for a in article.authors
                    if line(a.orcid) and v.orcid_problem(line(a.orcid)) is None]
        found = links(tree, "https://orcid.org/")
        assert found == expected, [a.orcid for a in article.authors]
        for url in found:
            digits = url.removeprefix("https://orcid.org/").replace("-", "")
            assert re.fullmatch(r"[0-9]{15}[0-9X]", digits) and v.orcid_check_digit(digits[:15]) == digits[15]
        assert not [a for a in tree.find_all("a") if "orcid" in a.attrs.get("href", "")
                    and not a.attrs["href"].startswith("https://orcid.org/")]


@pytest.mark.validator
def test_nu_checker_accepts_a_sample_of_hostile_pages(hostile_pages, tmp_path):
    """The sample favours pages that publish a DOI with reserved characters or an unusual tag."""
    def interest(item) -> int:
        article, _ = item
        doi = v.doi_value(article.doi)
        return (bool(re.search(r"[^A-Za-z0-9./-]", doi)) * 2 + (v.html_language(article.language) not in
                (None, "vi", "en")) + any(v.orcid_problem(a.orcid) is None for a in article.authors))
    sample = sorted(hostile_pages, key=interest, reverse=True)[:NU_SAMPLE]
    paths = []
    for article, html in sample:
        path = tmp_path / f"{article.slug}.html"
        path.write_text(html, "utf-8")
        paths.append(path)
    found = nu_errors(paths)
    errors = [e for page in found.values() for e in page]
    assert len(found) == NU_SAMPLE and not errors, "\n".join(errors[:40])
