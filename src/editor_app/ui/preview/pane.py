"""The live preview pane: the page export writes, rendered as the editor types.

``PreviewPane(build_page)`` shows, in a ``QWebEngineView``, the HTML that
``build_page(article_data)`` returns (the main window passes the export's own
page builder, so the preview is exactly the exported page). Building runs on a
render thread through :class:`~editor_app.ui.preview.scheduler.PreviewScheduler`;
pages are served from memory through the ``editor-preview:`` scheme (see
:mod:`editor_app.ui.preview.scheme`) with page scripts off and every network
request blocked.

Scrolling without page JavaScript: ``JavascriptEnabled=False`` only disables
the page's own scripts (Chromium's main world). The pane reads the position
with ``QWebEnginePage.scrollPosition()`` and moves it with small scripts run in
``QWebEngineScript.ApplicationWorld`` - an isolated world the page cannot see -
both through ``runJavaScript`` and as a ``DocumentReady`` script injected with
each update, so a new page appears already at the old position.

Links: in-page anchors (``#fn1``) scroll; a web or mail link opens in the
system browser only after the user confirms (``confirm_open``, injectable).
"""

from __future__ import annotations

import html
import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWebEngineCore import QWebEngineLoadingInfo, QWebEnginePage, QWebEngineScript
from PySide6.QtWebEngineWidgets import QWebEngineView  # before any QApplication exists
from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget

from editor_app.ui.after_paint import after_paint
from editor_app.ui.preview.scheduler import DEFAULT_DEBOUNCE_MS, PreviewScheduler
from editor_app.ui.preview.scheme import (
    ALLOWED_SCHEMES,
    install_script,
    PREVIEW_SCHEME,
    lock_down_page,
    make_preview_profile,
    register_preview_scheme,
)
from editor_app.ui.operations.tasks import TaskRunner

register_preview_scheme()  # must precede the QApplication; harmless when repeated

log = logging.getLogger(__name__)

EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})
_SCROLL_SCRIPT = "editor-preview-scroll"
SCROLL_FRAME_MS = 16   # the preview follows the editor's scrolling at most once a frame

ConfirmOpen = Callable[[QWidget | None, QUrl], bool]


def ask_open_link(parent: QWidget | None, url: QUrl) -> bool:
    """Default ``confirm_open``: ask whether to open ``url`` in the system browser."""
    shown = url.toDisplayString()
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("PreviewPane", "Open link"),
        QCoreApplication.translate("PreviewPane", "Open this address in your web browser?")
        + "\n\n" + shown,
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Open


def _same_document(a: QUrl, b: QUrl) -> bool:
    def base(u: QUrl) -> tuple:
        return u.scheme(), u.host(), u.port(), u.path(), u.query()
    return not a.isEmpty() and base(a) == base(b)


class PreviewPage(QWebEnginePage):
    """Lets through only the pane's own page loads and in-page anchors.

    Clicked web/mail links are reported through ``external_link`` (and never
    navigated here); links to other preview URLs through ``internal_link``.
    """

    external_link = Signal(QUrl)
    internal_link = Signal(QUrl)

    def __init__(self, profile, parent=None):
        super().__init__(profile, parent)
        self.expected_url = QUrl()  # the page the pane is loading or showing
        self.refused = 0

    def acceptNavigationRequest(self, url: QUrl, nav_type, is_main_frame: bool) -> bool:  # noqa: N802
        if not is_main_frame:
            return url.scheme() in ALLOWED_SCHEMES
        if _same_document(url, self.expected_url):
            return True
        self.refused += 1
        if nav_type == QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
            if url.scheme() in EXTERNAL_SCHEMES:
                self.external_link.emit(url)
            elif url.scheme() == PREVIEW_SCHEME:
                self.internal_link.emit(url)
        return False

    def createWindow(self, _type):  # noqa: N802 - target=_blank links: no new windows
        return None


