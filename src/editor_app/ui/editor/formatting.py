"""Markdown formatting operations on a ``QTextCursor``.

Each function edits the cursor's document as one undo step and returns the
cursor the editor should show afterwards (selection or caret position). They
do not touch widgets, so they are easy to test and to bind to any action.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCursor

from .cursor_utils import (
    KEEP, content_lines, rewrite_prefixes, select_range, selected_blocks,
)

HEADING_PREFIX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)")
BULLET_PREFIX = re.compile(r"^([ \t]*)[-*+][ \t]+")
NUMBER_PREFIX = re.compile(r"^([ \t]*)\d{1,9}[.)][ \t]+")
QUOTE_PREFIX = re.compile(r"^ {0,3}> ?")
LINE_PREFIX = re.compile(  # quote, list or heading marker that starts a line
    r"[ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+|#{1,6}[ \t]+)?")
FENCE_LINE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
FOOTNOTE_NUMBER = re.compile(r"\[\^(\d+)\]")
FOOTNOTE_DEF_LINE = re.compile(r"^ {0,3}\[\^[^\]\s]+\]:")


# -- line formats -------------------------------------------------------------
def set_heading(cursor: QTextCursor, level: int) -> QTextCursor:
    """Make the selected lines headings of ``level``; toggles off when they
    already are, replaces any other heading level."""
    if not 1 <= level <= 6:
        raise ValueError("heading level must be 1..6")
    blocks = content_lines(selected_blocks(cursor))
    matches = [HEADING_PREFIX.match(b.text()) for b in blocks]
    remove_all = all(m and len(m.group(1)) == level for m in matches)
    edits = []
    for block, m in zip(blocks, matches):
        old = m.end() if m else 0
        edits.append((block, old, "" if remove_all else "#" * level + " "))
    return rewrite_prefixes(cursor, edits)


def toggle_bullet_list(cursor: QTextCursor) -> QTextCursor:
    blocks = content_lines(selected_blocks(cursor))
    remove_all = all(BULLET_PREFIX.match(b.text()) for b in blocks)
    edits = []
    for block in blocks:
        text = block.text()
        m = BULLET_PREFIX.match(text) or NUMBER_PREFIX.match(text)
        indent = m.group(1) if m else re.match(r"[ \t]*", text).group(0)
        old = m.end() if m else len(indent)
        edits.append((block, old, indent if remove_all else indent + "- "))
    return rewrite_prefixes(cursor, edits)


def toggle_numbered_list(cursor: QTextCursor) -> QTextCursor:
    blocks = content_lines(selected_blocks(cursor))
    remove_all = all(NUMBER_PREFIX.match(b.text()) for b in blocks)
    edits = []
    for number, block in enumerate(blocks, start=1):
        text = block.text()
        m = NUMBER_PREFIX.match(text) or BULLET_PREFIX.match(text)
        indent = m.group(1) if m else re.match(r"[ \t]*", text).group(0)
        old = m.end() if m else len(indent)
        edits.append((block, old, indent if remove_all else f"{indent}{number}. "))
    return rewrite_prefixes(cursor, edits)


def toggle_quote(cursor: QTextCursor) -> QTextCursor:
    blocks = selected_blocks(cursor)
    remove_all = all(QUOTE_PREFIX.match(b.text()) for b in content_lines(blocks))
    edits = []
    for block in blocks:
        m = QUOTE_PREFIX.match(block.text())
        if remove_all:
            edits.append((block, m.end() if m else 0, ""))
        else:
            edits.append((block, 0, "> " if block.text().strip() else ">"))
    return rewrite_prefixes(cursor, edits)


# -- inline wraps ---------------------------------------------------------------
def _is_wrapped(text: str, marker: str) -> bool:
    if len(text) < 2 * len(marker) or not (text.startswith(marker) and text.endswith(marker)):
        return False
    if marker == "*":  # "**bold**" is not italic, "***both***" is
        return not (text.startswith("**") and not text.startswith("***"))
    return True


def _wrapped_outside(target: QTextCursor, marker: str) -> bool:
    """Whether the text right outside a one-line selection carries ``marker``."""
    block = target.block()
    text = block.text()
    start = target.selectionStart() - block.position()
    end = target.selectionEnd() - block.position()
    ch = marker[0]
    before = len(text[:start]) - len(text[:start].rstrip(ch))
    after = len(text[end:]) - len(text[end:].lstrip(ch))
    if ch == "*":
        runs = {1, 3} if marker == "*" else {2, 3}
        return before in runs and after in runs
    return before >= len(marker) and after >= len(marker)


def _trim_selection(cursor: QTextCursor) -> QTextCursor:
    """Selection without surrounding whitespace ("**word **" is not bold)."""
    text = cursor.selectedText()
    start = cursor.selectionStart() + (len(text) - len(text.lstrip()))
    end = cursor.selectionEnd() - (len(text) - len(text.rstrip()))
    trimmed = QTextCursor(cursor)
    trimmed.setPosition(start)
    trimmed.setPosition(max(start, end), KEEP)
    return trimmed


def _word_inside(cursor: QTextCursor) -> QTextCursor | None:
    """The word around a caret that sits strictly inside it."""
    block = cursor.block()
    text, col = block.text(), cursor.positionInBlock()
    if not (0 < col < len(text) and text[col - 1].isalnum() and text[col].isalnum()):
        return None
    start = col
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    end = col
    while end < len(text) and (text[end].isalnum() or text[end] == "_"):
        end += 1
    word = QTextCursor(cursor)
    word.setPosition(block.position() + start)
    word.setPosition(block.position() + end, KEEP)
    return word


def toggle_wrap(cursor: QTextCursor, marker: str) -> QTextCursor:
    """Wrap the selection (or the word under the caret) in ``marker``, or
    remove the marker when it is already there. Multi-line selections are
    wrapped line by line."""
    if cursor.hasSelection() and len(selected_blocks(cursor)) > 1:
        return _wrap_lines(cursor, marker)
    doc = cursor.document()
    target = _trim_selection(cursor) if cursor.hasSelection() else _word_inside(cursor)
    edit = QTextCursor(doc)
    if target is None:  # bare caret: an empty pair, or remove an empty pair
        pos = cursor.position()
        last = doc.characterCount() - 1
        around = select_range(cursor, max(0, pos - len(marker)), min(last, pos + len(marker)))
        if around.selectedText() == marker * 2:
            edit.beginEditBlock()
            around.removeSelectedText()
            edit.endEditBlock()
            return select_range(cursor, pos - len(marker), pos - len(marker))
        edit.setPosition(pos)
        edit.beginEditBlock()
        edit.insertText(marker * 2)
        edit.endEditBlock()
        return select_range(cursor, pos + len(marker), pos + len(marker))
    start, end = target.selectionStart(), target.selectionEnd()
    text = target.selectedText()
    m = len(marker)
    edit.beginEditBlock()
    if _is_wrapped(text, marker):
        target.insertText(text[m:-m])
        edit.endEditBlock()
        return select_range(cursor, start, end - 2 * m)
    if _wrapped_outside(target, marker):
        select_range(cursor, end, end + m).removeSelectedText()
        select_range(cursor, start - m, start).removeSelectedText()
        edit.endEditBlock()
        return select_range(cursor, start - m, end - m)
    target.insertText(f"{marker}{text}{marker}")
    edit.endEditBlock()
    return select_range(cursor, start + m, end + m)


def _wrap_lines(cursor: QTextCursor, marker: str) -> QTextCursor:
    """Wrap each selected line's text, after its list/quote/heading marker."""
    blocks = [b for b in selected_blocks(cursor) if b.text().strip()]
    bodies = []
    for block in blocks:
        text = block.text()
        lead = LINE_PREFIX.match(text).end()
        bodies.append((block, lead, text[lead:].rstrip()))
    unwrap = all(_is_wrapped(body, marker) for _b, _l, body in bodies if body)
    edit = QTextCursor(cursor.document())
    edit.beginEditBlock()
    for block, lead, body in reversed(bodies):
        if not body:
            continue
        edit.setPosition(block.position() + lead)
        edit.setPosition(block.position() + lead + len(body), KEEP)
        edit.insertText(body[len(marker):-len(marker)] if unwrap else f"{marker}{body}{marker}")
    edit.endEditBlock()
    first, last = blocks[0], blocks[-1]
    return select_range(cursor, first.position(), last.position() + len(last.text()))


