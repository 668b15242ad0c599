"""Word manuscripts: a Vietnamese .docx built with python-docx becomes an article
(fields, Markdown body, images as assets) and its exported page."""

from __future__ import annotations

import base64
import hashlib
import io
import re
import unicodedata

import pytest
from bs4 import BeautifulSoup

from manuscripts import png, vietnamese_docx
from editor_app.core.importing.importer import import_files
from editor_app.core.publishing.export import export_articles

docx = pytest.importorskip("docx")

SLUG = "ngoai-giao-cong-chung-trong-ky-nguyen-so"


@pytest.fixture
def imported(store, tmp_path):
    path = vietnamese_docx(tmp_path / "bai-viet.docx", image=png(40, 30))
    report = import_files(store, [path])
    assert not report.failed, report.failed
    assert [i.slug for _, i in report.imported] == [SLUG]
    return store.get_by_slug(SLUG), report


def test_fields_come_from_the_styles_and_the_core_properties(imported):
    art, report = imported
    assert art.title == "Ngoại giao công chúng trong kỷ nguyên số"   # the Title paragraph wins
    assert art.subtitle == "Từ lý luận đến thực tiễn"
    assert [a.name for a in art.authors] == ["Nguyễn Thị Hoà", "Trần Văn Đức"]
    assert art.keywords == ["ngoại giao", "truyền thông", "công chúng"]
    assert art.summary == "Bài viết bàn về ngoại giao công chúng của Việt Nam."
    assert art.status == "draft"
    for text in (art.title, art.subtitle, art.body, art.summary, *art.keywords):
        assert unicodedata.is_normalized("NFC", text)
    assert not report.notes   # nothing was lost


def test_body_is_clean_markdown(imported):
    body = imported[0].body
    assert "Ngoại giao công chúng trong kỷ nguyên số" not in body   # the title is not repeated
    assert "Từ lý luận đến thực tiễn" not in body
    assert body.startswith("Ngoại giao công chúng là **một bộ phận quan trọng** của chính sách *đối ngoại*")
    assert "CO<sub>2</sub>" in body and "m<sup>2</sup>" in body
    assert "[Wikipedia](https://vi.wikipedia.org/wiki/Ngo%E1%BA%A1i_giao)" in body
    assert "\n## Khái niệm và lịch sử\n" in body
    assert "\n### Các kênh chính\n" in body and "\n#### Số liệu\n" in body
    assert "- Báo chí và truyền thông\n    - Báo in\n- Giao lưu văn hoá" in body
    assert "1. Bước thứ nhất\n2. Bước thứ hai" in body
    assert "| Năm | Sự kiện |\n| --- | --- |\n| 2020 | Đại dịch |\n| 2023 | Hội nhập |" in body
    assert "> Ngoại giao là nghệ thuật của điều có thể." in body
    assert "để biết thêm[^1]." in body and "[^1]: Theo Bộ Ngoại giao Việt Nam, 2023." in body
    for noise in ("<p", "<span", "mso-", "class=", "style=", "<table", "<img"):
        assert noise not in body


def test_the_picture_is_an_asset_named_by_its_content(imported, store):
    art, _ = imported
    data = png(40, 30)
    name = f"image-{hashlib.sha256(data).hexdigest()[:12]}.png"
    assert [(a.filename, a.mime_type) for a in store.assets(art.id)] == [(name, "image/png")]
    assert store.get_asset(art.id, name) == ("image/png", data)
    assert f'![Hình 1. Biểu đồ công chúng](assets/{name} "Hình 1. Biểu đồ công chúng")' in art.body


def test_the_same_picture_twice_is_stored_once(store, tmp_path):
    from docx import Document
    from docx.shared import Inches

    doc = Document()
    doc.add_paragraph("Hai ảnh giống nhau", style="Title")
    for _ in range(2):
        doc.add_picture(io.BytesIO(png(20, 20)), width=Inches(1))
    doc.add_paragraph("Ảnh khác")
    doc.add_picture(io.BytesIO(png(20, 20, (0, 0, 255))), width=Inches(1))
    doc.save(tmp_path / "anh.docx")
    report = import_files(store, [tmp_path / "anh.docx"])
    art = store.get_by_slug(report.imported[0][1].slug)
    assets = store.assets(art.id)
    assert len(assets) == 2 and len({a.sha256 for a in assets}) == 2
    assert art.body.count("](assets/") == 3


def test_exported_page_has_the_structure(imported, store, tmp_path):
    art, _ = imported
    out = tmp_path / "out"
    report = export_articles(store, out, [SLUG])
    assert not report.errors
    page = BeautifulSoup((out / f"{SLUG}.html").read_text("utf-8"), "html.parser")
    assert page.find("h1").get_text(strip=True) == art.title
    body = page.find(class_="article-body") or page.find("article")
    assert [h.get_text(strip=True) for h in body.find_all(["h2", "h3", "h4"])] == [
        "Khái niệm và lịch sử", "Các kênh chính", "Số liệu"]
    assert body.find("strong").get_text() == "một bộ phận quan trọng"
    assert body.find("em").get_text() == "đối ngoại"
    assert body.find("sub").get_text() == "2" and body.find("sup", string="2")
    link = body.find("a", string="Wikipedia")
    assert link["href"] == "https://vi.wikipedia.org/wiki/Ngo%E1%BA%A1i_giao"
    nested = body.find("ul").find("ul")
    assert nested.find("li").get_text(strip=True) == "Báo in"
    assert [li.get_text(strip=True) for li in body.find("ol").find_all("li")] == ["Bước thứ nhất", "Bước thứ hai"]
    table = body.find("table")
    assert [th.get_text(strip=True) for th in table.find("thead").find_all("th")] == ["Năm", "Sự kiện"]
    assert len(table.find("tbody").find_all("tr")) == 2
    figure = body.find("figure")
    assert figure.find("figcaption").get_text(strip=True) == "Hình 1. Biểu đồ công chúng"
    src = figure.find("img")["src"]
    assert src.startswith("data:image/png;base64,")   # embedded: the page loads nothing
    assert base64.b64decode(src.split(",", 1)[1]) == png(40, 30)
    assert body.find("blockquote").get_text(strip=True) == "Ngoại giao là nghệ thuật của điều có thể."
    footnotes = page.find(class_="footnote")
    assert footnotes and "Theo Bộ Ngoại giao Việt Nam, 2023." in footnotes.get_text()


