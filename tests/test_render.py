"""Real Markdown rendering: extensions, anchors, assets, safety of the pipeline."""

from __future__ import annotations

import html as html_lib
import re
import threading
from pathlib import Path

import pytest

from editor_app.core.publishing.render import (
    Heading,
    Rendered,
    render_inline,
    render_markdown,
    rewrite_asset_srcs,
)

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples"


def _body_of(markdown_file: Path) -> str:
    text = markdown_file.read_text("utf-8")
    return text.split("---\n", 2)[2] if text.startswith("---\n") else text


def test_table_with_alignment_classes_and_no_style():
    html = render_markdown("| Năm | Số bài |\n|:--|--:|\n| 2023 | 12 |\n").html
    assert "<table>" in html and "<thead>" in html and "<tbody>" in html
    assert '<th class="align-left">Năm</th>' in html
    assert '<th class="align-right">Số bài</th>' in html
    assert '<td class="align-right">12</td>' in html
    assert "style=" not in html


def test_footnotes_link_both_ways_with_vietnamese_title():
    html = render_markdown("Câu có chú thích.[^nguon]\n\n[^nguon]: Theo Báo Nhân Dân.\n").html
    assert '<sup id="fnref:nguon"><a class="footnote-ref" href="#fn:nguon">1</a></sup>' in html
    footnotes = html[html.index('<div class="footnote">'):]
    assert '<li id="fn:nguon">' in footnotes and "Theo Báo Nhân Dân." in footnotes
    assert 'href="#fnref:nguon"' in footnotes
    assert 'title="Quay lại chỗ dẫn chú thích 1"' in footnotes


def test_footnote_labels_with_diacritics_get_ascii_ids_that_still_link():
    html = render_markdown("A.[^nguồn] B.[^nguon] C.[^nguồn]\n\n[^nguồn]: X.\n\n[^nguon]: Y.\n").html
    ids = re.findall(r'id="([^"]+)"', html)
    hrefs = re.findall(r'href="#([^"]+)"', html)
    assert ids == ["fnref:nguon", "fnref:nguon-2", "fnref2:nguon", "fn:nguon", "fn:nguon-2"]
    assert sorted(set(hrefs)) == sorted(set(ids))


def test_footnote_title_follows_language():
    html = render_markdown("A.[^1]\n\n[^1]: B.\n", language="en").html
    assert 'title="Back to the reference of footnote 1"' in html


def test_abbreviations():
    html = render_markdown("AI thay đổi báo chí.\n\n*[AI]: Trí tuệ nhân tạo\n").html
    assert '<abbr title="Trí tuệ nhân tạo">AI</abbr>' in html
    assert "*[AI]" not in html


def test_definition_list():
    html = render_markdown("Báo chí số\n:   Báo chí trên nền tảng số.\n").html
    assert "<dl>\n<dt>Báo chí số</dt>\n<dd>Báo chí trên nền tảng số.</dd>\n</dl>" in html


def test_fenced_code_is_escaped_and_keeps_language():
    html = render_markdown('```python\nprint("<b>xin chào</b>")\n```\n').html
    assert '<pre><code class="language-python">' in html
    assert "&lt;b&gt;xin chào&lt;/b&gt;" in html
    assert "<b>" not in html


def test_heading_anchors_are_ascii_folded_and_unique():
    rendered = render_markdown("## Đổi mới báo chí\n\nA\n\n## Đổi mới báo chí\n\n### !!!\n")
    assert '<h2 id="doi-moi-bao-chi">Đổi mới báo chí</h2>' in rendered.html
    assert '<h2 id="doi-moi-bao-chi_1">Đổi mới báo chí</h2>' in rendered.html
    assert rendered.headings == (
        Heading(2, "Đổi mới báo chí", "doi-moi-bao-chi"),
        Heading(2, "Đổi mới báo chí", "doi-moi-bao-chi_1"),
        Heading(3, "!!!", "section"),
    )


def test_h1_in_markdown_becomes_h2():
    rendered = render_markdown("# Đổi mới báo chí\n\n#### Chi tiết\n")
    assert "<h1" not in rendered.html
    assert rendered.headings == (
        Heading(2, "Đổi mới báo chí", "doi-moi-bao-chi"),
        Heading(4, "Chi tiết", "chi-tiet"),
    )


