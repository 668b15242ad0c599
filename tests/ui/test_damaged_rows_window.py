"""A damaged article row in the window: flagged in the list, refused with a
message when opened, and the other articles keep working (issue 9)."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from editor_app.core.dto import ArticleData
from editor_app.core.library.store import Store
from window_support import make_window, open_and_wait, renderer  # noqa: F401 - fixtures


def _dismiss_boxes(seen: list[str]) -> QTimer:
    def close() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QMessageBox) and w.isVisible():
                seen.append(w.text())
                w.close()

    timer = QTimer(interval=50)
    timer.timeout.connect(close)
    timer.start()
    return timer


def test_damaged_row_is_flagged_and_refused(qtbot, library_path, make_window):
    with Store.open(library_path) as s:
        ids = [s.create_article(ArticleData(title=f"Bài {i}", body=f"Nội dung {i}")).id for i in range(3)]
    conn = sqlite3.connect(library_path)
    conn.execute("UPDATE articles SET title = CAST(X'41FF42' AS TEXT) WHERE id = ?", (ids[1],))
    conn.commit()
    conn.close()
    store = Store.open(library_path)
    try:
        w = make_window(store)
        model = w.list_panel.model
        row = model.row_of(ids[1])
        assert row is not None
        shown = model.data(model.index(row, 0))
        assert str(ids[1]) in shown and shown != "A\ufffdB"
        seen: list[str] = []
        timer = _dismiss_boxes(seen)
        w.open_article(ids[1])
        qtbot.waitUntil(lambda: bool(seen), timeout=3000)
        timer.stop()
        assert str(ids[1]) in seen[0]
        assert w.session.current is None or w.session.current.id != ids[1]
        open_and_wait(qtbot, w, ids[2])  # the others still open and edit
        assert w.session.current.id == ids[2]
        assert w.editor_area.isEnabled()
    finally:
        store.close()
