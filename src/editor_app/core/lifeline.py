"""Child processes die with their parent.

A worker (the import's preparing process, the render child) that outlives a
killed program blocks on a pipe forever or burns a CPU. Call
:func:`die_with_parent` first thing in every child process:

- on Linux the kernel sends the child SIGKILL when the parent dies
  (``PR_SET_PDEATHSIG``);
- everywhere, a daemon thread watches the parent and ends the child within
  :data:`POLL_SECONDS` of its death (POSIX: the child is re-parented, so
  ``os.getppid()`` changes; Windows: a wait on the parent's process handle).

:func:`limit_cpu` caps the child's own CPU time, so a runaway computation ends
even when the parent that would have timed it out is gone.
"""

from __future__ import annotations

import os
import sys
import threading
import time

POLL_SECONDS = 0.5
_started = False


def _pdeathsig() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_PDEATHSIG = 1
        libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    except (OSError, AttributeError):  # no prctl: the watcher thread still works
        pass


def _watch_posix(parent: int) -> None:
    while True:
        if os.getppid() != parent:
            os._exit(1)
        time.sleep(POLL_SECONDS)


def _watch_windows(parent: int) -> None:  # pragma: no cover - Windows only
    import ctypes

    SYNCHRONIZE, INFINITE = 0x00100000, 0xFFFFFFFF
    kernel32 = ctypes.windll.kernel32
    handle = kernel32.OpenProcess(SYNCHRONIZE, False, parent)
    if not handle:
        os._exit(1)  # the parent is already gone
    kernel32.WaitForSingleObject(handle, INFINITE)
    os._exit(1)


def _original_parent() -> int:
    """The process that started this one: for a ``multiprocessing`` child the
    pid its parent recorded (still right if the parent is already gone and a
    reaper adopted us), else the current parent."""
    process = sys.modules.get("multiprocessing.process")
    parent = process.parent_process() if process is not None else None
    return parent.pid if parent is not None and parent.pid else os.getppid()


def die_with_parent(parent: int | None = None) -> None:
    """End this process when ``parent`` dies (default: the process that started
    this one, see :func:`_original_parent`).

    A parent that died before the child got here has already been replaced by
    a reaper: outside ``multiprocessing``, pass the parent's pid as the parent
    saw it (``os.getpid()`` there), or the reaper would be watched instead.

    Safe to call more than once; the later calls do nothing.
    """
    global _started
    if _started:
        return
    _started = True
    parent = parent or _original_parent()
    _pdeathsig()
    if os.getppid() != parent and sys.platform != "win32":  # died before the signal was armed
        os._exit(1)
    target = _watch_windows if sys.platform == "win32" else _watch_posix
    threading.Thread(target=target, args=(parent,), daemon=True, name="lifeline").start()


def limit_cpu(seconds: float) -> None:
    """Allow this process at most ``seconds`` more CPU time from now (POSIX
    ``RLIMIT_CPU``; the kernel's SIGXCPU then ends it). Call again before each
    job of a long-lived worker to renew the allowance.

    A no-op where the platform has no such limit (Windows).
    """
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return
    used = resource.getrusage(resource.RUSAGE_SELF)
    soft = int(used.ru_utime + used.ru_stime + max(1.0, seconds)) + 1
    try:
        _, hard = resource.getrlimit(resource.RLIMIT_CPU)
        if hard != resource.RLIM_INFINITY:
            soft = min(soft, hard)
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))
        # SIGXCPU's default action dumps core: a runaway job is not a crash
        # worth a core file of the whole worker in the user's folder
        resource.setrlimit(resource.RLIMIT_CORE, (0, resource.getrlimit(resource.RLIMIT_CORE)[1]))
    except (ValueError, OSError):
        pass


MEMORY_LIMIT = 3 * 1024 ** 3   # a worker's address space: a bad file ends in MemoryError, not swapping


def limit_memory(size: int = MEMORY_LIMIT) -> None:
    """Cap this process's address space (POSIX ``RLIMIT_AS``; a no-op where the
    platform has none, and where the limit cannot be set, as on macOS)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return
    try:
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        soft = size if hard == resource.RLIM_INFINITY else min(size, hard)
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
    except (ValueError, OSError, AttributeError):
        pass
