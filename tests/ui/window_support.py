"""Fixtures for driving the real main window (imported by test_main_window*.py)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6 import QtWebEngineWidgets  # noqa: E402,F401 - before the QApplication
from PySide6.QtCore import QSettings  # noqa: E402

from editor_app.ui.preview_scheme import register_preview_scheme  # noqa: E402
from test_editor_support import type_text  # noqa: E402,F401 - re-exported for the window tests

register_preview_scheme()

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"
MAIN_SLUG = "ngoai-giao-cong-chung-trong-ky-nguyen-so"


@pytest.fixture
def renderer():
    from editor_app.core.guard import GuardedRenderer

    r = GuardedRenderer(timeout=10)
    r.start()
    yield r
    r.close()


@pytest.fixture
def make_window(qtbot, tmp_path, renderer):
    """make_window(store) -> a shown MainWindow; closed and deleted afterwards."""
    from editor_app.app import make_page_builder
    from editor_app.ui.main_window import MainWindow

    windows = []

    def make(store, select_first: bool = True):
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        w = MainWindow(store, make_page_builder(store, renderer), settings)
        windows.append(w)
        w.show()
        qtbot.waitExposed(w)
        if select_first:
            w.select_first()
            qtbot.waitUntil(lambda: not w.list_panel.model.is_loading())
            qtbot.wait(20)
        return w

    yield make
    for w in windows:
        w.close()
        w.deleteLater()
    qtbot.wait(50)


def library_copy_rows(path: Path, sql: str, params=()):
    """Read the library file through a separate read-only connection."""
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()
