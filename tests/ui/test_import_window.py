"""Importing in the window: File > Import... with several kinds of files, files dropped on
the list, progress that can be cancelled, the report of refused files, and a CLI import
handed to the window that holds the library."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from manuscripts import png, vietnamese_docx
from window_support import make_window, renderer, settle  # noqa: F401

PAGE = """<html><head><title>t</title><script>alert(1)</script></head><body><nav>menu</nav>
<article><h1>Bài từ trang web</h1><p onclick="x()">Nội dung <b>chính</b>.</p>
<img src="page_files/a.png" alt="ảnh"></article><footer>chân trang</footer></body></html>"""


def _files(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "in"
    (folder / "page_files").mkdir(parents=True)
    docx = vietnamese_docx(folder / "bản thảo.docx")
    (folder / "page_files" / "a.png").write_bytes(png(6, 6))
    (folder / "trang.html").write_text(PAGE, encoding="utf-8")
    (folder / "ghi-chu.md").write_text("---\ntitle: Ghi chú\n---\nVăn bản.\n", encoding="utf-8")
    (folder / "hỏng.docx").write_bytes(b"PK\x03\x04 not really a zip")
    return [docx, folder / "trang.html", folder / "ghi-chu.md", folder / "hỏng.docx"]


def _report(qtbot) -> QMessageBox:
    found = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.objectName() == "importReport" and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=30000)
    return found[0]


def test_file_import_takes_word_web_and_markdown_and_reports_the_refused(qtbot, make_window, store, tmp_path,
                                                                         monkeypatch):
    files = _files(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(f) for f in files], ""))
    w = make_window(store)
    before = store.count()
    w.actions_.import_files.trigger()
    box = _report(qtbot)
    assert "3" in box.text() and "1" in box.text()
    assert "hỏng.docx" in box.detailedText() and "damaged" in box.detailedText()
    box.accept()
    assert store.count() == before + 3
    docx_article = store.get_by_slug("ngoai-giao-cong-chung-trong-ky-nguyen-so")
    assert docx_article.subtitle == "Từ lý luận đến thực tiễn"
    assert [a.filename for a in store.assets(docx_article.id)][0].startswith("image-")
    web = store.get_by_slug("bai-tu-trang-web")
    assert "Nội dung **chính**." in web.body and "menu" not in web.body and "alert" not in web.body
    assert len(store.assets(web.id)) == 1
    # the first imported article is opened, and the list shows the new ones
    qtbot.waitUntil(lambda: w.session.current is not None and w.session.current.id == docx_article.id, timeout=10000)
    assert "**một bộ phận quan trọng**" in w.editor.markdown()
    qtbot.waitUntil(lambda: w.list_panel.row_count() >= before + 3, timeout=5000)


def test_files_dropped_on_the_list_are_imported(qtbot, make_window, store, tmp_path):
    files = _files(tmp_path)[1:3]
    w = make_window(store)
    before = store.count()
    viewport = w.list_panel.view.viewport()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPoint(20, 20), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, drop)
    qtbot.waitUntil(lambda: not w.importing._busy, timeout=30000)
    settle(qtbot, w.ops)
    assert store.count() == before + 2
    assert "imported" in w.statusBar().currentMessage()
    # something that cannot be imported is not taken
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "x.exe"))])
    refused = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, other, Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier)
    refused.ignore()
    QApplication.sendEvent(viewport, refused)
    assert not refused.isAccepted()


def test_a_long_import_shows_progress_and_cancel_keeps_what_came_in(qtbot, make_window, store, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    files = []
    for i in range(400):
        path = folder / f"bai-{i:03}.md"
        path.write_text(f"---\ntitle: Bài số {i}\n---\n" + "Nội dung dài. " * 200, encoding="utf-8")
        files.append(path)
    w = make_window(store)
    before = store.count()
    w.importing.start(files)
    qtbot.waitUntil(lambda: w.importing._dialog is not None and w.importing._dialog.value() >= 30, timeout=30000)
    dialog = w.importing._dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)   # a long import shows its progress
    assert "bai-" in dialog.labelText()
    cancel = dialog.findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    box = _report(qtbot)
    assert "Cancelled" in box.text() or "Đã huỷ" in box.text()
    box.accept()
    settle(qtbot, w.ops)
    imported = store.count() - before
    assert 30 <= imported < 400
    assert store.get_by_slug("bai-so-0") is not None and store.get_by_slug("bai-so-399") is None


def test_a_cli_import_is_handed_to_the_window_that_holds_the_library(qtbot, make_window, store, tmp_path, capsys):
    from editor_app import cli

    files = _files(tmp_path)
    w = make_window(store)
    before = store.count()
    result = {}
    thread = threading.Thread(target=lambda: result.setdefault(
        "code", cli.main(["--library", str(store.path), "import", *map(str, files)])))
    thread.start()
    box = _report(qtbot)   # the window shows the report too
    box.accept()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=30000)
    assert result["code"] == 1   # one file was refused
    out, err = capsys.readouterr()
    assert "handed to it" in err and "hỏng.docx" in err and "Traceback" not in err
    assert "ngoai-giao-cong-chung-trong-ky-nguyen-so" in out and "bai-tu-trang-web" in out
    assert store.count() == before + 3
