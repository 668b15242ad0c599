"""Spelling and tone-mark marks in the editor, drawn by the Markdown highlighter.

Each line is read as prose (code, link targets, HTML tags and addresses left out);
a misspelled word gets a red wavy underline, a word written in the article's less
used tone-mark style (or not in the journal's) a dotted orange one. Words are checked
through caches (``core.spelling``), so a visible line costs well under a millisecond.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat

from editor_app.core import tone_marks
from editor_app.core.spelling import WORD, is_correct, prose

MISSPELLED_COLOR = QColor("#d32f2f")
TONE_COLOR = QColor("#e08a00")


def misspelled_format() -> QTextCharFormat:
    f = QTextCharFormat()
    f.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    f.setUnderlineColor(MISSPELLED_COLOR)
    return f


def tone_format() -> QTextCharFormat:
    f = QTextCharFormat()
    f.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    f.setUnderlineColor(TONE_COLOR)
    return f


class SpellMarks:
    """What the highlighter asks per line; the window keeps ``own_words`` and
    ``tone_minority`` (the style to mark, or "") up to date."""

    def __init__(self) -> None:
        self.enabled = True
        self.own_words: frozenset[str] = frozenset()
        self.tone_minority = ""
        self.misspelled = misspelled_format()
        self.tone = tone_format()

    def spans(self, text: str) -> list[tuple[int, int, QTextCharFormat]]:
        if not self.enabled or not text:
            return []
        out = []
        for m in WORD.finditer(prose(text)):
            word = m.group()
            if not is_correct(word, self.own_words):
                out.append((m.start(), m.end(), self.misspelled))
            elif self.tone_minority and tone_marks.style_of(word) == self.tone_minority:
                out.append((m.start(), m.end(), self.tone))
        return out

    def word_at(self, text: str, pos: int) -> tuple[int, int, str] | None:
        """The word of ``text`` around ``pos`` (start, end, word), if any."""
        for m in WORD.finditer(text):
            if m.start() <= pos <= m.end():
                return m.start(), m.end(), m.group()
        return None
