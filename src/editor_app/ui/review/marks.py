"""A reviewer's marks held in the text document itself, as character properties.

Each character of the reviewed text carries, in its ``QTextCharFormat``:

- ``INSERTED``: the reviewer suggests adding it (shown underlined, in green);
- ``DELETED``: the reviewer suggests removing it (struck through, in red);
- ``NOTE``: the id of the reviewer's comment on the passage it belongs to (a yellow
  background).

The marks so move with the text as the reviewer works, and undo (Ctrl+Z) takes
them back with it. :func:`load` lays CriticMarkup marks into a document;
:func:`marked_text` writes the document back as CriticMarkup.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat

from editor_app.core.reviewing import criticmarkup as cm

INSERTED = QTextFormat.Property.UserProperty + 101
DELETED = QTextFormat.Property.UserProperty + 102
NOTE = QTextFormat.Property.UserProperty + 103

INSERTED_COLOR = QColor("#1a7f37")
DELETED_COLOR = QColor("#c62828")
NOTE_COLOR = QColor(255, 214, 0, 90)


def inserted_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setProperty(INSERTED, True)
    fmt.setProperty(DELETED, False)
    fmt.setForeground(INSERTED_COLOR)
    fmt.setFontUnderline(True)
    fmt.setFontStrikeOut(False)
    return fmt


def deleted_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setProperty(DELETED, True)
    fmt.setForeground(DELETED_COLOR)
    fmt.setFontStrikeOut(True)
    return fmt


def note_format(note_id: int) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setProperty(NOTE, note_id)
    fmt.setBackground(NOTE_COLOR)
    return fmt


def plain_format() -> QTextCharFormat:
    """No mark at all (what new text outside suggest mode would get)."""
    fmt = QTextCharFormat()
    fmt.setProperty(INSERTED, False)
    fmt.setProperty(DELETED, False)
    fmt.setProperty(NOTE, 0)
    return fmt


def _apply(doc: QTextDocument, start: int, end: int, fmt: QTextCharFormat) -> None:
    cursor = QTextCursor(doc)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    cursor.mergeCharFormat(fmt)


def load(doc: QTextDocument, text: str, marks: list[cm.Mark]) -> dict[int, str]:
    """Put ``text`` with ``marks`` into ``doc``; returns the comments by note id.

    An insertion is written into the text (marked inserted); a comment on a point
    (``{>>...<<}`` alone) is put on the word before it. Suggestions inside a commented
    passage stay inside it."""
    doc.setPlainText(text)
    added: list[tuple[int, int]] = []   # (place in ``text``, characters written in there)

    def moved(pos: int, inside: bool = False) -> int:
        """Where ``pos`` of ``text`` is now; ``inside``: after what was written in at it."""
        return pos + sum(n for at, n in added if at < pos or (inside and at == pos))

    for mark in sorted((m for m in marks if m.kind != cm.COMMENT), key=lambda m: m.start):
        start, end = moved(mark.start, inside=True), moved(mark.end, inside=True)
        if mark.kind in (cm.DELETE, cm.REPLACE):
            _apply(doc, start, end, deleted_format())
        new = mark.new.replace("\n", " ") if mark.kind in (cm.INSERT, cm.REPLACE) else ""
        if new:
            cursor = QTextCursor(doc)
            cursor.setPosition(end)
            cursor.insertText(new, inserted_format())
            added.append((mark.end, len(new)))
    notes: dict[int, str] = {}
    for mark in sorted((m for m in marks if m.kind == cm.COMMENT), key=lambda m: m.start):
        note_id = len(notes) + 1
        notes[note_id] = mark.text
        if mark.start == mark.end:   # a comment on a point: on the word before it
            start = moved(_word_start(text, mark.start))
            end = max(moved(mark.end), start + 1)
        else:
            start, end = moved(mark.start), moved(mark.end)
        _apply(doc, start, end, note_format(note_id))
    return notes


def _word_start(text: str, at: int) -> int:
    pos = at
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    while pos > 0 and not text[pos - 1].isspace():
        pos -= 1
    return pos


def runs(doc: QTextDocument) -> list[tuple[str, bool, bool, int]]:
    """The document as (text, inserted, deleted, note id) runs, block separators as "\\n"."""
    out: list[tuple[str, bool, bool, int]] = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid():
                fmt = fragment.charFormat()
                out.append((fragment.text(), bool(fmt.property(INSERTED)), bool(fmt.property(DELETED)),
                            int(fmt.property(NOTE) or 0)))
            it += 1
        block = block.next()
        if block.isValid():
            out.append(("\n", False, False, 0))
    return _joined(out)


def _joined(items: list[tuple[str, bool, bool, int]]) -> list[tuple[str, bool, bool, int]]:
    joined: list[tuple[str, bool, bool, int]] = []
    for text, ins, dele, note in items:
        if joined and joined[-1][1:] == (ins, dele, note):
            joined[-1] = (joined[-1][0] + text, ins, dele, note)
        elif text:
            joined.append((text, ins, dele, note))
    return joined


def marked_text(doc: QTextDocument, notes: dict[int, str]) -> str:
    """The document as CriticMarkup (comments' words from ``notes``); suggestions made
    inside a commented passage are written inside it (``{==a {++b++} c==}{>>…<<}``)."""
    items = runs(doc)
    out: list[str] = []
    i = 0
    while i < len(items):
        note = items[i][3]
        j = i
        while j < len(items) and items[j][3] == note:
            j += 1
        changes = _changes(items[i:j])
        out.append(f"{{=={changes}==}}{{>>{notes.get(note, '')}<<}}" if note else changes)
        i = j
    return "".join(out)


def _changes(items: list[tuple[str, bool, bool, int]]) -> str:
    out: list[str] = []
    i = 0
    while i < len(items):
        text, ins, dele, _note = items[i]
        if dele:
            new = ""
            if i + 1 < len(items) and items[i + 1][1]:
                new = items[i + 1][0]
                i += 1
            out.append(f"{{~~{text}~>{new}~~}}" if new else f"{{--{text}--}}")
        elif ins:
            out.append(f"{{++{text}++}}")
        else:
            out.append(text)
        i += 1
    return "".join(out)


def note_ranges(doc: QTextDocument) -> dict[int, tuple[int, int]]:
    """Where each comment's passage is now: note id -> (start, end)."""
    found: dict[int, tuple[int, int]] = {}
    pos = 0
    for text, _ins, _dele, note in runs(doc):
        if note:
            start, end = found.get(note, (pos, pos))
            found[note] = (min(start, pos), pos + len(text))
        pos += len(text)
    return found
