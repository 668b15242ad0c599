"""Markdown syntax highlighting for the editor, one block (line) at a time.

Colours are derived from the widget palette so the editor reads well in both
light and dark themes. Fenced code blocks carry over between lines through the
block state; everything else is decided from the line itself, so a keystroke
only re-highlights the edited line (plus following lines while a fence opens
or closes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtGui import (
    QColor, QFont, QFontDatabase, QPalette, QSyntaxHighlighter, QTextCharFormat,
    QTextDocument,
)

NORMAL = 0
_FENCE_KINDS = {"`": 1, "~": 2}
_FENCE_CHARS = {1: "`", 2: "~"}

FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})(.*)$")
HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)")
LIST_ITEM = re.compile(r"^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)(\[[ xX]\][ \t])?")
QUOTE = re.compile(r"^(?: {0,3}> ?)+")
RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
FOOTNOTE_DEF = re.compile(r"^ {0,3}(\[\^[^\]\s]+\]:)")
TABLE_SEPARATOR = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")

# Inner repetitions are bounded (and brackets excluded from link text), so a
# pathological line such as "[a" * 20000 is matched in linear time.
SPAN_MAX = 300
# Inline markup is not highlighted in paragraphs beyond these sizes (Qt's own
# layout of a line with tens of thousands of format ranges takes seconds).
INLINE_MAX_CHARS = 20_000
INLINE_MAX_SPANS = 1_500
CODE_SPAN = re.compile(r"(`+)(?!`)(.{1,%d}?)(?<!`)\1(?!`)" % SPAN_MAX)
IMAGE = re.compile(r"!\[([^\[\]\n]{0,%d})\]\(([^()\s]{0,%d}(?:\([^()\s]{0,%d}\))?[^()\s]{0,%d})(?:\s+\"[^\"\n]{0,%d}\")?\)"
                   % ((SPAN_MAX,) * 5))
LINK = re.compile(r"(?<!!)\[([^\[\]\n]{0,%d})\](\(([^()\s]{0,%d}(?:\([^()\s]{0,%d}\))?[^()\s]{0,%d})"
                  r"(?:\s+\"[^\"\n]{0,%d}\")?\)|\[[^\[\]\n]{0,%d}\])" % ((SPAN_MAX,) * 6))
AUTOLINK = re.compile(r"<(?:https?|mailto|ftp):[^\s<>]+>|\bhttps?://[^\s<>()\[\]]+[^\s<>()\[\].,;:!?\"']")
FOOTNOTE_REF = re.compile(r"\[\^[^\[\]\s]{1,%d}\]" % SPAN_MAX)
HTML_TAG = re.compile(r"<!--.{0,%d}?-->|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]{0,%d})?/?>" % (SPAN_MAX, SPAN_MAX))
STRONG = re.compile(r"(\*\*|__)(?=\S)(.{1,%d}?)(?<=\S)\1" % SPAN_MAX)
EMPHASIS = re.compile(r"(?<![*\w\\])(\*|_)(?=[^\s*_])(.{1,%d}?)(?<=[^\s\\])\1(?![*\w])" % SPAN_MAX)
STRIKE = re.compile(r"(~~)(?=\S)(.{1,%d}?)(?<=\S)~~" % SPAN_MAX)
PIPE = re.compile(r"(?<!\\)\|")


def fence_state(marker: str) -> int:
    """Block state for 'inside a fence opened by ``marker``' (e.g. ``````)."""
    return _FENCE_KINDS[marker[0]] * 1000 + len(marker)


def _closes_fence(state: int, text: str) -> bool:
    match = FENCE.match(text)
    if not match or match.group(2).strip():
        return False
    marker = match.group(1)
    return marker[0] == _FENCE_CHARS[state // 1000] and len(marker) >= state % 1000


def mix_colors(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved towards ``b`` by ``amount`` (0..1)."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def char_format(color: QColor | None = None, point_size: float | None = None, *,
                bold: bool = False, italic: bool = False, bg: QColor | None = None,
                families: list[str] | None = None, underline: bool = False,
                strike: bool = False) -> QTextCharFormat:
    """A character format with only the given properties set (so formats
    merge: a bold span inside a link keeps the link colour)."""
    f = QTextCharFormat()
    if color is not None:
        f.setForeground(color)
    if point_size:
        f.setFontPointSize(point_size)
    if bold:
        f.setFontWeight(QFont.Weight.Bold)
    if italic:
        f.setFontItalic(True)
    if bg is not None:
        f.setBackground(bg)
    if families:
        f.setFontFamilies(families)
    if underline:
        f.setFontUnderline(True)
    if strike:
        f.setFontStrikeOut(True)
    return f


@dataclass
class _Span:
    start: int
    end: int
    fmt: QTextCharFormat


class MarkdownHighlighter(QSyntaxHighlighter):
    """Highlights Markdown; call :meth:`set_theme` when palette or font change."""

    def __init__(self, document: QTextDocument, palette: QPalette | None = None,
                 font: QFont | None = None):
        super().__init__(document)
        self.formats: dict[str, QTextCharFormat] = {}
        self._build_formats(palette or QPalette(), font or document.defaultFont())
        self._spelling = None
        self.marks_deferred = False   # spelling and tone marks left out (a text just loaded)

    @property
    def spelling(self):
        """The spelling and tone marks (``SpellMarks``), made at first use: a loaded text is
        marked after its first paint (``MarksPass``), so the word lists load after it too."""
        if self._spelling is None:
            from .spell_marks import SpellMarks

            self._spelling = SpellMarks()
        return self._spelling

    # -- theme ---------------------------------------------------------------
    def set_theme(self, palette: QPalette, font: QFont) -> None:
        self._build_formats(palette, font)
        self.rehighlight()

    def _build_formats(self, palette: QPalette, font: QFont) -> None:
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        accent = palette.color(QPalette.ColorRole.Link)
        if base.lightnessF() < 0.5:  # dark theme: lift the accent for contrast
            accent = mix_colors(accent, QColor("white"), 0.35)
        dim = mix_colors(text, base, 0.5)
        soft = mix_colors(text, base, 0.25)
        code_bg = mix_colors(base, text, 0.07)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).families()
        size = font.pointSizeF() if font.pointSizeF() > 0 else 11.0

        def fmt(color=None, scale=None, **style) -> QTextCharFormat:
            return char_format(color, size * scale if scale else None, **style)

        heading_color = mix_colors(text, accent, 0.55)
        self.formats = {
            "markup": fmt(dim),
            "h1": fmt(heading_color, bold=True, scale=1.4),
            "h2": fmt(heading_color, bold=True, scale=1.25),
            "h3": fmt(heading_color, bold=True, scale=1.12),
            "h4": fmt(heading_color, bold=True),
            "h5": fmt(heading_color, bold=True),
            "h6": fmt(heading_color, bold=True, italic=True),
            "strong": fmt(bold=True),
            "emphasis": fmt(italic=True),
            "strike": fmt(soft, strike=True),
            "code": fmt(families=mono, bg=code_bg),
            "code_block": fmt(soft, families=mono),  # the editor shades the block
            "fence": fmt(dim, families=mono),
            "link_text": fmt(accent, underline=True),
            "url": fmt(dim),
            "image": fmt(mix_colors(accent, text, 0.3), italic=True),
            "list_marker": fmt(accent, bold=True),
            "quote": fmt(soft, italic=True),
            "quote_marker": fmt(accent, bold=True),
            "footnote": fmt(accent, bold=True),
            "html": fmt(dim),
            "rule": fmt(dim),
            "table": fmt(families=mono),
        }

    @staticmethod
    def is_code_block(block) -> bool:
        """Whether a block is a fence line or inside a fenced code block."""
        if block.userState() > NORMAL:
            return True
        previous = block.previous()
        return previous.isValid() and previous.userState() > NORMAL

    # -- highlighting ----------------------------------------------------------
    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        previous = self.previousBlockState()
        if previous > NORMAL:
            self._highlight_code_line(previous, text)
            return
        self.setCurrentBlockState(NORMAL)
        fence = FENCE.match(text)
        if fence and not (fence.group(1)[0] == "`" and "`" in fence.group(2)):
            self.setCurrentBlockState(fence_state(fence.group(1)))
            self._apply(text, [_Span(0, len(text), self.formats["fence"])])
            return
        spans: list[_Span] = []
        inline_from = self._block_spans(text, spans)
        if inline_from is not None and len(text) <= INLINE_MAX_CHARS:
            block_spans = len(spans)
            self._inline_spans(text, inline_from, spans)
            if len(spans) - block_spans > INLINE_MAX_SPANS:  # pathological: keep the block format only
                del spans[block_spans:]
        if text and len(text) <= INLINE_MAX_CHARS and not self.marks_deferred:
            spans += [_Span(a, b, fmt) for a, b, fmt in self.spelling.spans(text)]
        self._apply(text, spans)

    def _highlight_code_line(self, state: int, text: str) -> None:
        if _closes_fence(state, text):
            self.setCurrentBlockState(NORMAL)
            self._apply(text, [_Span(0, len(text), self.formats["fence"])])
        else:
            self.setCurrentBlockState(state)
            self._apply(text, [_Span(0, len(text), self.formats["code_block"])])

    def _block_spans(self, text: str, spans: list[_Span]) -> int | None:
        """Line-level constructs; returns where inline parsing starts (None: skip)."""
        f = self.formats
        if RULE.match(text):
            spans.append(_Span(0, len(text), f["rule"]))
            return None
        heading = HEADING.match(text)
        if heading:
            level = len(heading.group(1))
            spans.append(_Span(0, len(text), f[f"h{level}"]))
            spans.append(_Span(0, heading.end(), f["markup"]))
            closing = re.search(r"[ \t]+#+[ \t]*$", text)
            if closing and closing.start() >= heading.end():
                spans.append(_Span(closing.start(), len(text), f["markup"]))
            return heading.end()
        start = 0
        quote = QUOTE.match(text)
        if quote:
            spans.append(_Span(0, len(text), f["quote"]))
            spans.append(_Span(0, quote.end(), f["quote_marker"]))
            start = quote.end()
        item = LIST_ITEM.match(text[start:])
        if item:
            offset = start
            spans.append(_Span(offset + item.start(2), offset + item.end(2), f["list_marker"]))
            if item.group(4):
                spans.append(_Span(offset + item.start(4), offset + item.end(4), f["list_marker"]))
            start = offset + item.end()
        note = FOOTNOTE_DEF.match(text)
        if note:
            spans.append(_Span(note.start(1), note.end(1), f["footnote"]))
            start = note.end()
        if text.lstrip().startswith("|"):  # tables in monospace: columns line up
            spans.append(_Span(0, len(text), f["table"]))
            if TABLE_SEPARATOR.match(text):
                spans.append(_Span(0, len(text), f["markup"]))
                return None
            spans.extend(_Span(m.start(), m.end(), f["markup"]) for m in PIPE.finditer(text))
        return start

    def _inline_spans(self, text: str, start: int, spans: list[_Span]) -> None:
        f = self.formats
        view = text  # matched constructs are blanked out so later passes skip them

        def protect(a: int, b: int) -> None:
            nonlocal view
            view = view[:a] + "\x00" * (b - a) + view[b:]

        if "`" in view:
            for m in CODE_SPAN.finditer(text, start):
                spans.append(_Span(m.start(), m.end(), f["code"]))
                spans.append(_Span(m.start(1), m.end(1), f["markup"]))
                spans.append(_Span(m.end(2), m.end(), f["markup"]))
                protect(m.start(), m.end())
        if "<" in view:
            for m in HTML_TAG.finditer(view, start):
                spans.append(_Span(m.start(), m.end(), f["html"]))
                protect(m.start(), m.end())
        if "[" in view:
            for m in IMAGE.finditer(view, start):
                spans.append(_Span(m.start(), m.end(), f["image"]))
                spans.append(_Span(m.start(), m.start(1), f["markup"]))
                spans.append(_Span(m.end(1), m.end(), f["url"]))
                protect(m.start(), m.end())
            for m in FOOTNOTE_REF.finditer(view, start):
                spans.append(_Span(m.start(), m.end(), f["footnote"]))
                protect(m.start(), m.end())
            for m in LINK.finditer(view, start):
                spans.append(_Span(m.start(1), m.end(1), f["link_text"]))
                spans.append(_Span(m.start(), m.start(1), f["markup"]))
                spans.append(_Span(m.end(1), m.end(), f["url"]))
                protect(m.end(1), m.end())
        if "://" in view or "<" in view:
            for m in AUTOLINK.finditer(view, start):
                spans.append(_Span(m.start(), m.end(), f["link_text"]))
                protect(m.start(), m.end())
        if "*" in view or "_" in view or "~" in view:
            self._emphasis_spans(view, start, spans)

    def _emphasis_spans(self, view: str, start: int, spans: list[_Span]) -> None:
        f = self.formats
        for pattern, name in ((STRONG, "strong"), (STRIKE, "strike"), (EMPHASIS, "emphasis")):
            for m in pattern.finditer(view, start):
                if "\x00" in m.group(1):
                    continue
                spans.append(_Span(m.start(), m.end(), f[name]))
                spans.append(_Span(m.start(), m.end(1), f["markup"]))
                spans.append(_Span(m.end(2), m.end(), f["markup"]))

    def _apply(self, text: str, spans: list[_Span]) -> None:
        """Merge overlapping spans (later ones win per property) and set them.

        A sweep over the span boundaries: each segment merges only the spans
        active there, so a line with thousands of spans stays linear.
        """
        if not spans:
            return
        to_utf16 = _utf16_mapper(text)
        starts: dict[int, list[int]] = {}
        ends: dict[int, list[int]] = {}
        for i, span in enumerate(spans):
            if span.end > span.start:
                starts.setdefault(span.start, []).append(i)
                ends.setdefault(span.end, []).append(i)
        cuts = sorted(starts.keys() | ends.keys())
        active: set[int] = set()
        for a, b in zip(cuts, cuts[1:]):
            active.difference_update(ends.get(a, ()))
            active.update(starts.get(a, ()))
            if not active:
                continue
            order = sorted(active)
            merged = QTextCharFormat(spans[order[0]].fmt)
            for i in order[1:]:
                merged.merge(spans[i].fmt)
            start = to_utf16(a)
            self.setFormat(start, to_utf16(b) - start, merged)


def _utf16_mapper(text: str):
    """Python index -> UTF-16 offset (differs only after astral characters)."""
    if len(text.encode("utf-16-le")) == 2 * len(text):
        return lambda i: i
    offsets = [0]
    for ch in text:
        offsets.append(offsets[-1] + (2 if ord(ch) > 0xFFFF else 1))
    return offsets.__getitem__
