"""Find and replace bar shown under the editor (matching: ``text_search``)."""

from __future__ import annotations

import bisect

from PySide6.QtCore import QEvent, QObject, QPoint, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPalette, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTextEdit,
    QToolButton, QWidget,
)

from editor_app.ui import icons

from .highlighter import mix_colors
from .text_search import build_pattern, expand_template, find_all

MAX_HIGHLIGHTS = 500
PAINT_MARGIN = 4000  # characters beyond the visible text that get tinted too


class _KeyFilter(QObject):
    """Enter / Shift+Enter / Esc inside the bar's line edits."""

    def __init__(self, bar: "FindReplaceBar"):
        super().__init__(bar)
        self._bar = bar

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self._bar.close_bar()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            back = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if obj is self._bar.replace_edit and not back:
                self._bar.replace_current()
            elif back:
                self._bar.find_previous()
            else:
                self._bar.find_next()
            return True
        return False


class FindReplaceBar(QWidget):
    """Find (Ctrl+F) and replace (Ctrl+H) for a :class:`MarkdownEditor`."""

    opened = Signal()
    closed = Signal()

    def __init__(self, editor, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.setObjectName("findReplaceBar")
        self.setAccessibleName(self.tr("Find and replace"))
        self.matches: list = []
        self.current = -1
        self._dirty = True
        self._build()
        self.hide()
        editor.document().contentsChange.connect(self._on_document_change)
        editor.text_settled.connect(self._on_settled)
        self._repaint = QTimer(self, singleShot=True, interval=40)
        self._repaint.timeout.connect(self._paint_matches)
        editor.verticalScrollBar().valueChanged.connect(self._on_scroll)

    # -- construction --------------------------------------------------------------
    def _build(self) -> None:
        self.find_edit = self._line_edit(self.tr("Find"), self.tr("Text to find"))
        self.replace_edit = self._line_edit(self.tr("Replace with"), self.tr("Replacement text"))
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Match count"))
        self.count_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000 of 0000"))
        self.message_label = QLabel(self)
        self.message_label.setAccessibleName(self.tr("Search message"))
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.prev_button = self._tool_button("mdi6.chevron-up", self.tr("Previous match (Shift+Enter)"))
        self.next_button = self._tool_button("mdi6.chevron-down", self.tr("Next match (Enter)"))
        self.close_button = self._tool_button("mdi6.close", self.tr("Close (Esc)"))
        self.case_box = self._check_box(self.tr("&Match case"))
        self.word_box = self._check_box(self.tr("&Whole words"))
        self.regex_box = self._check_box(self.tr("Regular e&xpression"))
        self.marks_box = self._check_box(self.tr("Ignor&e diacritics"))
        self.marks_box.setToolTip(self.tr("“hoa” also finds hoá, hòa and hoà; “duong” finds đường"))
        self.marks_box.setChecked(True)   # like the list's search
        self.replace_button = QPushButton(self.tr("&Replace"), self)
        self.replace_all_button = QPushButton(self.tr("Replace &all"), self)
        for button in (self.replace_button, self.replace_all_button):
            button.setAccessibleName(button.text().replace("&", ""))
        self.prev_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.close_button.clicked.connect(self.close_bar)
        self.replace_button.clicked.connect(self.replace_current)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.find_edit.textChanged.connect(lambda _t: self._research(keep_position=True))
        self._layout_widgets()

    def _layout_widgets(self) -> None:
        """Find and its buttons, Replace and its buttons, then the four options two by two:
        the bar fits an editor about 360 px wide (a 1280×720 screen)."""
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        find_row = QHBoxLayout()
        for w in (self.count_label, self.prev_button, self.next_button):
            find_row.addWidget(w)
        find_row.addStretch(1)
        find_row.addWidget(self.close_button)
        replace_row = QHBoxLayout()
        replace_row.addWidget(self.replace_button)
        replace_row.addWidget(self.replace_all_button)
        replace_row.addStretch(1)
        options = QGridLayout()
        options.setContentsMargins(0, 0, 0, 0)
        options.setHorizontalSpacing(12)
        for i, box in enumerate((self.case_box, self.marks_box, self.word_box, self.regex_box)):
            options.addWidget(box, i // 2, i % 2)
        options.setColumnStretch(2, 1)
        grid.addWidget(self.find_edit, 0, 0)
        grid.addLayout(find_row, 0, 1)
        grid.addWidget(self.replace_edit, 1, 0)
        grid.addLayout(replace_row, 1, 1)
        grid.addLayout(options, 2, 0, 1, 2)
        grid.addWidget(self.message_label, 3, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self._replace_widgets = (self.replace_edit, self.replace_button, self.replace_all_button)
        order = (self.find_edit, self.replace_edit, self.prev_button, self.next_button,
                 self.case_box, self.marks_box, self.word_box, self.regex_box, self.replace_button,
                 self.replace_all_button, self.close_button)
        for a, b in zip(order, order[1:]):
            QWidget.setTabOrder(a, b)

    def _line_edit(self, placeholder: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(accessible)
        edit.setClearButtonEnabled(True)
        edit.installEventFilter(_KeyFilter(self))
        return edit

    def _tool_button(self, icon: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icons.icon(icon, color=self.palette().color(QPalette.ColorRole.WindowText)))
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    def _check_box(self, text: str) -> QCheckBox:
        box = QCheckBox(text, self)
        box.setAccessibleName(text.replace("&", ""))
        box.toggled.connect(lambda _on: self._research(keep_position=True))
        return box

    # -- opening and closing --------------------------------------------------------
    def open_find(self, replace: bool = False) -> None:
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        for w in self._replace_widgets:
            w.setVisible(replace)
        self.show()
        self.opened.emit()
        target = self.replace_edit if replace and self.find_edit.text() else self.find_edit
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        target.selectAll()
        self._research(keep_position=True)

    def open_replace(self) -> None:
        self.open_find(replace=True)

    def is_replace_mode(self) -> bool:
        return not self.replace_edit.isHidden()

    def close_bar(self) -> None:
        self.hide()
        self.editor.set_extra_selections("find", [])
        self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.closed.emit()

    def set_options(self, case_sensitive: bool | None = None, whole_word: bool | None = None,
                    regex: bool | None = None, ignore_diacritics: bool | None = None) -> None:
        for box, value in ((self.case_box, case_sensitive), (self.word_box, whole_word),
                           (self.regex_box, regex), (self.marks_box, ignore_diacritics)):
            if value is not None:
                box.setChecked(value)

    # -- searching ---------------------------------------------------------------------
    def pattern(self) -> QRegularExpression | None:
        """The current expression, or None (empty, or invalid with a message)."""
        text = self.find_edit.text()
        if not text:
            self._show_message("")
            return None
        pattern = build_pattern(text, self.case_box.isChecked(), self.word_box.isChecked(),
                                self.regex_box.isChecked(), self.marks_box.isChecked())
        if not pattern.isValid():
            self._show_message(self.tr("Invalid regular expression: %1 (at position %2)")
                               .replace("%1", pattern.errorString())
                               .replace("%2", str(pattern.patternErrorOffset())), error=True)
            return None
        self._show_message("")
        return pattern

    def _research(self, keep_position: bool) -> None:
        pattern = self.pattern()
        self.matches = find_all(pattern, self.editor.markdown()) if pattern else []
        self._dirty = False
        cursor = self.editor.textCursor()
        origin = cursor.selectionStart() if keep_position else cursor.selectionEnd()
        self.current = self._index_from(origin) if self.matches else -1
        self._show_current(select=self.isVisible() and bool(self.matches))

    def _index_from(self, pos: int) -> int:
        for i, m in enumerate(self.matches):
            if m.capturedStart() >= pos:
                return i
        return 0

    def _refresh_if_dirty(self) -> None:
        if self._dirty:
            self._research(keep_position=True)

    def find_next(self) -> bool:
        self._refresh_if_dirty()
        if not self.matches:
            return False
        end = self.editor.textCursor().selectionEnd()
        i = next((k for k, m in enumerate(self.matches) if m.capturedStart() >= end), None)
        self.current = 0 if i is None else i
        self._show_current(select=True)
        return True

    def find_previous(self) -> bool:
        self._refresh_if_dirty()
        if not self.matches:
            return False
        start = self.editor.textCursor().selectionStart()
        earlier = [k for k, m in enumerate(self.matches) if m.capturedEnd() <= start]
        self.current = earlier[-1] if earlier else len(self.matches) - 1
        self._show_current(select=True)
        return True

    def match_count(self) -> int:
        return len(self.matches)

    def status_text(self) -> str:
        return self.count_label.text()

    # -- replacing ---------------------------------------------------------------------
    def _replacement(self, match) -> str:
        template = self.replace_edit.text()
        return expand_template(template, match) if self.regex_box.isChecked() else template

    def replace_current(self) -> bool:
        """Replace the selected match and move to the next one."""
        self._refresh_if_dirty()
        cursor = self.editor.textCursor()
        hit = next((m for m in self.matches if m.capturedStart() == cursor.selectionStart()
                    and m.capturedEnd() == cursor.selectionEnd()), None)
        if hit is None:
            return self.find_next()
        cursor.beginEditBlock()
        cursor.insertText(self._replacement(hit))
        cursor.endEditBlock()
        self.editor.setTextCursor(cursor)
        self._research(keep_position=False)
        if self.matches:
            self._show_current(select=True)
        return True

    def replace_all(self) -> int:
        """Replace every match as one undo step; returns how many."""
        self._refresh_if_dirty()
        if not self.matches:
            return 0
        doc = self.editor.document()
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        for m in reversed(self.matches):
            cursor.setPosition(m.capturedStart())
            cursor.setPosition(m.capturedEnd(), QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(self._replacement(m))
        cursor.endEditBlock()
        count = len(self.matches)
        self._research(keep_position=True)
        self.count_label.setText(self.tr("%n replaced", "", count))
        return count

    # -- display -------------------------------------------------------------------------
    def _show_current(self, select: bool) -> None:
        total = len(self.matches)
        if not self.find_edit.text():
            self.count_label.setText("")
        elif total == 0:
            self.count_label.setText("" if self.message_label.isVisible() else
                                     self.tr("No results"))
        else:
            self.count_label.setText(self.tr("%1 of %2").replace("%1", str(self.current + 1))
                                     .replace("%2", str(total)))
        if select and 0 <= self.current < total:
            m = self.matches[self.current]
            cursor = self.editor.textCursor()
            cursor.setPosition(m.capturedStart())
            cursor.setPosition(m.capturedEnd(), QTextCursor.MoveMode.KeepAnchor)
            self.editor.setTextCursor(cursor)
            self.editor.centerCursor()
        self._paint_matches()

    def _paint_matches(self) -> None:
        """Tint the matches around the visible part of the document (painting
        thousands of extra selections would stall typing); the current match
        is always tinted. Scrolling repaints them."""
        if not self.isVisible():
            self.editor.set_extra_selections("find", [])
            return
        palette = self.editor.palette()
        base = palette.color(QPalette.ColorRole.Base)
        weak = mix_colors(base, palette.color(QPalette.ColorRole.Highlight), 0.25)
        strong = mix_colors(base, palette.color(QPalette.ColorRole.Highlight), 0.6)
        first, last = self._visible_range()
        starts = [m.capturedStart() for m in self.matches]
        lo = bisect.bisect_left(starts, first - PAINT_MARGIN)
        hi = bisect.bisect_right(starts, last + PAINT_MARGIN, lo=lo)
        indices = list(range(lo, min(hi, lo + MAX_HIGHLIGHTS)))
        if 0 <= self.current < len(self.matches) and self.current not in indices:
            indices.append(self.current)
        doc = self.editor.document()
        selections = []
        for i in indices:
            m = self.matches[i]
            sel = QTextEdit.ExtraSelection()
            sel.cursor = QTextCursor(doc)
            sel.cursor.setPosition(m.capturedStart())
            sel.cursor.setPosition(m.capturedEnd(), QTextCursor.MoveMode.KeepAnchor)
            sel.format.setBackground(strong if i == self.current else weak)
            selections.append(sel)
        self.editor.set_extra_selections("find", selections)

    def _visible_range(self) -> tuple[int, int]:
        viewport = self.editor.viewport()
        first = self.editor.firstVisibleBlock().position()
        corner = QPoint(viewport.width() - 1, viewport.height() - 1)
        return first, self.editor.cursorForPosition(corner).position()

    def _show_message(self, text: str, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        dark = self.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.5
        color = ("#ff7b72" if dark else "#c62828") if error else ""
        self.message_label.setStyleSheet(f"color: {color};" if color else "")
        self.find_edit.setStyleSheet(f"QLineEdit {{ border: 1px solid {color}; }}"
                                     if error else "")

    # -- document tracking -----------------------------------------------------------------
    def _on_document_change(self, _pos: int, removed: int, added: int) -> None:
        if removed or added:
            self._dirty = True

    def _on_scroll(self, _value: int) -> None:
        if self.isVisible() and self.matches:
            self._repaint.start()

    def _on_settled(self, _text: str) -> None:
        if self.isVisible() and self._dirty and self.find_edit.text():
            pattern = self.pattern()
            self.matches = find_all(pattern, _text) if pattern else []
            self._dirty = False
            pos = self.editor.textCursor().selectionStart()
            self.current = self._index_from(pos) if self.matches else -1
            self._show_current(select=False)
