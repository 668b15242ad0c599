"""Typing behaviour for lists and quotes: Enter continues, Tab indents."""

from __future__ import annotations

import re

from PySide6.QtGui import QTextCursor

from .cursor_utils import KEEP, content_lines, rewrite_prefixes, selected_blocks

ITEM = re.compile(r"^([ \t]*)([-*+]|(\d{1,9})([.)]))([ \t]+)(\[[ xX]\][ \t]+)?")
QUOTE_PREFIX = re.compile(r"^ {0,3}> ?")
INDENT = "    "  # Python-Markdown nests lists at four spaces


def indent_lines(cursor: QTextCursor, outdent: bool = False) -> QTextCursor:
    """Indent (or outdent) every selected line by four spaces."""
    edits = []
    for block in selected_blocks(cursor):
        if outdent:
            lead = len(block.text()) - len(block.text().lstrip(" "))
            edits.append((block, min(lead, len(INDENT)), ""))
        else:
            edits.append((block, 0, INDENT))
    return rewrite_prefixes(cursor, edits)


def is_list_line(cursor: QTextCursor) -> bool:
    return all(ITEM.match(b.text()) for b in content_lines(selected_blocks(cursor)))


def continue_block(cursor: QTextCursor) -> QTextCursor | None:
    """Enter inside a list item or quote: start the next item (numbered items
    count up, task boxes come back empty); Enter on an empty item ends the
    list. Returns None when Enter should behave normally."""
    if cursor.hasSelection():
        return None
    block = cursor.block()
    text, col = block.text(), cursor.positionInBlock()
    item = ITEM.match(text)
    quote_m = QUOTE_PREFIX.match(text) if not item else None
    prefix_end = item.end() if item else (quote_m.end() if quote_m else 0)
    if not prefix_end or col < prefix_end:
        return None
    edit = QTextCursor(cursor)
    edit.beginEditBlock()
    if not text[prefix_end:].strip() and col == len(text):
        # An empty item ends the list: the marker goes and a blank line
        # separates what follows (else it would continue the last item).
        edit.setPosition(block.position())
        edit.setPosition(block.position() + len(text), KEEP)
        edit.removeSelectedText()
        previous = block.previous()
        if previous.isValid() and previous.text().strip():
            edit.insertText("\n")
        edit.endEditBlock()
        return edit
    if item:
        indent, marker, number, delim, gap, task = item.groups()
        marker = f"{int(number) + 1}{delim}" if number else marker
        prefix = f"{indent}{marker}{gap}" + ("[ ] " if task else "")
    else:
        prefix = quote_m.group(0)
    edit.insertText("\n" + prefix)
    edit.endEditBlock()
    return edit


def insert_tab(cursor: QTextCursor, outdent: bool = False) -> QTextCursor:
    """Tab: indent list items / selected lines by four spaces, otherwise
    insert spaces to the next tab stop. Shift+Tab outdents."""
    if outdent or cursor.hasSelection() or is_list_line(cursor):
        return indent_lines(cursor, outdent=outdent)
    spaces = len(INDENT) - cursor.positionInBlock() % len(INDENT)
    edit = QTextCursor(cursor)
    edit.beginEditBlock()
    edit.insertText(" " * spaces)
    edit.endEditBlock()
    return edit
