"""``editor-app --self-test``: does this installation work, end to end?

Four steps, each printed as ``ok: <step>`` when it passes:

library  a temporary library is created (migrations run) and a built-in test
         article is stored, read back and found by a folded search;
render   the article is rendered in the guarded worker process (this proves
         ``multiprocessing`` works, also in the frozen program);
export   the publish-ready page is written, carries the title and has no
         script but the JSON-LD block;
preview  a ``QWebEngineView`` (offscreen unless ``QT_QPA_PLATFORM`` says
         otherwise) loads the exported page;
icons    the interface's icons are drawn from qtawesome's fonts;
team     the team library's driver is there: psycopg with its libpq, the
         SQLAlchemy dialect, and the search folding (no server is needed);
manuscripts  a small Word file (written here, with a picture) is converted in
         the guarded child: mammoth, markdownify and BeautifulSoup are there.

The first step that fails prints ``FAILED: <step>: <reason>`` and the
function returns 1; it never lets a traceback through.  Everything is
written under a temporary folder that is removed afterwards.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from editor_app.core.dto import ArticleData, AuthorData

PREVIEW_TIMEOUT_MS = 60_000  # first start of Chromium on a cold, busy machine

TEST_TITLE = "Tự kiểm tra: sổ tay biên tập"
TEST_SLUG = "tu-kiem-tra"
TEST_BODY = """\
Đây là bài **tự kiểm tra** của chương trình. Nó chỉ sống trong một thư viện tạm
và bị xoá ngay khi kiểm tra xong.

## Những gì được thử

1. Lưu và đọc lại bài từ thư viện SQLite.
2. Dựng trang từ Markdown, kể cả bảng và chú thích[^1].
3. Xuất một trang HTML hoàn chỉnh rồi mở nó trong khung xem trước.

| Bước | Kết quả mong đợi |
|------|------------------|
| thư viện | tìm thấy bài |
| xuất | có tiêu đề |

<script>alert("không được chạy")</script>

[^1]: Chú thích này chỉ để thử phần cuối trang.
"""


def builtin_article() -> ArticleData:
    """The built-in article the self-test imports."""
    return ArticleData(
        title=TEST_TITLE, slug=TEST_SLUG, language="vi", section="Kiểm tra",
        summary="Bài mẫu nội bộ dùng để kiểm tra bản cài đặt.", body=TEST_BODY,
        authors=[AuthorData(name="Ban kỹ thuật")], keywords=["kiểm tra", "cài đặt"],
    )


class StepFailed(Exception):
    """A check did not hold; the message says what was expected."""


def _step_library(work: Path, state: dict) -> None:
    from editor_app.core.library.store import Store

    store = Store.open(work / "self-test.sqlite")
    state["store"] = store
    created = store.create_article(builtin_article())
    again = store.get_by_slug(TEST_SLUG)
    if again is None or again.id != created.id or again.body != TEST_BODY:
        raise StepFailed("the stored article could not be read back unchanged")
    if created.id not in store.search("so tay bien tap"):
        raise StepFailed("the folded search did not find the article")
    state["article"] = again


def _step_render(work: Path, state: dict) -> None:
    from editor_app.core.publishing.guard import GuardedRenderer

    renderer = GuardedRenderer()
    try:
        rendered = renderer.render(state["article"].body, language="vi")
    finally:
        renderer.close()
    if "<table" not in rendered.html or not rendered.headings:
        raise StepFailed("the rendered body lacks its table or heading")
    if "<script" in rendered.html.lower():
        raise StepFailed("a <script> element survived sanitizing")


_SCRIPT = re.compile(r"<script\b([^>]*)>", re.IGNORECASE)


def _step_export(work: Path, state: dict) -> None:
    from editor_app.core.publishing.export import export_articles

    report = export_articles(state["store"], work / "export", [TEST_SLUG])
    failures = list(getattr(report, "errors", None) or getattr(report, "failed", None) or [])
    if failures:
        raise StepFailed("; ".join(str(f) for f in failures))
    page = work / "export" / f"{TEST_SLUG}.html"
    if page not in report.written or not page.is_file():
        raise StepFailed(f"{page.name} was not written")
    text = page.read_text(encoding="utf-8")
    if html.escape(TEST_TITLE, quote=False) not in text and TEST_TITLE not in text:
        raise StepFailed("the page does not show the article title")
    scripts = _SCRIPT.findall(text)
    if len(scripts) != 1 or "application/ld+json" not in scripts[0]:
        raise StepFailed(f"expected only the JSON-LD script, found {len(scripts)} <script> element(s)")
    state["page"] = page


def _prepare_qt_environment() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if sys.platform.startswith("linux") and hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")  # Chromium refuses root otherwise


def _dispose(view) -> None:
    """Delete the view (and its page) now: a page outliving its profile crashes at exit."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    view.close()
    shiboken6.delete(view)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def _step_preview(work: Path, state: dict) -> None:
    _prepare_qt_environment()
    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer, QUrl
    from PySide6.QtWebEngineWidgets import QWebEngineView  # before the QApplication exists
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "editor-app"])
    state["app"] = app
    view = QWebEngineView()
    loop, result = QEventLoop(), {}

    def finished(ok: bool) -> None:
        result["ok"] = ok
        loop.quit()

    view.loadFinished.connect(finished)
    QTimer.singleShot(PREVIEW_TIMEOUT_MS, loop.quit)
    view.resize(900, 700)
    if app.platformName() in {"offscreen", "minimal"}:
        view.show()  # nobody sees it; gives the page a real size
    view.load(QUrl.fromLocalFile(str(state["page"])))
    loop.exec()
    title = view.page().title()
    _dispose(view)
    if "ok" not in result:
        raise StepFailed(f"the page did not finish loading within {PREVIEW_TIMEOUT_MS // 1000} s")
    if not result["ok"]:
        raise StepFailed("the web engine could not load the exported page")
    if TEST_TITLE not in title:
        raise StepFailed(f"the web engine shows the title {title!r}")


