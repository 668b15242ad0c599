"""The reviewer's view of the article's source: read-only, with comments and, in
suggest mode, tracked suggestions.

- Select text and Comment (Ctrl+Alt+M): the passage is highlighted and the comment
  kept with it.
- Suggest mode: what the reviewer types is inserted as a suggested addition (input
  methods such as Telex compose as anywhere else); what they delete (Backspace,
  Delete, typing over a selection, Cut) stays in the text, struck through, as a
  suggested removal. Text the reviewer added can be deleted outright. Line breaks
  are not suggested (a comment says it better).

Every change is one step of the document's undo (Ctrl+Z).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from editor_app.ui.review import marks as mk

_SEPARATOR = "\u2029"


class ReviewEditor(QPlainTextEdit):
    changed = Signal()          # marks or comments changed (save them)
    note_clicked = Signal(int)  # the cursor entered a commented passage
    notice = Signal(str)        # a short message for the status bar

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reviewSource")
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.notes: dict[int, str] = {}
        self._suggesting = False
        self._formatting = False   # our own format changes: not insertions
        self.document().contentsChange.connect(self._contents_changed)
        self.cursorPositionChanged.connect(self._cursor_moved)

    # -- content -------------------------------------------------------------------
    def load(self, text: str, marks) -> None:
        self._formatting = True
        try:
            self.notes = mk.load(self.document(), text, marks)
        finally:
            self._formatting = False
        self.document().clearUndoRedoStacks()

    def marked_text(self) -> str:
        return mk.marked_text(self.document(), self.notes)

    # -- comments --------------------------------------------------------------------
    def add_comment(self, words: str) -> int | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        if not cursor.hasSelection() or not words.strip():
            return None
        note_id = max(self.notes, default=0) + 1
        self.notes[note_id] = words.strip()
        self._merge(cursor, mk.note_format(note_id))
        self.changed.emit()
        return note_id

    def set_comment(self, note_id: int, words: str) -> None:
        self.notes[note_id] = words.strip()
        self.changed.emit()

    def remove_comment(self, note_id: int) -> None:
        start, end = mk.note_ranges(self.document()).get(note_id, (0, 0))
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        fmt = mk.note_format(0)
        fmt.clearBackground()
        self._merge(cursor, fmt)
        self.notes.pop(note_id, None)
        self.changed.emit()

    def select_note(self, note_id: int) -> bool:
        found = mk.note_ranges(self.document()).get(note_id)
        if found is None:
            return False
        cursor = QTextCursor(self.document())
        cursor.setPosition(found[0])
        cursor.setPosition(found[1], QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        return True

    def _cursor_moved(self) -> None:
        note = int(self.textCursor().charFormat().property(mk.NOTE) or 0)
        if note:
            self.note_clicked.emit(note)

    # -- suggest mode ------------------------------------------------------------------
    def suggesting(self) -> bool:
        return self._suggesting

    def set_suggesting(self, on: bool) -> None:
        self._suggesting = on
        self.setReadOnly(not on)
        flags = Qt.TextInteractionFlag.TextEditorInteraction if on else (
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setTextInteractionFlags(flags)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if not self._suggesting:
            super().keyPressEvent(event)
            return
        key = event.key()
        cursor = self.textCursor()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.notice.emit(self.tr("Line breaks cannot be suggested; write a comment instead."))
            return
        if event.matches(QKeySequence.StandardKey.Cut):
            if cursor.hasSelection():
                self.copy()
                self._suggest_removal(cursor)
            return
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            if not cursor.hasSelection():
                back = key == Qt.Key.Key_Backspace
                word = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
                move = (QTextCursor.MoveOperation.PreviousWord if word else QTextCursor.MoveOperation.Left) if back \
                    else (QTextCursor.MoveOperation.NextWord if word else QTextCursor.MoveOperation.Right)
                cursor.movePosition(move, QTextCursor.MoveMode.KeepAnchor)
            self._suggest_removal(cursor, backwards=key == Qt.Key.Key_Backspace)
            return
        typed = event.text()
        if typed and typed.isprintable() and cursor.hasSelection():
            self._suggest_removal(cursor)
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802
        """An input method replacing characters (Telex turning "a" into "â"): the
        reviewer's own additions are replaced; the article's text is struck instead."""
        if self._suggesting and event.replacementLength() > 0:
            cursor = self.textCursor()
            start = cursor.position() + event.replacementStart()
            probe = QTextCursor(self.document())
            probe.setPosition(max(0, start))
            probe.setPosition(min(self.document().characterCount() - 1, start + event.replacementLength()),
                              QTextCursor.MoveMode.KeepAnchor)
            if not self._only_inserted(probe):
                self._suggest_removal(probe)
                cursor = self.textCursor()
                cursor.insertText(event.commitString(), mk.inserted_format())
                rest = QInputMethodEvent(event.preeditString(), event.attributes())
                super().inputMethodEvent(rest)
                return
        super().inputMethodEvent(event)

    def insertFromMimeData(self, source) -> None:  # noqa: N802
        if self._suggesting:
            text = source.text().replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
            cursor = self.textCursor()
            if cursor.hasSelection():
                self._suggest_removal(cursor)
                cursor = self.textCursor()
            cursor.insertText(text, mk.inserted_format())
            return
        super().insertFromMimeData(source)

    def _only_inserted(self, cursor: QTextCursor) -> bool:
        return all(ins for _t, ins, _d, _n in self._runs_of(cursor))

    def _runs_of(self, cursor: QTextCursor):
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        pos = 0
        for text, ins, dele, note in mk.runs(self.document()):
            a, b = max(pos, start), min(pos + len(text), end)
            if a < b:
                yield text[a - pos:b - pos], ins, dele, note
            pos += len(text)

    def _suggest_removal(self, cursor: QTextCursor, backwards: bool = False) -> None:
        """The selection removed as a suggestion: the reviewer's own additions go, the
        article's text is struck through; the cursor ends past it."""
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        pieces = []   # (start, end, inserted) in document positions, separators left alone
        pos = 0
        for text, ins, _dele, _note in mk.runs(self.document()):
            for i, ch in enumerate(text):
                at = pos + i
                if start <= at < end and ch != "\n":
                    if pieces and pieces[-1][1] == at and pieces[-1][2] == ins:
                        pieces[-1] = (pieces[-1][0], at + 1, ins)
                    else:
                        pieces.append((at, at + 1, ins))
            pos += len(text)
        edit = QTextCursor(self.document())
        edit.beginEditBlock()
        self._formatting = True
        try:
            removed = 0
            for a, b, ins in pieces:
                edit.setPosition(a - removed)
                edit.setPosition(b - removed, QTextCursor.MoveMode.KeepAnchor)
                if ins:
                    edit.removeSelectedText()
                    removed += b - a
                else:
                    edit.mergeCharFormat(mk.deleted_format())
        finally:
            self._formatting = False
            edit.endEditBlock()
        after = QTextCursor(self.document())
        after.setPosition(start if backwards else max(start, end - removed))
        self.setTextCursor(after)
        self.changed.emit()

    def _merge(self, cursor: QTextCursor, fmt) -> None:
        self._formatting = True
        try:
            cursor.mergeCharFormat(fmt)
        finally:
            self._formatting = False

    def _contents_changed(self, position: int, removed: int, added: int) -> None:
        """Text Qt inserted (typing, an input method's commit, undo): in suggest mode,
        a suggested addition. Format changes (removed == added) are not insertions."""
        if self._formatting:
            return
        if self._suggesting and added > removed:
            cursor = QTextCursor(self.document())
            cursor.setPosition(position)
            cursor.setPosition(min(position + added - removed, self.document().characterCount() - 1),
                               QTextCursor.MoveMode.KeepAnchor)
            self._merge(cursor, mk.inserted_format())
        self.changed.emit()
