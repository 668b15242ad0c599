"""The Markdown text editor: a tuned ``QPlainTextEdit``.

Whole-document work (outline, statistics, search counts) never runs per
keystroke: listeners use :attr:`MarkdownEditor.text_settled`, emitted once
typing pauses for ``SETTLE_MS``. Syntax highlighting works per line.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QEvent, QKeyCombination, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction, QColor, QFont, QFontDatabase, QKeyEvent, QKeySequence, QPalette,
    QTextCursor, QTextFormat, QTextOption,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QWidget

from editor_app.ui.i18n import localized

from . import context_menu, decorations, list_editing, paste, table_editing
from .highlighter import MarkdownHighlighter, mix_colors
from .marks_pass import MarksPass

PREFERRED_FAMILIES = ("Noto Sans", "Segoe UI", "Roboto", "Helvetica Neue", "Ubuntu",
                      "DejaVu Sans", "Arial")
DEFAULT_POINT_SIZE = 12.0


def editor_font(point_size: float = DEFAULT_POINT_SIZE) -> QFont:
    """A readable proportional font that covers Vietnamese."""
    vietnamese = set(QFontDatabase.families(QFontDatabase.WritingSystem.Vietnamese))
    chosen = [f for f in PREFERRED_FAMILIES if f in vietnamese]
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    if chosen:
        font.setFamilies(chosen)
    font.setPointSizeF(point_size)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font


class MarkdownEditor(QPlainTextEdit):
    """Plain-text Markdown editor with highlighting and list-aware typing."""

    content_changed = Signal()              # user edits only (not set_markdown)
    text_settled = Signal(str)              # full text, after edits pause / on load
    document_replaced = Signal()            # set_markdown() loaded another text
    notice = Signal(str)                    # something the user should know (a paste left an image out)
    add_word = Signal(str)                  # "Add to dictionary" chosen on a misspelled word
    scroll_fraction_changed = Signal(float)

    SETTLE_MS = 300

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("markdownEditor")
        self.setAccessibleName(self.tr("Article text"))
        self.setAccessibleDescription(self.tr("Markdown source of the article"))
        self.setPlaceholderText(self.tr("Write the article in Markdown…"))
        self.setFont(editor_font())
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDocumentMargin(14)
        self._apply_tab_stops()
        self.highlighter = MarkdownHighlighter(self.document(), self.palette(), self.font())
        self.marks = MarksPass(self)   # spelling and tone marks: after the text, in slices
        self._loading = False
        # Called with each image file dropped or pasted (set by the toolbar
        # when the host can store images); returns whether it was inserted.
        self.image_handler: Callable[[Path], bool] | None = None
        self._plain_paste = False
        # Stores an image file as an asset and gives its name (set with the image handler)
        self.store_image: Callable[[Path], str] | None = None
        self._reserved: set[QKeyCombination] = set()
        self._selections: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self._points: list[tuple[int, QColor]] = []
        self._settle = QTimer(self, singleShot=True, interval=self.SETTLE_MS)
        self._settle.timeout.connect(self._emit_settled)
        self.document().contentsChange.connect(self._on_contents_change)
        bar = self.verticalScrollBar()
        bar.valueChanged.connect(self._emit_scroll)
        bar.rangeChanged.connect(self._emit_scroll)
        self.cursorPositionChanged.connect(self._highlight_current_line)
        self._make_undo_actions()

    # -- content ---------------------------------------------------------------
    def set_markdown(self, text: str) -> None:
        """Load another article: no undo history, no ``content_changed``."""
        text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
        doc = self.document()
        self._loading = True
        try:
            doc.setUndoRedoEnabled(False)
            self.marks.before_load()
            self.setPlainText(text)
            self.marks.after_load()
            doc.setUndoRedoEnabled(True)
            doc.clearUndoRedoStacks()
            doc.setModified(False)
        finally:
            self._loading = False
        self._settle.stop()
        self.set_text_cursor_to_start()
        self.document_replaced.emit()
        self.text_settled.emit(self.markdown())

    def markdown(self) -> str:
        """The text exactly as typed (non-breaking spaces kept)."""
        return self.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")

    def is_modified(self) -> bool:
        return self.document().isModified()

    def mark_saved(self) -> None:
        self.document().setModified(False)

    def flush_pending(self) -> None:
        """Emit a pending ``text_settled`` now (before saving, in tests)."""
        if self._settle.isActive():
            self._settle.stop()
            self._emit_settled()

    @contextmanager
    def quietly(self):
        """Changes to the document made inside are not edits of the text (no
        ``content_changed``): a review decision's undo mark, for one."""
        was, self._loading = self._loading, True
        try:
            yield
        finally:
            self._loading = was

    def _on_contents_change(self, _pos: int, removed: int, added: int) -> None:
        if self._loading or (removed == 0 and added == 0):
            return
        self.content_changed.emit()
        self._settle.start()

    def _emit_settled(self) -> None:
        self.text_settled.emit(self.markdown())

    # -- images dropped or pasted ------------------------------------------------
    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802
        if self.image_handler is not None and (paste.image_files(source) or source.hasImage()):
            return True
        return super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        if self.image_handler is not None:
            files = paste.image_files(source)
            if files:
                for path in files:
                    self.image_handler(path)
                return
            if source.hasImage() and not source.hasText() and not source.hasHtml():
                paste.image_through_file(source.imageData(), self.image_handler)
                return
        notes: list[str] = []
        converted = None if self._plain_paste else paste.markdown_from(source, self.store_image, notes)
        if converted is not None:
            self.textCursor().insertText(converted)   # one undo step
            self.ensureCursorVisible()
        elif source.hasText():
            self.textCursor().insertText(source.text().replace("\r\n", "\n").replace("\r", "\n"))
            self.ensureCursorVisible()
        else:
            super().insertFromMimeData(source)
        for note in notes:
            self.notice.emit(localized(note))

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt override
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def context_menu(self, pos) -> QMenu:
        """The menu for a right click at ``pos`` (see ``context_menu.build``)."""
        return context_menu.build(self, pos)

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802
        """Plain text only: a copy from here pasted back must not come in as HTML."""
        data = QMimeData()
        data.setText(self.textCursor().selection().toRawText().replace("\u2029", "\n").replace("\u2028", "\n"))
        data.setProperty(MADE_HERE, True)
        return data

    def paste_plain_text(self) -> None:
        """Ctrl+Shift+V: the clipboard's text as it is, formatting dropped."""
        self._plain_paste = True
        try:
            self.paste()
        finally:
            self._plain_paste = False

    # -- cursor and scrolling ------------------------------------------------------
    def set_text_cursor_to_start(self) -> None:
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        self.setTextCursor(cursor)
        self.verticalScrollBar().setValue(0)

    def go_to_position(self, pos: int, to_top: bool = True) -> None:
        """Put the caret at ``pos``; with ``to_top`` its line scrolls to the top."""
        doc = self.document()
        pos = max(0, min(pos, doc.characterCount() - 1))
        cursor = self.textCursor()
        cursor.setPosition(pos)
        self.setTextCursor(cursor)
        if to_top:
            block = cursor.block()
            line = block.firstLineNumber()
            layout = block.layout()
            if layout is not None and layout.lineCount():
                line += layout.lineForTextPosition(pos - block.position()).lineNumber()
            self.verticalScrollBar().setValue(line)
        self.ensureCursorVisible()

    def go_to_line(self, line: int, to_top: bool = True) -> None:
        """Caret to the start of (0-based) ``line``."""
        block = self.document().findBlockByNumber(max(0, line))
        if not block.isValid():
            block = self.document().lastBlock()
        self.go_to_position(block.position(), to_top)

    def scroll_fraction(self) -> float:
        bar = self.verticalScrollBar()
        span = bar.maximum() - bar.minimum()
        return 0.0 if span <= 0 else (bar.value() - bar.minimum()) / span

    def set_scroll_fraction(self, fraction: float) -> None:
        bar = self.verticalScrollBar()
        fraction = min(1.0, max(0.0, fraction))
        bar.setValue(bar.minimum() + round(fraction * (bar.maximum() - bar.minimum())))

    def _emit_scroll(self, *_args) -> None:
        self.scroll_fraction_changed.emit(self.scroll_fraction())

    # -- extra selections (current line, search matches) ---------------------------
    def set_extra_selections(self, key: str, selections: list) -> None:
        """Named layers of extra selections; later keys paint over earlier."""
        if selections:
            self._selections[key] = selections
        else:
            self._selections.pop(key, None)
        merged = [s for k in sorted(self._selections, key=self._layer) for s in self._selections[k]]
        self.setExtraSelections(merged)

    @staticmethod
    def _layer(key: str) -> int:
        return 0 if key == "current-line" else 1

    def _highlight_current_line(self) -> None:
        if self.textCursor().hasSelection():
            self.set_extra_selections("current-line", [])
            return
        selection = QTextEdit.ExtraSelection()
        base = self.palette().color(QPalette.ColorRole.Base)
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        selection.format.setBackground(mix_colors(base, accent, 0.08))
        selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        selection.cursor = self.textCursor()
        selection.cursor.clearSelection()
        self.set_extra_selections("current-line", [selection])

    # -- undo/redo ------------------------------------------------------------------
    def _make_undo_actions(self) -> None:
        self.undo_action = QAction(self.tr("Undo"), self)
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self.tr("Redo"), self)
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.redo)
        self.paste_plain_action = QAction(self.tr("Paste as plain text"), self)
        self.paste_plain_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.paste_plain_action.triggered.connect(self.paste_plain_text)
        for action, name in ((self.undo_action, "undo"), (self.redo_action, "redo")):
            action.setObjectName(f"editor-{name}")
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.setEnabled(False)
            self.addAction(action)
        self.paste_plain_action.setObjectName("editor-paste-plain")
        self.paste_plain_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.addAction(self.paste_plain_action)
        self.undoAvailable.connect(self.undo_action.setEnabled)
        self.redoAvailable.connect(self.redo_action.setEnabled)

    # -- keyboard -------------------------------------------------------------------
    def reserve_shortcuts(self, sequences) -> None:
        """Keep the text control from swallowing these shortcuts (e.g. Ctrl+K,
        which is 'delete to end of line' on some platforms)."""
        for seq in sequences:
            for i in range(seq.count()):
                self._reserved.add(seq[i])

    def event(self, event: QEvent) -> bool:  # noqa: D401 - Qt override
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.keyCombination() in self._reserved:
                event.ignore()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if self.isReadOnly() or not self._handle_key(event):
            super().keyPressEvent(event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        plain = not (mods & (Qt.KeyboardModifier.ControlModifier
                             | Qt.KeyboardModifier.AltModifier
                             | Qt.KeyboardModifier.MetaModifier))
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and ctrl:
            # QPlainTextEdit refuses to pass focus on while editable; QWidget's
            # implementation moves along the window's tab chain.
            QWidget.focusNextPrevChild(self, key == Qt.Key.Key_Tab and not shift)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            result = None if shift else list_editing.continue_block(self.textCursor())
            if result is None:
                result = self.textCursor()
                result.insertText("\n")  # never a U+2028 line separator
            self.setTextCursor(result)
            self.ensureCursorVisible()
            return True
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and plain and self._in_table():
            self.setTextCursor(table_editing.move(self.textCursor(), key == Qt.Key.Key_Backtab or shift))
            self.ensureCursorVisible()
            return True
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and plain:
            outdent = key == Qt.Key.Key_Backtab or shift
            self.setTextCursor(list_editing.insert_tab(self.textCursor(), outdent))
            return True
        return False

    def _in_table(self) -> bool:
        """The caret (and any selection) on one line of a pipe table."""
        cursor = self.textCursor()
        same = self.document().findBlock(cursor.selectionStart()) == self.document().findBlock(cursor.selectionEnd())
        return same and table_editing.is_table_line(cursor.block().text())

    # -- appearance -----------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        decorations.paint_blocks(self, event.rect())
        super().paintEvent(event)
        if self._points:
            decorations.paint_points(self, self._points, event.rect())

    def set_point_marks(self, points: list[tuple[int, QColor]]) -> None:
        """Carets drawn between characters (where a reviewer suggests adding words)."""
        self._points = list(points)
        self.viewport().update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._apply_tab_stops()
            if hasattr(self, "highlighter"):
                self.highlighter.set_theme(self.palette(), self.font())
                self._highlight_current_line()

    def _apply_tab_stops(self) -> None:
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * 4)


MADE_HERE = "editorAppMadeHere"


def release_clipboard() -> None:
    """Before Python ends: a copy made here is handed to the clipboard as Qt's own
    text. The clipboard owns the copy, and Qt frees it after Python has gone,
    through the Python object that made it: a crash on quit."""
    from PySide6.QtGui import QGuiApplication

    board = QGuiApplication.clipboard() if QGuiApplication.instance() is not None else None
    data = board.mimeData() if board is not None else None
    if data is not None and data.property(MADE_HERE):
        board.setText(data.text())   # the user's copy stays on the clipboard
