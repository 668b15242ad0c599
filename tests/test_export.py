"""Export: what the pages contain, the index, atomic writes and per-article failures."""

from __future__ import annotations

import base64
import json
import re
import sys
from datetime import date

import pytest

from pg_support import execute_beside
from browser.articles import HOSTILE_TITLE, PROFILE, rich_article, tiny_png
from editor_app.core.publishing import export as export_mod
from editor_app.core import resources
from editor_app.core.dto import ArticleData
from editor_app.core.publishing.export import export_articles, index_page, page_for_article
from editor_app.core.importing.importer import import_files
from editor_app.core.publishing.page import format_date, normalize_headings, shorten
from editor_app.core.publishing.render import render_markdown

MAIN = "ngoai-giao-cong-chung-trong-ky-nguyen-so"
BARE = "phat-trien-noi-dung-so-cua-co-quan-bao-chi"


def metas(html: str) -> list[tuple[str, str]]:
    return re.findall(r'<meta (?:name|property)="([^"]+)" content="([^"]*)">', html)


def meta(html: str, name: str) -> list[str]:
    return [c for n, c in metas(html) if n == name]


def json_ld(html: str) -> dict:
    scripts = re.findall(r"<script\b[^>]*>(.*?)</script>", html, re.S)
    assert len(scripts) == 1 and '<script type="application/ld+json">' in html
    return json.loads(scripts[0])


@pytest.fixture
def library(store, sample_files):
    store.set_profile(PROFILE)
    assert not import_files(store, sample_files).failed
    return store


@pytest.fixture
def rich(library):
    article = library.create_article(rich_article())
    library.add_asset(article.id, "chart.png", tiny_png())
    return article


def test_sample_page_mirrors_the_published_page(library, tmp_path):
    report = export_articles(library, tmp_path / "out", [MAIN])
    assert report.ok and [p.name for p in report.written] == [f"{MAIN}.html", "index.html"]
    html = (tmp_path / "out" / f"{MAIN}.html").read_text("utf-8")
    article = library.get_by_slug(MAIN)
    assert html.startswith("<!DOCTYPE html>\n<html lang=\"vi\">")
    head = html[html.index("<head>"):html.index("</head>")]
    assert head.split("\n")[1].startswith('<meta http-equiv="Content-Security-Policy" content="default-src '
                                          "'none'; img-src data: https:; style-src 'unsafe-inline'\">")
    assert html.count("<h1") == 1 and f">{article.title}</h1>" in html
    assert PROFILE.name in html[:html.index("<main")]  # header with the journal's name
    assert '<p class="article-section">Truyền thông</p>' in html
    assert '<time datetime="2023-12-17">17/12/2023</time>' in html
    assert "Nguồn: Bài đăng trên Báo điện tử Đảng Cộng sản Việt Nam ngày 17/12/2023" in html
    assert "Bài liên quan" in html and "Xem nhiều" not in html and "Bình luận" not in html
    # no summary: the body's first paragraph is styled as the lead
    assert 'class="article-body article-body--lead"' in html and '<p class="lead">' not in html
    first = article.body.split("\n\n")[0]
    description = meta(html, "description")[0]
    assert description.endswith("…") and len(description) <= 161
    assert first.startswith(description[:-1]) and first[len(description) - 1] == " "
    # related: in order, links to pages, summaries, a bare draft shows its title alone
    related = html[html.index('<nav class="related"'):]
    links = re.findall(r'<li><a href="([^"]+)">([^<]+)</a>', related)
    assert [h for h, _ in links] == [f"{s}.html" for s in article.related]
    bare = library.get_by_slug(BARE)
    assert re.search(rf'<li><a href="{BARE}.html">{bare.title}</a>\s*</li>', related)
    other = library.get_by_slug(article.related[0])
    assert f"<p>{other.summary}</p>" in related
    assert [k for k in meta(html, "article:tag")] == article.keywords
    assert meta(html, "citation_publication_date") == ["2023/12/17"]
    assert meta(html, "og:locale") == ["vi_VN"] and meta(html, "citation_language") == ["vi"]
    assert f'<link rel="canonical" href="https://journal.example.org/articles/{MAIN}.html">' in html
    assert meta(html, "og:url") == [f"https://journal.example.org/articles/{MAIN}.html"]
    assert meta(html, "citation_author") == [] and 'content=""' not in html
    assert "Giấy phép: CC BY-NC 4.0" in html  # the profile's default licence
    data = json_ld(html)
    assert data["@type"] == "ScholarlyArticle" and data["headline"] == article.title
    assert data["datePublished"] == "2023-12-17" and data["inLanguage"] == "vi"
    assert data["publisher"]["name"] == PROFILE.publisher and "author" not in data