def toggle_bold(cursor: QTextCursor) -> QTextCursor:
    return toggle_wrap(cursor, "**")


def toggle_italic(cursor: QTextCursor) -> QTextCursor:
    return toggle_wrap(cursor, "*")


def toggle_inline_code(cursor: QTextCursor) -> QTextCursor:
    """Backtick code span; a fence long enough for backticks in the text."""
    text = cursor.selectedText()
    if "`" not in text or _is_wrapped(text, "`"):
        return toggle_wrap(cursor, "`")
    longest = max(len(run) for run in re.findall(r"`+", text))
    fence = "`" * (longest + 1)
    start = cursor.selectionStart()
    edit = QTextCursor(cursor)
    edit.beginEditBlock()
    edit.insertText(f"{fence} {text} {fence}")
    edit.endEditBlock()
    return select_range(cursor, start + len(fence) + 1, start + len(fence) + 1 + len(text))


def toggle_code_block(cursor: QTextCursor, language: str = "") -> QTextCursor:
    """Fence the selected lines (or open an empty fence); unfence if fenced."""
    blocks = selected_blocks(cursor)
    first, last = blocks[0], blocks[-1]
    edit = QTextCursor(cursor.document())
    edit.beginEditBlock()
    if (len(blocks) >= 2 and FENCE_LINE.match(first.text())
            and FENCE_LINE.match(last.text())):
        edit.setPosition(last.previous().position() + last.previous().length() - 1)
        edit.setPosition(last.position() + last.length() - 1, KEEP)
        edit.removeSelectedText()
        edit.setPosition(first.position())
        edit.setPosition(first.next().position(), KEEP)
        edit.removeSelectedText()
        edit.endEditBlock()
        return select_range(cursor, first.position(), first.position())
    if len(blocks) == 1 and not first.text().strip() and not cursor.hasSelection():
        edit.setPosition(first.position())
        edit.setPosition(first.position() + first.length() - 1, KEEP)
        edit.insertText(f"```{language}\n\n```")
        edit.endEditBlock()
        caret = first.position() + 4 + len(language)
        return select_range(cursor, caret, caret)
    start = first.position()
    edit.setPosition(last.position() + last.length() - 1)
    edit.insertText("\n```")
    edit.setPosition(start)
    edit.insertText(f"```{language}\n")
    edit.endEditBlock()
    inner = start + 4 + len(language)
    return select_range(cursor, inner, edit.document().findBlock(inner).position())


