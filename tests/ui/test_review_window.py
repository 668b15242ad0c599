"""The reviewer's window on a real .review file: comment on a passage, suggest by
typing and deleting (with an input method's replacement too), recommendation and
summary, saved back atomically into the same file; the editor then merges it."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent, QTextCursor
from PySide6.QtWidgets import QInputDialog

from window_support import MAIN_SLUG, SAMPLES, renderer  # noqa: F401
from test_editor_support import type_text


@pytest.fixture
def review_path(store, tmp_path):
    from editor_app.core.importing.importer import import_files
    from editor_app.core.reviewing.desk import pack_article

    import_files(store, sorted((SAMPLES / "articles").glob("*.md")))
    return pack_article(store, MAIN_SLUG, tmp_path / "gui")


@pytest.fixture
def window(qtbot, review_path, renderer, tmp_path):  # noqa: F811
    from PySide6.QtCore import QSettings

    from editor_app.core.reviewing.session import open_review
    from editor_app.ui.window.review_window import ReviewWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = ReviewWindow(open_review(review_path), renderer, settings)   # closed (and deleted) below
    win.show()
    yield win
    win.close()


def _select(editor, start: int, end: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def _article_md(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("article.md").decode()


def test_title_source_and_page(window, qtbot):
    assert "Ngoại giao công chúng trong kỷ nguyên số" in window.windowTitle()
    assert window.source.isReadOnly()
    qtbot.waitUntil(lambda: window.preview.current_html() is not None, timeout=30_000)
    assert "Ngoại giao công chúng trong kỷ nguyên số" in window.preview.current_html()


def test_comment_suggest_save_and_merge(window, qtbot, review_path, store, monkeypatch):
    source = window.source
    text = source.toPlainText()
    passage = "Bộ Ngoại giao tổ chức Phiên họp chuyên đề"
    start = text.index(passage)
    _select(source, start, start + len(passage))
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("Nên ghi rõ ngày.", True))
    source.setFocus()
    qtbot.keyClick(source, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert window.comments.count() == 1 and "Nên ghi rõ ngày." in window.comments.item(0).text()
    # suggest mode: type after a sentence, strike a word, replace a word by typing over it
    window.suggest_action.setChecked(True)
    assert not source.isReadOnly()
    at = text.index("Thứ trưởng Ngoại giao Lê Thị Thu Hằng")
    cursor = source.textCursor()
    cursor.setPosition(at)
    source.setTextCursor(cursor)
    type_text(qtbot, source, "Bà ")
    word = "phiên chuyên đề đầu tiên"
    w = source.toPlainText().index(word)
    _select(source, w, w + len("phiên "))
    qtbot.keyClick(source, Qt.Key.Key_Delete)
    assert word in source.toPlainText()   # struck, not gone
    h = source.toPlainText().index("khuôn khổ")
    _select(source, h, h + len("khuôn khổ"))
    type_text(qtbot, source, "khung")
    # an input method turning the "g" just typed into something else replaces only our text
    source.inputMethodEvent(_replace(-1, 1, "G"))
    marked = source.marked_text()
    assert "{++Bà ++}Thứ trưởng" in marked
    assert "{--phiên --}chuyên đề đầu tiên" in marked
    assert "{~~khuôn khổ~>khunG~~}" in marked
    assert "{==Bộ Ngoại giao tổ chức Phiên họp chuyên đề==}{>>Nên ghi rõ ngày.<<}" in marked
    # Ctrl+Z takes the last suggestion back
    source.undo()
    assert "khunG" not in source.marked_text()
    source.redo()
    window.reviewer_name.setText("Trần Thị Lan")
    window.recommendation.setCurrentIndex(window.recommendation.findData("major_revisions"))
    window.summary.setPlainText("Cần bổ sung nguồn.")
    assert window.save()
    assert not window.isWindowModified()
    md = _article_md(review_path)
    assert "{++Bà ++}" in md and "{~~khuôn khổ~>khunG~~}" in md
    # the editor merges what came back
    from editor_app.core.reviewing.desk import merge_file, show

    result = merge_file(store, review_path)
    assert (result.comments, result.suggestions, result.detached) == (1, 3, 0)
    shown = show(store, MAIN_SLUG)
    assert shown.rounds[-1].recommendation == "major_revisions"
    assert shown.rounds[-1].reviewer_name == "Trần Thị Lan"
    for note in shown.notes:
        assert shown.body[note.start:note.end] == note.quote


def _replace(start: int, length: int, commit: str) -> QInputMethodEvent:
    event = QInputMethodEvent()
    event.setCommitString(commit, start, length)
    return event


def test_input_method_over_the_articles_text_strikes_it(window):
    source = window.source
    window.suggest_action.setChecked(True)
    text = source.toPlainText()
    at = text.index("Hà Nội") + len("Hà Nội")
    cursor = source.textCursor()
    cursor.setPosition(at)
    source.setTextCursor(cursor)
    source.inputMethodEvent(_replace(-1, 1, "ị"))   # an IME replacing the article's "i" before the cursor
    assert "{--i--}{++ị++}" in source.marked_text() or "{~~i~>ị~~}" in source.marked_text()
    assert "Hà Nội" in source.toPlainText()


def test_autosave_writes_the_file_within_two_seconds(window, qtbot, review_path):
    before = review_path.stat().st_mtime_ns
    window.summary.setPlainText("Tự lưu.")
    qtbot.waitUntil(lambda: review_path.stat().st_mtime_ns != before, timeout=2_500)
    from editor_app.core.reviewing.session import open_review

    assert open_review(review_path).review.summary == "Tự lưu."


def test_reopening_shows_the_marks_again(window, qtbot, review_path, renderer, tmp_path):  # noqa: F811
    from PySide6.QtCore import QSettings

    from editor_app.core.reviewing.session import open_review
    from editor_app.ui.window.review_window import ReviewWindow

    source = window.source
    window.suggest_action.setChecked(True)
    text = source.toPlainText()
    w = text.index("Hội nghị Ngoại giao")
    _select(source, w, w + len("Hội nghị "))
    qtbot.keyClick(source, Qt.Key.Key_Backspace)
    assert window.save()
    again = ReviewWindow(open_review(review_path), renderer, QSettings(str(tmp_path / "s2.ini"),
                                                                       QSettings.Format.IniFormat))
    assert again.source.marked_text() == source.marked_text()
    assert again.source.toPlainText() == source.toPlainText()
    again.close()


def test_a_suggestion_inside_a_commented_passage(window, qtbot, review_path, monkeypatch, renderer, tmp_path):  # noqa: F811
    """Comment on a passage, then type into it: both are written, nested, and both come
    back when the file is opened again."""
    from PySide6.QtCore import QSettings

    from editor_app.core.reviewing import criticmarkup as cm
    from editor_app.core.reviewing.session import open_review
    from editor_app.ui.window.review_window import ReviewWindow

    source = window.source
    passage = "Bộ Ngoại giao tổ chức Phiên họp chuyên đề"
    start = source.toPlainText().index(passage)
    _select(source, start, start + len(passage))
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("Cả câu.", True))
    source.setFocus()
    qtbot.keyClick(source, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    window.suggest_action.setChecked(True)
    cursor = source.textCursor()
    cursor.setPosition(start + len("Bộ Ngoại giao tổ chức "))
    source.setTextCursor(cursor)
    type_text(qtbot, source, "trọng thể ")
    marked = source.marked_text()
    assert "{==Bộ Ngoại giao tổ chức {++trọng thể ++}Phiên họp chuyên đề==}{>>Cả câu.<<}" in marked
    kinds = sorted((m.kind, m.old or m.new) for m in cm.parse(marked).marks)
    assert kinds == [("comment", passage), ("insert", "trọng thể ")]
    assert window.save()
    again = ReviewWindow(open_review(review_path), renderer, QSettings(str(tmp_path / "s3.ini"),
                                                                       QSettings.Format.IniFormat))
    assert again.source.marked_text() == marked
    again.close()


def test_cli_opens_a_review_file_in_the_review_window(monkeypatch, tmp_path):
    import editor_app.app as app_module
    from editor_app import cli

    opened = []
    monkeypatch.setattr(app_module, "review_main", lambda path: opened.append(path) or 0)
    assert cli.main([str(tmp_path / "bai.review")]) == 0
    assert opened == [tmp_path / "bai.review"]


def test_a_review_file_the_system_opens_gets_a_review_window(qtbot, review_path, renderer, tmp_path,  # noqa: F811
                                                              monkeypatch):
    """macOS hands a double-clicked file to the running program (EditorApplication's
    file_open_requested, below); the opener gives it a review window."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from editor_app.ui.window.file_open import ReviewOpener

    opener = ReviewOpener(renderer, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    opener.requested(str(review_path))
    (window,) = opener.windows
    assert "Ngoại giao công chúng" in window.windowTitle()
    told = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: told.append(a[2]))
    bad = tmp_path / "hong.review"
    bad.write_bytes(b"PK\x03\x04 not really")
    opener.requested(str(bad))
    opener.requested(str(tmp_path / "not-a-review.txt"))
    assert len(opener.windows) == 1 and len(told) == 1 and "damaged" in told[0]
    window.close()


