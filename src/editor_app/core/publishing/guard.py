"""Rendering with a time limit, in a worker process that can be killed.

Python-Markdown needs minutes on some small crafted inputs (``"[a" * 20000``
is quadratic), and a thread cannot be stopped.  :class:`GuardedRenderer`
keeps one persistent child process (``multiprocessing`` "spawn" context, so
it behaves the same on Windows, macOS and in a frozen PyInstaller app) that
imports the renderer once and serves requests over a Pipe.  A request that
exceeds the limit kills the child and raises :class:`RenderTimeout`; the next
call starts a fresh child.  A child that dies raises :class:`RenderError`.

The application entry point must call ``multiprocessing.freeze_support()``
first thing, and every script that can be the main module must be guarded
by ``if __name__ == "__main__":`` (spawn re-imports the main module).

The default time limit is 5 s, or ``EDITOR_APP_RENDER_TIMEOUT`` (seconds)
when that environment variable holds a positive number.

The child never outlives its parent: it calls
:func:`editor_app.core.lifeline.die_with_parent` first thing, and before each
render caps its own CPU time (:func:`~editor_app.core.lifeline.limit_cpu`,
``2 * timeout + 5`` seconds by default: the parent's wall-clock limit fires
first in normal operation).  A child ended by that cap (SIGXCPU) is reported
as :class:`RenderTimeout`, like one the parent timed out.
"""

from __future__ import annotations

import os
import queue
import signal
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any
from editor_app.core.errors import N_

if TYPE_CHECKING:  # the parent only unpickles results; Markdown and nh3 load in the child
    from editor_app.core.publishing.render import Rendered

__all__ = [
    "RenderError", "RenderTimeout", "GuardedRenderer", "RenderPool", "cpu_allowance", "default_timeout",
]

TIMEOUT_ENV = "EDITOR_APP_RENDER_TIMEOUT"
FALLBACK_TIMEOUT = 5.0
STARTUP_TIMEOUT = 60.0  # spawning + importing Markdown; generous for a loaded machine


class RenderError(Exception):
    """An article could not be rendered; the message is for the user."""


class RenderTimeout(RenderError):
    """Rendering took longer than the time limit."""


def default_timeout() -> float:
    """``EDITOR_APP_RENDER_TIMEOUT`` if it is a positive number, else 5.0."""
    try:
        value = float(os.environ.get(TIMEOUT_ENV, ""))
    except ValueError:
        return FALLBACK_TIMEOUT
    return value if value > 0 else FALLBACK_TIMEOUT


def _timeout_message(seconds: float) -> str:
    return (
        f"This article could not be rendered within {seconds:g} seconds. "
        "It probably contains a construction that is too complex to lay out, "
        "such as thousands of unclosed brackets or deeply nested emphasis. "
        "Undo the last change or simplify that passage, then try again."
    )


def cpu_allowance(timeout: float) -> float:
    """The child's own CPU limit per render for a parent time limit of ``timeout``."""
    return 2 * timeout + 5


def _cpu_message(seconds: float) -> str:
    return _timeout_message(seconds).replace(" seconds.", " seconds of processor time.", 1)


def _serve(conn: Any, parent: int | None = None) -> None:
    """Child process: serve each received (job, payload, cpu seconds) until told to stop.

    ``job`` is ``"render"`` (payload: text and language) or the ``"module:function"``
    of another job, called with the payload (see :meth:`GuardedRenderer.run`).
    """
    from editor_app.core.lifeline import die_with_parent, limit_cpu, limit_memory

    die_with_parent(parent)  # before anything slow: a killed parent takes us along
    limit_memory()
    from editor_app.core.publishing.render import render_markdown

    conn.send(("ready", None))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        job, payload, cpu_seconds = request
        limit_cpu(cpu_seconds)  # even if the parent never times this job out
        rendering = job == "render"
        try:
            if rendering:
                text, language = payload
                reply: tuple[str, Any] = ("ok", render_markdown(text, language=language))
            else:
                reply = ("ok", _function(job)(*payload))
        except MemoryError:
            conn.send(("fatal", "Rendering this article ran out of memory." if rendering
                       else "it needs more memory than allowed"))
            return
        except RecursionError:
            reply = ("error", "This article is nested too deeply to render." if rendering
                     else "it is nested too deeply")
        except Exception as exc:  # noqa: BLE001 - reported to the parent, not hidden
            reply = ("error", f"This article could not be rendered ({type(exc).__name__}: {exc})."
                     if rendering else f"{type(exc).__name__}: {exc}")
        conn.send(reply)