def test_rich_english_article(library, rich, tmp_path):
    report = export_articles(library, tmp_path, [rich.slug])
    assert report.ok
    html = (tmp_path / f"{rich.slug}.html").read_text("utf-8")
    assert '<html lang="en">' in html and meta(html, "og:locale") == ["en_US"]
    assert '<time datetime="2023-12-17">17 December 2023</time>' in html
    assert "Source: Journal of Testing, no. 4" in html and "Related articles" in html
    assert f'<p class="lead">{rich.summary}</p>' in html and '<div class="article-body">' in html
    assert meta(html, "description") == [rich.summary]
    assert meta(html, "citation_author") == ["Nguyễn Thị Minh", "John Smith"]
    assert '<span class="affiliation">Học viện Báo chí và Tuyên truyền</span>' in html
    assert 'href="https://orcid.org/0000-0002-1825-0097"' in html
    assert meta(html, "citation_doi") == ["10.1234/jt.2023.17"] and meta(html, "citation_issn") == ["1859-4794"]
    assert meta(html, "citation_keywords") == ["public diplomacy; social media; video"]
    assert "Licence: CC BY 4.0" in html  # the article's own licence wins
    png = base64.b64encode(tiny_png()).decode()
    assert f'src="data:image/png;base64,{png}"' in html and "assets/" not in html
    assert '<abbr title="Ministry of Foreign Affairs">MFA</abbr>' in html and "<dl>" in html
    assert "<table>" in html and 'class="footnotes"' in html
    # the References section is set apart (after keywords), not left in the body
    body = html[html.index('<div class="article-body'):html.index('class="footnotes"')]
    assert "References" not in body and "Nye, J. S." not in body
    refs = html[html.index('<section class="references">'):]
    assert "Nye, J. S." in refs and refs.index("References") < refs.index("Nye")
    assert html.index('class="keywords"') < html.index('<section class="references">')
    # the related slug that does not exist is left out; the existing one is linked
    assert f'href="{MAIN}.html"' in html and "does-not-exist" not in html
    data = json_ld(html)
    assert [a["name"] for a in data["author"]] == ["Nguyễn Thị Minh", "John Smith"]
    assert data["author"][0]["affiliation"]["name"] == "Học viện Báo chí và Tuyên truyền"
    assert data["keywords"] == "public diplomacy, social media, video"


def test_page_is_self_contained(library, rich, tmp_path):
    export_articles(library, tmp_path, all_statuses=True)
    for page in tmp_path.glob("*.html"):
        html = page.read_text("utf-8")
        assert "<link rel=\"stylesheet\"" not in html and "@import" not in html and "url(" not in html
        assert not re.search(r'\ssrc="(?!data:)', html), page.name


def test_hostile_metadata_cannot_break_out(library, tmp_path):
    article = library.create_article(ArticleData(
        title=HOSTILE_TITLE, slug="hostile", body="Text.", summary=HOSTILE_TITLE, keywords=[HOSTILE_TITLE],
        section=HOSTILE_TITLE, source=HOSTILE_TITLE, subtitle=HOSTILE_TITLE))
    html = page_for_article(library, article, render_markdown(article.body))
    assert html.count("<script") == 1 and html.count("</script>") == 1
    assert "<b>bold</b>" not in html and "<!--" not in html
    assert json_ld(html)["headline"] == HOSTILE_TITLE
    assert meta(html, "og:title") == [HOSTILE_TITLE.replace("&", "&amp;").replace('"', "&#34;")
                                      .replace("<", "&lt;").replace(">", "&gt;")]


