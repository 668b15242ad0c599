"""Delete in the keyword and related lists removes an item; Ctrl+Z puts it back
(no keystroke destroys work, issue 9)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from editor_app.core.dto import ArticleData
from window_support import make_window, renderer  # noqa: F401 - fixtures


def test_delete_then_ctrl_z_in_the_keyword_list(qtbot, store, make_window):
    store.create_article(ArticleData(title="Bài", body="Nội dung", keywords=["ngoại giao", "số hóa", "báo chí"]))
    w = make_window(store)
    keywords = w.meta.keywords_editor.list
    keywords.setFocus()
    keywords.setCurrentRow(1)
    QTest.keyClick(keywords, Qt.Key.Key_Delete)
    assert w.current_data().keywords == ["ngoại giao", "báo chí"]
    QTest.keyClick(keywords, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.current_data().keywords == ["ngoại giao", "số hóa", "báo chí"]
    QTest.keyClick(keywords, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # nothing more to undo
    assert w.current_data().keywords == ["ngoại giao", "số hóa", "báo chí"]