def _function(target: str) -> Any:
    import importlib

    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


class _Expired(Exception):
    pass


_spawner: ThreadPoolExecutor | None = None
_spawner_lock = threading.Lock()


def _start(process: Any) -> None:
    """Start ``process`` from a thread that lives as long as this program.

    On Linux a child's parent-death signal (``PR_SET_PDEATHSIG``) fires when
    the *thread* that started it ends, not the process: a renderer started
    from a short-lived worker thread would be killed with that thread.
    """
    if threading.current_thread() is threading.main_thread():
        process.start()
        return
    global _spawner
    with _spawner_lock:
        if _spawner is None:
            _spawner = ThreadPoolExecutor(1, thread_name_prefix="editor-app-spawner")
        spawner = _spawner
    try:
        future = spawner.submit(process.start)
    except RuntimeError:  # the interpreter is shutting down
        process.start()
        return
    future.result()


class _Worker:
    """One child process and the parent's end of its Pipe."""

    def __init__(self) -> None:
        import multiprocessing   # here: the window paints before it is loaded

        ctx = multiprocessing.get_context("spawn")
        self.conn, child_conn = ctx.Pipe(duplex=True)
        self.process = ctx.Process(
            target=_serve, args=(child_conn, os.getpid()), name="editor-app-renderer", daemon=True
        )
        _start(self.process)
        child_conn.close()
        self.ready = False
        self._stop_lock = threading.Lock()
        self._stopped = False

    def alive(self) -> bool:
        return self.process.is_alive()

    def hit_cpu_limit(self) -> bool:
        """True when the (stopped) child was ended by its own CPU limit."""
        xcpu = getattr(signal, "SIGXCPU", None)
        return xcpu is not None and self.process.exitcode == -xcpu

    def wait_ready(self, timeout: float) -> None:
        if self.ready:
            return
        if not self.conn.poll(timeout):
            raise RenderError(N_("The rendering engine did not start. Restart the application."))
        status, _ = self.conn.recv()
        self.ready = status == "ready"

    def request(self, payload: tuple[str, Any, float], timeout: float) -> tuple[str, Any]:
        self.conn.send(payload)
        if not self.conn.poll(timeout):
            raise _Expired
        return self.conn.recv()

    def stop(self, graceful: bool) -> None:
        """Idempotent: close() and a failing render may both stop the same child."""
        with self._stop_lock:
            if self._stopped:
                return
            self._stopped = True
        if graceful and self.process.is_alive():
            try:
                self.conn.send(None)
            except OSError:
                pass
            self.process.join(1.0)
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5.0)
        try:
            self.conn.close()
        except OSError:
            pass


