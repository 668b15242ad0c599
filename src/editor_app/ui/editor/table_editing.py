"""Tab and Shift+Tab inside a Markdown pipe table: from cell to cell.

Tab selects the next cell's text (typing replaces it), passing over the ``|---|``
line under the header; from the last cell of the last row it adds an empty row with
as many cells and goes to its first. Shift+Tab goes back; at the first cell it stays.
Each added row is one undo step; moving changes nothing.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QTextBlock, QTextCursor

_DELIMITER = re.compile(r"^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$")


def is_table_line(text: str) -> bool:
    return text.lstrip().startswith("|") and text.count("|") >= 2


def _is_delimiter(text: str) -> bool:
    return bool(_DELIMITER.match(text)) and "-" in text


def _cells(text: str) -> list[tuple[int, int]]:
    """(start, end) of each cell's room between pipes (escaped \\| is text)."""
    pipes = [i for i, ch in enumerate(text) if ch == "|" and (i == 0 or text[i - 1] != "\\")]
    return [(a + 1, b) for a, b in zip(pipes, pipes[1:])]


def _select_cell(block: QTextBlock, index: int, cursor: QTextCursor) -> QTextCursor:
    text = block.text()
    cells = _cells(text)
    index = max(0, min(index, len(cells) - 1))
    start, end = cells[index]
    content = text[start:end]
    left = start + len(content) - len(content.lstrip())
    right = end - (len(content) - len(content.rstrip()))
    moved = QTextCursor(cursor)
    if right > left:
        moved.setPosition(block.position() + left)
        moved.setPosition(block.position() + right, QTextCursor.MoveMode.KeepAnchor)
    else:   # an empty cell: the caret after its first space
        moved.setPosition(block.position() + min(start + 1, end))
    return moved


def _row(block: QTextBlock, forward: bool) -> QTextBlock | None:
    """The next (or previous) row of the table, over the delimiter line; None at its end."""
    step = block.next() if forward else block.previous()
    while step.isValid() and is_table_line(step.text()) and _is_delimiter(step.text()):
        step = step.next() if forward else step.previous()
    return step if step.isValid() and is_table_line(step.text()) and not _is_delimiter(step.text()) else None


def move(cursor: QTextCursor, backward: bool = False) -> QTextCursor:
    """The cursor in the next (or previous) cell; see the module's description."""
    block = cursor.block()
    cells = _cells(block.text())
    at = cursor.selectionStart() - block.position()
    here = next((i for i, (a, b) in enumerate(cells) if a <= at <= b), len(cells) - 1 if at > 0 else 0)
    if not backward and here + 1 < len(cells):
        return _select_cell(block, here + 1, cursor)
    if backward and here > 0:
        return _select_cell(block, here - 1, cursor)
    row = _row(block, forward=not backward)
    if row is not None:
        return _select_cell(row, 0 if not backward else len(_cells(row.text())) - 1, cursor)
    if backward:
        return _select_cell(block, 0, cursor)
    edit = QTextCursor(block)   # the last cell of the table: a new, empty row
    edit.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    edit.beginEditBlock()
    edit.insertText("\n|" + "   |" * max(1, len(cells)))
    edit.endEditBlock()
    return _select_cell(edit.block(), 0, cursor)
