"""What the Markdown editor paints besides its text: full-width shading behind fenced
code and a bar beside quotes (under the text), and carets between characters where
a reviewer suggests adding words (over it). Visible blocks only."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPolygonF, QTextCursor

from .highlighter import mix_colors


def paint_blocks(editor, area) -> None:
    palette = editor.palette()
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    code_bg = mix_colors(base, text, 0.06)
    bar = mix_colors(base, palette.color(QPalette.ColorRole.Link), 0.55)
    margin = editor.document().documentMargin()
    width = editor.viewport().width()
    offset = editor.contentOffset()
    painter = QPainter(editor.viewport())
    block = editor.firstVisibleBlock()
    while block.isValid():
        rect = editor.blockBoundingGeometry(block).translated(offset)
        if rect.top() > area.bottom():
            break
        if block.isVisible() and rect.bottom() >= area.top():
            if editor.highlighter.is_code_block(block):
                painter.fillRect(QRectF(margin / 2, rect.top(), width - margin, rect.height()), code_bg)
            elif block.text().lstrip(" ").startswith(">"):
                painter.fillRect(QRectF(margin / 2 - 1, rect.top(), 3, rect.height()), bar)
        block = block.next()
    painter.end()


def paint_points(editor, points: list[tuple[int, QColor]], area) -> None:
    """A proofreader's caret (a bar with a wedge under the line) at each position."""
    painter = QPainter(editor.viewport())
    painter.setPen(Qt.PenStyle.NoPen)
    length = editor.document().characterCount() - 1
    for pos, color in points:
        if not 0 <= pos <= length:
            continue
        cursor = QTextCursor(editor.document())
        cursor.setPosition(pos)
        rect = editor.cursorRect(cursor)
        if not rect.intersects(area):
            continue
        x, bottom = rect.left(), rect.bottom()
        painter.fillRect(QRectF(x - 1, rect.top(), 2, rect.height()), color)
        painter.setBrush(color)
        painter.drawPolygon(QPolygonF([QPointF(x - 4, bottom + 2), QPointF(x, bottom - 3), QPointF(x + 4, bottom + 2)]))
    painter.end()