def test_heading_text_is_plain_and_skips_footnote_markers():
    rendered = render_markdown('## Báo chí *số* và "AI"[^1]\n\n[^1]: x\n')
    assert rendered.headings[0].text == "Báo chí số và “AI”"
    assert rendered.headings[0].anchor == "bao-chi-so-va-ai"


def test_smart_quotes_dashes_and_ellipsis():
    html = render_markdown("Chủ đề \"Ngoại giao công chúng\" -- và 'số'...\n").html
    assert "“Ngoại giao công chúng”" in html
    assert "‘số’" in html and "–" in html and "…" in html


def test_attr_list_is_not_enabled():
    html = render_markdown("## Tiêu đề {#x onclick=alert(1)}\n\n![a](assets/a.png){: onerror=alert(1)}\n").html
    # The attribute syntax stays visible as text instead of becoming attributes.
    assert ">Tiêu đề {#x onclick=alert(1)}</h2>" in html
    assert '<img alt="a" src="assets/a.png">{: onerror=alert(1)}' in html
    assert 'id="x"' not in html


def test_toc_marker_is_not_expanded():
    html = render_markdown("[TOC]\n\n## A\n").html
    assert "<p>[TOC]</p>" in html and 'class="toc"' not in html


def test_images_keep_relative_asset_src_and_refs_are_unique_in_order():
    rendered = render_markdown(
        "![Ảnh 1](assets/b.png \"Chú thích\")\n\n![x](assets/a.jpg) ![again](assets/b.png)\n\n"
        "![web](https://example.org/c.png) ![bad](http://example.org/d.png) ![esc](assets/%E1%BA%A3nh.png)\n"
    )
    # a lone image with a title is a figure with that caption (Word captions come in so)
    assert '<figure><img alt="Ảnh 1" src="assets/b.png"><figcaption>Chú thích</figcaption></figure>' in rendered.html
    assert 'src="https://example.org/c.png"' in rendered.html
    assert "http://example.org/d.png" not in rendered.html
    assert rendered.asset_refs == ("b.png", "a.jpg", "ảnh.png")


def test_raw_html_images_count_as_asset_refs():
    rendered = render_markdown('<figure><img src="assets/hinh.png" alt="h"><figcaption>H</figcaption></figure>\n')
    assert rendered.asset_refs == ("hinh.png",)
    assert "<figcaption>H</figcaption>" in rendered.html


def test_rewrite_asset_srcs_swaps_only_resolved_assets():
    rendered = render_markdown('![a](assets/a.png "T") ![b](assets/b.png) ![c](https://example.org/c.png)\n')
    out = rewrite_asset_srcs(rendered.html, {"a.png": "data:image/png;base64,QUJD"}.get)
    assert '<img alt="a" src="data:image/png;base64,QUJD" title="T">' in out
    assert 'src="assets/b.png"' in out and 'src="https://example.org/c.png"' in out


def test_sane_lists_keep_start_number():
    html = render_markdown("3. ba\n4. bốn\n\n* một\n").html
    assert '<ol start="3">' in html and "<ul>" in html


def test_multi_paragraph_raw_html_block_is_kept_whole():
    source = 'Trước.\n\n<figure>\n<img src="assets/a.png" alt="a">\n\n<figcaption>Chú thích</figcaption>\n</figure>\n\nSau.\n'
    html = render_markdown(source).html
    assert re.search(r"<figure>\s*<img[^>]*>\s*<figcaption>Chú thích</figcaption>\s*</figure>", html), html


def test_inline_raw_html_of_allowed_tags_works():
    html = render_markdown("H<sub>2</sub>O và x<sup>2</sup>, <mark>điểm nhấn</mark>.\n").html
    assert "H<sub>2</sub>O" in html and "x<sup>2</sup>" in html and "<mark>điểm nhấn</mark>" in html


def test_unclosed_hostile_tag_does_not_swallow_the_rest():
    html = render_markdown("Đầu.\n\n<textarea>\n\n## Phần sau\n\nCuối bài.\n").html
    assert "Đầu." in html and "Cuối bài." in html and "<textarea" not in html


