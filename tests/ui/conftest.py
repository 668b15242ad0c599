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


@pytest.fixture
def store(sqlite_store):
    return sqlite_store


@pytest.fixture(autouse=True)
def own_data_folder(tmp_path, monkeypatch):
    """The local journal (edits not yet in the library) of each test in a folder of its own."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
