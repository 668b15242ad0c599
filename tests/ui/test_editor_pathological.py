"""Pathological single lines must not freeze the editor (highlighting, stats, outline)."""

from __future__ import annotations

import time

import pytest
from test_editor_support import area, editor  # noqa: F401 - fixtures

LINES = {
    "unclosed-links": "[a" * 20000,
    "strong-markers": "**a" * 20000,
    "code-ticks": "`a" * 20000,
    "footnote-refs": "[^a" * 20000,
    "html-comments": "<!--" * 20000,
    "emphasis": "*a " * 20000,
}


@pytest.mark.parametrize("text", LINES.values(), ids=LINES.keys())
def test_loading_and_typing_stay_fast(qtbot, editor, text):
    started = time.perf_counter()
    editor.set_markdown(text)
    qtbot.wait(10)
    load = time.perf_counter() - started
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    worst = 0.0
    for ch in "xyz":
        t = time.perf_counter()
        qtbot.keyClicks(editor, ch)
        worst = max(worst, time.perf_counter() - t)
    qtbot.wait(400)  # the debounced outline and statistics run too
    assert load < 3.0, f"loading took {load:.2f} s"
    assert worst < 0.5, f"a keystroke took {worst * 1000:.0f} ms"
    assert editor.markdown().endswith("xyz")
