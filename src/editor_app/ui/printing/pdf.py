"""PDF proofs: the exported page printed by QtWebEngine (``printToPdf``), A4.

The page is the one export writes, with three additions for paper, in a style sheet
added to its head:

- the fonts shipped in ``resources/fonts`` (Noto Serif and Noto Sans, SIL OFL),
  declared with ``@font-face`` and put first in the page's font lists, so a proof
  looks the same on every computer and every glyph is embedded in the PDF (the
  page's Content-Security-Policy gets ``font-src file:`` for them, nothing else);
- a running head with the journal's name and page numbers ("3 / 12") in the page
  margins (CSS ``@page`` margin boxes, which Chromium 131 and later draws);
- the page's own print style sheet (``@media print``) applies as it does in a
  browser.

:class:`PdfPrinter` prints one page after another on one off-the-record
``QWebEnginePage`` (JavaScript off for the page; the fonts are awaited from Qt's
isolated world). :func:`print_pdfs` runs it to the end for the command line.
"""

from __future__ import annotations

import tempfile
from collections import deque
from pathlib import Path

from PySide6.QtCore import QEventLoop, QMarginsF, QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QPageLayout, QPageSize

from editor_app.core.resources import resource_path

FONTS = (("Editor Noto Serif", "NotoSerif-Regular.ttf", 400, "normal"),
         ("Editor Noto Serif", "NotoSerif-Bold.ttf", 700, "normal"),
         ("Editor Noto Serif", "NotoSerif-Italic.ttf", 400, "italic"),
         ("Editor Noto Serif", "NotoSerif-BoldItalic.ttf", 700, "italic"),
         ("Editor Noto Sans", "NotoSans-Regular.ttf", 400, "normal"),
         ("Editor Noto Sans", "NotoSans-Bold.ttf", 700, "normal"))
FONT_WAIT_MS = 50
PAGE_TIMEOUT_MS = 60_000


def _css_string(text: str) -> str:
    """``text`` as a CSS string literal that cannot end the string or the style element."""
    out = []
    for ch in " ".join(text.split()):
        if ch in '"\\<>' or ord(ch) < 0x20:
            out.append(f"\\{ord(ch):x} ")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def print_style(journal_name: str) -> str:
    faces = "".join(
        f'@font-face {{ font-family: "{family}"; src: url("{(resource_path("fonts") / name).as_uri()}") '
        f'format("truetype"); font-weight: {weight}; font-style: {style}; }}\n'
        for family, name, weight, style in FONTS)
    head = f"@top-center {{ content: {_css_string(journal_name)}; font: 9pt \"Editor Noto Sans\", sans-serif; " \
           "color: #444; }" if journal_name.strip() else ""
    return (faces
            + ':root { --serif: "Editor Noto Serif", "Noto Serif", serif; '
              '--sans: "Editor Noto Sans", "Noto Sans", sans-serif; }\n'
            + "@page { size: A4; margin: 20mm 18mm 22mm; " + head
            + ' @bottom-center { content: counter(page) " / " counter(pages); '
              'font: 9pt "Editor Noto Sans", sans-serif; color: #444; } }\n')


def pdf_page(page_html: str, journal_name: str) -> str:
    """The exported page ready for printing (see the module's description)."""
    html = page_html.replace("default-src 'none';", "default-src 'none'; font-src file:;", 1)
    return html.replace("</head>", f"<style>\n{print_style(journal_name)}</style>\n</head>", 1)


class PdfPrinter(QObject):
    """Prints queued pages to PDF files, one at a time; ``printed(path, ok)`` for each."""

    printed = Signal(str, bool)
    idle = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile, QWebEngineSettings

        self._tmp = tempfile.TemporaryDirectory(prefix="editor-app-pdf-")
        self._profile = QWebEngineProfile(self)   # off the record
        self._page = QWebEnginePage(self._profile, self)
        settings = self._page.settings()
        settings.setAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled, False)
        settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, True)
        settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, False)
        settings.setAttribute(QWebEngineSettings.WebAttribute.AutoLoadImages, True)
        self._page.loadFinished.connect(self._loaded)
        self._page.pdfPrintingFinished.connect(self._done)
        self._queue: deque[tuple[str, Path]] = deque()
        self._current: Path | None = None
        self._n = 0
        self._limit = QTimer(self, singleShot=True, interval=PAGE_TIMEOUT_MS)
        self._limit.timeout.connect(lambda: self._done(str(self._current), False))

    def add(self, html: str, out: Path) -> None:
        self._queue.append((html, Path(out)))
        if self._current is None:
            self._next()

    def busy(self) -> bool:
        return self._current is not None or bool(self._queue)

    def _next(self) -> None:
        if not self._queue:
            self._current = None
            self.idle.emit()
            return
        html, out = self._queue.popleft()
        self._current = out
        self._n += 1
        source = Path(self._tmp.name) / f"page-{self._n}.html"
        source.write_text(html, encoding="utf-8")
        self._limit.start()
        self._page.load(QUrl.fromLocalFile(str(source)))

    def _loaded(self, ok: bool) -> None:
        if self._current is None:
            return
        if not ok:
            self._done(str(self._current), False)
            return
        self._await_fonts()

    def _await_fonts(self) -> None:
        from PySide6.QtWebEngineCore import QWebEngineScript

        def answer(status) -> None:
            if self._current is None:
                return
            if status == "loaded":
                self._print()
            else:
                QTimer.singleShot(FONT_WAIT_MS, self._await_fonts)

        self._page.runJavaScript("document.fonts.status", QWebEngineScript.ScriptWorldId.ApplicationWorld, answer)

    def _print(self) -> None:
        layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                             QMarginsF(18, 20, 18, 22), QPageLayout.Unit.Millimeter)   # as the CSS @page
        self._current.parent.mkdir(parents=True, exist_ok=True)
        self._page.printToPdf(str(self._current), layout)

    def _done(self, path: str, ok: bool) -> None:
        if self._current is None or path != str(self._current):
            return
        self._limit.stop()
        self.printed.emit(path, ok)
        self._current = None
        QTimer.singleShot(0, self._next)

    def close(self) -> None:
        """Free the page now, then its profile (a profile going first crashes Chromium)."""
        import shiboken6

        self._queue.clear()
        self._limit.stop()
        if shiboken6.isValid(self._page):
            shiboken6.delete(self._page)
        if shiboken6.isValid(self._profile):
            shiboken6.delete(self._profile)
        self._tmp.cleanup()


def print_pdfs(jobs: list[tuple[str, Path]]) -> dict[Path, bool]:
    """Print ``(page html, pdf path)`` jobs and wait for them (a QApplication must exist)."""
    results: dict[Path, bool] = {}
    if not jobs:
        return results
    printer = PdfPrinter()
    loop = QEventLoop()
    printer.printed.connect(lambda path, ok: results.__setitem__(Path(path), ok))
    printer.idle.connect(loop.quit)
    for html, out in jobs:
        printer.add(html, out)
    if printer.busy():
        loop.exec()
    printer.close()
    return results
