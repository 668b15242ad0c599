"""Pasting into the editor: formatted text from Word, LibreOffice and a browser becomes
Markdown, plain text stays as it is, Ctrl+Shift+V drops the formatting, and a copy from
the editor is plain text. Driven through the real editor widget and the real clipboard."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication

from editor_app.core.publishing.render import render_markdown
from manuscripts import png
from test_editor_support import CTRL, SHIFT, area, editor, make_area  # noqa: F401

CLIPBOARD = Path(__file__).resolve().parents[1] / "fixtures" / "clipboard"


def _put(html: str, text: str = "plain text version") -> None:
    data = QMimeData()
    data.setHtml(html)
    data.setText(text)
    QGuiApplication.clipboard().setMimeData(data)


def _paste(qtbot, editor) -> str:
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    return editor.markdown()


def test_word_clipboard_becomes_markdown(qtbot, editor):
    _put((CLIPBOARD / "word.html").read_text(encoding="utf-8"))
    text = _paste(qtbot, editor)
    assert "## Ngoại giao văn hoá" in text
    assert "**ngoại giao văn hoá**" in text and "*ngoại giao chính trị*" in text
    assert "[ngoại giao kinh tế](https://baoquocte.vn/ngoai-giao-van-hoa)" in text
    assert "- Quảng bá hình ảnh đất nước\n    - Liên hoan phim\n- Thu hút du lịch" in text
    assert "| **Năm** | **Sự kiện** |\n| --- | --- |\n| 2011 | Chiến lược ngoại giao văn hoá |" in text
    assert "ngoại giao kinh tế](https://baoquocte.vn/ngoai-giao-van-hoa)[^1]." in text
    assert text.rstrip().endswith("[^1]: Chiến lược Ngoại giao văn hoá đến năm 2020.")
    for noise in ("mso-", "Mso", "o:p", "StartFragment", "class=", "style=", "Version:", "[1]", "supportLists"):
        assert noise not in text
    page = render_markdown(text).html
    assert "<ul>" in page and "<li>Liên hoan phim</li>" in page and 'class="footnote"' in page
    assert "<table>" in page and "<h2" in page


def test_libreoffice_and_google_docs_in_chrome(qtbot, editor):
    _put((CLIPBOARD / "libreoffice.html").read_text(encoding="utf-8"))
    text = _paste(qtbot, editor)
    assert text.startswith("# Công chúng và truyền thông\n\nBáo chí là **kênh chủ lực** của *ngoại giao công chúng*[^1].")
    assert "1. Báo in" in text and "    1. Nhật báo" in text and "2. Truyền hình" in text
    assert "[^1]: Theo Hội Nhà báo Việt Nam." in text and "@page" not in text
    editor.set_markdown("")
    _put((CLIPBOARD / "chrome-docs.html").read_text(encoding="utf-8"))
    text = _paste(qtbot, editor)
    assert text.startswith("### Hội nhập quốc tế\n\nHội nhập là **xu thế tất yếu** của *thời đại*, theo "
                           "[Bộ Ngoại giao](https://www.mofa.gov.vn/).")
    assert "- ASEAN\n- APEC" in text and "docs-internal" not in text


def test_a_paste_is_one_undo_step_and_plain_text_pastes_as_it_is(qtbot, editor):
    editor.set_markdown("Mở đầu. ")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    _put((CLIPBOARD / "word.html").read_text(encoding="utf-8"))
    assert "## Ngoại giao văn hoá" in _paste(qtbot, editor)
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert editor.markdown() == "Mở đầu. "
    data = QMimeData()
    data.setText("a *literal* <b>tag</b>\r\nline two")
    QGuiApplication.clipboard().setMimeData(data)
    assert _paste(qtbot, editor) == "Mở đầu. a *literal* <b>tag</b>\nline two"


def test_html_without_formatting_pastes_its_text(qtbot, editor):
    _put("<meta charset='utf-8'><span style='color:#333'>Chỉ là chữ thường_có_gạch</span>",
         "Chỉ là chữ thường_có_gạch")
    assert _paste(qtbot, editor) == "Chỉ là chữ thường_có_gạch"


def test_ctrl_shift_v_pastes_plain_text(qtbot, editor):
    _put((CLIPBOARD / "word.html").read_text(encoding="utf-8"), "Ngoại giao văn hoá\nViệt Nam coi")
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL | SHIFT)
    assert editor.markdown() == "Ngoại giao văn hoá\nViệt Nam coi"


def test_a_copy_from_the_editor_is_plain_text(qtbot, editor):
    editor.set_markdown("**đậm** và *nghiêng*")
    editor.selectAll()
    data = editor.createMimeDataFromSelection()
    assert data.formats() == ["text/plain"] and data.text() == "**đậm** và *nghiêng*"
    editor.copy()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    assert editor.markdown() == "**đậm** và *nghiêng*" * 2   # not escaped into \*\*


def test_images_in_pasted_html_become_assets(qtbot, tmp_path):
    stored: list[str] = []

    def store_image(path: Path) -> str:
        stored.append(path.read_bytes())
        return path.name

    area = make_area(qtbot, store_image=store_image)
    editor = area.editor()
    picture = png(12, 8)
    clip = tmp_path / "clip_image001.png"
    clip.write_bytes(picture)
    inline = base64.b64encode(png(5, 5, (1, 2, 3))).decode()
    notes: list[str] = []
    editor.notice.connect(notes.append)
    _put(f'<p>Ảnh <b>một</b>:</p><p><img src="{clip.as_uri()}" alt="Biểu đồ"></p>'
         f'<p><img src="data:image/png;base64,{inline}" alt="Hai"></p>'
         '<p><img src="https://example.org/x.png" alt="Xa"></p>')
    text = _paste(qtbot, editor)
    assert stored == [picture, png(5, 5, (1, 2, 3))]
    assert "![Biểu đồ](assets/pasted-" in text and "![Hai](assets/pasted-" in text
    assert "example.org" not in text
    assert any("not downloaded" in n for n in notes)
    # a plain-text paste (Ctrl+Shift+V) in between does not lose the way images are kept
    _put("chữ thường", "chữ thường")
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL | SHIFT)
    stored.clear()
    _put(f'<p>Lại <b>ảnh</b>: <img src="{clip.as_uri()}" alt="Ba"></p>')
    assert "![Ba](assets/pasted-" in _paste(qtbot, editor) and stored == [picture]


@pytest.mark.parametrize("name", ["word.html", "libreoffice.html", "chrome-docs.html"])
def test_pasting_into_a_read_only_editor_changes_nothing(qtbot, editor, name):
    editor.set_markdown("Giữ nguyên")
    editor.setReadOnly(True)
    _put((CLIPBOARD / name).read_text(encoding="utf-8"))
    assert _paste(qtbot, editor) == "Giữ nguyên"


QUIT_AFTER_COPY = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from editor_app.ui.editor.markdown_editor import MarkdownEditor, release_clipboard
editor = MarkdownEditor()
editor.setPlainText("Bản sao **đậm**")
editor.selectAll()
editor.copy()
release_clipboard()   # what app.main does when the window has closed
print(QApplication.clipboard().text())
"""


def test_quitting_after_a_copy_keeps_the_copy_and_does_not_crash(tmp_path):
    """The clipboard owns the editor's copy; freed by Qt after Python has ended, it
    crashed the program on quit (SIGSEGV) before release_clipboard."""
    import os
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-c", QUIT_AFTER_COPY], capture_output=True, text=True,
                          encoding="utf-8", timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 0, (proc.returncode, proc.stderr[-2000:])
    assert proc.stdout.strip() == "Bản sao **đậm**"
