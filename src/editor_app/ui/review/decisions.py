"""Review decisions as steps of the editor's undo history.

Accepting a suggestion edits the text and rejecting one (or resolving a comment) does
not, but each is one step the editor takes back with Ctrl+Z, like Word's and Google
Docs' tracked changes:

- Accept (one or all) is one edit block of text changes.
- Reject, resolve and reopen change no text: they are recorded as a change of an
  invisible property of the passage's paragraph (the text, and so the article,
  stays as it is), which gives the document an undo step of its own.

Each decision remembers the position it left the document's undo stack at
(``availableUndoSteps``). When undo takes the stack below it, the notes get their
previous state back in the library (an accepted suggestion is open again, with its
text gone from the article); redo gives the decision back. Undone decisions that new
typing makes unreachable (Qt drops the redo steps) are forgotten.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextFormat

MARK = QTextFormat.Property.UserProperty + 150


@dataclass
class Decision:
    article_id: int
    index: int                      # the undo stack's position just after the decision
    state: str                      # what the notes became
    before: dict[int, str] = field(default_factory=dict)   # note id -> state before
    applied: bool = True


class Decisions(QObject):
    """Keeps the library's note states in step with the editor's undo and redo.

    ``write(article_id, {note_id: state})`` records states (through the store worker)."""

    def __init__(self, editor, write: Callable[[int, dict[int, str]], None], parent: QObject | None = None):
        super().__init__(parent or editor)
        self._editor = editor
        self._write = write
        self._entries: list[Decision] = []
        self._marks = 0
        doc = editor.document()
        doc.undoCommandAdded.connect(self._added)
        doc.contentsChanged.connect(self._follow)
        editor.document_replaced.connect(self.clear)

    def clear(self) -> None:
        self._entries.clear()

    def decide(self, article_id: int, before: dict[int, str], state: str,
               edit: Callable[[QTextCursor], None] | None = None, at: int = 0) -> None:
        """Record ``state`` for the notes in ``before`` (their states now) as one undo step:
        ``edit(cursor)`` makes the step's text changes; without it, a mark at ``at`` does."""
        if not before:
            return
        doc = self._editor.document()
        cursor = QTextCursor(doc)
        if edit is not None:
            cursor.beginEditBlock()
            edit(cursor)
            cursor.endEditBlock()
        else:
            self._marks += 1
            cursor.setPosition(max(0, min(at, doc.characterCount() - 1)))
            mark = QTextBlockFormat()
            mark.setProperty(MARK, self._marks)
            with self._editor.quietly():   # Qt announces the change when the block ends
                cursor.beginEditBlock()
                cursor.mergeBlockFormat(mark)
                cursor.endEditBlock()
        self._entries.append(Decision(article_id, doc.availableUndoSteps(), state, dict(before)))
        self._write(article_id, {note_id: state for note_id in before})

    def _added(self) -> None:
        """A new step: decisions undone before it can no longer be redone."""
        now = self._editor.document().availableUndoSteps()
        self._entries = [d for d in self._entries if d.applied or d.index < now]

    def _follow(self) -> None:
        now = self._editor.document().availableUndoSteps()
        for decision in self._entries:
            applied = now >= decision.index
            if applied == decision.applied:
                continue
            decision.applied = applied
            states = ({note_id: decision.state for note_id in decision.before} if applied
                      else dict(decision.before))
            self._write(decision.article_id, states)

    def undone(self) -> list[Decision]:
        """Decisions undone and not yet redone (tests, diagnostics)."""
        return [d for d in self._entries if not d.applied]
