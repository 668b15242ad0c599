"""Background work off the GUI thread.

``TaskRunner`` is one serial worker (database writes and reads in order, like
Anki's taskman); results come back to the GUI thread through a queued signal.
Several runners may exist (one for the store, one for rendering) so that a slow
render never delays a save.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from editor_app.ui.operations.handle import LibraryNotOpen

log = logging.getLogger(__name__)


class TaskRunner(QObject):
    """Runs callables one at a time on a worker thread, in submission order."""

    _finished = Signal(object, object, object, object)  # on_done, on_error, result, exc

    def __init__(self, name: str = "worker", parent: QObject | None = None):
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._finished.connect(self._deliver)
        self._closed = False
        # held while emitting and while closing: once shutdown() returns, no job
        # emits into this object again (it may be deleted right after)
        self._emit_lock = threading.Lock()

    def run(self, fn: Callable[..., Any], *args: Any,
            on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> Future:
        """Queue ``fn(*args)``; ``on_done(result)``/``on_error(exc)`` run on the GUI thread."""
        if self._closed:  # the window is going away: a late signal's job is dropped, not an error
            log.debug("task runner %s is closed; %r dropped", self._pool._thread_name_prefix, fn)
            dropped: Future = Future()
            dropped.cancel()
            return dropped

        def job() -> Any:
            try:
                result = fn(*args)
            except BaseException as exc:  # noqa: BLE001 - reported to on_error
                if isinstance(exc, LibraryNotOpen):
                    log.debug("%s", exc)   # queued behind an opening that failed
                elif on_error is None:
                    log.error("background task failed:\n%s", traceback.format_exc())
                self._emit(on_done, on_error, None, exc)
                raise
            self._emit(on_done, on_error, result, None)
            return result

        return self._pool.submit(job)

    def _emit(self, on_done, on_error, result, exc) -> None:
        with self._emit_lock:
            if not self._closed:
                self._finished.emit(on_done, on_error, result, exc)

    def call(self, fn: Callable[..., Any], *args: Any, timeout: float | None = None) -> Any:
        """Run ``fn`` on the worker and wait for it (shutdown paths, tests)."""
        return self._pool.submit(fn, *args).result(timeout)

    @Slot(object, object, object, object)
    def _deliver(self, on_done, on_error, result, exc) -> None:
        try:
            if exc is not None:
                if on_error is not None:
                    on_error(exc)
            elif on_done is not None:
                on_done(result)
        except RuntimeError as gone:
            # the answer came for a dialog or panel closed meanwhile: nobody is left to show it
            if "already deleted" not in str(gone):
                raise
            log.debug("a result for a widget that is gone: %s", gone)

    def shutdown(self, wait: bool = True) -> None:
        """Finish queued work (when ``wait``) and stop the thread."""
        if wait:
            self._pool.shutdown(wait=True)  # queued work finishes and reports first
        with self._emit_lock:
            self._closed = True
        self._pool.shutdown(wait=False, cancel_futures=True)