FILE_OPEN = """
import sys
from PySide6.QtGui import QFileOpenEvent
from editor_app.ui.window.file_open import EditorApplication
app = EditorApplication(sys.argv[:1])
got = []
app.file_open_requested.connect(got.append)
app.sendEvent(app, QFileOpenEvent(sys.argv[1]))
print(got)
"""


def test_the_application_hands_on_files_the_system_opens(tmp_path):
    import os
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-c", FILE_OPEN, str(tmp_path / "bài.review")], capture_output=True,
                          text=True, encoding="utf-8", timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 0, proc.stderr[-1000:]
    assert proc.stdout.strip() == repr([str(tmp_path / "bài.review")])


def test_remarks_on_the_whole_article(window, qtbot, review_path, store, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("Bài viết cần thêm nguồn.", True))
    window.reviewer_name.setText("Trần Thị Lan")
    window.remark_action.trigger()
    assert "Bài viết cần thêm nguồn." in window.comments.item(0).text()
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("Bài viết cần thêm nguồn gốc số liệu.", True))
    window._edit_comment(window.comments.item(0))
    assert window.save()
    from editor_app.core.reviewing.desk import merge_file, show
    from editor_app.core.reviewing.session import open_review

    (remark,) = open_review(review_path).review.comments
    assert remark.text == "Bài viết cần thêm nguồn gốc số liệu." and remark.author == "Trần Thị Lan"
    merge_file(store, review_path)
    (note,) = show(store, MAIN_SLUG).notes
    assert note.row.text == "Bài viết cần thêm nguồn gốc số liệu." and note.start is None
    window.comments.setCurrentRow(0)
    window.delete_comment_action.trigger()
    assert window.comments.count() == 0 and window.session.review.comments == []


@pytest.mark.parametrize("platform, expected", [("win32", ["explorer", "/select,{path}"]),
                                                ("darwin", ["open", "-R", "{path}"]), ("linux", None)])
def test_send_back_shows_the_file_in_the_file_manager(window, monkeypatch, review_path, platform, expected):
    import subprocess
    import sys

    from PySide6.QtGui import QDesktopServices

    started, opened = [], []
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(subprocess, "Popen", lambda args: started.append(args))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    window.summary.setPlainText("Gửi lại.")
    window.send_action.trigger()
    if expected is None:
        assert opened == [str(review_path.parent)] and not started
    else:
        assert started == [[a.replace("{path}", str(review_path)) for a in expected]] and not opened
    assert not window.isWindowModified()   # saved first
