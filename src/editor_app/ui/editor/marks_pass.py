"""The spelling and tone marks of a whole article, drawn in slices after its text.

A newly loaded article is highlighted for its Markdown only, so its text is on
screen without waiting for every word to be checked. Once the editor has painted
it, the marks are run over every line a few milliseconds at a time, the visible
lines first. A change of the library's own words or of the tone-mark style is
run the same way: a 50,000-word article never freezes the window for its marks.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer

from editor_app.ui.after_paint import after_paint

SLICE_S = 0.008        # GUI time per slice, then the event loop runs (keys, paints)


class MarksPass(QObject):
    """Owned by a ``MarkdownEditor``; drives its highlighter's ``marks_deferred`` flag."""

    def __init__(self, editor):
        super().__init__(editor)
        self._editor = editor
        self._next = 0       # block number the running pass goes on from
        self._left = 0       # blocks still to run
        self._slice = QTimer(self, singleShot=True, interval=0)
        self._slice.timeout.connect(self._run_slice)
        self._waiting = False
        self._loads = 0      # texts loaded: a paint awaited for an older one starts nothing

    @property
    def busy(self) -> bool:
        """Whether marks are still to be drawn (tests, benchmarks)."""
        return self._waiting or self._left > 0

    def before_load(self) -> None:
        """A new text is about to be set: highlight its Markdown only."""
        self._slice.stop()
        self._left = 0
        self._editor.highlighter.marks_deferred = True

    def after_load(self) -> None:
        """The new text is set: its marks follow its first paint."""
        self._waiting = True
        self._loads += 1
        load = self._loads
        after_paint(self._editor.viewport(), lambda: self._painted(load))

    def refresh(self) -> None:
        """The words or the style behind the marks changed: run them again over every line."""
        if self._waiting:
            return   # the pass after the paint uses what is current then
        self._start()

    def _painted(self, load: int) -> None:
        if not self._waiting or load != self._loads:
            return
        self._waiting = False
        self._start()

    def _start(self) -> None:
        self._editor.highlighter.marks_deferred = False
        first = self._editor.firstVisibleBlock()
        self._next = first.blockNumber() if first.isValid() else 0
        self._left = self._editor.document().blockCount()
        self._slice.start()

    def _run_slice(self) -> None:
        doc = self._editor.document()
        highlighter = self._editor.highlighter
        count = max(doc.blockCount(), 1)
        end = time.perf_counter() + SLICE_S
        while self._left > 0 and time.perf_counter() < end:
            block = doc.findBlockByNumber(self._next % count)
            if block.isValid():
                highlighter.rehighlightBlock(block)
            self._next = (self._next + 1) % count
            self._left -= 1
        if self._left > 0:
            self._slice.start()
