"""Syntax highlighting: formats actually applied to the laid-out blocks."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat  # noqa: E402

from test_editor_support import (  # noqa: E402,F401 - fixtures
    area, editor, type_text,
)

DOC = "\n".join([
    "# Tiêu đề lớn",                                 # 0
    "Chữ **đậm** và *nghiêng* với `mã` ở đây.",      # 1
    "Xem [trang](https://example.org) và ![ảnh](assets/a.png).",  # 2
    "- mục một",                                     # 3
    "1. mục hai",                                    # 4
    "> trích dẫn",                                   # 5
    "Chú thích[^1] và <span>thẻ</span>.",            # 6
    "```python",                                     # 7
    "# không phải tiêu đề **không đậm**",            # 8
    "```",                                           # 9
    "## Sau mã",                                     # 10
    "[^1]: Nội dung chú thích.",                     # 11
])


def formats_at(editor, line: int, needle: str):
    """The merged char formats covering ``needle`` in ``line`` (UTF-16 = str
    indices for this BMP text)."""
    block = editor.document().findBlockByNumber(line)
    start = block.text().index(needle)
    end = start + len(needle)
    return [QTextCharFormat(r.format) for r in block.layout().formats()
            if r.start <= start and end <= r.start + r.length]


def is_bold(formats) -> bool:
    return any(f.fontWeight() >= QFont.Weight.Bold for f in formats)


def test_heading_emphasis_code_formats(editor):
    editor.set_markdown(DOC)
    base = editor.font().pointSizeF()
    heading = formats_at(editor, 0, "Tiêu đề lớn")
    assert is_bold(heading)
    assert any(f.fontPointSize() > base * 1.2 for f in heading)
    assert is_bold(formats_at(editor, 1, "đậm"))
    assert any(f.fontItalic() for f in formats_at(editor, 1, "nghiêng"))
    code = formats_at(editor, 1, "mã")
    assert any(f.fontFamilies() and f.background().style() != 0 for f in code)
    assert not formats_at(editor, 1, "Chữ")  # plain text stays plain


def test_links_images_lists_quotes_footnotes_html(editor):
    editor.set_markdown(DOC)
    assert any(f.fontUnderline() for f in formats_at(editor, 2, "trang"))
    assert any(f.fontItalic() for f in formats_at(editor, 2, "ảnh"))
    url = formats_at(editor, 2, "https://example.org")
    text_color = editor.palette().color(QPalette.ColorRole.Text)
    assert url and all(f.foreground().color() != text_color for f in url)
    assert is_bold(formats_at(editor, 3, "-"))
    assert is_bold(formats_at(editor, 4, "1."))
    assert any(f.fontItalic() for f in formats_at(editor, 5, "trích dẫn"))
    assert is_bold(formats_at(editor, 6, "[^1]"))
    assert formats_at(editor, 6, "<span>")
    assert not formats_at(editor, 6, "thẻ")
    assert is_bold(formats_at(editor, 11, "[^1]:"))


def test_fenced_code_is_multiline_state(qtbot, editor):
    editor.set_markdown(DOC)
    inside = formats_at(editor, 8, "không phải tiêu đề")
    assert inside and not is_bold(inside)  # neither heading nor strong inside code
    assert all(f.fontFamilies() for f in inside)
    assert is_bold(formats_at(editor, 10, "Sau mã"))  # after the fence: Markdown again
    doc = editor.document()
    assert editor.highlighter.is_code_block(doc.findBlockByNumber(9))
    assert not editor.highlighter.is_code_block(doc.findBlockByNumber(10))
    # Removing the closing fence turns the rest of the document into code.
    cursor = editor.textCursor()
    block = doc.findBlockByNumber(9)
    cursor.setPosition(block.position())
    cursor.movePosition(cursor.MoveOperation.EndOfBlock, cursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    assert not is_bold(formats_at(editor, 10, "Sau mã"))


def test_highlighting_follows_typing(qtbot, editor):
    type_text(qtbot, editor, "Một **từ** đậm")
    assert is_bold(formats_at(editor, 0, "từ"))


def test_dark_palette_keeps_contrast(editor):
    palette = editor.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e0e0e0"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#3b82f6"))
    editor.setPalette(palette)
    editor.set_markdown(DOC)
    base = QColor("#1e1e1e")
    for line, needle in ((0, "Tiêu đề lớn"), (2, "trang"), (3, "-"), (6, "[^1]")):
        for f in formats_at(editor, line, needle):
            if f.hasProperty(f.Property.ForegroundBrush):
                color = f.foreground().color()
                assert abs(color.lightnessF() - base.lightnessF()) > 0.35, (needle, color.name())


def test_non_bmp_characters_do_not_shift_formats(editor):
    editor.set_markdown("😀 **đậm**")
    block = editor.document().firstBlock()
    bold = [r for r in block.layout().formats() if r.format.fontWeight() >= QFont.Weight.Bold]
    # UTF-16: the emoji takes two units, so bold covers offsets 3..10 ("**đậm**")
    assert bold
    assert min(r.start for r in bold) == 3
    assert max(r.start + r.length for r in bold) == 10
