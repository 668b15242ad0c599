"""Spelling and tone marks follow a loaded article's text, in slices, the visible lines first."""

from __future__ import annotations

import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QTextCharFormat  # noqa: E402

from test_editor_support import area, editor  # noqa: E402,F401 - fixtures

WAVY = QTextCharFormat.UnderlineStyle.SpellCheckUnderline
PARAGRAPH = ("Biên tập viên đọc bản thảo và sửa những câu chưa rõ nghĩa trong bài viết "
             "về chuyển đổi số của tòa soạn, rồi gửi lại cho tác giả xem.")


def _long_text(paragraphs: int) -> str:
    lines = [PARAGRAPH] * paragraphs
    lines[-1] = "Cuối bài có một từ viết sai: bockchain."
    return "\n\n".join(lines)


def _marked(editor, line: int) -> bool:
    block = editor.document().findBlockByNumber(line)
    return any(r.format.underlineStyle() == WAVY for r in block.layout().formats())


def _gaps(qtbot, until) -> list[float]:
    """The GUI thread's gaps between 2 ms heartbeats until ``until()``."""
    beats: list[float] = []
    timer = QTimer(interval=2)
    timer.timeout.connect(lambda: beats.append(time.perf_counter()))
    timer.start()
    qtbot.waitUntil(until, timeout=30_000)
    timer.stop()
    return [b - a for a, b in zip(beats, beats[1:])]


def test_a_loaded_article_gets_its_text_first_then_every_mark(qtbot, editor):
    editor.resize(700, 500)
    editor.show()
    qtbot.waitExposed(editor)
    text = _long_text(3_000)   # about 90,000 words
    last = editor.document().blockCount()

    started = time.perf_counter()
    editor.set_markdown(text)
    load_s = time.perf_counter() - started
    last = editor.document().blockCount() - 1
    assert editor.markdown() == text
    assert not _marked(editor, last)          # the marks are not drawn inside the load...
    assert editor.marks.busy

    gaps = _gaps(qtbot, lambda: not editor.marks.busy)
    assert _marked(editor, last)              # ...but they all come, to the last line
    assert not _marked(editor, 0)
    # in slices: the window keeps answering while the whole article is checked
    assert max(gaps) < max(0.25, load_s), (max(gaps), load_s)
    print(f"load {load_s * 1000:.0f} ms, longest gap while marking {max(gaps) * 1000:.0f} ms")


def test_the_visible_lines_are_marked_first(qtbot, editor):
    editor.resize(700, 300)
    editor.show()
    qtbot.waitExposed(editor)
    text = "\n\n".join([PARAGRAPH] * 2_000 + ["Ở giữa có bockchain."] + [PARAGRAPH] * 2_000)
    editor.set_markdown(text)
    qtbot.waitUntil(lambda: not editor.marks.busy, timeout=30_000)
    middle = editor.markdown().index("bockchain")
    editor.highlighter.spelling.own_words = frozenset({"bockchain"})
    cursor = editor.textCursor()
    cursor.setPosition(middle)
    editor.setTextCursor(cursor)
    editor.centerCursor()
    line = editor.document().findBlock(middle).blockNumber()
    assert _marked(editor, line)

    editor.marks.refresh()   # the library's own words changed: the lines on screen come first
    qtbot.waitUntil(lambda: not _marked(editor, line), timeout=5_000)
    assert editor.marks.busy                  # the rest of the article is still being run
    qtbot.waitUntil(lambda: not editor.marks.busy, timeout=30_000)


def test_a_hidden_editor_gets_its_marks_too(qtbot, editor):
    editor.window().hide()   # no paint comes: the marks start all the same
    editor.set_markdown(_long_text(50))
    assert not editor.isVisible()
    qtbot.waitUntil(lambda: not editor.marks.busy, timeout=10_000)
    assert _marked(editor, editor.document().blockCount() - 1)
