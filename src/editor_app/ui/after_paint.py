"""Work that waits until a widget has painted: what an article needs besides its text
(its marks, its review, the library's own words) comes after the text is on screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

WAIT_MS = 400   # the work runs then even when no paint came (a hidden or minimised window)


class _AfterPaint(QObject):
    def __init__(self, widget: QWidget, fn: Callable[[], None], wait_ms: int):
        super().__init__(widget)
        self._widget = widget
        self._fn: Callable[[], None] | None = fn
        widget.installEventFilter(self)
        QTimer.singleShot(wait_ms, self, self._run)

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802 - Qt API
        if self._fn is not None and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._run)   # once this paint has been drawn
        return False

    def _run(self) -> None:
        fn, self._fn = self._fn, None
        if fn is None:
            return
        self._widget.removeEventFilter(self)
        self.deleteLater()
        fn()


def after_paint(widget: QWidget, fn: Callable[[], None], wait_ms: int = WAIT_MS) -> None:
    """Run ``fn()`` once, on the GUI thread, right after ``widget``'s next paint; at once
    (in the next event-loop turn) when ``widget`` is hidden, and after ``wait_ms`` at the latest."""
    if not widget.isVisible():
        QTimer.singleShot(0, widget, fn)
        return
    _AfterPaint(widget, fn, wait_ms)


def after_first_text(loaded, widget: QWidget, fn: Callable[[], None], wait_ms: int = 1000) -> None:
    """Run ``fn()`` once, on the GUI thread, after the first ``loaded`` signal (the first
    article read) and ``widget``'s paint that follows it; after ``wait_ms`` when no article
    loads (an empty library). What the window starts besides (the render child, the CLI's
    channel, a write's statements) waits for the text: on 2 cores, anything running
    before it comes takes the time from it."""
    state = {"fn": fn}

    def run() -> None:
        once, state["fn"] = state["fn"], None
        if once is None:
            return
        try:
            loaded.disconnect(first)
        except (RuntimeError, TypeError):
            pass
        once()

    def first(*_args) -> None:
        after_paint(widget, run)

    loaded.connect(first)
    QTimer.singleShot(wait_ms, widget, run)
