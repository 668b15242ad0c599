"""The preview pane's web side: own scheme, scripts off, network blocked, links, scroll."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")

import http.server  # noqa: E402
import threading  # noqa: E402

import pytest  # noqa: E402
import shiboken6  # noqa: E402
from PySide6.QtCore import QPoint, Qt, QUrl  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWebEngineCore import QWebEngineScript, QWebEngineSettings  # noqa: E402

# Importing the pane registers the scheme and loads QtWebEngineWidgets before qapp exists.
from editor_app.ui.preview.pane import PreviewPane  # noqa: E402
from editor_app.core.publishing.guard import RenderError  # noqa: E402

WAIT_MS = 20_000


def page(body: str, title: str = "Trang thử", head: str = "") -> str:
    return (f"<!DOCTYPE html><html lang=\"vi\"><head><title>{title}</title>{head}</head>"
            f"<body>{body}</body></html>")


def long_body(paragraphs: int = 400, word: str = "chữ") -> str:
    return "".join(f"<p id=\"p{i}\">Đoạn {i}: {word} " + "nội dung " * 20 + "</p>"
                   for i in range(paragraphs))


@pytest.fixture
def make_pane(qtbot):
    from editor_app.ui.operations.tasks import TaskRunner

    panes, runners = [], []

    def make(build_page=lambda html: html, **kwargs) -> PreviewPane:
        if "runner" not in kwargs:
            runners.append(TaskRunner("render"))
            kwargs["runner"] = runners[-1]
        pane = PreviewPane(build_page, **kwargs)
        pane.resize(800, 600)
        pane.show()
        panes.append(pane)
        return pane

    yield make
    for pane in panes:  # delete now: QtWebEngine objects must go before the application
        pane.shutdown()
        pane.close()
        shiboken6.delete(pane)
    for runner in runners:
        runner.shutdown(wait=True)


def show(qtbot, pane: PreviewPane, data) -> None:
    """Request ``data`` and wait until its page is loaded."""
    with qtbot.waitSignal(pane.rendered, timeout=WAIT_MS):
        pane.request(data)
        pane.scheduler.flush()


def run_js(qtbot, pane: PreviewPane, source: str):
    """Evaluate ``source`` in the application world (page scripts stay off)."""
    box = []
    pane.page.runJavaScript(source, QWebEngineScript.ScriptWorldId.ApplicationWorld, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=WAIT_MS)
    return box[0]


def page_html(qtbot, pane: PreviewPane) -> str:
    box = []
    pane.page.toHtml(box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=WAIT_MS)
    return box[0]


def test_serves_the_built_page_through_its_own_scheme(qtbot, make_pane):
    pane = make_pane(lambda data: page(f"<p class=\"lead\">{data}</p>", title="Ngoại giao số"))
    show(qtbot, pane, "Sáng 17/12, tại Hà Nội")
    assert pane.page.url().scheme() == "editor-preview"
    assert pane.page.url().toString().startswith("editor-preview://page/")
    assert pane.page.title() == "Ngoại giao số"
    assert "Sáng 17/12, tại Hà Nội" in page_html(qtbot, pane)  # UTF-8 without a meta charset
    assert pane.current_html() == page("<p class=\"lead\">Sáng 17/12, tại Hà Nội</p>",
                                       title="Ngoại giao số")


def test_page_scripts_do_not_run(qtbot, make_pane):
    body = "<p>x</p><script>document.title = 'changed by script'</script>"
    pane = make_pane()
    show(qtbot, pane, page(body, title="original"))
    assert pane.page.title() == "original"
    assert not pane.page.settings().testAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled)
    # Control: the same page with scripts enabled does change its title, so the check above bites.
    pane.page.settings().setAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled, True)
    show(qtbot, pane, page(body + "<!-- again -->", title="original"))
    assert pane.page.title() == "changed by script"


class _CountingHandler(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802 - http.server API
        type(self).hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def local_server():
    _CountingHandler.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _CountingHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", _CountingHandler.hits
    server.shutdown()
    server.server_close()


def test_every_network_request_is_blocked_and_counted(qtbot, make_pane, local_server):
    base, hits = local_server
    dot = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="
    head = (f"<link rel=\"stylesheet\" href=\"{base}/style.css\">"
            "<link rel=\"stylesheet\" href=\"http://example.org/s.css\">"
            f"<style>body {{ background: url({base}/bg.png) }}</style>")
    body = (f"<img src=\"https://example.com/a.png\"><img src=\"{base}/a.png\">"
            f"<img src=\"file:///etc/hostname\"><img id=\"dot\" src=\"{dot}\">")
    pane = make_pane()
    show(qtbot, pane, page(body, head=head))
    qtbot.waitUntil(lambda: pane.blocked_requests >= 5, timeout=WAIT_MS)
    blocked = " ".join(pane.blocked_urls)
    for url in ("https://example.com/a.png", "http://example.org/s.css", f"{base}/style.css",
                f"{base}/a.png", f"{base}/bg.png"):
        assert url in blocked
    assert hits == []  # the local server saw nothing
    # file: URLs are refused even earlier, by Chromium's own rule for a non-local scheme.
    assert run_js(qtbot, pane, "document.images[2].naturalWidth") == 0
    assert run_js(qtbot, pane, "document.getElementById('dot').naturalWidth") == 1  # data: allowed
    assert run_js(qtbot, pane, "document.images[0].naturalWidth") == 0


def test_a_page_over_two_megabytes_loads(qtbot, make_pane):
    big = page(long_body(9000) + "<p id=\"end\">END-MARKER</p>")
    assert len(big.encode("utf-8")) > 2 * 1024 * 1024
    pane = make_pane()
    show(qtbot, pane, big)
    assert run_js(qtbot, pane, "document.getElementById('end').textContent") == "END-MARKER"
    assert run_js(qtbot, pane, "document.querySelectorAll('p').length") == 9001


def click(qtbot, pane: PreviewPane, pos: QPoint) -> None:
    target = pane.view.focusProxy() or pane.view
    QTest.mouseMove(target, pos)
    qtbot.wait(50)
    QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)


LINK_BODY = ("<a id=\"out\" href=\"https://example.com/bai-viet\" "
             "style=\"display:block;height:120px;background:#eef\">liên kết ngoài</a>")


@pytest.mark.parametrize("agree", [False, True])
def test_clicked_link_opens_only_after_confirmation(qtbot, make_pane, agree):
    asked, opened = [], []

    def confirm(parent, url):
        asked.append(url.toString())
        return agree

    pane = make_pane(confirm_open=confirm, open_url=lambda url: opened.append(url.toString()))
    show(qtbot, pane, page(LINK_BODY + long_body(20)))
    shown_url = pane.page.url()
    click(qtbot, pane, QPoint(40, 40))
    qtbot.waitUntil(lambda: len(asked) > 0, timeout=WAIT_MS)
    assert asked == ["https://example.com/bai-viet"]
    qtbot.wait(200)
    assert opened == (["https://example.com/bai-viet"] if agree else [])
    assert pane.page.url() == shown_url  # the preview itself never navigates away
    assert pane.page.title() == "Trang thử"


def test_in_page_anchor_scrolls_without_asking(qtbot, make_pane):
    asked = []
    pane = make_pane(confirm_open=lambda parent, url: asked.append(url) or True,
                     open_url=lambda url: None)
    body = ("<a href=\"#fn1\" style=\"display:block;height:120px\">chú thích 1</a>"
            + long_body(200) + "<p id=\"fn1\">Chú thích</p>" + long_body(50))
    show(qtbot, pane, page(body))
    assert pane.scroll_position().y() == 0
    click(qtbot, pane, QPoint(40, 40))
    qtbot.waitUntil(lambda: pane.scroll_position().y() > 1000, timeout=WAIT_MS)
    assert pane.page.url().fragment() == "fn1"
    assert asked == []


def test_links_to_other_documents_are_refused(qtbot, make_pane):
    pane = make_pane(confirm_open=lambda parent, url: pytest.fail("must not ask"))
    show(qtbot, pane, page("<p>x</p>"))
    nav = pane.page.NavigationType
    assert not pane.page.acceptNavigationRequest(QUrl("file:///etc/passwd"),
                                                 nav.NavigationTypeLinkClicked, True)
    assert not pane.page.acceptNavigationRequest(QUrl("editor-preview://page/999.html"),
                                                 nav.NavigationTypeBackForward, True)
    assert not pane.page.acceptNavigationRequest(QUrl("https://example.com/"),
                                                 nav.NavigationTypeRedirect, True)
    qtbot.wait(100)


def test_scroll_position_survives_an_update(qtbot, make_pane):
    pane = make_pane(lambda word: page(long_body(400, word)))
    show(qtbot, pane, "một")
    pane.follow_scroll(0.5)
    qtbot.waitUntil(lambda: pane.scroll_position().y() > 1000, timeout=WAIT_MS)
    before = pane.scroll_position().y()
    show(qtbot, pane, "hai")
    assert "hai" in pane.current_html()
    assert run_js(qtbot, pane, "window.scrollY") == before
    qtbot.waitUntil(lambda: abs(pane.scroll_position().y() - before) < 2, timeout=1000)
    qtbot.wait(150)  # and it stays there
    assert abs(pane.scroll_position().y() - before) < 2
    # Opening another article starts at its top.
    with qtbot.waitSignal(pane.rendered, timeout=WAIT_MS):
        pane.show_article("ba")
    qtbot.waitUntil(lambda: pane.scroll_position().y() == 0, timeout=WAIT_MS)


def test_follow_scroll_tracks_the_editor(qtbot, make_pane):
    pane = make_pane()
    show(qtbot, pane, page(long_body(300)))
    bottom = run_js(qtbot, pane, "document.documentElement.scrollHeight - window.innerHeight")
    assert bottom > 1000
    pane.follow_scroll(1.0)
    qtbot.waitUntil(lambda: abs(pane.scroll_position().y() - bottom) < 2, timeout=WAIT_MS)
    pane.follow_scroll(0.25)
    qtbot.waitUntil(lambda: abs(pane.scroll_position().y() - bottom / 4) < 2, timeout=WAIT_MS)
    pane.follow_scroll(-3)
    qtbot.waitUntil(lambda: pane.scroll_position().y() == 0, timeout=WAIT_MS)


def test_the_error_page_follows_dark_mode(qtbot, make_pane):
    from PySide6.QtGui import QColor, QPalette

    def build(data):
        raise RenderError("Không dựng được trang.")

    pane = make_pane(build)
    dark = QPalette(pane.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e8e8e8"))
    pane.setPalette(dark)
    show(qtbot, pane, "bad")
    assert run_js(qtbot, pane, "getComputedStyle(document.documentElement).backgroundColor") == "rgb(30, 30, 30)"
    assert run_js(qtbot, pane, "getComputedStyle(document.body).color") == "rgb(232, 232, 232)"


def test_render_error_shows_a_friendly_page(qtbot, make_pane):
    def build(data):
        if data == "bad":
            raise RenderError("Bài <b>quá</b> phức tạp & dài.\nTraceback (most recent call last):")
        return page("<p>ổn</p>", title="Tốt")

    pane = make_pane(build)
    show(qtbot, pane, "bad")
    assert pane.page.title() == "Preview unavailable"
    assert pane.status_text() == "Preview unavailable"
    text = run_js(qtbot, pane, "document.body.innerText")
    assert "Bài <b>quá</b> phức tạp & dài." in text  # escaped: shown as text, not markup
    assert "Traceback" not in text
    assert run_js(qtbot, pane, "document.querySelector('b') === null") is True
    show(qtbot, pane, "good")  # the next good render replaces it
    assert pane.page.title() == "Tốt"
    assert pane.status_text() == ""


def test_status_line_and_accessible_names(qtbot, make_pane):
    pane = make_pane(lambda data: page("<p>x</p>"))
    assert pane.view.accessibleName() == "Article preview"
    assert pane.status.accessibleName() == "Preview status"
    with qtbot.waitSignal(pane.scheduler.started, timeout=WAIT_MS):
        pane.request("x")
    assert pane.status_text() == "Updating…"
    qtbot.waitUntil(lambda: pane.status_text() == "", timeout=WAIT_MS)
    pane.clear()
    qtbot.waitUntil(lambda: "No article is open." in (pane.current_html() or ""), timeout=WAIT_MS)


def test_an_unchanged_page_is_not_reloaded(qtbot, make_pane):
    pane = make_pane(lambda data: page("<p>cùng một trang</p>"))
    show(qtbot, pane, "first edit")
    url = pane.page.url()
    show(qtbot, pane, "an edit that does not change the page")
    assert pane.page.url() == url
    assert pane.status_text() == ""
