"""The document outline: headings as a tree, click to jump."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from .highlighter import FENCE

ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_IMAGE = re.compile(r"!\[([^\[\]]{0,300})\]\([^()]{0,300}\)")
_LINK = re.compile(r"\[([^\[\]]{0,300})\]\([^()]{0,300}\)")
_NOISE = re.compile(r"\[\^[^\[\]\s]{1,300}\]|<[^<>]{1,300}>|[*_`]+")
LINE_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Heading:
    level: int
    title: str
    line: int  # 0-based line (= editor block number)


def _plain_title(raw: str) -> str:
    title = _IMAGE.sub(r"\1", raw)
    title = _LINK.sub(r"\1", title)
    return " ".join(_NOISE.sub("", title).split())


def extract_headings(text: str) -> list[Heading]:
    """ATX headings (``#``..``######``), skipping fenced code blocks."""
    headings: list[Heading] = []
    fence: str | None = None
    for number, line in enumerate(text.split("\n")):
        stripped = line.lstrip(" ")
        if not stripped or stripped[0] not in "#`~" or len(line) - len(stripped) > 3:
            continue
        fence_m = FENCE.match(line)
        if fence is not None:
            marker = fence_m.group(1) if fence_m else ""
            if marker and marker[0] == fence[0] and len(marker) >= len(fence) \
                    and not fence_m.group(2).strip():
                fence = None
            continue
        if fence_m and not (fence_m.group(1)[0] == "`" and "`" in fence_m.group(2)):
            fence = fence_m.group(1)
            continue
        m = ATX.match(line)
        if m:
            headings.append(Heading(len(m.group(1)), _plain_title(m.group(2) or ""), number))
    return headings


class OutlineView(QTreeWidget):
    """Headings of the editor's document; updates when typing pauses."""

    heading_activated = Signal(int)  # line

    def __init__(self, editor=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("documentOutline")
        self.setAccessibleName(self.tr("Document outline"))
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setUniformRowHeights(True)
        self.setIndentation(14)
        self.setExpandsOnDoubleClick(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.headings: list[Heading] = []
        self._items: list[QTreeWidgetItem] = []
        self._lines: list[int] = []
        self._editor = None
        self._follow = QTimer(self, singleShot=True, interval=150)
        self._follow.timeout.connect(self._select_current_heading)
        self.itemClicked.connect(lambda item, _col: self._activate(item, focus_editor=False))
        self.itemActivated.connect(lambda item, _col: self._activate(item, focus_editor=True))
        self._show_placeholder()
        if editor is not None:
            self.set_editor(editor)

    def set_editor(self, editor) -> None:
        self._editor = editor
        editor.text_settled.connect(self.update_from_text)
        editor.cursorPositionChanged.connect(self._follow.start)
        editor.destroyed.connect(self._detach)
        self.update_from_text(editor.markdown())

    def _detach(self) -> None:
        self._follow.stop()
        self._editor = None

    def update_from_text(self, text: str) -> None:
        headings = extract_headings(text)
        if headings != self.headings:
            self.headings = headings
            self._rebuild()
        self._select_current_heading()

    def item_for_line(self, line: int) -> QTreeWidgetItem | None:
        i = bisect.bisect_left(self._lines, line)
        return self._items[i] if i < len(self._lines) and self._lines[i] == line else None

    def _rebuild(self) -> None:
        self.clear()
        self._items, self._lines = [], []
        if not self.headings:
            self._show_placeholder()
            return
        stack: list[tuple[int, QTreeWidgetItem]] = []
        for heading in self.headings:
            while stack and stack[-1][0] >= heading.level:
                stack.pop()
            parent = stack[-1][1] if stack else self
            title = heading.title or self.tr("(untitled heading)")
            item = QTreeWidgetItem(parent, [title])
            item.setData(0, LINE_ROLE, heading.line)
            item.setToolTip(0, title)
            if heading.level == 1:
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
            stack.append((heading.level, item))
            self._items.append(item)
            self._lines.append(heading.line)
        self.expandAll()

    def _show_placeholder(self) -> None:
        item = QTreeWidgetItem(self, [self.tr("No headings yet")])
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setData(0, LINE_ROLE, None)

    def _activate(self, item: QTreeWidgetItem, focus_editor: bool) -> None:
        line = item.data(0, LINE_ROLE)
        if line is None:
            return
        self.heading_activated.emit(line)
        if self._editor is not None:
            self._editor.go_to_line(line)
            if focus_editor:
                self._editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _select_current_heading(self) -> None:
        """Mark the section the editor's caret is in (without jumping)."""
        if self._editor is None or not self._items:
            return
        line = self._editor.textCursor().blockNumber()
        i = bisect.bisect_right(self._lines, line) - 1
        if i < 0:
            self.clearSelection()
            return
        item = self._items[i]
        if self.currentItem() is not item:
            self.blockSignals(True)
            self.setCurrentItem(item)
            self.blockSignals(False)
            self.scrollToItem(item)
            self.viewport().update()
