"""HTML -> Markdown (core.importing.html_markdown): text stays text, structure is
carried, nothing active survives; checked by rendering the Markdown again."""

from __future__ import annotations

import html
import json
import re
import time
import unicodedata
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from editor_app.core.importing.html_markdown import clipboard_fragment, html_to_markdown
from editor_app.core.publishing.render import render_markdown

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"

# Text that Python-Markdown would read as markup if written as it is
LOOKS_LIKE_MARKUP = [
    "Thẻ <script>alert(1)</script> và <b>đậm</b> chỉ là chữ",
    "a < b và c > d, x<y",
    "&amp; là cách viết dấu &, &#123; cũng vậy",
    "1. không phải danh sách",
    "2020. Năm bản lề",
    "# không phải đề mục",
    "> không phải trích dẫn",
    "- không phải gạch đầu dòng",
    "+ cũng không",
    ": không phải định nghĩa",
    "===",
    "a * b * c và **không đậm**",
    "_không nghiêng_ nhưng snake_case_name giữ nguyên",
    "[liên kết](https://example.com) chỉ là chữ",
    "[1], [2] và [^1] là trích dẫn",
    "[^1]: không phải chú thích",
    "![ảnh](x.png) chỉ là chữ",
    "Đường dẫn C:\\thu_muc\\tep và `mã`",
    "*[HTML]: không phải viết tắt",
    "<http://example.com> không phải liên kết",
    "<!doctype html> không phải khai báo",
]


def _paragraph_texts(rendered: str) -> list[str]:
    return [p.get_text() for p in BeautifulSoup(rendered, "html.parser").find_all("p")]


@pytest.mark.parametrize("text", LOOKS_LIKE_MARKUP)
def test_text_that_looks_like_markup_stays_text(text):
    md = html_to_markdown(f"<p>{html.escape(text, quote=False)}</p>")
    rendered = render_markdown(md).html
    assert _paragraph_texts(rendered) == [text], md
    assert not BeautifulSoup(rendered, "html.parser").find(["a", "em", "strong", "h2", "li", "blockquote",
                                                             "code", "img", "dl", "abbr"])


def test_escapes_are_few_in_ordinary_prose():
    prose = "Năm 2020. Theo số liệu [3], có 12.5% người dùng (khoảng 1/3) tham gia: nhiều hơn."
    assert html_to_markdown(f"<p>{prose}</p>").strip() == prose


def test_line_breaks_survive():
    md = html_to_markdown("<p>Dòng một<br>Dòng hai<br/>3. dòng ba</p>")
    assert md == "Dòng một  \nDòng hai  \n3\\. dòng ba\n"
    assert render_markdown(md).html.count("<br") == 2


def test_structure_is_carried():
    md = html_to_markdown(
        "<h1>Tựa</h1><h2>Phần</h2><p><b>đậm</b> <i>nghiêng</i> H<sub>2</sub>O x<sup>2</sup> "
        "<s>bỏ</s> <a href='https://vi.wikipedia.org/wiki/Việt Nam'>liên kết</a></p>"
        "<ul><li>một<ul><li>một-một</li></ul></li><li>hai</li></ul>"
        "<ol start='3'><li>ba</li><li>bốn</li></ol>"
        "<table><tr><td>Năm</td><td>Số | liệu</td></tr><tr><td>2023</td><td colspan='1'>10</td></tr></table>"
        "<blockquote><p>Trích</p></blockquote><pre><code>giữ *nguyên* &lt;b&gt;</code></pre>")
    assert md.startswith("# Tựa\n\n## Phần\n\n**đậm** *nghiêng* H<sub>2</sub>O x<sup>2</sup> <del>bỏ</del> "
                         "[liên kết](https://vi.wikipedia.org/wiki/Vi%E1%BB%87t%20Nam)")
    assert "- một\n    - một-một\n- hai" in md
    assert "3. ba\n4. bốn" in md
    assert "| Năm | Số \\| liệu |\n| --- | --- |\n| 2023 | 10 |" in md
    assert "> Trích" in md
    assert "giữ *nguyên* <b>" in md   # code is not escaped
    page = BeautifulSoup(render_markdown(md).html, "html.parser")
    assert page.find("table").find("th").get_text() == "Năm"
    assert page.find("ul").find("ul").get_text(strip=True) == "một-một"
    assert page.find("pre").get_text() == "giữ *nguyên* <b>\n"


