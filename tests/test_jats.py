"""JATS 1.3 export: the structure of front, body and back, from the command line.

No well-kept Python package ships the JATS DTD or schema, so the structure is
checked here: the elements, their order where the Journal Publishing DTD fixes it,
and well-formed UTF-8."""

from __future__ import annotations

import base64
import xml.etree.ElementTree as ET

import pytest

from editor_app.core.dto import ArticleData, AuthorData, ProfileData

XLINK = "{http://www.w3.org/1999/xlink}href"
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
BODY = """Mở đầu có **đậm**, *nghiêng*, `mã`, H<sub>2</sub>O và [liên kết](https://example.org/a?b=1&c=2)[^1].

## Phần một

Đoạn một.

> Trích dẫn.

- mục a
- mục b
    1. con

| Cột 1 | Cột 2 |
|:------|------:|
| 1 & 2 | <3 |

![Biểu đồ](assets/bieu-do.png "Hình 1. Biểu đồ")

### Phần một chấm một

Đoạn sâu hơn.

## Tài liệu tham khảo

1. Nguyễn Văn A (2020). *Sách*. Hà Nội.
2. Trần B (2021). Bài báo.

[^1]: Chú thích một.
"""


@pytest.fixture
def library(tmp_path):
    from editor_app.core.library.store import Store

    path = tmp_path / "lib.sqlite"
    with Store.open(path) as store:
        store.set_profile(ProfileData(name="Tạp chí Thử nghiệm", issn="2815-6315", publisher="NXB Thử nghiệm",
                                      base_url="https://tapchi.example.vn/", default_license="CC BY 4.0"))
        art = store.create_article()
        art = store.get_article(art.id)
        art.title, art.slug, art.summary, art.section = "Bài thử JATS", "bai-thu-jats", "Tóm tắt bài.", "Nghiên cứu"
        art.keywords = ["báo chí", "chuyển đổi số"]
        art.doi = "10.1000/xyz123"
        art.status = "published"
        from datetime import date

        art.published_on = date(2026, 11, 20)
        art.authors = [AuthorData("Lê Thị Thu Hằng", "Học viện Báo chí", "0000-0002-1825-0097", "lan@example.org"),
                       AuthorData("Phạm Minh", orcid="0000-0002-1825-0098")]   # a wrong check digit
        art.body = BODY
        store.save_article(art)
        store.add_asset(art.id, "bieu-do.png", PNG)
    return path


def _export(cli, library, tmp_path, *extra):
    out = tmp_path / "jats"
    cli("--library", str(library), "export", "--format", "jats", "--out", str(out), *extra, check_rc=0)
    raw = (out / "bai-thu-jats.xml").read_bytes()
    return out, raw, ET.fromstring(raw)


def test_front(cli, library, tmp_path):
    _out, raw, root = _export(cli, library, tmp_path, "bai-thu-jats")
    assert raw.startswith(b'<?xml version="1.0" encoding="UTF-8"?>') and b"JATS (Z39.96) Journal Publishing DTD v1.3" in raw
    raw.decode("utf-8")
    assert root.tag == "article" and root.get("dtd-version") == "1.3"
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "vi"
    assert [c.tag for c in root] == ["front", "body", "back"]
    journal = root.find("front/journal-meta")
    assert journal.findtext("journal-title-group/journal-title") == "Tạp chí Thử nghiệm"
    assert journal.findtext("issn") == "2815-6315" and journal.findtext("publisher/publisher-name") == "NXB Thử nghiệm"
    meta = root.find("front/article-meta")
    order = [c.tag for c in meta]
    wanted = ["article-id", "article-categories", "title-group", "contrib-group", "pub-date", "permissions",
              "abstract", "kwd-group"]
    assert order == wanted
    assert meta.findtext("article-id[@pub-id-type='doi']") == "10.1000/xyz123"
    assert meta.findtext("title-group/article-title") == "Bài thử JATS"
    contribs = meta.findall("contrib-group/contrib")
    assert len(contribs) == 2
    assert contribs[0].findtext("contrib-id[@contrib-id-type='orcid']") == "https://orcid.org/0000-0002-1825-0097"
    assert contribs[0].findtext("name/surname") == "Lê" and contribs[0].findtext("name/given-names") == "Thị Thu Hằng"
    assert contribs[0].findtext("aff") == "Học viện Báo chí"
    assert contribs[1].find("contrib-id") is None   # an invalid ORCID iD is not published
    date = meta.find("pub-date")
    assert (date.findtext("day"), date.findtext("month"), date.findtext("year")) == ("20", "11", "2026")
    assert meta.findtext("abstract/p") == "Tóm tắt bài."
    assert [k.text for k in meta.findall("kwd-group/kwd")] == ["báo chí", "chuyển đổi số"]
    assert meta.findtext("permissions/license/license-p") == "CC BY 4.0"