def test_preview_string_is_exactly_the_exported_page(library, rich, tmp_path):
    export_articles(library, tmp_path, [rich.slug])
    article = library.get_by_slug(rich.slug)
    preview = page_for_article(library, article, render_markdown(article.body, language=article.language))
    assert preview == (tmp_path / f"{rich.slug}.html").read_text("utf-8")


def test_unsaved_article_previews_with_placeholders(library):
    draft = ArticleData(title="Bản nháp", body="Ảnh: ![Biểu đồ](assets/missing.png)\n\n# Phần một\n\n#### Sâu")
    html = page_for_article(library, draft, render_markdown(draft.body))
    assert "Thiếu ảnh: Biểu đồ" in html and "assets/missing.png" not in html
    assert '<link rel="canonical"' not in html  # no slug, no URL
    assert "<h2" in html and "<h3" in html and "<h4" not in html  # no skipped heading level


@pytest.mark.parametrize("body, lead", [
    ("Đoạn mở đầu.\n\n## Phần một\n\nĐoạn hai.", True),
    ("## Phần một\n\nĐoạn sau đề mục.", False),            # a heading first: no lead
    ("- một\n- hai\n\nĐoạn sau danh sách.", False),
    ("![Ảnh](https://example.org/a.png)\n\nĐoạn sau ảnh.", False),
])
def test_the_lead_is_a_first_paragraph_before_any_heading(library, body, lead):
    article = ArticleData(title="Bài", body=body)
    html = page_for_article(library, article, render_markdown(article.body))
    assert ('class="article-body article-body--lead"' in html) == lead
    with_summary = ArticleData(title="Bài", body=body, summary="Tóm tắt.")
    html = page_for_article(library, with_summary, render_markdown(with_summary.body))
    assert 'class="article-body article-body--lead"' not in html and '<p class="lead">Tóm tắt.</p>' in html


def test_one_bad_article_does_not_stop_the_others_and_keeps_its_old_page(library, tmp_path):
    broken = library.create_article(ArticleData(title="Ảnh thiếu", slug="anh-thieu",
                                                body="![x](assets/nowhere.png)"))
    out = tmp_path / "out"
    out.mkdir()
    (out / "anh-thieu.html").write_text("previous page", "utf-8")
    seen = []
    report = export_articles(library, out, all_statuses=True, progress=lambda done, total: seen.append((done, total)))
    assert [str(e) for e in report.errors] == [
        "anh-thieu: image 'nowhere.png' is not one of the article's images (assets)"]
    assert (out / "anh-thieu.html").read_text("utf-8") == "previous page"
    assert len(report.written) == 7 and seen[-1] == (7, 7) and [d for d, _ in seen] == list(range(1, 8))
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    assert broken.slug in (out / "index.html").read_text("utf-8")  # its previous page is still listed


def test_unknown_slug_render_timeout_and_reserved_slug(library, tmp_path):
    library.create_article(ArticleData(title="Chậm", slug="cham", body="[a" * 40000))
    home = library.create_article(ArticleData(title="Trang chủ", slug="index", body="x"))
    assert home.slug == "index-1"  # the store keeps no reserved slug; an older library may have one
    execute_beside(library, "UPDATE articles SET slug = 'index' WHERE id = :id", id=home.id)
    report = export_articles(library, tmp_path, ["cham", "khong-co", MAIN, "index"], timeout=0.5)
    messages = {e.slug: e.message for e in report.errors}
    assert set(messages) == {"cham", "khong-co", "index"}
    assert "could not be rendered" in messages["cham"]
    assert "no article" in messages["khong-co"] and "reserved" in messages["index"]
    assert (tmp_path / f"{MAIN}.html").is_file() and not (tmp_path / "cham.html").exists()
    assert "Trang chủ" not in (tmp_path / "index.html").read_text("utf-8")


