"""The preview's private web plumbing: its URL scheme, page server and network lock.

The preview pane shows the page that export writes, served from memory through
the app's own URL scheme (``editor-preview://page/<n>.html``) rather than
``QWebEngineView.setHtml`` (which silently fails above 2 MB). The page lives in a
dedicated off-the-record ``QWebEngineProfile`` whose request interceptor blocks
every request that is not for that scheme or a ``data:`` URL, so a preview
never touches the network (remote images, fonts, style sheets, tracking pixels)
and never reads local files.

Qt requires custom schemes to be registered before the ``QApplication`` exists:
:func:`register_preview_scheme` does that (and sets ``AA_ShareOpenGLContexts``,
which QtWebEngine also needs before the application is created). It runs when
this module is imported and again harmlessly when the entry point calls it.
"""

from __future__ import annotations

import logging
from collections import deque
from typing import NamedTuple

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, Qt, QUrl
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)

log = logging.getLogger(__name__)

PREVIEW_SCHEME = "editor-preview"
PREVIEW_HOST = "page"
#: Schemes a preview page may load; everything else is blocked and counted.
ALLOWED_SCHEMES = frozenset({PREVIEW_SCHEME, "data"})
#: How many served pages stay in memory (the newest plus those still loading).
KEEP_PAGES = 3

_registered = False


def register_preview_scheme() -> bool:
    """Register ``editor-preview:`` with QtWebEngine; call before the QApplication exists.

    Idempotent. Returns True when the scheme is (now or already) registered, False
    when it is too late (an application object already exists) - the preview then
    cannot load its pages, so the entry point must call this first.
    """
    global _registered
    if _registered:
        return True
    if QCoreApplication.instance() is not None:
        log.error("register_preview_scheme() called after the QApplication was created")
        return False
    scheme = QWebEngineUrlScheme(PREVIEW_SCHEME.encode())
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    # Secure: a secure context, so pages never trip "mixed content" rules.
    scheme.setFlags(QWebEngineUrlScheme.Flag.SecureScheme)
    QWebEngineUrlScheme.registerScheme(scheme)
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    _registered = True
    return True


def page_url(number: int) -> QUrl:
    """The URL of served page ``number``."""
    return QUrl(f"{PREVIEW_SCHEME}://{PREVIEW_HOST}/{number}.html")


def page_number(url: QUrl) -> int | None:
    """The page number in a preview URL, or None when the URL is not one."""
    if url.scheme() != PREVIEW_SCHEME or url.host() != PREVIEW_HOST:
        return None
    name = url.path().lstrip("/")
    stem, dot, ext = name.partition(".")
    if ext != "html" or not dot or not stem.isdigit():
        return None
    return int(stem)


