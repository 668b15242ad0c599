"""The window's tests run on a library file; the team library's window behaviour (a server,
two windows, conflicts) is tested in test_team_window.py."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session", autouse=True)
def empty_clipboard_at_the_end():
    """Mime data the tests put on the clipboard are Python objects the clipboard owns:
    freed while Python still runs (else Qt frees them at exit, after Python: a crash)."""
    yield
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()


@pytest.fixture(autouse=True)
def closed_windows_are_deleted():
    """Windows a test closed are deleted with their web pages before the next test (a page
    left for the interpreter's exit outlives its profile: QtWebEngine crashes)."""
    yield
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)   # only the deletions: no other event runs


@pytest.fixture
def store(sqlite_store):
    return sqlite_store


@pytest.fixture(autouse=True)
def own_data_folder(tmp_path, monkeypatch):
    """The local journal (edits not yet in the library) of each test in a folder of its own."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