@pytest.mark.parametrize("href", [
    "javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "vbscript:x",
    "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "#nowhere"])
def test_unsafe_links_keep_their_text_only(href):
    md = html_to_markdown(f'<p>Xem <a href="{html.escape(href)}">đây</a>.</p>')
    assert md == "Xem đây.\n"


def test_word_clipboard_lists_and_noise():
    fragment = (
        "Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000000999\r\n"
        "<html><body><!--StartFragment-->"
        "<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>"
        "·<span style='font:7.0pt'>&nbsp;&nbsp;</span></span>Mục một<o:p></o:p></p>"
        "<p class=MsoListParagraphCxSpLast style='mso-list:l0 level2 lfo1'><span style='mso-list:Ignore'>"
        "o<span>&nbsp;</span></span>Mục con<o:p></o:p></p>"
        "<p class=MsoNormal><span style='font-family:\"Times New Roman\";mso-bidi-font-weight:bold'>"
        "<b>Đậm</b></span><o:p></o:p></p><!--EndFragment--></body></html>")
    assert "Version" not in clipboard_fragment(fragment)
    md = html_to_markdown(fragment)
    assert md == "- Mục một\n    - Mục con\n\n**Đậm**\n"


@pytest.mark.parametrize("kind", ["mammoth", "word", "libreoffice"])
def test_footnotes_from_each_writer(kind):
    ref, note = {
        "mammoth": ('<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>',
                    '<ol><li id="footnote-1"><p>Chú thích. <a href="#footnote-ref-1">↑</a></p></li></ol>'),
        "word": ('<a href="#_ftn1" name="_ftnref1"><span class=MsoFootnoteReference>[1]</span></a>',
                 '<div id=ftn1><p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1">[1]</a> Chú thích.</p></div>'),
        "libreoffice": ('<a class="sdfootnoteanc" name="sdfootnote1anc" href="#sdfootnote1sym"><sup>1</sup></a>',
                        '<div id="sdfootnote1"><p><a class="sdfootnotesym" name="sdfootnote1sym" '
                        'href="#sdfootnote1anc">1</a>Chú thích.</p></div>'),
    }[kind]
    md = html_to_markdown(f"<p>Văn bản{ref}.</p>{note}")
    assert md == "Văn bản[^1].\n\n[^1]: Chú thích.\n"
    rendered = render_markdown(md).html
    assert 'class="footnote"' in rendered and "Chú thích." in rendered


def _corpora() -> list[tuple[str, str]]:
    folder = CORPORA / "xss"
    cases = [(f"dompurify-{i}", p) for i, p in
             enumerate(json.loads((folder / "dompurify-payloads.json").read_text("utf-8")))]
    text = (folder / "html5sec-vectors.txt").read_text("utf-8")
    cases += [(f"html5sec-{i}", v) for i, v in enumerate(re.split(r'(?=<div id="\d+">)', text)) if v.strip()]
    cases += [(f"blns-{i}", html.escape(s)) for i, s in
              enumerate(json.loads((folder / "blns.json").read_text("utf-8")))]
    return cases


ACTIVE_TAGS = {"script", "iframe", "object", "embed", "svg", "math", "form", "style", "link", "meta", "base",
               "input", "button", "textarea", "select", "frame", "frameset", "video", "audio", "template"}


def _active(rendered: str) -> list[str]:
    """What in the rendered HTML (its elements, not its text) could act."""
    found = []
    for tag in BeautifulSoup(rendered, "html.parser").find_all(True):
        if tag.name in ACTIVE_TAGS:
            found.append(f"<{tag.name}>")
        for name, value in tag.attrs.items():
            value = " ".join(value) if isinstance(value, list) else value
            compact = "".join(value.split()).lower()
            if name.startswith("on") or name == "style" or compact.startswith(("javascript:", "vbscript:")) \
                    or (compact.startswith("data:") and name != "src"):
                found.append(f"{name}= on <{tag.name}>")
    return found


SWALLOWING = ("iframe", "noscript", "template", "textarea", "select", "script", "style", "title", "xmp",
              "noembed", "noframes", "object", "svg", "math", "plaintext", "frameset", "video", "audio")


def _swallows(payload: str) -> bool:
    low = payload.lower()
    return any(len(re.findall(rf"<{t}\b", low)) > low.count(f"</{t}") for t in SWALLOWING)


def test_hostile_corpora_convert_to_inert_markdown():
    slowest = 0.0
    for name, payload in _corpora():
        start = time.perf_counter()
        md = html_to_markdown(f"<p>Trước đoạn.</p>{payload}<p>Sau đoạn.</p>")
        slowest = max(slowest, time.perf_counter() - start)
        # the text around survives (an unclosed <b> before it may make it bold), unless
        # the payload leaves open an element whose content a browser does not show either
        assert md.startswith("Trước đoạn."), name
        assert "Sau đoạn." in md.rstrip().splitlines()[-1] or _swallows(payload), name
        rendered = render_markdown(md).html
        assert not _active(rendered), (name, rendered)
        for link in re.findall(r"\]\(([^)\s]*)", md):
            assert not re.match(r"\s*(javascript|vbscript|data|file):", link, re.I), (name, link)
    assert slowest < 2.0


def test_blns_text_comes_back_as_typed():
    """Every naughty string, escaped into a paragraph, renders back to the same text
    (whitespace aside, and smarty's typographic quotes and dashes aside)."""
    def plain(value: str) -> str:
        # control characters and noncharacters are dropped on render (see test_sanitize)
        value = "".join(c for c in value if c in "\t\n" or not (unicodedata.category(c) in ("Cc", "Cs")
                                                                  or c in "\ufffe\uffff"))
        value = value.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "--",
                                               "—": "---", "…": "..."}))
        return " ".join(value.split())
    strings = json.loads((CORPORA / "xss" / "blns.json").read_text("utf-8"))
    changed = []
    for value in strings:
        if not plain(value):
            continue
        md = html_to_markdown(f"<p>{html.escape(value, quote=False)}</p>")
        back = "".join(_paragraph_texts(render_markdown(md).html))
        if plain(back) != plain(value.replace("\t", " ")):
            changed.append((value, md, back))
    assert not changed, changed[:5]
