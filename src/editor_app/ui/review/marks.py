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
    (``{>>...<<}`` alone) is put on the word before it."""
    doc.setPlainText(text)
    notes: dict[int, str] = {}
    shift = 0
    for mark in sorted(marks, key=lambda m: (m.start, m.kind != cm.COMMENT)):
        start, end = mark.start + shift, mark.end + shift
        if mark.kind == cm.INSERT:
            cursor = QTextCursor(doc)
            cursor.setPosition(start)
            cursor.insertText(mark.new.replace("\n", " "), inserted_format())
            shift += len(mark.new)
            continue
        if mark.kind in (cm.DELETE, cm.REPLACE):
            _apply(doc, start, end, deleted_format())
            if mark.kind == cm.REPLACE and mark.new:
                cursor = QTextCursor(doc)
                cursor.setPosition(end)
                cursor.insertText(mark.new.replace("\n", " "), inserted_format())
                shift += len(mark.new)
            continue
        note_id = len(notes) + 1
        notes[note_id] = mark.text
        if start == end:   # a comment on a point: on the word before it
            start = max(0, _word_start(text, mark.start) + shift)
            end = max(end, start + 1)
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
    """The document as CriticMarkup (comments' words from ``notes``)."""
    out: list[str] = []
    items = runs(doc)
    i = 0
    while i < len(items):
        text, ins, dele, note = items[i]
        if dele:
            old = text
            new = ""
            if i + 1 < len(items) and items[i + 1][1] and items[i + 1][3] == note:
                new = items[i + 1][0]
                i += 1
            out.append(f"{{~~{old}~>{new}~~}}" if new else f"{{--{old}--}}")
        elif ins:
            out.append(f"{{++{text}++}}")
        elif note:
            out.append(f"{{=={text}==}}")
        else:
            out.append(text)
        last_of_note = note and (i + 1 >= len(items) or items[i + 1][3] != note)
        if last_of_note:
            out.append(f"{{>>{notes.get(note, '')}<<}}")
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
