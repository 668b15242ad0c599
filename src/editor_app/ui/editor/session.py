"""The article being edited: autosave within 2 seconds, flush on switch and quit.

The window calls :meth:`touch` on every edit. A save is scheduled 700 ms after
the last edit, and never later than 1.5 s after the first unsaved edit, so
continuous typing is saved too; a killed process loses at most that window.
Saves are ``Operations.save`` on the store's serial worker (which announces
them); the data is collected on the GUI thread when a save starts, never per key.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from editor_app.core.dto import ArticleData
from editor_app.ui.editor.stats import SaveState
from editor_app.ui.operations import Operations

log = logging.getLogger(__name__)

DEBOUNCE_MS = 700
MAX_DELAY_S = 1.5


class ArticleSession(QObject):
    state_changed = Signal(str, str)  # state, detail message
    saved = Signal(object)  # ArticleData as stored

    def __init__(self, ops: Operations, collect: Callable[[ArticleData], ArticleData],
                 parent: QObject | None = None):
        super().__init__(parent)
        self._ops = ops
        self._collect = collect
        self.current: ArticleData | None = None
        self._generation = 0
        self._saved_generation = 0
        self._first_dirty: float | None = None
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.save_now)

    @property
    def dirty(self) -> bool:
        return self._generation != self._saved_generation

    def load(self, article: ArticleData) -> None:
        """Start editing ``article`` (the caller saved the previous one with flush())."""
        self.current = article
        self._generation = self._saved_generation = 0
        self._first_dirty = None
        self.state_changed.emit(SaveState.SAVED.value, "")

    def clear(self) -> None:
        """No article open (after flush())."""
        self._timer.stop()
        self.current = None
        self._generation = self._saved_generation = 0
        self._first_dirty = None

    def touch(self) -> None:
        if self.current is None:
            return
        self._generation += 1
        now = time.monotonic()
        if self._first_dirty is None:
            self._first_dirty = now
            self.state_changed.emit(SaveState.UNSAVED.value, "")
        if now - self._first_dirty >= MAX_DELAY_S:
            # after this key's handlers: a save starting on the worker inside the key would
            # hold the GIL (normalising, indexing the text) while the key is still handled
            self._timer.start(0)
        else:
            self._timer.start(DEBOUNCE_MS)

    def _snapshot(self) -> tuple[ArticleData, int]:
        return self._collect(self.current), self._generation

    def save_now(self, named: bool = False, reason: str = "autosave") -> None:
        """Save in the background if there is anything to save (or a named revision)."""
        self._timer.stop()
        if self.current is None or (not self.dirty and not named):
            return
        data, generation = self._snapshot()
        self._first_dirty = None
        self.state_changed.emit(SaveState.SAVING.value, "")
        article_id = data.id
        self._ops.save(data, reason, named,
                       on_done=lambda res: self._done(article_id, generation, res),
                       on_error=lambda exc: self._failed(article_id, exc))

    def flush(self, reason: str = "autosave") -> None:
        """Save now and wait for it (switching article, quitting)."""
        self._timer.stop()
        if self.current is None or not self.dirty:
            return
        data, generation = self._snapshot()
        try:
            result = self._ops.save_and_wait(data, reason)
        except Exception as exc:  # noqa: BLE001 - shown to the user, never lost silently
            log.error("save failed: %s", exc)
            self._failed(data.id, exc)
            raise
        self._done(data.id, generation, result)

    def _done(self, article_id: int, generation: int, result: tuple[ArticleData, str]) -> None:
        saved, problem = result
        if self.current is None or self.current.id != article_id:
            self.saved.emit(saved)
            return
        self._saved_generation = max(self._saved_generation, generation)
        self.current = saved  # editable fields are re-collected from the widgets
        if self.dirty and self._first_dirty is None:
            self._first_dirty = time.monotonic()
        self.saved.emit(saved)
        if problem:
            self.state_changed.emit(SaveState.FAILED.value, problem)
        elif self.dirty:
            self.state_changed.emit(SaveState.UNSAVED.value, "")
        else:
            self.state_changed.emit(SaveState.SAVED.value, "")

    def _failed(self, article_id: int, exc: BaseException) -> None:
        if self.current is not None and self.current.id == article_id:
            self._first_dirty = self._first_dirty or time.monotonic()
            self._timer.start(2000)  # try again; the text stays in the editor meanwhile
        self.state_changed.emit(SaveState.FAILED.value, str(exc))