def test_core_properties_title_when_no_title_paragraph(store, tmp_path):
    path = vietnamese_docx(tmp_path / "khong-tieu-de.docx", title="")
    report = import_files(store, [path])
    art = store.get_by_slug(report.imported[0][1].slug)
    assert art.title == "Tiêu đề trong thuộc tính" and art.slug == "tieu-de-trong-thuoc-tinh"


def test_mammoth_messages_are_plain_words(store, tmp_path):
    from docx import Document

    doc = Document()
    doc.add_paragraph("Bài có kiểu lạ", style="Title")
    doc.styles.add_style("Ghi chú riêng", 1)
    doc.add_paragraph("Đoạn dùng kiểu lạ.", style="Ghi chú riêng")
    doc.save(tmp_path / "kieu.docx")
    report = import_files(store, [tmp_path / "kieu.docx"])
    assert not report.failed
    notes = [n for _, n in report.notes]
    assert notes and all("Ghi chú riêng" in n for n in notes)
    assert not any("Unrecognised" in n or "mammoth" in n.lower() for n in notes)


def test_cli_imports_word_and_web_files(cli, tmp_path):
    vietnamese_docx(tmp_path / "bai.docx")
    (tmp_path / "trang.html").write_text(
        "<html><head><title>x</title><script>alert(1)</script></head><body><nav>Menu</nav>"
        "<article><h1>Trang đã lưu</h1><p>Nội dung <b>chính</b>.</p></article><footer>Chân</footer></body></html>",
        "utf-8")
    lib = tmp_path / "lib.sqlite"
    proc = cli("--library", str(lib), "import", "bai.docx", "trang.html", check_rc=0)
    assert SLUG in proc.stdout and "trang-da-luu" in proc.stdout
    listed = cli("--library", str(lib), "list", "--json", "--body", check_rc=0)
    import json

    rows = {r["slug"]: r for r in json.loads(listed.stdout)}
    assert rows["trang-da-luu"]["body"].strip() == "Nội dung **chính**."
    assert "Menu" not in rows["trang-da-luu"]["body"] and "alert" not in rows["trang-da-luu"]["body"]
    assert rows[SLUG]["title"] == "Ngoại giao công chúng trong kỷ nguyên số"


def test_real_word_files(store):
    """Files written by Word and LibreOffice (mammoth's own test files)."""
    from pathlib import Path

    folder = Path(__file__).resolve().parent / "fixtures" / "word"
    report = import_files(store, sorted(folder.glob("*.docx")))
    bodies = {p.name: store.get_by_slug(i.slug).body for p, i in report.imported}
    assert bodies["footnotes.docx"] == "Ouch[^1].[^2]\n\n[^1]: A tachyon walks into a bar.\n[^2]: Fin.\n"
    assert bodies["endnotes.docx"] == bodies["footnotes.docx"]
    assert bodies["footnote-hyperlink.docx"].endswith("[^1]: [Example](http://www.example.com)\n")
    assert bodies["tables.docx"] == ("Above\n\n| Top left | Top right |\n| --- | --- |\n"
                                     "| Bottom left | Bottom right |\n\nBelow\n")
    assert bodies["simple-list.docx"] == "- Apple\n- Banana\n"
    assert bodies["strikethrough.docx"] == "<del>Today's Special: Salmon</del> Sold out\n"
    assert bodies["strict-format.docx"] == "Test\n" and bodies["text-box.docx"] == "Datum plane\n"
    assert bodies["utf8-bom.docx"] == "This XML has a byte order mark.\n"
    assert re.fullmatch(r"!\[\]\(assets/image-[0-9a-f]{12}\.png\)\n", bodies["tiny-picture.docx"])
    notes = dict((p.name, n) for p, n in report.notes)
    assert notes["comments.docx"] == "the document's Word comments were not imported (read them in Word)"
    reasons = {p.name: r for p, r in report.failed}
    assert set(reasons) == {"empty.docx", "external-picture.docx"}
    assert reasons["empty.docx"] == "the document has no text"
    assert "linked from outside the document" in reasons["external-picture.docx"]


def test_tracked_changes_come_in_accepted(store, tmp_path):
    from manuscripts import raw_docx

    body = ('<w:p><w:r><w:t xml:space="preserve">Giữ </w:t></w:r><w:ins w:id="1" w:author="A"><w:r><w:t>thêm'
            '</w:t></w:r></w:ins><w:del w:id="2" w:author="A"><w:r><w:delText> xoá</w:delText></w:r></w:del></w:p>')
    report = import_files(store, [raw_docx(tmp_path / "sua-doi.docx", body)])
    assert store.get_by_slug(report.imported[0][1].slug).body == "Giữ thêm\n"
