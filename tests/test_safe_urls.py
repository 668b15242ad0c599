"""Link and image addresses come out of the sanitizer as valid URLs, or not at all.

"Valid" is checked here with a small reading of the WHATWG URL syntax written
out in this file (URL code points and ``%XX`` escapes only, a host that is a
name or address); the W3C Nu checker itself runs over the corpora in
``test_html_structure.py``.
"""

from __future__ import annotations

import re

import pytest

from editor_app.core.publishing.render import render_markdown
from editor_app.core.publishing.safe_urls import asset_name, clean_image_src, clean_link
from editor_app.core.publishing.sanitize import sanitize_html
from test_sanitize import CASES

URL_UNITS = re.compile(r"(?:[A-Za-z0-9!$&'()*+,\-./:;=?@_~]|%[0-9A-Fa-f]{2})*")
HOST = r"(?:[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?\.?)+|\[[0-9a-f:.]+\]"
WEB = re.compile(rf"https?://(?:{HOST})(?::[0-9]{{1,5}})?(?:[/?#].*)?", re.S)


def assert_valid_url(url: str) -> None:
    path, _, fragment = re.sub(r"^(https?://)\[[0-9a-f:.]+\]", r"\1ipv6", url).partition("#")
    assert URL_UNITS.fullmatch(path) and URL_UNITS.fullmatch(fragment), url
    if url.startswith(("http:", "https:")):
        assert WEB.fullmatch(url), url
    elif not url.startswith(("mailto:", "#", "?")):
        assert not re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", url), url  # relative: no scheme look-alike
        assert not url.startswith("//"), url


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("/. /,alert(42)//#", "/.%20/,alert(42)//#"),
        ("http://foo.bar/#x=`y", "http://foo.bar/#x=%60y"),
        ("[a]java[b]script[c]:alert(101)", "./%5Ba%5Djava%5Bb%5Dscript%5Bc%5D:alert(101)"),
        ("javascript\\x00:javascript:alert(1)", "javascript/x00:javascript:alert(1)"),
        ('a"b<c>{d}|e^f', "a%22b%3Cc%3E%7Bd%7D%7Ce%5Ef"),
        ("bài viết.html#mục 1", "b%C3%A0i%20vi%E1%BA%BFt.html#m%E1%BB%A5c%201"),
        ("50%.html?q=100%", "50%25.html?q=100%25"),
        ("#a#b", "#a%23b"),
        ("..\\khac\\bai.html", "../khac/bai.html"),
        ("https://example.org/a", "https://example.org/a"),
        ("HTTPS://Example.ORG:8443/a b?x=1 2", "https://example.org:8443/a%20b?x=1%202"),
        ("https://user:secret@example.org/x", "https://example.org/x"),
        ("https://[::1]:8080/", "https://[::1]:8080/"),
        ("https://1.2.3.4/", "https://1.2.3.4/"),
        ("https:example.org", "https://example.org"),
        ("mailto:toa soan@example.org?subject=Bài", "mailto:toa%20soan@example.org?subject=B%C3%A0i"),
        ("#fn:1", "#fn:1"),
        ("bai-khac.html", "bai-khac.html"),
    ],
)
def test_kept_links_are_percent_encoded_valid_urls(href, expected):
    assert clean_link(href) == expected
    assert_valid_url(expected)


def test_international_host_names_become_their_ascii_form():
    url = clean_link("https://Bộ-Ngoại-Giao.vn/tin tức")
    host = url.removeprefix("https://").split("/")[0]
    assert host.startswith("xn--") and host.isascii()
    assert host.encode("ascii").decode("idna") == "bộ-ngoại-giao.vn"
    assert url.endswith("/tin%20t%E1%BB%A9c")
    assert_valid_url(url)


@pytest.mark.parametrize(
    "href",
    [
        "javascript\x00:alert(1)", "java\u200bscript:alert(1)", "ht\u200btp://example.org",
        "https://", "https://exa mple.org/", "https://999.1.1.1/", "https://example.org:99999/",
        "https://example.org:8o/", "https://xn--a.com/", "https://[fe80::1%25eth0]/", "https://-a.org/",
        "//evil.example/share", "\\\\evil\\share", "/\\evil", "ftp://example.org", "", "\x01 \u200b",
    ],
)
def test_links_that_cannot_be_made_valid_or_safe_are_dropped(href):
    assert clean_link(href) is None


def test_link_without_a_valid_href_is_unwrapped_text_kept():
    html = sanitize_html('<p>Xem <a href="https://exa mple.org/">trang này</a> nhé.</p>')
    assert html == "<p>Xem trang này nhé.</p>"


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        ("assets/ảnh một.jpg", "assets/%E1%BA%A3nh%20m%E1%BB%99t.jpg"),
        ("assets/ảnh%20một.jpg", "assets/%E1%BA%A3nh%20m%E1%BB%99t.jpg"),
        ("assets/100%.png", "assets/100%25.png"),
        ("https://example.org/a b.png", "https://example.org/a%20b.png"),
        ("https://exa mple.org/a.png", None),
        ("http://example.org/a.png", None),
        ("https:example.org/a.png", None),
    ],
)
def test_image_sources_are_valid_and_name_the_same_asset(src, expected):
    assert clean_image_src(src) == expected
    if expected is not None:
        assert_valid_url(expected)
        if src.startswith("assets/"):
            assert asset_name(expected) == asset_name(src)


def test_every_address_in_sanitized_corpora_is_a_valid_url():
    checked = 0
    for _, payload in CASES:
        for html in (sanitize_html(payload), render_markdown(payload).html):
            for url in re.findall(r'(?:href|src)="([^"]*)"', html):
                assert_valid_url(url.replace("&amp;", "&"))
                checked += 1
    assert checked >= 20  # the corpora carry a few dozen links that survive