def test_no_state_leaks_between_renders():
    first = render_markdown("X.[^1]\n\n*[HTML]: Hyper Text\n\n[^1]: n\n\nHTML\n\n## A\n")
    second = render_markdown("HTML\n\n## A\n")
    assert "<abbr" not in second.html and "footnote" not in second.html
    assert second.headings == (Heading(2, "A", "a"),)
    assert render_markdown("X.[^1]\n\n*[HTML]: Hyper Text\n\n[^1]: n\n\nHTML\n\n## A\n") == first


def test_rendered_is_frozen():
    rendered = render_markdown("a")
    assert isinstance(rendered, Rendered)
    with pytest.raises(AttributeError):
        rendered.html = "x"  # type: ignore[misc]


def test_control_characters_and_crlf_are_cleaned():
    html = render_markdown("a\x00b\r\n\r\nc\x1b").html
    assert html == "<p>ab</p>\n<p>c</p>"


def test_concurrent_renders_in_threads_agree():
    sources = [f"## Mục {i}\n\nĐoạn {i}.[^a]\n\n[^a]: Chú {i}\n" for i in range(8)]
    expected = [render_markdown(s) for s in sources]
    results: dict[int, Rendered] = {}

    def work(i: int) -> None:
        for _ in range(5):
            results[i] = render_markdown(sources[i])

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [results[i] for i in range(8)] == expected


def test_sample_article_text_survives_intact():
    body = _body_of(SAMPLES / "articles" / "ngoai-giao-cong-chung-trong-ky-nguyen-so.md")
    rendered = render_markdown(body)
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    rendered_paragraphs = re.findall(r"<p>(.*?)</p>", rendered.html, re.DOTALL)
    assert len(rendered_paragraphs) == len(paragraphs)
    for source, out in zip(paragraphs, rendered_paragraphs):
        assert html_lib.unescape(out) == source.replace("...", "…")


@pytest.mark.parametrize("path", sorted((SAMPLES / "articles").glob("*.md")), ids=lambda p: p.stem)
def test_every_sample_renders_without_markup_leaks(path):
    rendered = render_markdown(_body_of(path))
    assert "<script" not in rendered.html and "style=" not in rendered.html
    anchors = [h.anchor for h in rendered.headings]
    assert len(anchors) == len(set(anchors))


def test_render_inline_is_escaped_plain_text():
    assert render_inline('  Báo chí *số* <b>&</b>\n"AI"  ') == "Báo chí *số* &lt;b&gt;&amp;&lt;/b&gt; &quot;AI&quot;"
    assert render_inline("") == ""


def test_markdown_link_destinations_become_valid_urls():
    html = render_markdown("[bài](<bài viết.html#mục 1>) [x](http://foo.bar/a|b{c}^d) [w](<https://exa mple.org>)\n").html
    assert '<a href="b%C3%A0i%20vi%E1%BA%BFt.html#m%E1%BB%A5c%201">bài</a>' in html
    assert 'href="http://foo.bar/a%7Cb%7Bc%7D%5Ed"' in html
    assert "exa mple" not in html and html.endswith("</a> w</p>")  # no valid address: text stays, unlinked


def test_links_without_text_are_unwrapped_and_images_get_alt():
    html = render_markdown("Trước [](https://example.org) [![](javascript:x)](https://example.org) "
                           "[![Sơ đồ](assets/a.png)](https://example.org) ![](assets/b.png) sau.\n").html
    assert html == ('<p>Trước   <a href="https://example.org" rel="noopener noreferrer">'
                    '<img alt="Sơ đồ" src="assets/a.png"></a> <img alt="" src="assets/b.png"> sau.</p>')


def test_raw_list_items_outside_lists_are_not_list_items():
    html = render_markdown("Đoạn.\n\n<li>mục lạc</li>\n\n<div><dd>chi tiết</dd></div>\n\n- thật\n").html
    assert html.count("<li>") == 1 and "<ul>\n<li>thật</li>\n</ul>" in html
    assert "<div>mục lạc</div>" in html and "<div><div>chi tiết</div></div>" in html