def toggle_code(cursor: QTextCursor) -> QTextCursor:
    """Inline code for a selection within a line, a fenced block for lines."""
    if len(selected_blocks(cursor)) > 1 or (
            not cursor.hasSelection() and not cursor.block().text().strip()):
        return toggle_code_block(cursor)
    return toggle_inline_code(cursor)


# -- insertions -----------------------------------------------------------------
def insert_link(cursor: QTextCursor) -> QTextCursor:
    """``[selection](|)``: the caret waits in the URL. A selected URL becomes
    the target and the caret waits in the link text instead."""
    text = cursor.selectedText().strip()
    start = cursor.selectionStart()
    edit = QTextCursor(cursor)
    edit.beginEditBlock()
    if re.fullmatch(r"(https?|mailto|ftp):\S+|www\.\S+", text):
        edit.insertText(f"[]({text})")
        edit.endEditBlock()
        return select_range(cursor, start + 1, start + 1)
    edit.insertText(f"[{text}]()")
    edit.endEditBlock()
    caret = start + len(text) + 3
    return select_range(cursor, caret, caret)


def image_markdown(filename: str, alt: str, caption: str = "") -> str:
    alt = re.sub(r"([\[\]\\])", r"\\\1", alt)
    # Percent-encode only what would end the link (spaces, brackets); other
    # characters, Vietnamese letters included, stay readable.
    target = re.sub(r"[\s()<>%\[\]]", lambda m: quote(m.group(0)), filename)
    title = ' "' + caption.replace("\\", "\\\\").replace('"', '\\"') + '"' if caption else ""
    return f"![{alt}](assets/{target}{title})"