def test_failed_write_leaves_previous_page_and_no_temp_file(library, tmp_path, monkeypatch):
    target = tmp_path / f"{MAIN}.html"
    target.write_text("old", "utf-8")

    def no_space(fd):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(export_mod.os, "fsync", no_space)
    report = export_articles(library, tmp_path, [MAIN])
    assert [e.message for e in report.errors if e.slug == MAIN] == [
        "cannot write the page: No space left on device"]
    assert target.read_text("utf-8") == "old"
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]


def test_interrupted_export_leaves_whole_pages_only(library, tmp_path, monkeypatch):
    real = export_mod.write_atomic
    calls = []

    def interrupted(path, text):
        calls.append(path)
        if len(calls) == 3:
            raise KeyboardInterrupt
        real(path, text)
    monkeypatch.setattr(export_mod, "write_atomic", interrupted)
    with pytest.raises(KeyboardInterrupt):
        export_articles(library, tmp_path / "out", all_statuses=True)
    files = sorted((tmp_path / "out").iterdir())
    assert 2 <= len(files) < 6 and not (tmp_path / "out" / "index.html").exists()
    assert all(f.suffix == ".html" and f.read_text("utf-8").rstrip().endswith("</html>") for f in files)


def test_index_groups_by_section_newest_first(library, tmp_path):
    older = library.create_article(ArticleData(title="Cũ hơn", slug="cu-hon", section="Nghiên cứu",
                                               summary="Tóm tắt cũ.", published_on=date(2020, 1, 2)))
    newer = library.create_article(ArticleData(title="Mới hơn", slug="moi-hon", section="Nghiên cứu",
                                               published_on=date(2024, 5, 6)))
    english = library.create_article(ArticleData(title="In English", slug="in-english", language="en",
                                                 section="Nghiên cứu", published_on=date(2022, 1, 1)))
    export_articles(library, tmp_path, all_statuses=True)
    html = (tmp_path / "index.html").read_text("utf-8")
    sections = re.findall(r'<h2 id="section-\d+">([^<]+)</h2>', html)
    assert sections == ["Nghiên cứu", "Truyền thông", "Bài viết khác"]
    hrefs = re.findall(r'<a href="([^"]+)\.html">', html)
    assert hrefs[:3] == [newer.slug, english.slug, older.slug]
    assert set(hrefs) == {p.stem for p in tmp_path.glob("*.html")} - {"index"}
    assert "<p class=\"toc__summary\">Tóm tắt cũ.</p>" in html and '<li lang="en">' in html
    assert '<time datetime="2024-05-06">06/05/2024</time>' in html
    # exporting one article later keeps every exported page in the index
    export_articles(library, tmp_path, [newer.slug])
    assert set(re.findall(r'<a href="([^"]+)\.html">', (tmp_path / "index.html").read_text("utf-8"))) == set(hrefs)


def test_index_page_function(library):
    html = index_page(library, [library.get_by_slug(MAIN)])
    assert html.count("<h1") == 1 and f'href="{MAIN}.html"' in html and '<html lang="vi">' in html


def test_template_and_css_add_at_most_20_kb(library, rich, tmp_path):
    article = library.get_by_slug(rich.slug)
    rendered = render_markdown(article.body, language="en")
    page = page_for_article(library, article, rendered).encode("utf-8")
    png_inline = len(base64.b64encode(tiny_png()))  # the image is inlined into the body
    metadata = sum(len(v.encode()) for v in [article.title, article.subtitle, article.summary, article.source,
                                             *article.keywords, *(a.name + a.affiliation for a in article.authors)])
    overhead = len(page) - len(rendered.html.encode()) - png_inline - metadata
    assert overhead <= 20 * 1024, overhead
    minimal = page_for_article(library, ArticleData(title="x", body="x"), render_markdown("x"))
    assert len(minimal.encode()) <= 20 * 1024


