"""The page body is split into text, notes and references only between top-level elements.

Before, a "References" heading or a ``div class="footnote"`` inside a quote, a
list or a table cut the body in the middle of that element: unbalanced tags,
and the text after it moved into the references.  Every page here is read with
a strict parser (tests/pagetree.py) and, in one run, by the W3C Nu checker.
"""

from __future__ import annotations

import pytest

from editor_app.core.dto import ArticleData
from editor_app.core.publishing.export import page_for_article
from editor_app.core.publishing.page_body import first_paragraph_text, split_body, text_of
from editor_app.core.publishing.render import render_markdown
from pagetree import nu_errors, page_parts, read_page

REFS = ["References", "Tài liệu tham khảo", "TÀI LIỆU THAM KHẢO:", "Danh mục tài liệu tham khảo",
        "Bibliography"]

# Bodies where the references heading (or a footnote-like div) is nested: nothing
# may move out of the body.  {h} is a references title.
NESTED = {
    "blockquote": "Mở đầu.\n\n> ## {h}\n>\n> trích dẫn\n\nSau trích dẫn.\n\n## Tiếp\n\nhết",
    "list": "Mở đầu.\n\n- mục một\n\n    ## {h}\n\n    thêm\n\n- mục hai\n\nSau danh sách.",
    "ordered-list-deep": "Mở đầu.\n\n1. a\n\n    > - b\n    >\n    >     ### {h}\n    >\n    >     c\n\nSau cùng.",
    "table-cell": "Mở đầu.\n\n<table><tr><td><h2>{h}</h2><p>trong ô</p></td><td>ô hai</td></tr></table>\n\nSau bảng.",
    "table-raw-caption": "Mở đầu.\n\n<table><caption><h3>{h}</h3></caption><tr><td>x</td></tr></table>\n\nSau bảng.",
    "definition": "Mở đầu.\n\n<dl><dt>thuật ngữ</dt><dd><h2>{h}</h2>định nghĩa</dd></dl>\n\nSau định nghĩa.",
    "blockquote-in-list-in-quote": "Mở đầu.\n\n> - x\n>\n>     > ## {h}\n>     >\n>     > y\n\nSau cùng.",
    "section-div": 'Mở đầu.\n\n<div><section><h2>{h}</h2><p>z</p></section></div>\n\nSau khối.',
    "figure": "Mở đầu.\n\n<figure><h2>{h}</h2><figcaption>chú</figcaption></figure>\n\nSau hình.",
    "heading-in-footnote": "Mở đầu.[^1]\n\nSau chú thích.\n\n[^1]: <h2>{h}</h2> nguồn",
}
FOOTNOTE_DIVS = {
    "quote": '<blockquote><div class="footnote"><p>giả</p></div><p>còn</p></blockquote>',
    "list": '<ul><li><div class="footnote">giả</div> còn</li></ul>',
    "table": '<table><tr><td><div class="footnote">giả</div></td><td>còn</td></tr></table>',
    "top-level-middle": '<div class="footnote"><p>giả</p></div>',
}


def page(store, body: str, **fields) -> str:
    article = ArticleData(title="Bài thử", slug="bai-thu", body=body, **fields)
    return page_for_article(store, article, render_markdown(body, language=article.language))


@pytest.mark.parametrize("heading", REFS)
@pytest.mark.parametrize("case", sorted(NESTED))
def test_a_nested_references_heading_stays_in_the_body(store, case, heading):
    body = NESTED[case].format(h=heading)
    parts = page_parts(page(store, body))  # asserts balanced tags
    assert parts.references is None, parts.references
    assert parts.body.startswith("Mở đầu.")
    if case == "heading-in-footnote":
        assert heading.rstrip(":") in parts.footnotes and parts.body.endswith("Sau chú thích.")
    else:
        assert heading.rstrip(":") in parts.body
        assert parts.body.endswith(body.rsplit("\n\n", 1)[1])  # what follows did not move


@pytest.mark.parametrize("case", sorted(FOOTNOTE_DIVS))
def test_a_footnote_div_that_is_not_the_last_top_level_element_stays_in_the_body(store, case):
    body = f"Mở đầu.\n\n{FOOTNOTE_DIVS[case]}\n\nSau khối.\n\n## Kết\n\nhết"
    parts = page_parts(page(store, body))
    assert parts.footnotes is None
    assert "giả" in parts.body and "Sau khối." in parts.body and parts.body.endswith("hết")


def test_real_footnotes_leave_a_nested_footnote_div_in_place(store):
    body = ('Có chú thích.[^a]\n\n<blockquote><div class="footnote">giả</div> còn</blockquote>\n\n'
            "Cuối.\n\n[^a]: Chú thích thật.")
    parts = page_parts(page(store, body))
    assert "giả còn" in parts.body and parts.body.endswith("Cuối.")
    assert "Chú thích thật." in parts.footnotes and "giả" not in parts.footnotes