def insert_image(cursor: QTextCursor, filename: str, alt: str, caption: str = "") -> QTextCursor:
    """``![alt](assets/<filename>)`` at the caret (replacing a selection); with a caption,
    ``![alt](assets/<filename> "caption")`` in a paragraph of its own (a figure on the page)."""
    markdown = image_markdown(filename, alt, caption)
    if caption:
        block = cursor.block().text()
        before = block[:cursor.selectionStart() - cursor.block().position()]
        after = block[cursor.selectionEnd() - cursor.block().position():]
        markdown = ("\n\n" if before.strip() else "") + markdown + ("\n\n" if after.strip() else "")
    start = cursor.selectionStart()
    edit = QTextCursor(cursor)
    edit.beginEditBlock()
    edit.insertText(markdown)
    edit.endEditBlock()
    return select_range(cursor, start + len(markdown), start + len(markdown))


def next_footnote_number(text: str) -> int:
    return max((int(n) for n in FOOTNOTE_NUMBER.findall(text)), default=0) + 1


def insert_footnote(cursor: QTextCursor) -> QTextCursor:
    """``[^n]`` after the selection and a ``[^n]: `` definition at the end of
    the document, where the caret goes so the note can be typed."""
    doc = cursor.document()
    number = next_footnote_number(doc.toPlainText())
    edit = QTextCursor(doc)
    edit.beginEditBlock()
    edit.setPosition(cursor.selectionEnd())
    edit.insertText(f"[^{number}]")
    body = doc.toPlainText()
    kept = body.rstrip("\n")
    edit.setPosition(len(kept))
    edit.movePosition(QTextCursor.MoveOperation.End, KEEP)
    last_line = kept.rsplit("\n", 1)[-1]
    separator = "\n" if FOOTNOTE_DEF_LINE.match(last_line) else "\n\n"
    edit.insertText(f"{separator}[^{number}]: ")
    edit.endEditBlock()
    end = QTextCursor(doc)
    end.movePosition(QTextCursor.MoveOperation.End)
    return end


def table_markdown(columns: int = 3, rows: int = 2,
                   header: Callable[[int], str] | None = None) -> str:
    """A header row, a separator and ``rows`` empty rows, aligned."""
    label = header or (lambda i: QCoreApplication.translate(
        "Formatting", "Column %1").replace("%1", str(i)))
    titles = [label(i + 1) for i in range(columns)]
    width = max(3, *(len(t) for t in titles))
    lines = ["| " + " | ".join(t.ljust(width) for t in titles) + " |",
             "| " + " | ".join("-" * width for _ in titles) + " |"]
    lines += ["| " + " | ".join(" " * width for _ in titles) + " |"] * rows
    return "\n".join(lines)


def insert_table(cursor: QTextCursor, columns: int = 3, rows: int = 2) -> QTextCursor:
    """A table skeleton in its own paragraph; the first header is selected."""
    table = table_markdown(columns, rows)
    block = cursor.block()
    edit = QTextCursor(cursor.document())
    edit.beginEditBlock()
    if block.text().strip():
        edit.setPosition(block.position() + block.length() - 1)
        before = "\n\n"
    else:
        edit.setPosition(block.position())
        previous = block.previous()
        before = "\n" if previous.isValid() and previous.text().strip() else ""
    following = edit.block().next()
    after = "\n" if following.isValid() and following.text().strip() else ""
    start = edit.position() + len(before)
    edit.insertText(before + table + after)
    edit.endEditBlock()
    first_title = table.split("|")[1].strip()
    return select_range(cursor, start + 2, start + 2 + len(first_title))
