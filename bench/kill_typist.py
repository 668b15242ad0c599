"""Types into the real window until killed (driven by ``kill_harness.py``).

    QT_QPA_PLATFORM=offscreen python bench/kill_typist.py LIBRARY [--seed N]

Starts the application as ``editor-app`` does (``editor_app.app.main``), and
once the window shows and an article is open, types Vietnamese text at the end
of its body with QTest key events, in bursts and pauses, so the autosave runs
both while typing (at most 1.5 s after the first unsaved key) and after a
pause. Each save the window confirms (the session's ``saved`` signal, emitted
on the GUI thread after the store committed) is printed at once as

    SAVED <article id> <length of the body> <sha256 of the body>

``READY <id>`` is printed when typing starts. The harness kills this process
at a random moment; the library must then hold at least the last text printed.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
from pathlib import Path

WORDS = ("báo chí truyền thông đổi mới sáng tạo chuyển đổi số nghiên cứu khoa học "
         "tạp chí Đà Nẵng Hà Nội Huế đồng bằng sông Cửu Long người đọc biên tập viên "
         "nguồn tin chính xác trách nhiệm xã hội phát triển bền vững").split()


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


class Typist:
    def __init__(self, window, rng: random.Random) -> None:
        from PySide6.QtCore import QTimer

        self.window, self.rng = window, rng
        self.pending = ""
        self.timer = QTimer(interval=30)
        self.timer.timeout.connect(self.tick)
        window.session.saved.connect(self.saved)

    def start(self) -> None:
        from PySide6.QtGui import QTextCursor

        session = self.window.session
        if session.current is None:  # the list is still loading: try again shortly
            from PySide6.QtCore import QTimer

            QTimer.singleShot(100, self.start)
            return
        self.article_id = session.current.id
        self.window.editor.setFocus()
        self.window.editor.moveCursor(QTextCursor.MoveOperation.End)
        _say(f"READY {self.article_id}")
        self.timer.start()

    def tick(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QTextCursor
        from PySide6.QtTest import QTest

        if not self.pending:
            if self.rng.random() < 0.08:  # a pause: the 700 ms debounce saves
                self.timer.start(self.rng.randint(800, 1600))
                self.pending = " "
                return
            self.timer.setInterval(30)
            word = self.rng.choice(WORDS)
            self.pending = word + ("\n\n" if self.rng.random() < 0.05 else " ")
        editor = self.window.editor
        editor.moveCursor(QTextCursor.MoveOperation.End)
        for ch in self.pending[:3]:  # a few characters per tick, like fast typing
            if ch == "\n":
                QTest.keyClick(editor, Qt.Key.Key_Return)
            else:
                QTest.sendKeyEvent(QTest.KeyAction.Click, editor, Qt.Key.Key_unknown, ch,
                                   Qt.KeyboardModifier.NoModifier)
        self.pending = self.pending[3:]

    def saved(self, data) -> None:
        if data.id != self.article_id:
            return
        digest = hashlib.sha256(data.body.encode("utf-8")).hexdigest()
        _say(f"SAVED {data.id} {len(data.body)} {digest}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("library", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    from PySide6.QtCore import QTimer

    from editor_app import app
    from editor_app.ui.window.main_window import MainWindow

    rng = random.Random(args.seed)
    original_show = MainWindow.show

    def show(window) -> None:
        original_show(window)
        window._typist = Typist(window, rng)
        QTimer.singleShot(300, window._typist.start)

    MainWindow.show = show
    return app.main(args.library, argv=sys.argv[:1])


if __name__ == "__main__":
    raise SystemExit(main())
