"""Shared fixtures and helpers for the editor tests (no tests here).

Imported by the ``test_editor_*`` modules; fixtures live here rather than in a
conftest so they stay within the editor's own test files.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from editor_app.ui.editor import EditorArea  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def sample_body(name: str = "ngoai-giao-cong-chung-trong-ky-nguyen-so.md") -> str:
    """The Markdown body of a sample article (front matter removed)."""
    text = (SAMPLES / "articles" / name).read_text(encoding="utf-8")
    if text.startswith("---"):
        text = text.split("\n---\n", 1)[1]
    return text.strip()


def type_text(qtbot, widget, text: str) -> None:
    """Type like a keyboard: QTest key clicks; characters outside Latin-1
    (Vietnamese letters) arrive as key events carrying the text, the way a
    keyboard layout or input method delivers them."""
    for ch in text:
        if ch == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        elif ord(ch) < 128:
            qtbot.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                               Qt.KeyboardModifier.NoModifier)


def make_area(qtbot, store_image=None) -> EditorArea:
    widget = EditorArea(store_image=store_image)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.editor().setFocus()
    qtbot.waitUntil(widget.editor().hasFocus)
    return widget


@pytest.fixture
def area(qtbot):
    return make_area(qtbot, store_image=lambda path: path.name)


@pytest.fixture
def editor(area):
    return area.editor()