def _step_icons(work: Path, state: dict) -> None:
    """The toolbar's icon fonts ship with the program and draw (after preview: needs the app)."""
    from editor_app.ui import icons

    for name in ("fa5s.save", "mdi6.format-bold"):
        image = icons.icon(name, color="#000000").pixmap(24, 24).toImage()
        inked = sum(image.pixelColor(x, y).alpha() > 0 for x in range(24) for y in range(24))
        if inked < 10:
            raise StepFailed(f"the icon {name} draws nothing (icon fonts missing?)")
    if icons.fallbacks():  # drawn, but by importing qtawesome: its fonts were not found
        raise StepFailed(f"icon fonts not found in qtawesome's fonts folder: {sorted(icons.fallbacks())}")


def _step_team(work: Path, state: dict) -> None:
    import psycopg
    from sqlalchemy.dialects import registry

    from editor_app.core.library.search_pg import tsquery

    if psycopg.pq.version() < 120000:
        raise RuntimeError(f"libpq {psycopg.pq.version()} is too old")
    registry.load("postgresql.psycopg")
    if tsquery("ĐỔI Mới") != "doi:* & moi:*":
        raise RuntimeError("search folding for a team library is wrong")


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_DOCX_PARTS = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" '
    'ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    "_rels/.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
    f'package/2006/relationships"><Relationship Id="r1" Type="{_REL}/officeDocument" Target="word/document.xml"/>'
    '</Relationships>',
    "word/_rels/document.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
    f'openxmlformats.org/package/2006/relationships"><Relationship Id="s1" Type="{_REL}/styles" Target="styles.xml"/>'
    f'<Relationship Id="i1" Type="{_REL}/image" Target="media/image1.png"/></Relationships>',
    "word/styles.xml": f'<?xml version="1.0" encoding="UTF-8"?><w:styles {_W}><w:style w:type="paragraph" '
    'w:styleId="Title"><w:name w:val="Title"/></w:style><w:style w:type="paragraph" w:styleId="Heading1">'
    '<w:name w:val="heading 1"/></w:style></w:styles>',
    "word/document.xml": f'<?xml version="1.0" encoding="UTF-8"?><w:document {_W} xmlns:r="{_REL}" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>'
    '<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Bản thảo tự kiểm tra</w:t></w:r></w:p>'
    '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Mở đầu</w:t></w:r></w:p>'
    '<w:p><w:r><w:t xml:space="preserve">Văn bản </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>đậm</w:t></w:r></w:p>'
    '<w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="h" descr="Hình"/><a:graphic><a:graphicData>'
    '<pic:pic><pic:blipFill><a:blip r:embed="i1"/></pic:blipFill></pic:pic></a:graphicData></a:graphic>'
    '</wp:inline></w:drawing></w:r></w:p></w:body></w:document>',
}


def _tiny_png() -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00" + b"\xff\x00\x00" * 2 + b"\x00" + b"\x00\x00\xff" * 2))
            + chunk(b"IEND", b""))


def _step_manuscripts(work: Path, state: dict) -> None:
    import zipfile

    from editor_app.core.importing.converter import Converter

    path = work / "ban-thao.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as docx:
        for name, text in _DOCX_PARTS.items():
            docx.writestr(name, text)
        docx.writestr("word/media/image1.png", _tiny_png())
    with Converter(workers=1) as converter:
        manuscript = converter.convert(str(path))
    if manuscript.title != "Bản thảo tự kiểm tra" or "## Mở đầu" not in manuscript.body:
        raise StepFailed("the Word file's title or heading did not come through")
    if "**đậm**" not in manuscript.body or len(manuscript.assets) != 1:
        raise StepFailed("the Word file's bold text or picture did not come through")


STEPS: list[tuple[str, Callable[[Path, dict], None]]] = [
    ("library", _step_library),
    ("render", _step_render),
    ("export", _step_export),
    ("preview", _step_preview),
    ("icons", _step_icons),
    ("team", _step_team),
    ("manuscripts", _step_manuscripts),
]


def _reason(exc: BaseException) -> str:
    if isinstance(exc, StepFailed):
        return str(exc)
    text = str(exc).strip().splitlines()
    return f"{exc.__class__.__name__}: {text[0]}" if text else exc.__class__.__name__


def run_self_test() -> int:
    """Run the steps in order; 0 when all pass, 1 at the first failure."""
    work = Path(tempfile.mkdtemp(prefix="editor-app-selftest-"))
    state: dict = {}
    try:
        for name, step in STEPS:
            try:
                step(work, state)
            except Exception as exc:  # noqa: BLE001 - a line for the user, never a traceback
                print(f"FAILED: {name}: {_reason(exc)}", flush=True)
                return 1
            print(f"ok: {name}", flush=True)
        return 0
    finally:
        store = state.get("store")
        if store is not None:
            try:
                store.close()
            except Exception:  # noqa: BLE001 - cleaning up after a failure
                pass
        shutil.rmtree(work, ignore_errors=True)
