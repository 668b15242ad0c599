"""MarkdownEditor: typing, loading articles, undo history, signals, scrolling."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QFontDatabase, QFontInfo  # noqa: E402
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget  # noqa: E402
from editor_app.ui.editor import EditorArea  # noqa: E402
from test_editor_support import (  # noqa: E402,F401 - fixtures
    CTRL, SHIFT, area, editor, sample_body, type_text,
)


def test_typing_vietnamese_text(qtbot, editor):
    type_text(qtbot, editor, "Ngoại giao công chúng – Đổi mới")
    assert editor.markdown() == "Ngoại giao công chúng – Đổi mới"


def test_defaults_are_comfortable(editor):
    font = editor.font()
    assert 11 <= font.pointSizeF() <= 12.5
    family = QFontInfo(font).family()
    assert QFontDatabase.WritingSystem.Vietnamese in QFontDatabase.writingSystems(family)
    assert editor.lineWrapMode() == editor.LineWrapMode.WidgetWidth
    assert editor.accessibleName()


def test_set_markdown_starts_clean_undo_history(qtbot, editor):
    editor.set_markdown("first article")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    type_text(qtbot, editor, " edited")
    assert editor.document().isUndoAvailable()
    editor.set_markdown("second article")
    assert not editor.document().isUndoAvailable()
    assert not editor.undo_action.isEnabled()
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert editor.markdown() == "second article"
    assert not editor.is_modified()


def test_content_changed_only_for_user_edits(qtbot, editor):
    seen = []
    editor.content_changed.connect(lambda: seen.append(editor.markdown()))
    editor.set_markdown("# Bài viết\n\nNội dung.")
    assert seen == []
    qtbot.keyClick(editor, Qt.Key.Key_End)
    type_text(qtbot, editor, "!")
    assert seen == ["# Bài viết!\n\nNội dung."]
    assert editor.is_modified()
    editor.mark_saved()
    assert not editor.is_modified()


def test_text_settled_is_debounced(qtbot, editor):
    settled = []
    editor.text_settled.connect(settled.append)
    type_text(qtbot, editor, "abc")
    assert settled == []  # nothing per keystroke
    qtbot.waitUntil(lambda: settled == ["abc"], timeout=2000)


def test_markdown_keeps_non_breaking_spaces(editor):
    text = "50\u00a0% độc giả\n\nDòng hai"
    editor.set_markdown(text)
    assert editor.markdown() == text


def test_undo_redo_shortcuts(qtbot, editor):
    editor.set_markdown("Tiêu đề")
    qtbot.keyClick(editor, Qt.Key.Key_End)
    type_text(qtbot, editor, " một\nhai")
    assert editor.markdown() == "Tiêu đề một\nhai"
    while editor.document().isUndoAvailable():
        qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert editor.markdown() == "Tiêu đề"
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL | SHIFT)
    assert editor.markdown().startswith("Tiêu đề ")
    while editor.document().isRedoAvailable():
        qtbot.keyClick(editor, Qt.Key.Key_Y, CTRL)
    assert editor.markdown() == "Tiêu đề một\nhai"
    assert editor.undo_action.isEnabled() and not editor.redo_action.isEnabled()


def test_enter_continues_lists_and_quotes(qtbot, editor):
    type_text(qtbot, editor, "- một")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    type_text(qtbot, editor, "hai")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # empty item ends the list
    type_text(qtbot, editor, "3. ba")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    type_text(qtbot, editor, "bốn")
    assert editor.markdown() == "- một\n- hai\n\n3. ba\n4. bốn"
    editor.set_markdown("> trích")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    type_text(qtbot, editor, "dẫn")
    assert editor.markdown() == "> trích\n> dẫn"
    qtbot.keyClick(editor, Qt.Key.Key_Return, SHIFT)  # plain new line
    assert editor.markdown() == "> trích\n> dẫn\n"
    assert "\u2028" not in editor.document().toRawText()


def test_tab_indents_list_items_with_spaces(qtbot, editor):
    editor.set_markdown("- một\n- hai")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.markdown() == "- một\n    - hai"
    qtbot.keyClick(editor, Qt.Key.Key_Backtab, SHIFT)
    assert editor.markdown() == "- một\n- hai"
    editor.set_markdown("ab")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.markdown() == "ab  "  # spaces to the next tab stop, no tab character


def test_tab_moves_from_cell_to_cell_in_a_table(qtbot, editor):
    editor.set_markdown("Trước.\n\n| Năm | Số bài |\n|---|:---:|\n| 2024 | 12 |\n\nSau.")
    cursor = editor.textCursor()
    cursor.setPosition(editor.markdown().index("Năm") + 1)
    editor.setTextCursor(cursor)
    selected = []
    for _ in range(4):
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
        selected.append(editor.textCursor().selectedText())
    assert selected[:3] == ["Số bài", "2024", "12"]          # over the |---| line, the text selected
    lines = editor.markdown().split("\n")
    assert lines[5] == "|   |   |" and lines[6] == ""        # after the last cell: a new row
    assert editor.textCursor().block().text() == "|   |   |"
    type_text(qtbot, editor, "2025")
    assert editor.markdown().split("\n")[5].startswith("| 2025")
    qtbot.keyClick(editor, Qt.Key.Key_Backtab, SHIFT)
    assert editor.textCursor().selectedText() == "12"
    for _ in range(5):
        qtbot.keyClick(editor, Qt.Key.Key_Backtab, SHIFT)
    assert editor.textCursor().selectedText() == "Năm"        # stays at the first cell
    assert "\t" not in editor.markdown()
    editor.undo()
    editor.undo()                                              # the typed year, then the new row
    assert editor.markdown() == "Trước.\n\n| Năm | Số bài |\n|---|:---:|\n| 2024 | 12 |\n\nSau."


def test_scroll_fraction_follows_scrolling(qtbot, editor):
    editor.set_markdown(sample_body())
    fractions = []
    editor.scroll_fraction_changed.connect(fractions.append)
    assert editor.scroll_fraction() == 0.0
    bar = editor.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    assert editor.scroll_fraction() == pytest.approx(1.0)
    assert fractions and fractions[-1] == pytest.approx(1.0)
    editor.set_scroll_fraction(0.5)
    assert editor.scroll_fraction() == pytest.approx(0.5, abs=0.05)


def test_go_to_position_and_start(qtbot, editor):
    body = "\n\n".join([sample_body()] * 3)
    editor.set_markdown(body)
    target = body.index("Những kết quả")  # last paragraph of the first copy
    editor.go_to_position(target)
    assert editor.textCursor().position() == target
    assert editor.firstVisibleBlock().blockNumber() == editor.textCursor().blockNumber()
    editor.set_text_cursor_to_start()
    assert editor.textCursor().position() == 0
    assert editor.verticalScrollBar().value() == 0


def test_ctrl_tab_leaves_the_editor(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    area = EditorArea()
    after = QLineEdit()
    layout.addWidget(area)
    layout.addWidget(after)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    area.editor().setFocus()
    qtbot.waitUntil(area.editor().hasFocus)
    qtbot.keyClick(area.editor(), Qt.Key.Key_Tab, CTRL)
    assert after.hasFocus()
    assert area.editor().markdown() == ""


def test_read_only_blocks_formatting(qtbot, area, editor):
    editor.set_markdown("văn bản")
    area.set_read_only(True)
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)
    assert editor.markdown() == "văn bản"
    assert not area.toolbar().isEnabled()


def test_every_control_has_an_accessible_name(area):
    from PySide6.QtWidgets import (
        QAbstractButton, QAbstractItemView, QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
        QToolBar,
    )

    area.find_bar().open_replace()
    kinds = (QAbstractButton, QLineEdit, QPlainTextEdit, QAbstractItemView, QToolBar, QLabel)
    widgets = [area, area.outline(), area.stats_label(), area.save_state_label()]
    for root in list(widgets):
        widgets += root.findChildren(QWidget)
    controls = [w for w in widgets if isinstance(w, kinds)
                and not w.objectName().startswith("qt_")   # Qt's internal parts:
                and not isinstance(w.parent(), QLineEdit)  # clear buttons
                and not isinstance(w, QHeaderView)]        # the tree's hidden header
    assert len(controls) > 20
    assert area.outline() in controls and area.stats_label() in controls
    unnamed = [f"{type(w).__name__}:{w.objectName()}" for w in controls if not w.accessibleName()]
    assert unnamed == [], unnamed
    for action in area.formatting_actions() + area.find_actions() + [area.undo_action]:
        assert action.text() and action.shortcut().toString()
