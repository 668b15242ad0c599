"""Word files and web pages are converted in guarded child processes.

A ``.docx`` is a zip of XML written by anyone: the conversion runs in the
same killable child process as rendering (``publishing.guard``), under the
same time, CPU and memory limits. A file that hangs, exhausts memory or
crashes the converter fails alone, with one line; the next file gets a fresh
child. Several children convert at once (one per core) for large imports.
"""

from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor

from editor_app.core.errors import N_, InputError
from editor_app.core.importing.manuscript import Manuscript
from editor_app.core.publishing.guard import GuardedRenderer, RenderError, RenderTimeout

TARGET = "editor_app.core.importing.manuscript:convert_explained"
AHEAD = 4   # files converted ahead per child


class Converter:
    """Up to ``workers`` guarded children, started as needed; thread-safe."""

    def __init__(self, workers: int | None = None, timeout: float | None = None):
        self.workers = max(1, workers or min(4, os.cpu_count() or 1))
        self._timeout = timeout
        self._idle: deque[GuardedRenderer] = deque()
        self._all: list[GuardedRenderer] = []
        self._lock = threading.Condition()
        self._pool: ThreadPoolExecutor | None = None

    def _take(self) -> GuardedRenderer:
        with self._lock:
            while not self._idle and len(self._all) >= self.workers:
                self._lock.wait()
            if self._idle:
                return self._idle.popleft()
            child = GuardedRenderer(self._timeout)
            self._all.append(child)
            return child

    def _give_back(self, child: GuardedRenderer) -> None:
        with self._lock:
            self._idle.append(child)
            self._lock.notify()

    def convert(self, path: str) -> Manuscript:
        """The manuscript, or InputError with the one-line reason."""
        child = self._take()
        try:
            result = child.run(TARGET, str(path))
        except RenderTimeout:
            said = N_("the file could not be converted within {timeout:g} second (it is too large or too complex)") \
                if child.timeout == 1 else \
                N_("the file could not be converted within {timeout:g} seconds (it is too large or too complex)")
            raise InputError(N_(said, timeout=child.timeout)) from None
        except RenderError as exc:
            raise InputError(N_("the file could not be converted: {exc}", exc=exc)) from None
        finally:
            self._give_back(child)
        if isinstance(result, InputError):
            raise result
        return result

    def convert_ahead(self, paths: Iterable[str]) -> Iterator[Future]:
        """A Future per path, in order, converting up to ``AHEAD * workers`` ahead (the
        children keep converting while the caller writes what they gave)."""
        with self._lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(self.workers, thread_name_prefix="editor-app-convert")
            pool = self._pool
        pending: deque[Future] = deque()
        for path in paths:
            pending.append(pool.submit(self.convert, path))
            if len(pending) >= AHEAD * self.workers:
                yield pending.popleft()
        while pending:
            yield pending.popleft()

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
            children, self._all = self._all, []
            self._idle.clear()
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
        for child in children:
            child.close()

    def __enter__(self) -> "Converter":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
