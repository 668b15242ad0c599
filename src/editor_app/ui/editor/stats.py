"""Document statistics and the save-state indicator for the status bar."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from editor_app.core.text import count_words
from editor_app.ui import icons

WORDS_PER_MINUTE = 220  # Vietnamese silent reading, roughly 200-230 words/min

_FENCE = re.compile(r"^ {0,3}(?:`{3,}|~{3,}).*$", re.M)
# bounded, bracket-free inner parts: linear time on lines like "[a" * 20000
_IMAGE = re.compile(r"!\[([^\[\]\n]{0,300})\]\([^()\n]{0,300}\)")
_LINK = re.compile(r"\[([^\[\]\n]{0,300})\](?:\([^()\n]{0,300}\)|\[[^\[\]\n]{0,300}\])")
_LINK_DEF = re.compile(r"^ {0,3}\[[^\[\]\n]{1,300}\]:[ \t]+\S+.*$", re.M)
_FOOTNOTE_REF = re.compile(r"\[\^[^\[\]\s]{1,300}\]:?")
_HTML = re.compile(r"<!--.{0,2000}?-->|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]{0,300})?/?>", re.S)
_AUTOLINK = re.compile(r"<((?:https?|mailto|ftp):[^\s<>]+)>")
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$", re.M)
_LINE_MARKUP = re.compile(r"^[ \t]*(?:>[ \t]?)*(?:#{1,6}[ \t]+|[-*+][ \t]+|\d{1,9}[.)][ \t]+)?", re.M)
_INLINE_MARKUP = re.compile(r"[*_`~|#>]+")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Stats:
    words: int
    characters: int            # reader-visible text, spaces included, line breaks not
    characters_no_spaces: int
    reading_minutes: int


def reader_text(markdown: str) -> str:
    """The words a reader sees: link targets, tags and markup removed."""
    text = _FENCE.sub("", markdown)
    text = _HTML.sub(" ", text)
    text = _IMAGE.sub(r"\1", text)
    text = _LINK_DEF.sub("", text)
    text = _FOOTNOTE_REF.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _TABLE_RULE.sub("", text)
    text = _LINE_MARKUP.sub("", text)
    return _INLINE_MARKUP.sub(" ", text)


def _chunk_counts(chunk: str) -> tuple[int, int, int]:
    """(words, characters, characters without spaces) of one paragraph."""
    visible = _SPACE.sub(" ", reader_text(chunk)).strip()
    return count_words(visible), len(visible), len(visible) - visible.count(" ")


def text_stats(markdown: str, words_per_minute: int = WORDS_PER_MINUTE,
               cache: dict[str, tuple[int, int, int]] | None = None) -> Stats:
    """Counts for a Markdown text (pure; safe to call from any thread).

    Paragraphs (blank-line separated) are counted one by one and joined by a
    space. ``cache`` maps paragraph text to its counts: pass the same dict on
    every call and only edited paragraphs are counted again; it is pruned to
    the paragraphs of the current text.
    """
    words = chars = no_spaces = filled = 0
    fresh: dict[str, tuple[int, int, int]] = {}
    for chunk in markdown.split("\n\n"):
        counts = fresh.get(chunk) or (cache.get(chunk) if cache is not None else None)
        if counts is None:
            counts = _chunk_counts(chunk)
        fresh[chunk] = counts
        words += counts[0]
        chars += counts[1]
        no_spaces += counts[2]
        filled += counts[1] > 0
    if cache is not None:
        cache.clear()
        cache.update(fresh)
    minutes = math.ceil(words / words_per_minute) if words else 0
    return Stats(words=words, characters=chars + max(0, filled - 1),
                 characters_no_spaces=no_spaces, reading_minutes=minutes)


class StatsLabel(QLabel):
    """"1.234 words · 7.890 characters · ~6 min read" for a status bar."""

    def __init__(self, editor=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("editorStats")
        self.setAccessibleName(self.tr("Document statistics"))
        self.stats = Stats(0, 0, 0, 0)
        self._cache: dict[str, tuple[int, int, int]] = {}
        self.show_stats(self.stats)
        if editor is not None:
            editor.text_settled.connect(self.update_from_text)

    def update_from_text(self, markdown: str) -> None:
        self.show_stats(text_stats(markdown, cache=self._cache))

    def show_stats(self, stats: Stats) -> None:
        self.stats = stats
        # One source string per English form keeps the untranslated UI
        # grammatical; Vietnamese has a single form for both.
        n = stats.words
        words = self.tr("%Ln word", "", n) if n == 1 else self.tr("%Ln words", "", n)
        n = stats.characters
        chars = (self.tr("%Ln character", "", n) if n == 1
                 else self.tr("%Ln characters", "", n))
        reading = self.tr("~%Ln min read", "", stats.reading_minutes)
        self.setText(" · ".join((words, chars, reading)))
        n = stats.characters_no_spaces
        self.setToolTip(self.tr("%Ln character without spaces", "", n) if n == 1
                        else self.tr("%Ln characters without spaces", "", n))
        self.setAccessibleDescription(self.text())


class SaveState(Enum):
    SAVED = "saved"
    SAVING = "saving"
    UNSAVED = "unsaved"
    FAILED = "failed"
    KEPT = "kept"   # not in the library yet (server away, or a conflict open): in the local journal


_STATE_ICONS = {
    SaveState.SAVED: "mdi6.check-circle-outline",
    SaveState.SAVING: "mdi6.progress-clock",
    SaveState.UNSAVED: "mdi6.pencil-outline",
    SaveState.FAILED: "mdi6.alert-circle-outline",
    SaveState.KEPT: "mdi6.laptop",
}


class SaveStateLabel(QWidget):
    """Icon and word for the article's save state; failures show the reason
    in the tooltip."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("saveState")
        self.setAccessibleName(self.tr("Save state"))
        self._icon = QLabel(self)
        self._icon.setAccessibleName(self.tr("Save state icon"))
        self._text = QLabel(self)
        self._text.setAccessibleName(self.tr("Save state"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._icon)
        layout.addWidget(self._text)
        self.state = SaveState.SAVED
        self.detail = ""
        self._pixmaps: dict[tuple, object] = {}
        self.set_state(SaveState.SAVED)

    def text(self) -> str:
        return self._text.text()

    def _labels(self) -> dict[SaveState, str]:
        return {
            SaveState.SAVED: self.tr("Saved"),
            SaveState.SAVING: self.tr("Saving…"),
            SaveState.UNSAVED: self.tr("Unsaved changes"),
            SaveState.FAILED: self.tr("Save failed"),
            SaveState.KEPT: self.tr("Kept on this computer"),
        }

    def set_state(self, state: SaveState | str, detail: str = "") -> None:
        """Cheap enough to run inside a key press (an autosave starts there): the text
        keeps one width, so the status bar never lays out again; the colour is a palette
        change, not a style sheet; the icons are drawn once per colour and size."""
        self.state = SaveState(state)
        self.detail = detail
        labels = self._labels()
        if self._text.minimumWidth() == 0:
            metrics = self._text.fontMetrics()
            self._text.setMinimumWidth(max(metrics.horizontalAdvance(t) for t in labels.values()))
        self._text.setText(labels[self.state])
        color = self._color()
        palette = self._text.palette()
        if palette.color(QPalette.ColorRole.WindowText) != color:
            palette.setColor(QPalette.ColorRole.WindowText, color)
            self._text.setPalette(palette)
        size = self.fontMetrics().height()
        key = (self.state, color.rgba(), size)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = self._pixmaps[key] = icons.icon(_STATE_ICONS[self.state], color=color).pixmap(size, size)
        self._icon.setPixmap(pixmap)
        self.setToolTip(detail or labels[self.state])
        self.setAccessibleDescription(
            f"{labels[self.state]}: {detail}" if detail else labels[self.state])

    def _color(self) -> QColor:
        palette = self.palette()
        if self.state is SaveState.KEPT:
            dark = palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5
            return QColor("#e3b341") if dark else QColor("#9a6700")
        if self.state is SaveState.FAILED:
            dark = palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5
            return QColor("#ff7b72") if dark else QColor("#c62828")
        return palette.color(QPalette.ColorRole.WindowText)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._pixmaps.clear()
            self.set_state(self.state, self.detail)
        elif event.type() == QEvent.Type.FontChange:
            self._text.setMinimumWidth(0)   # measured again with the new font
            self.set_state(self.state, self.detail)

