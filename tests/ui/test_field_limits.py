"""The details panel holds no more than the store keeps: a 10 MB paste into a
one-line field cannot make every later autosave fail (issue 9)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from editor_app.core.dto import ArticleData
from editor_app.core.limits import LINE_MAX, SLUG_MAX
from window_support import make_window, renderer  # noqa: F401 - fixtures


def test_one_line_fields_are_capped(qtbot, store, make_window):
    store.create_article(ArticleData(title="Bài", body="Nội dung"))
    w = make_window(store)
    edits = [e for e in w.meta.findChildren(QLineEdit) if e.objectName() != "qt_spinbox_lineedit"]  # the date
    assert len(edits) >= 6
    for edit in edits:
        assert 0 < edit.maxLength() <= LINE_MAX, edit.objectName() or edit.placeholderText()
    assert w.meta.slug_field.edit.maxLength() == SLUG_MAX
    w.meta.title_edit.setFocus()
    w.meta.title_edit.selectAll()
    w.meta.title_edit.insert("Đ" * (LINE_MAX * 50))
    assert len(w.meta.title_edit.text()) == LINE_MAX
    saved = w.current_data()
    assert len(saved.title) == LINE_MAX