@pytest.mark.parametrize("title", [
    "*Tài liệu* **tham khảo**", "[References](#refs)", "References[^1]", "`Bibliography`",
    "Tài&nbsp;liệu tham khảo", "TÀI LIỆU THAM KHẢO.",
])
def test_top_level_heading_with_inline_markup_starts_the_references(store, title):
    body = f"Thân bài.[^1]\n\n## {title}\n\n1. Nguồn một.\n\n[^1]: ghi chú"
    parts = page_parts(page(store, body))
    assert parts.body == "Thân bài. 1" and "Nguồn một." in parts.references
    assert parts.footnotes is not None and "ghi chú" in parts.footnotes


def test_references_heading_twice_both_parts_are_references_in_order(store):
    body = ("A thân.\n\n## References\n\nR1\n\n## Giữa\n\nB thân.\n\n## Tài liệu tham khảo\n\nR2\n\n"
            "### R2 con\n\nR3\n\n## Cuối\n\nC thân.")
    parts = page_parts(page(store, body))
    assert parts.body == "A thân. Giữa B thân. Cuối C thân."
    assert parts.references == "References R1 Tài liệu tham khảo R2 R2 con R3"


def test_references_at_the_very_start_and_at_the_very_end(store):
    parts = page_parts(page(store, "## References\n\nR1\n\n## Mở\n\nthân"))
    assert parts.references == "References R1" and parts.body == "Mở thân"
    parts = page_parts(page(store, "## References\n\nR1"))
    assert parts.references == "References R1" and parts.body == ""
    parts = page_parts(page(store, "thân\n\n## References"))
    assert parts.references == "References" and parts.body == "thân"


def test_references_section_ends_at_a_heading_of_its_level_or_higher(store):
    body = "### References\n\nR\n\n#### Phụ\n\nR phụ\n\n> ## Trong trích\n\nR tiếp\n\n## Phụ lục\n\nthân"
    parts = page_parts(page(store, body))
    assert parts.references == "References R Phụ R phụ Trong trích R tiếp"
    assert parts.body == "Phụ lục thân"
    refs = parts.tree.find("section", "references")
    assert [h.tag for h in refs.walk() if h.tag[:1] == "h" and h.tag[1:].isdigit()] == ["h2", "h3", "h2"]


def test_split_body_on_fragments():
    parts = split_body('<blockquote><h2 id="r">References</h2><p>x</p></blockquote><p>y</p>'
                       '<div class="footnote"><ol><li id="fn:1">n</li></ol></div>')
    assert parts.references == "" and parts.body.startswith("<blockquote><h2")
    assert parts.footnotes.startswith('<div class="footnote">')
    assert split_body("").body == "" and split_body("chỉ chữ").body == "chỉ chữ"
    assert text_of('<h2>Tài <em>liệu</em><sup id="fnref:1"><a href="#fn:1">1</a></sup></h2>') == "Tài liệu"
    assert first_paragraph_text('<ul><li><p>trong <b>danh</b> sách</p></li></ul><p>sau</p>') == "trong danh sách"
    assert first_paragraph_text("<h2>x</h2>") == ""


def test_attribute_text_that_looks_like_a_tag_is_left_alone():
    """A '<h2' inside alt text is not a heading: nothing is renamed or split there."""
    body = '<p><img src="https://a.org/i.png" alt="<h4>References</h4>"></p><h4>Mục</h4><p>x</p>'
    parts = split_body(body)
    assert 'alt="<h4>References</h4>"' in parts.body and "<h2>Mục</h2>" in parts.body


@pytest.mark.validator
def test_nu_checker_accepts_every_structure_page(store, tmp_path):
    pages = []
    cases = [(f"nested-{c}-{i}", NESTED[c].format(h=h)) for c in NESTED for i, h in enumerate(REFS[:2])]
    cases += [(f"fn-{c}", f"Mở.\n\n{d}\n\nSau.[^1]\n\n[^1]: n") for c, d in FOOTNOTE_DIVS.items()]
    cases += [("twice", "A\n\n## References\n\nR\n\n## B\n\nb\n\n## References\n\nR2"),
              ("start", "## References\n\nR"), ("end", "x\n\n## References")]
    for name, body in cases:
        html = page(store, body)
        assert not read_page(html)[1], name
        path = tmp_path / f"{name}.html"
        path.write_text(html, "utf-8")
        pages.append(path)
    errors = [e for found in nu_errors(pages).values() for e in found]
    assert not errors, "\n".join(errors[:40])
