"""Fixtures for driving the real main window (imported by test_main_window*.py)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")

from pathlib import Path  # noqa: E402

import threading  # noqa: E402

import pytest  # noqa: E402
from PySide6 import QtWebEngineWidgets  # noqa: E402,F401 - before the QApplication
from PySide6.QtCore import QSettings  # noqa: E402

from editor_app.ui.preview.scheme import register_preview_scheme  # noqa: E402
from test_editor_support import type_text  # noqa: E402,F401 - re-exported for the window tests

register_preview_scheme()

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"
MAIN_SLUG = "ngoai-giao-cong-chung-trong-ky-nguyen-so"


@pytest.fixture
def renderer():
    from editor_app.core.publishing.guard import GuardedRenderer

    r = GuardedRenderer(timeout=10)
    r.start()
    yield r
    r.close()


class GuardedStore:
    """What the window holds in the tests: the real Store, but a call of any of its
    methods from the GUI thread fails (and is recorded in ``gui_calls``): every store
    call of the window must go through the store worker (``ui.operations``)."""

    def __init__(self, store):
        self._store = store
        self.gui_calls: list[str] = []
        self.worker_calls = 0
        self.worker_log: list[tuple[str, dict]] = []   # (method, keyword arguments), in order

    def __getattr__(self, name):
        value = getattr(self._store, name)
        if name.startswith("_") or not callable(value):
            return value   # attributes (path, notices) are plain data

        def guarded(*args, **kwargs):
            if threading.current_thread() is threading.main_thread():
                self.gui_calls.append(name)
                raise AssertionError(f"Store.{name} called on the GUI thread")
            self.worker_calls += 1
            self.worker_log.append((name, dict(kwargs)))
            return value(*args, **kwargs)

        return guarded

    def __setattr__(self, name, value):
        if name in ("_store", "gui_calls", "worker_calls", "worker_log"):
            object.__setattr__(self, name, value)
        else:
            setattr(self._store, name, value)


@pytest.fixture
def make_window(qtbot, tmp_path, renderer):
    """make_window(store) -> a shown MainWindow holding ``GuardedStore(store)``; closed and
    deleted afterwards, and then no store call may have run on the GUI thread."""
    from editor_app.ui.preview.page_builder import page_builder as make_page_builder
    from editor_app.ui.window.main_window import MainWindow

    windows = []

    guards = []

    def make(store, select_first: bool = True):
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        guarded = GuardedStore(store)
        guards.append(guarded)
        w = MainWindow(guarded, make_page_builder(guarded, renderer), settings)
        windows.append(w)
        w.show()
        qtbot.waitExposed(w)
        if select_first:
            w.select_first()
            qtbot.waitUntil(lambda: not w.list_panel.is_loading() and not w.is_opening())
            qtbot.wait(20)
        return w

    yield make
    for w in windows:
        w.close()
        w.deleteLater()
    qtbot.wait(50)
    assert [g.gui_calls for g in guards if g.gui_calls] == [], "store calls on the GUI thread"


@pytest.fixture
def make_ops():
    """make_ops(store) -> Operations on a store worker of its own (dialogs tested alone)."""
    from editor_app.ui.operations import Operations
    from editor_app.ui.operations.tasks import TaskRunner

    runners = []

    def make(store):
        runners.append(TaskRunner("test-store"))
        return Operations(store, runners[-1])

    yield make
    for runner in runners:
        runner.shutdown(wait=True)


def settle(qtbot, ops) -> None:
    """Wait until the store worker has done everything queued and its answers were delivered."""
    ops.runner.call(lambda: None, timeout=10)
    qtbot.wait(20)


def open_and_wait(qtbot, w, article_id: int) -> None:
    """``w.open_article(article_id)`` and wait until the store worker's answer is shown."""
    w.open_article(article_id)
    qtbot.waitUntil(lambda: not w.is_opening(), timeout=5000)


def library_copy_rows(path: Path, sql: str, params=()):
    """Read the library file through a separate read-only connection."""
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


@pytest.fixture
def start_host(qtbot, tmp_path, renderer):
    """start_host(path) -> the app's ``LibraryHost`` started on ``path``, as ``app.main``
    does: the window paints, then the library opens on its store worker. Closed afterwards."""
    from editor_app.ui.window.host import LibraryHost

    hosts = []

    def start(path, notices=()):
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        host = LibraryHost(path, settings, renderer)
        hosts.append(host)
        host.start(notices)
        return host

    yield start
    for host in hosts:
        host.close()
    qtbot.wait(50)


def wait_opened(qtbot, host, timeout: int = 20000) -> None:
    """Until the host's library is open and its first article on screen (or it was refused)."""
    def ready() -> bool:   # the store is attached on the worker before the window hears of it:
        #                    the window has taken it in once its "Opening the library…" is gone
        return bool(host.exit_code) or (host.store is not None and host.store.is_open
                                        and not host.window.editor.placeholderText()
                                        and not host.window.list_panel.is_loading()
                                        and not host.window.is_opening())

    try:
        qtbot.waitUntil(ready, timeout=timeout)
    except Exception:
        w = host.window
        raise AssertionError(f"not opened: exit {host.exit_code}, open {host.store and host.store.is_open}, "
                             f"loading {w and w.list_panel.is_loading()}, opening {w and w.is_opening()}")
