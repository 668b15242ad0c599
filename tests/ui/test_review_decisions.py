"""Review decisions follow the editor's undo history: undo gives the notes their
previous state, redo the decision again, new typing after an undo forgets it."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from editor_app.ui.editor.markdown_editor import MarkdownEditor
from editor_app.ui.review.decisions import Decisions


def _setup(qtbot):
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.set_markdown("Một câu văn.\nCâu thứ hai.")
    written: list[dict[int, str]] = []
    decisions = Decisions(editor, lambda _article, states: written.append(states))
    return editor, decisions, written


def _replace(start, end, new):
    def edit(cursor: QTextCursor) -> None:
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(new)
    return edit


def test_accept_undo_redo(qtbot):
    editor, decisions, written = _setup(qtbot)
    decisions.decide(1, {7: "open"}, "accepted", _replace(4, 7, "đoạn"))
    assert editor.markdown().startswith("Một đoạn văn.") and written == [{7: "accepted"}]
    editor.undo()
    assert editor.markdown().startswith("Một câu văn.") and written[-1] == {7: "open"}
    editor.redo()
    assert editor.markdown().startswith("Một đoạn văn.") and written[-1] == {7: "accepted"}


def test_a_decision_without_text_is_a_step_that_changes_no_text(qtbot):
    editor, decisions, written = _setup(qtbot)
    changed = []
    editor.content_changed.connect(lambda: changed.append(1))
    text = editor.markdown()
    decisions.decide(1, {3: "open", 4: "resolved"}, "rejected", at=14)
    assert editor.markdown() == text and changed == [] and editor.document().isUndoAvailable()
    editor.undo()
    assert written[-1] == {3: "open", 4: "resolved"} and editor.markdown() == text
    editor.redo()
    assert written[-1] == {3: "rejected", 4: "rejected"}


def test_typing_after_undo_forgets_the_decision(qtbot):
    editor, decisions, written = _setup(qtbot)
    decisions.decide(1, {7: "open"}, "accepted", _replace(4, 7, "đoạn"))
    editor.undo()
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText(" Thêm.")
    assert decisions.undone() == []
    count = len(written)
    editor.undo()   # the typing, not the decision
    editor.redo()
    assert len(written) == count and written[-1] == {7: "open"}


def test_loading_another_article_forgets_decisions(qtbot):
    editor, decisions, written = _setup(qtbot)
    decisions.decide(1, {7: "open"}, "accepted", _replace(4, 7, "đoạn"))
    editor.set_markdown("Bài khác.")
    assert decisions._entries == [] and not editor.document().isUndoAvailable()