def test_body_and_back(cli, library, tmp_path):
    out, _raw, root = _export(cli, library, tmp_path, "bai-thu-jats")
    body = root.find("body")
    tags = [c.tag for c in body]
    assert tags[0] == "p" and tags[-1] == "sec" and "p" not in tags[tags.index("sec"):]   # no text after a sec
    first = body.find("p")
    assert first.find("bold").text == "đậm" and first.find("italic").text == "nghiêng"
    assert first.find("monospace").text == "mã" and first.find("sub") is not None
    link = first.find("ext-link")
    assert link.get(XLINK) == "https://example.org/a?b=1&c=2" and link.text == "liên kết"
    assert first.find("xref[@ref-type='fn']").get("rid") == "fn1"
    sec = body.find("sec")
    assert sec.findtext("title") == "Phần một"
    assert sec.find("disp-quote/p").text == "Trích dẫn."
    items = sec.findall("list[@list-type='bullet']/list-item")
    assert [i.findtext("p") for i in items][:1] == ["mục a"]
    assert items[1].find("list[@list-type='order']/list-item") is not None
    table = sec.find("table-wrap/table")
    assert [c.text for c in table.findall("thead/tr/th")] == ["Cột 1", "Cột 2"]
    assert [c.text for c in table.findall("tbody/tr/td")] == ["1 & 2", "<3"]
    fig = sec.find("fig")
    assert fig.findtext("caption/p") == "Hình 1. Biểu đồ"
    graphic = fig.find("graphic")
    assert graphic.get(XLINK) == "bai-thu-jats/bieu-do.png" and graphic.findtext("alt-text") == "Biểu đồ"
    assert (out / "bai-thu-jats" / "bieu-do.png").read_bytes() == PNG
    assert sec.find("sec").findtext("title") == "Phần một chấm một"
    assert "Tài liệu tham khảo" not in [s.findtext("title") for s in body.iter("sec")]
    back = root.find("back")
    fn = back.find("fn-group/fn")
    assert fn.get("id") == "fn1" and fn.findtext("label") == "1" and "Chú thích một." in fn.findtext("p")
    refs = back.find("ref-list")
    assert refs.findtext("title") == "Tài liệu tham khảo"
    citations = ["".join(r.find("mixed-citation").itertext()) for r in refs.findall("ref")]
    assert citations == ["Nguyễn Văn A (2020). Sách. Hà Nội.", "Trần B (2021). Bài báo."]


def test_volume_and_issue_from_the_issue(cli, library, tmp_path):
    from editor_app.core.library.store import Store

    with Store.open(library) as store:   # an issue publishes only what passes the checks
        art = store.get_by_slug("bai-thu-jats")
        art.authors[1].orcid = ""
        store.save_article(art)
    key = cli("--library", str(library), "issue", "create", "--volume", "7", "--number", "2", "--year", "2026",
              check_rc=0).stdout.strip().splitlines()[-1]
    cli("--library", str(library), "issue", "add", key, "bai-thu-jats", check_rc=0)
    _out, _raw, root = _export(cli, library, tmp_path, "--issue", key)
    meta = root.find("front/article-meta")
    assert (meta.findtext("volume"), meta.findtext("issue")) == ("7", "2")
    tags = [c.tag for c in meta]
    assert tags.index("pub-date") < tags.index("volume") < tags.index("issue") < tags.index("permissions")