def test_formatting_helpers():
    assert format_date(date(2023, 12, 7), "vi") == "07/12/2023"
    assert format_date(date(2023, 12, 17), "en") == "17 December 2023"
    text = "Một hai ba bốn năm sáu bảy tám chín mười " * 10
    short = shorten(text, 40)
    assert short == "Một hai ba bốn năm sáu bảy tám chín mười…"
    assert shorten("ngắn", 40) == "ngắn"
    assert normalize_headings('<h4 id="a">A</h4><p>x</p><h6>B</h6><h5>C</h5>') == \
        '<h2 id="a">A</h2><p>x</p><h3>B</h3><h3>C</h3>'


def test_resource_path_locations(tmp_path, monkeypatch):
    assert resources.resource_path("templates", "article.html").is_file()
    assert resources.resource_path("css", "page.css").is_file()
    bundle = tmp_path / "bundle"
    (bundle / "resources" / "templates").mkdir(parents=True)
    monkeypatch.setattr(resources, "_PACKAGE_DIR", tmp_path / "site-packages" / "editor_app")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert resources.resource_path("css") == bundle / "resources" / "css"
    installed = tmp_path / "site-packages" / "editor_app" / "resources" / "templates"
    installed.mkdir(parents=True)
    resources._first_existing.cache_clear()  # the folders are looked up once per process
    assert resources.resource_root() == installed.parent


def test_unwritable_destination_is_a_clear_error(library, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(Exception, match="cannot create the export folder"):
        export_articles(library, blocker / "out", all_statuses=True)


def test_identifiers_on_pages_and_index_only_when_valid(library, tmp_path):
    """Invalid DOI / ORCID / language / ISSN / base URL never reach a link, a meta tag or lang."""
    from editor_app.core.dto import AuthorData, ProfileData

    bad = library.create_article(ArticleData(
        title="Sai định danh", slug="sai-dinh-danh", body="Thân.", language="english",
        doi="doi:10.1000", authors=[AuthorData("A", orcid="0000-0002-1825-0098")]))
    odd = library.create_article(ArticleData(
        title="Odd", slug="odd", body="Body.", language="EN-us", doi='https://doi.org/10.1234/<x>"{}|#?',
        authors=[AuthorData("B", orcid="orcid.org/0000-0002-1694-233x")]))
    library.set_profile(ProfileData(name="J", issn="2049-3631", base_url="https://j.example.org/a b/<x>"))
    report = export_articles(library, tmp_path, [bad.slug, odd.slug])
    assert report.ok
    html = (tmp_path / "sai-dinh-danh.html").read_text("utf-8")
    assert html.startswith('<!DOCTYPE html>\n<html lang="vi">') and "doi.org" not in html
    assert meta(html, "citation_doi") == [] and "orcid.org" not in html and "sameAs" not in html
    assert meta(html, "citation_issn") == [] and "ISSN" not in html  # 2049-3631: wrong check digit
    assert '<link rel="canonical" href="https://j.example.org/a%20b/%3Cx%3E/sai-dinh-danh.html">' in html
    html = (tmp_path / "odd.html").read_text("utf-8")
    assert html.startswith('<!DOCTYPE html>\n<html lang="en-US">') and meta(html, "og:locale") == ["en_US"]
    url = "https://doi.org/10.1234/%3Cx%3E%22%7B%7D%7C%23%3F"
    assert f'<a href="{url}">10.1234/&lt;x&gt;&#34;{{}}|#?</a>' in html and json_ld(html)["sameAs"] == url
    assert meta(html, "citation_doi") == ['10.1234/&lt;x&gt;&#34;{}|#?']
    assert 'href="https://orcid.org/0000-0002-1694-233X"' in html
    index = (tmp_path / "index.html").read_text("utf-8")
    assert '<li lang="en-US">' in index and 'lang="english"' not in index
    library.set_profile(ProfileData(name="J", base_url="javascript:alert(1)//x"))
    assert "canonical" not in page_for_article(library, odd, render_markdown(odd.body))