class GuardedRenderer:
    """``render_markdown`` in a killable child process with a time limit.

    Thread-safe: requests are served one at a time.  The child starts on the
    first :meth:`render` or on :meth:`start` (to pre-warm it).  ``cpu_limit``
    is the CPU time the child allows itself per render (default
    :func:`cpu_allowance` of ``timeout``).
    """

    def __init__(self, timeout: float | None = None, cpu_limit: float | None = None) -> None:
        self.timeout = float(timeout) if timeout is not None else default_timeout()
        if self.timeout <= 0:
            raise ValueError("timeout must be positive")
        self.cpu_limit = float(cpu_limit) if cpu_limit is not None else cpu_allowance(self.timeout)
        if self.cpu_limit <= 0:
            raise ValueError("cpu_limit must be positive")
        self._lock = threading.Lock()  # one request at a time
        self._state = threading.Lock()  # guards _worker and _closed
        self._worker: _Worker | None = None
        self._closed = False

    @property
    def pid(self) -> int | None:
        """The current child's process id (None when none is running)."""
        worker = self._worker
        return worker.process.pid if worker is not None else None

    def start(self) -> None:
        """Start the child now (returns without waiting for it to be ready)."""
        self._current_worker()

    def _current_worker(self) -> _Worker:
        with self._state:
            if self._closed:
                raise RenderError(N_("The renderer has been closed."))
            if self._worker is not None and not self._worker.alive():
                self._worker.stop(graceful=False)  # died while idle
                self._worker = None
            if self._worker is None:
                try:
                    self._worker = _Worker()
                except OSError as exc:
                    raise RenderError(
                        N_("The rendering engine could not be started. Restart the application.")
                    ) from exc
            return self._worker

    def _discard(self, worker: _Worker) -> None:
        with self._state:
            if self._worker is worker:
                self._worker = None
        worker.stop(graceful=False)

    def render(self, text: str, *, language: str = "vi") -> Rendered:
        """Render *text*; raises RenderTimeout or RenderError."""
        return self._ask("render", (text, language))

    def run(self, target: str, *args: Any) -> Any:
        """Call ``target`` (``"module:function"``) with ``args`` in the child, under the
        same time, CPU and memory limits as a render; its result must pickle. A failure
        is a RenderError (RenderTimeout for the time limit) with a one-line reason:
        ``target`` should catch what it can explain better itself."""
        return self._ask(target, args)

    def _ask(self, kind: str, payload: Any) -> Any:
        with self._lock:
            worker = self._current_worker()
            try:
                worker.wait_ready(STARTUP_TIMEOUT)
                status, value = worker.request((kind, payload, self.cpu_limit), self.timeout)
            except _Expired:
                self._discard(worker)
                raise RenderTimeout(_timeout_message(self.timeout)) from None
            except (EOFError, OSError) as exc:
                self._discard(worker)
                if self._closed:
                    raise RenderError(N_("The renderer has been closed.")) from None
                if worker.hit_cpu_limit():
                    raise RenderTimeout(_cpu_message(self.cpu_limit)) from None
                raise RenderError(
                    "The rendering engine stopped unexpectedly; it will be restarted. "
                    "If this keeps happening, simplify the last change to the article."
                    if kind == "render" else "it stopped the worker process"
                ) from exc
            except RenderError:
                self._discard(worker)
                raise
        if status == "ok":
            return value
        if status == "fatal":
            self._discard(worker)
        raise RenderError(value)

    def close(self) -> None:
        """Stop the child (a render in progress fails with RenderError)."""
        with self._state:
            self._closed = True
            worker, self._worker = self._worker, None
        if worker is not None:
            worker.stop(graceful=not self._lock.locked())

    def __enter__(self) -> GuardedRenderer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class RenderPool:
    """Several GuardedRenderers for batch work such as exporting many articles."""

    def __init__(self, workers: int | None = None, timeout: float | None = None) -> None:
        count = max(1, workers or os.cpu_count() or 1)
        self._renderers = [GuardedRenderer(timeout) for _ in range(count)]
        self._idle: queue.SimpleQueue[GuardedRenderer] = queue.SimpleQueue()
        for renderer in self._renderers:
            self._idle.put(renderer)
        self._executor = ThreadPoolExecutor(count, thread_name_prefix="editor-app-render")

    @property
    def workers(self) -> int:
        return len(self._renderers)

    def start(self) -> None:
        for renderer in self._renderers:
            renderer.start()

    def _render_one(self, item: str | tuple[str, str]) -> Rendered | RenderError:
        text, language = (item, "vi") if isinstance(item, str) else item
        renderer = self._idle.get()
        try:
            return renderer.render(text, language=language)
        except RenderError as exc:
            return exc
        finally:
            self._idle.put(renderer)

    def render_many(
        self, texts: Iterable[str | tuple[str, str]]
    ) -> Iterator[Rendered | RenderError]:
        """Results in input order; a failed text yields its RenderError.

        Items are bodies, or ``(body, language)`` pairs.
        """
        pending: deque = deque()
        window = 2 * len(self._renderers)
        try:
            for item in texts:
                pending.append(self._executor.submit(self._render_one, item))
                if len(pending) >= window:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
        for renderer in self._renderers:
            renderer.close()
        self._executor.shutdown(wait=True)

    def __enter__(self) -> RenderPool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