class PreviewPane(QWidget):
    """The preview web view plus a one-line status."""

    rendered = Signal(float)  # ms from request() to the new page loaded and positioned
    link_opened = Signal(QUrl)  # an external link the user agreed to open
    internal_link = Signal(QUrl)  # a link to another preview-scheme address was clicked
    web_made = Signal()  # the web view and its page exist now (made on first need)

    def __init__(self, build_page: Callable[[Any], str], *, runner: TaskRunner,
                 confirm_open: ConfirmOpen | None = None,
                 open_url: Callable[[QUrl], Any] | None = None,
                 debounce_ms: int = DEFAULT_DEBOUNCE_MS, parent: QWidget | None = None):
        super().__init__(parent)
        self._confirm_open = confirm_open or ask_open_link
        self._open_url = open_url or QDesktopServices.openUrl
        self._saved_scroll = QPointF()
        self._pending_fraction: float | None = None
        self._top_next = False  # the next page starts at the top (another article)
        self._loading_since: float | None = None  # request time of the page being loaded
        self._status_kind = ""
        self._shown_html: str | None = None
        self._shown = 0   # articles shown (show_article)
        self.scheduler = PreviewScheduler(build_page, runner, debounce_ms, self)
        self._scroll_to: float | None = None
        self._scroll_timer = QTimer(self, singleShot=True, interval=SCROLL_FRAME_MS)
        self._scroll_timer.timeout.connect(self._apply_scroll)
        self._build_widgets()
        self._connect()

    # -- construction ------------------------------------------------------
    def _build_widgets(self) -> None:
        """The web view is made when the first page is shown (or asked for): starting
        WebEngine's profile takes ~45 ms of the GUI thread, which the window's first paint
        and the article's text need more. Until then a page-coloured area stands in."""
        self._web: tuple | None = None   # (view, page, profile, handler, interceptor)
        self._placeholder = QWidget(self)
        self._placeholder.setAutoFillBackground(True)
        self._placeholder.setBackgroundRole(QPalette.ColorRole.Base)
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Preview status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.status.setContentsMargins(6, 2, 6, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._placeholder, 1)
        layout.addWidget(self.status)
        self.setAccessibleName(self.tr("Preview"))

    def _ensure_web(self) -> tuple:
        if self._web is None:
            profile, handler, interceptor = make_preview_profile(None)
            view = QWebEngineView(self)
            page = PreviewPage(profile, view)
            lock_down_page(page)
            view.setPage(page)
            view.setAcceptDrops(False)
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
            view.setAccessibleName(self.tr("Article preview"))
            # Re-parent last: children are deleted in order, and the profile must outlive its page.
            profile.setParent(self)
            self.layout().replaceWidget(self._placeholder, view)
            self._placeholder.hide()
            self._placeholder.deleteLater()
            self._web = (view, page, profile, handler, interceptor)
            page.loadingChanged.connect(self._loading_changed)
            page.external_link.connect(self._external_link)
            page.internal_link.connect(self.internal_link)
            self.web_made.emit()
        return self._web

    def has_web(self) -> bool:
        """Whether the web view exists yet (it is made when the first page is shown)."""
        return self._web is not None

    view = property(lambda self: self._ensure_web()[0])
    page = property(lambda self: self._ensure_web()[1])
    profile = property(lambda self: self._ensure_web()[2])
    _handler = property(lambda self: self._ensure_web()[3])
    _interceptor = property(lambda self: self._ensure_web()[4])

    def _connect(self) -> None:
        self.scheduler.started.connect(lambda: self._set_status("updating"))
        self.scheduler.page_ready.connect(self._show_html)
        self.scheduler.failed.connect(self._show_failure)

    # -- public API --------------------------------------------------------
    def request(self, data: Any) -> None:
        """The article changed: show its page once typing pauses."""
        self.scheduler.request(data)

    def request_latest(self, source: Callable[[], Any]) -> None:
        """The article changed: ``source()`` gives its data once typing pauses."""
        self.scheduler.request_latest(source)

    def show_article(self, data: Any, *, first_after: QWidget | None = None) -> None:
        """Another article was opened: render it now, at the top of the page. The pane's
        first article, with ``first_after``: once that widget has painted (the article's
        text is on screen first; its page is built on a thread), unless another article
        was shown meanwhile."""
        self._shown += 1
        if first_after is not None and self._shown == 1:
            after_paint(first_after, lambda: self._render(data) if self._shown == 1 else None)
            return
        self._render(data)

    def _render(self, data: Any) -> None:
        self.scheduler.cancel()
        self._top_next = True
        self._pending_fraction = self._scroll_to = None
        self.scheduler.request(data)
        self.scheduler.flush()

    def clear(self) -> None:
        """No article open: stop updating and show an empty page."""
        self.scheduler.cancel()
        self._top_next = True
        self._pending_fraction = self._scroll_to = None
        self._load(self._message_page("", self.tr("No article is open.")), None)
        self._set_status("")

    def follow_scroll(self, fraction: float) -> None:
        """Scroll so that ``fraction`` (0 = top, 1 = bottom) of the page is in view.

        Coalesced to one call into the page per frame: a call costs milliseconds, and the
        editor scrolls in small steps while one types or drags."""
        fraction = min(1.0, max(0.0, float(fraction)))
        if self._web is None or self._loading_since is not None or self.page.url().isEmpty():
            self._pending_fraction = fraction  # applied when the page has loaded
            return
        self._scroll_to = fraction
        if not self._scroll_timer.isActive():
            self._scroll_timer.start()

    def _apply_scroll(self) -> None:
        fraction, self._scroll_to = self._scroll_to, None
        if fraction is None:
            return
        if self._web is None or self._loading_since is not None or self.page.url().isEmpty():
            self._pending_fraction = fraction
            return
        self.page.runJavaScript(_fraction_js(fraction), QWebEngineScript.ScriptWorldId.ApplicationWorld)

    def scroll_position(self) -> QPointF:
        return QPointF() if self._web is None else self.page.scrollPosition()

    @property
    def blocked_requests(self) -> int:
        """How many requests (network, files...) the preview refused so far."""
        return self._interceptor.blocked_count

    @property
    def blocked_urls(self) -> list[str]:
        return list(self._interceptor.blocked_urls)

    def is_up_to_date(self) -> bool:
        """No page is being built or loaded: what is shown is of the latest request
        (the article just opened, the text as typed)."""
        return not self.scheduler.is_busy() and self._loading_since is None

    def current_html(self) -> str | None:
        """The HTML of the page most recently served (for tests and copy-out)."""
        data = self._handler.latest()
        return data.decode("utf-8") if data is not None else None

    def status_text(self) -> str:
        return self.status.text()

    def shutdown(self) -> None:
        """Stop rendering (call when the window closes for good).

        Delete the pane (its window) before the QApplication goes away: QtWebEngine
        warns, and may crash, when a page is still alive as it shuts down.
        """
        self.scheduler.shutdown(wait=False)

    # -- page loading ------------------------------------------------------
    def _show_html(self, page_html: str, requested_at: float) -> None:
        if self._loading_since is None and page_html == self._shown_html:
            self._positioned(requested_at, True)  # same page: nothing to reload
            return
        self._load(page_html, requested_at)

    def _show_failure(self, message: str, requested_at: float) -> None:
        title = self.tr("Preview unavailable")
        self._load(self._message_page(title, message), requested_at)
        self._set_status("unavailable")

    def _load(self, page_html: str, requested_at: float | None) -> None:
        if self._loading_since is None:  # keep the position from before a chain of loads
            self._saved_scroll = self.page.scrollPosition()
        if self._top_next:
            self._saved_scroll, self._top_next = QPointF(), False
        url = self._handler.publish(page_html)
        self._shown_html = page_html
        self._set_scroll_script(self._restore_js())
        self._loading_since = requested_at if requested_at is not None else time.perf_counter()
        self.page.expected_url = url
        self.page.load(url)

    def _loading_changed(self, info: QWebEngineLoadingInfo) -> None:
        status = info.status()
        if status == QWebEngineLoadingInfo.LoadStatus.LoadStartedStatus:
            return
        if info.url() != self.page.expected_url:
            return  # an older load, replaced by a newer one
        since, self._loading_since = self._loading_since, None
        ok = status == QWebEngineLoadingInfo.LoadStatus.LoadSucceededStatus
        if not ok:
            log.warning("preview page failed to load: %s", info.errorString())
        # The DocumentReady script usually has restored the position already; make sure
        # (late layout) and report the update once the page really is where it belongs.
        self.page.runJavaScript(
            self._restore_js() + "window.scrollY;",
            QWebEngineScript.ScriptWorldId.ApplicationWorld,
            lambda _y, since=since, ok=ok: self._positioned(since, ok),
        )
        self._pending_fraction = None

    def _positioned(self, since: float | None, ok: bool) -> None:
        if self._loading_since is not None:
            return  # a newer page is already on its way
        if not ok:
            self._set_status("unavailable")
            return
        if self._status_kind == "updating":
            self._set_status("")
        if since is not None:
            self.rendered.emit((time.perf_counter() - since) * 1000.0)

    def _restore_js(self) -> str:
        if self._pending_fraction is not None:
            return _fraction_js(self._pending_fraction)
        return f"window.scrollTo({self._saved_scroll.x():.1f},{self._saved_scroll.y():.1f});"

    def _set_scroll_script(self, source: str) -> None:
        install_script(self.page, _SCROLL_SCRIPT, source)

    # -- links and status --------------------------------------------------
    def _external_link(self, url: QUrl) -> None:
        # Leave the navigation callback before showing a modal dialog.
        QTimer.singleShot(0, self, lambda: self._confirm_and_open(url))

    def _confirm_and_open(self, url: QUrl) -> None:
        if self._confirm_open(self, url):
            self._open_url(url)
            self.link_opened.emit(url)

    def _set_status(self, kind: str) -> None:
        self._status_kind = kind
        texts = {"updating": self.tr("Updating…"), "unavailable": self.tr("Preview unavailable")}
        self.status.setText(texts.get(kind, ""))

    def _message_page(self, title: str, message: str) -> str:
        """A small built-in page (errors, empty state); all text HTML-escaped."""
        heading = f"<h1>{html.escape(title)}</h1>" if title else ""
        palette = self.palette()   # the window's colours: dark in dark mode
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        dark = base.lightnessF() < 0.5
        return (
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(title)}</title><style>"
            f"html{{background:{base.name()};color-scheme:{'dark' if dark else 'light'}}}"
            f"body{{font-family:sans-serif;margin:3em auto;max-width:36em;color:{text.name()};padding:0 1em}}"
            f"h1{{font-size:1.3em;color:{'#ff8a80' if dark else '#a33'}}}p{{white-space:pre-wrap}}</style></head>"
            f"<body>{heading}<p class=\"message\">{html.escape(message)}</p></body></html>"
        )


def _fraction_js(fraction: float) -> str:
    return (
        "(function(){var e=document.scrollingElement||document.documentElement;"
        f"window.scrollTo(0,{fraction:.5f}*Math.max(0,e.scrollHeight-window.innerHeight));}})();"
    )
