"""The editor's context menu on a misspelled word: suggestions first (each replaces
the word as one undo step), then "Add to dictionary" (the library's word list)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QMenu

MAX_SUGGESTIONS = 6


def offer(editor, menu: QMenu, at: QTextCursor) -> None:
    from editor_app.core.spelling import is_correct, suggestions

    marks = editor.highlighter.spelling
    if not marks.enabled or editor.isReadOnly():
        return
    block = at.block()
    found = marks.word_at(block.text(), at.positionInBlock())
    if found is None or is_correct(found[2], marks.own_words):
        return
    start, end, word = found
    first = menu.actions()[0] if menu.actions() else None
    added = []
    for candidate in suggestions(word, MAX_SUGGESTIONS):
        action = QAction(candidate, menu)
        font = action.font()
        font.setBold(True)
        action.setFont(font)
        action.triggered.connect(lambda _c=False, w=candidate: _replace(editor, block.position() + start,
                                                                       block.position() + end, w))
        added.append(action)
    if not added:
        none = QAction(editor.tr("(no suggestion)"), menu)
        none.setEnabled(False)
        added.append(none)
    add = QAction(editor.tr("Add “%1” to the dictionary").replace("%1", word), menu)
    add.setObjectName("spelling-add-word")
    add.triggered.connect(lambda: editor.add_word.emit(word))
    added.append(add)
    for action in added:
        menu.insertAction(first, action)
    if first is not None:
        menu.insertSeparator(first)


def _replace(editor, start: int, end: int, word: str) -> None:
    cursor = QTextCursor(editor.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(word)