class PreviewSchemeHandler(QWebEngineUrlSchemeHandler):
    """Answers ``editor-preview://page/<n>.html`` from pages held in memory."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pages: dict[int, bytes] = {}
        self._order: deque[int] = deque()
        self._next = 1
        self.served = 0

    def publish(self, html: str) -> QUrl:
        """Hold ``html`` as a new page and return its URL (older pages are dropped)."""
        number = self._next
        self._next += 1
        self._pages[number] = html.encode("utf-8")
        self._order.append(number)
        while len(self._order) > KEEP_PAGES:
            self._pages.pop(self._order.popleft(), None)
        return page_url(number)

    def page(self, number: int) -> bytes | None:
        return self._pages.get(number)

    def latest(self) -> bytes | None:
        """The most recently published page, if any."""
        return self._pages.get(self._order[-1]) if self._order else None

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # noqa: N802 - Qt API
        url = job.requestUrl()
        number = page_number(url)
        data = self._pages.get(number) if number is not None else None
        if job.requestMethod() != QByteArray(b"GET") or data is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        buffer = QBuffer(parent=job)  # lives exactly as long as the job
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(QByteArray(b"text/html;charset=utf-8"), buffer)
        self.served += 1


class BlockingInterceptor(QWebEngineUrlRequestInterceptor):
    """Blocks every request whose scheme is not in ``ALLOWED_SCHEMES``, and counts them."""

    def __init__(self, parent: QObject | None = None, keep: int = 50):
        super().__init__(parent)
        self.blocked_count = 0
        self.allowed_count = 0
        self.blocked_urls: deque[str] = deque(maxlen=keep)

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # noqa: N802 - Qt API
        url = info.requestUrl()
        if url.scheme() in ALLOWED_SCHEMES:
            self.allowed_count += 1
            return
        info.block(True)
        self.blocked_count += 1
        self.blocked_urls.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded)[:300])


class PreviewProfile(NamedTuple):
    """An off-the-record profile with its page server and request blocker."""

    profile: QWebEngineProfile
    handler: PreviewSchemeHandler
    interceptor: BlockingInterceptor


def make_preview_profile(parent: QObject | None = None) -> PreviewProfile:
    """A fresh off-the-record profile serving the preview scheme behind the interceptor.

    The handler and interceptor are children of the profile (Qt does not take
    ownership of either when they are installed).
    """
    profile = QWebEngineProfile(parent)  # no storage name: off the record
    assert profile.isOffTheRecord()
    profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.NoCache)
    profile.setPersistentCookiesPolicy(QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies)
    profile.setSpellCheckEnabled(False)
    handler = PreviewSchemeHandler(profile)
    profile.installUrlSchemeHandler(PREVIEW_SCHEME.encode(), handler)
    interceptor = BlockingInterceptor(profile)
    profile.setUrlRequestInterceptor(interceptor)
    lock_down(profile.settings())
    return PreviewProfile(profile, handler, interceptor)


_OFF = (
    "JavascriptEnabled", "JavascriptCanOpenWindows", "JavascriptCanAccessClipboard",
    "JavascriptCanPaste", "AllowWindowActivationFromJavaScript", "PluginsEnabled",
    "PdfViewerEnabled", "LocalContentCanAccessRemoteUrls", "LocalContentCanAccessFileUrls",
    "LocalStorageEnabled", "AllowRunningInsecureContent", "AllowGeolocationOnInsecureOrigins",
    "HyperlinkAuditingEnabled", "DnsPrefetchEnabled", "WebGLEnabled", "ScreenCaptureEnabled",
    "Accelerated2dCanvasEnabled", "FullScreenSupportEnabled", "NavigateOnDropEnabled",
    "AutoLoadIconsForPage", "TouchIconsEnabled", "ErrorPageEnabled", "FocusOnNavigationEnabled",
    "ScrollAnimatorEnabled", "BackForwardCacheEnabled",
)
_ON = ("AutoLoadImages", "ShowScrollBars", "PlaybackRequiresUserGesture")


def lock_down(settings: QWebEngineSettings) -> None:
    """Page scripts, plugins, remote/local file access and similar features off.

    ``JavascriptEnabled=False`` stops the page's own scripts (the main world);
    the application can still run scripts in ``QWebEngineScript.ApplicationWorld``
    through ``QWebEnginePage.runJavaScript`` - the pane uses that to keep and
    follow the scroll position.
    """
    attr = QWebEngineSettings.WebAttribute
    for name in _OFF:
        if hasattr(attr, name):
            settings.setAttribute(getattr(attr, name), False)
    for name in _ON:
        if hasattr(attr, name):
            settings.setAttribute(getattr(attr, name), True)


def lock_down_page(page: QWebEnginePage) -> None:
    """Apply :func:`lock_down` to a page's own settings as well (belt and braces)."""
    lock_down(page.settings())


def install_script(page, name: str, source: str) -> None:
    """Run ``source`` in Qt's isolated world on every page ``page`` loads (replacing the
    script of that name): the page's own scripts stay off and cannot see it."""
    from PySide6.QtWebEngineCore import QWebEngineScript

    scripts = page.scripts()
    for old in scripts.find(name):
        scripts.remove(old)
    script = QWebEngineScript()
    script.setName(name)
    script.setWorldId(QWebEngineScript.ScriptWorldId.ApplicationWorld)
    script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentReady)
    script.setRunsOnSubFrames(False)
    script.setSourceCode(source)
    scripts.insert(script)
