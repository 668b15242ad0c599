"""Pre-publish checks: each rule, on articles and the journal profile."""

from __future__ import annotations

from datetime import date

from editor_app.core.dto import ArticleData, AuthorData, ProfileData
from editor_app.core.importing.frontmatter import parse_article_file
from editor_app.core.publishing.checks import ERROR, WARNING, article_problems, check_articles, profile_problems

GOOD = dict(title="Tiêu đề", slug="bai", summary="Tóm tắt.", language="vi", body="Văn bản.")


def _kinds(article, related=(), style=""):
    return {(p.kind, p.severity) for p in article_problems(article, lambda s: s in related, style)}


def test_a_clean_article_has_no_problem():
    assert _kinds(ArticleData(**GOOD)) == set()


def test_each_error():
    bad = ArticleData(**{**GOOD, "title": "  ", "doi": "doi:10.1000", "language": "vietnamese",
                         "related": ["co-that", "khong-co"],
                         "authors": [AuthorData("Lan", orcid="0000-0002-1825-0098"),
                                     AuthorData("Minh", orcid="0000-0002-1825-0097")]})
    problems = article_problems(bad, lambda s: s == "co-that")
    kinds = {p.kind: p for p in problems}
    assert {k for k, p in kinds.items() if p.severity == ERROR} == {"title", "doi", "language", "orcid", "related"}
    assert "0000-0002-1825-0098" in kinds["orcid"].message and "khong-co" in kinds["related"].message
    assert [p.kind for p in problems].count("orcid") == 1   # the valid one is fine
    assert kinds["doi"].field == "doi" and kinds["title"].field == "title"


def test_each_warning():
    body = "Ảnh:\n\n![](assets/a.png)\n\n![Mô tả](assets/b.png)\n\n<img src=\"assets/c.png\" alt=\"\">\n"
    art = ArticleData(**{**GOOD, "summary": "", "body": body, "status": "published", "published_on": None})
    problems = article_problems(art, lambda s: False)
    kinds = [(p.kind, p.severity) for p in problems]
    assert ("summary", WARNING) in kinds and ("date", WARNING) in kinds
    alts = [p for p in problems if p.kind == "alt-text"]
    assert [body[p.start:p.end] for p in alts] == ["![](assets/a.png)", '<img src="assets/c.png" alt="">']
    art.published_on = date(2026, 1, 1)
    assert ("date", WARNING) not in _kinds(art)


def test_mixed_tone_marks_in_the_main_sample(samples_dir):
    path = samples_dir / "articles" / "ngoai-giao-cong-chung-trong-ky-nguyen-so.md"
    article = parse_article_file(path)
    (problem,) = [p for p in article_problems(article, lambda s: True) if p.kind == "tone-marks"]
    assert problem.severity == WARNING
    assert "hoá" in problem.message and "hóa" in problem.message
    assert "old style" in problem.message and "new style" in problem.message
    assert any(ch.isdigit() for ch in problem.message)
    assert problem.start is not None and article.body[problem.start:problem.end].lower() in ("hoá", "hóa")


def test_a_journal_style_flags_the_other_one():
    art = ArticleData(**{**GOOD, "body": "Văn hoá và thuỷ lợi."})
    assert _kinds(art) == set()
    assert _kinds(art, style="new") == {("tone-marks", WARNING)}
    assert _kinds(art, style="old") == set()


def test_profile_base_url():
    assert profile_problems(ProfileData(base_url="https://tapchi.example.vn/")) == []
    assert profile_problems(ProfileData(base_url="")) == []
    (p,) = profile_problems(ProfileData(base_url="tapchi.example.vn"))
    assert p.kind == "base-url" and p.severity == ERROR and p.as_json()["slug"] == ""
    assert set(p.as_json()) == {"slug", "kind", "severity", "message"}
    assert check_articles([], lambda s: True, ProfileData(base_url="ftp://x"))[0].kind == "base-url"
