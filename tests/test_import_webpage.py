"""Saved web pages: the main content only, the title from h1, nothing active,
images saved beside the page as assets, missing or remote ones left out with a note."""

from __future__ import annotations

import hashlib
import unicodedata

from manuscripts import png, png_bomb
from editor_app.core.importing.importer import import_files

PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Tiêu đề thẻ title | Báo X</title>
<style>body {{ color: red }}</style><script>document.write("tracking")</script></head>
<body onload="alert(1)">
<header><a href="/">Trang chủ</a> <nav><ul><li>Chính trị</li><li>Kinh tế</li></ul></nav></header>
<aside>Quảng cáo bên lề</aside>
{main}
<footer>Bản quyền 2024 · Liên hệ</footer>
<script src="https://tracker.example/t.js"></script>
</body></html>"""


def _page(folder, name, main, **kw):
    path = folder / name
    path.write_text(PAGE.format(main=main), kw.get("encoding", "utf-8"))
    return path


def _one(store, path):
    report = import_files(store, [path])
    assert not report.failed, report.failed
    imported = report.imported[0][1]
    return store.get_by_slug(imported.slug), [n for _, n in report.notes]


def test_article_element_is_the_content(store, tmp_path):
    path = _page(tmp_path, "trang.html", """
<article><h1>Ngoại giao văn hoá <em>thời số</em></h1>
<p class="lead" style="font-size:20px" onclick="steal()">Đoạn mở đầu với <a href="https://example.org/bai">liên kết</a>
và <a href="javascript:alert(1)">liên kết độc</a>.</p>
<h2>Phần một</h2><ul><li>Ý một</li><li>Ý hai</li></ul>
<form action="https://evil.example"><input name="q"><button>Gửi</button></form>
<iframe src="https://evil.example"></iframe>
</article>""")
    art, notes = _one(store, path)
    assert art.title == "Ngoại giao văn hoá thời số" and art.slug == "ngoai-giao-van-hoa-thoi-so"
    assert art.body.startswith("Đoạn mở đầu với [liên kết](https://example.org/bai)\nvà liên kết độc.") or \
        art.body.startswith("Đoạn mở đầu với [liên kết](https://example.org/bai) và liên kết độc.")
    assert "## Phần một\n\n- Ý một\n- Ý hai" in art.body
    for gone in ("Trang chủ", "Chính trị", "Quảng cáo", "Bản quyền", "tracking", "javascript", "alert",
                 "steal", "evil", "color: red", "<", "Ngoại giao văn hoá"):
        assert gone not in art.body, gone
    assert not notes


def test_main_element_then_body_without_page_furniture(store, tmp_path):
    art, _ = _one(store, _page(tmp_path, "main.htm", "<main><h1>Trong main</h1><p>Nội dung chính.</p></main>"
                                                     "<p>Ngoài main.</p>"))
    assert art.title == "Trong main" and art.body == "Nội dung chính.\n"
    art, _ = _one(store, _page(tmp_path, "body.html", "<div><h1>Không có article</h1><p>Thân trang.</p></div>"))
    assert art.title == "Không có article" and art.body == "Thân trang.\n"


def test_title_element_when_there_is_no_h1(store, tmp_path):
    art, _ = _one(store, _page(tmp_path, "khong-h1.html", "<article><p>Chỉ có đoạn văn.</p></article>"))
    assert art.title == "Tiêu đề thẻ title | Báo X" and art.body == "Chỉ có đoạn văn.\n"


def test_images_beside_the_page_become_assets(store, tmp_path):
    files = tmp_path / "trang_files"
    files.mkdir()
    (files / "biểu đồ.png").write_bytes(png(30, 20))
    (files / "bomb.png").write_bytes(png_bomb())
    (files / "not-an-image.png").write_bytes(b"<svg onload=alert(1)></svg>")
    (tmp_path.parent / "outside.png").write_bytes(png(5, 5))
    path = _page(tmp_path, "trang.html", """<article><h1>Ảnh</h1>
<p><img src="trang_files/bi%E1%BB%83u%20%C4%91%E1%BB%93.png" alt="Biểu đồ"></p>
<p><img src="trang_files/missing.png" alt="Mất"></p>
<p><img src="https://cdn.example/remote.png" alt="Xa"></p>
<p><img src="data:image/png;base64,iVBORw0KGgo=" alt="Nhúng"></p>
<p><img src="../outside.png" alt="Ngoài"></p>
<p><img src="/etc/passwd" alt="Hệ thống"></p>
<p><img src="trang_files/bomb.png" alt="Bom"></p>
<p><img src="trang_files/not-an-image.png" alt="Giả"></p>
<p>Hết.</p></article>""")
    art, notes = _one(store, path)
    name = f"image-{hashlib.sha256(png(30, 20)).hexdigest()[:12]}.png"
    assert [a.filename for a in store.assets(art.id)] == [name]
    assert art.body.startswith(f"![Biểu đồ](assets/{name})")
    assert art.body.count("](assets/") == 1 and "Hết." in art.body
    assert len(notes) == 7
    text = "\n".join(notes)
    assert "missing.png" in text and "cdn.example" in text and "not downloaded" in text
    assert "data:" in text and "outside" in text and "bomb.png" in text and "not-an-image.png" in text
    assert all("Traceback" not in n and "Error" not in n for n in notes)


def _cp1258(text: str) -> bytes:
    """Vietnamese as Windows-1258 writes it: a letter (precomposed when the code page
    has it: ê, ơ, ư...) followed by a combining tone mark."""
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", ch)
        for mark in marks:   # ệ: ê (in the code page) + the dot below (combining)
            letter = unicodedata.normalize("NFC", base + mark)
            if len(letter) == 1 and letter.encode("cp1258", "ignore"):
                base, marks = letter, [m for m in marks if m != mark]
                break
        out += (base + "".join(marks)).encode("cp1258")
    return out


def test_windows_1258_page(store, tmp_path):
    html = ('<html><head><meta charset="windows-1258"></head><body><article><h1>Tiếng Việt</h1>'
            '<p>Người đọc.</p></article></body></html>')
    (tmp_path / "cu.html").write_bytes(_cp1258(html))
    art, _ = _one(store, tmp_path / "cu.html")
    assert art.title == "Tiếng Việt" and art.body == "Người đọc.\n"


def test_hostile_and_broken_pages(store, tmp_path):
    (tmp_path / "empty.html").write_text("<html><body><nav>Chỉ có menu</nav></body></html>", "utf-8")
    (tmp_path / "marked.html").write_text('<p>Trước.</p><![><img src="]><img src=x onerror=alert(1)//">'
                                          "<h1>Tựa</h1><p>Sau.</p>", "utf-8")
    deep = "<div>" * 5000 + "Sâu" + "</div>" * 5000
    (tmp_path / "deep.html").write_text(f"<article><h1>Sâu lắm</h1>{deep}</article>", "utf-8")
    (tmp_path / "binary.html").write_bytes(png(50, 50))   # a picture saved as .html
    report = import_files(store, [tmp_path / n for n in ("empty.html", "marked.html", "deep.html", "binary.html")])
    reasons = {p.name: r for p, r in report.failed}
    assert set(reasons) == {"empty.html", "binary.html"}, reasons
    assert "no text" in reasons["empty.html"]
    assert all("\n" not in r and "Traceback" not in r for r in reasons.values())
    marked = store.get_by_slug("tua")
    assert "Trước." in marked.body and "Sau." in marked.body and "onerror" not in marked.body
    assert "Sâu" in store.get_by_slug("sau-lam").body
