"""Cursor helpers shared by the formatting operations."""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCursor

KEEP = QTextCursor.MoveMode.KeepAnchor


def line_span(cursor: QTextCursor) -> tuple[QTextBlock, QTextBlock]:
    """First and last block touched by the selection (a selection ending at
    the start of a line does not include that line)."""
    doc = cursor.document()
    first = doc.findBlock(cursor.selectionStart())
    last = doc.findBlock(cursor.selectionEnd())
    if (cursor.hasSelection() and last.blockNumber() > first.blockNumber()
            and cursor.selectionEnd() == last.position()):
        last = last.previous()
    return first, last


def selected_blocks(cursor: QTextCursor) -> list[QTextBlock]:
    first, last = line_span(cursor)
    blocks, block = [], first
    while block.isValid():
        blocks.append(block)
        if block == last:
            break
        block = block.next()
    return blocks


def rewrite_prefixes(cursor: QTextCursor,
                      edits: list[tuple[QTextBlock, int, str]]) -> QTextCursor:
    """Replace the first ``n`` characters of each block with a new prefix,
    keeping the caret/selection on the same text."""
    doc = cursor.document()
    anchor, caret = QTextCursor(doc), QTextCursor(doc)
    anchor.setPosition(cursor.anchor())
    caret.setPosition(cursor.position())
    edit = QTextCursor(doc)
    edit.beginEditBlock()
    for block, remove, prefix in reversed(edits):
        edit.setPosition(block.position())
        edit.setPosition(block.position() + remove, KEEP)
        edit.insertText(prefix)
    edit.endEditBlock()
    result = QTextCursor(doc)
    result.setPosition(anchor.position())
    result.setPosition(caret.position(), KEEP)
    return result


def content_lines(blocks: list[QTextBlock]) -> list[QTextBlock]:
    """Blocks that count for a toggle decision (blank lines skipped unless alone)."""
    filled = [b for b in blocks if b.text().strip()]
    return filled or blocks[:1]


def select_range(cursor: QTextCursor, start: int, end: int) -> QTextCursor:
    result = QTextCursor(cursor.document())
    result.setPosition(start)
    result.setPosition(end, KEEP)
    return result
