"""Formatting shortcuts produce the right Markdown, each as one undo step."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402

from editor_app.ui.editor import formatting as fmt  # noqa: E402
from test_editor_support import (  # noqa: E402,F401 - fixtures
    ALT, CTRL, SHIFT, area, editor, make_area, type_text,
)

KEEP = QTextCursor.MoveMode.KeepAnchor


def select(editor, start: int, end: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, KEEP)
    editor.setTextCursor(cursor)


def select_text(editor, needle: str) -> None:
    start = editor.markdown().index(needle)
    select(editor, start, start + len(needle))


def undo_once(qtbot, editor) -> None:
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)


def test_bold_wraps_selection_and_undoes_in_one_step(qtbot, editor):
    editor.set_markdown("Ngoại giao công chúng")
    select_text(editor, "công chúng")
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)
    assert editor.markdown() == "Ngoại giao **công chúng**"
    assert editor.textCursor().selectedText() == "công chúng"
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)  # toggles off
    assert editor.markdown() == "Ngoại giao công chúng"
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)
    undo_once(qtbot, editor)
    assert editor.markdown() == "Ngoại giao công chúng"


def test_bold_with_caret_then_typing(qtbot, editor):
    type_text(qtbot, editor, "Chữ ")
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)
    type_text(qtbot, editor, "đậm")
    assert editor.markdown() == "Chữ **đậm**"


def test_italic_inside_word_and_not_confused_with_bold(qtbot, editor):
    editor.set_markdown("một **đậm** từ")
    select_text(editor, "đậm")
    qtbot.keyClick(editor, Qt.Key.Key_I, CTRL)
    assert editor.markdown() == "một ***đậm*** từ"
    qtbot.keyClick(editor, Qt.Key.Key_I, CTRL)
    assert editor.markdown() == "một **đậm** từ"
    cursor = editor.textCursor()
    cursor.setPosition(editor.markdown().index("từ") + 1)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_I, CTRL)  # caret inside a word: the word
    assert editor.markdown() == "một **đậm** *từ*"


def test_link_puts_caret_in_url(qtbot, editor):
    editor.set_markdown("Xem trang báo")
    select_text(editor, "trang báo")
    qtbot.keyClick(editor, Qt.Key.Key_K, CTRL)  # not "delete to end of line"
    type_text(qtbot, editor, "https://example.org")
    assert editor.markdown() == "Xem [trang báo](https://example.org)"
    undo_count = 0
    while editor.markdown() != "Xem trang báo" and undo_count < 40:
        undo_once(qtbot, editor)
        undo_count += 1
    assert editor.markdown() == "Xem trang báo"


@pytest.mark.parametrize("key,level", [(Qt.Key.Key_1, 1), (Qt.Key.Key_2, 2), (Qt.Key.Key_3, 3)])
def test_heading_shortcuts_set_replace_and_toggle(qtbot, editor, key, level):
    editor.set_markdown("## Mục lục\nđoạn")
    qtbot.keyClick(editor, key, CTRL)
    expected = "Mục lục" if level == 2 else "#" * level + " Mục lục"
    assert editor.markdown() == expected + "\nđoạn"
    undo_once(qtbot, editor)
    assert editor.markdown() == "## Mục lục\nđoạn"


def test_heading_on_several_lines(qtbot, editor):
    editor.set_markdown("một\n\nhai")
    select(editor, 0, len("một\n\nhai"))
    qtbot.keyClick(editor, Qt.Key.Key_2, CTRL)
    assert editor.markdown() == "## một\n\n## hai"


def test_lists_and_quote_shortcuts(qtbot, editor):
    editor.set_markdown("một\nhai\nba")
    select(editor, 0, len(editor.markdown()))
    qtbot.keyClick(editor, Qt.Key.Key_8, CTRL | SHIFT)
    assert editor.markdown() == "- một\n- hai\n- ba"
    qtbot.keyClick(editor, Qt.Key.Key_7, CTRL | SHIFT)  # bullets become numbers
    assert editor.markdown() == "1. một\n2. hai\n3. ba"
    qtbot.keyClick(editor, Qt.Key.Key_7, CTRL | SHIFT)
    assert editor.markdown() == "một\nhai\nba"
    qtbot.keyClick(editor, Qt.Key.Key_9, CTRL | SHIFT)
    assert editor.markdown() == "> một\n> hai\n> ba"
    undo_once(qtbot, editor)
    assert editor.markdown() == "một\nhai\nba"


def test_inline_code_and_code_block(qtbot, editor):
    editor.set_markdown("gọi hàm print thôi")
    select_text(editor, "print")
    qtbot.keyClick(editor, Qt.Key.Key_C, CTRL | SHIFT)
    assert editor.markdown() == "gọi hàm `print` thôi"
    editor.set_markdown("x = 1\ny = 2")
    select(editor, 0, len(editor.markdown()))
    qtbot.keyClick(editor, Qt.Key.Key_C, CTRL | SHIFT)
    assert editor.markdown() == "```\nx = 1\ny = 2\n```"
    undo_once(qtbot, editor)
    assert editor.markdown() == "x = 1\ny = 2"
    editor.set_markdown("")
    qtbot.keyClick(editor, Qt.Key.Key_C, CTRL | ALT)
    type_text(qtbot, editor, "mã")
    assert editor.markdown() == "```\nmã\n```"


def test_footnote_uses_next_free_number(qtbot, editor):
    editor.set_markdown("Câu một[^1] và câu hai.\n\n[^1]: Ghi chú một.")
    cursor = editor.textCursor()
    cursor.setPosition(editor.markdown().index(" và"))
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_F, CTRL | ALT)
    type_text(qtbot, editor, "Ghi chú hai.")
    assert editor.markdown() == ("Câu một[^1][^2] và câu hai.\n\n"
                                 "[^1]: Ghi chú một.\n[^2]: Ghi chú hai.")
    editor.set_markdown("Đoạn văn.\n")
    qtbot.keyClick(editor, Qt.Key.Key_End)
    qtbot.keyClick(editor, Qt.Key.Key_F, CTRL | ALT)
    assert editor.markdown() == "Đoạn văn.[^1]\n\n[^1]: "
    undo_once(qtbot, editor)
    assert editor.markdown() == "Đoạn văn.\n"


def test_table_skeleton(qtbot, editor):
    editor.set_markdown("Bảng dưới đây:\nSau bảng.")
    qtbot.keyClick(editor, Qt.Key.Key_End)
    qtbot.keyClick(editor, Qt.Key.Key_T, CTRL | SHIFT)
    text = editor.markdown()
    lines = text.split("\n")
    assert lines[0] == "Bảng dưới đây:" and lines[1] == ""
    table = lines[2:6]
    assert all(line.startswith("|") and line.count("|") == 4 for line in table)
    assert set(table[1].replace("|", "").replace(" ", "")) == {"-"}
    assert lines[6] == "" and lines[7] == "Sau bảng."
    assert editor.textCursor().selectedText() == "Column 1"
    type_text(qtbot, editor, "Năm")
    assert editor.markdown().split("\n")[2].startswith("| Năm")


def test_image_action_stores_file_and_inserts_markdown(qtbot, tmp_path):
    stored = []

    def store_image(path: Path) -> str:
        stored.append(path)
        return "anh-bia.png"

    area = make_area(qtbot, store_image=store_image)
    editor = area.editor()
    picture = tmp_path / "ảnh bìa.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n")
    area.toolbar().choose_image_file = lambda: picture
    type_text(qtbot, editor, "Ảnh: ")
    answers = ImageAnswers(qtbot, [None, ("Bìa tạp chí số 3", ""), ("Hội nghị", "Toàn cảnh hội nghị, 2023")])
    try:
        qtbot.keyClick(editor, Qt.Key.Key_I, CTRL | SHIFT)
        assert stored == [] and editor.markdown() == "Ảnh: "       # cancelled: nothing stored
        image_button = area.toolbar().widgetForAction(area.toolbar().actions_by_name["image"])
        qtbot.mouseClick(image_button, Qt.MouseButton.LeftButton)   # the toolbar button this time
        assert stored == [picture]
        assert editor.markdown() == "Ảnh: ![Bìa tạp chí số 3](assets/anh-bia.png)"   # its description
        qtbot.mouseClick(image_button, Qt.MouseButton.LeftButton)   # with a caption: a paragraph of its own
        assert editor.markdown() == ('Ảnh: ![Bìa tạp chí số 3](assets/anh-bia.png)\n\n'
                                     '![Hội nghị](assets/anh-bia.png "Toàn cảnh hội nghị, 2023")')
    finally:
        answers.stop()
    from editor_app.core.publishing.render import render_markdown

    html = render_markdown(editor.markdown()).html
    assert '<figure><img alt="Hội nghị" src="assets/anh-bia.png"><figcaption>Toàn cảnh hội nghị, 2023' \
        '</figcaption></figure>' in html.replace("\n", "")


class ImageAnswers:
    """Fills each "Insert image" dialog that opens, in turn: (alt, caption), "decorative"
    or None (Cancel), with real typing and clicks."""

    def __init__(self, qtbot, answers):
        from PySide6.QtCore import QTimer

        self.qtbot, self.answers, self.seen = qtbot, list(answers), []
        self.timer = QTimer(interval=30)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        from editor_app.ui.editor.image_details import ImageDetailsDialog

        modal = QApplication.activeModalWidget()
        if not isinstance(modal, ImageDetailsDialog) or modal.property("answered") or not self.answers:
            return
        modal.setProperty("answered", True)
        self.seen.append(modal.windowTitle())
        answer = self.answers.pop(0)
        QTimer.singleShot(0, lambda: self._answer(modal, answer))

    def _answer(self, dialog, answer) -> None:
        assert not dialog.insert_button.isEnabled()        # not before it is described
        if answer is None:
            self.qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)
            return
        if answer == "decorative":
            self.qtbot.mouseClick(dialog.decorative, Qt.MouseButton.LeftButton)
        else:
            alt, caption = answer
            type_text(self.qtbot, dialog.alt_edit, alt)
            type_text(self.qtbot, dialog.caption_edit, caption)
        self.qtbot.mouseClick(dialog.insert_button, Qt.MouseButton.LeftButton)

    def stop(self) -> None:
        self.timer.stop()


def test_image_store_failure_is_reported_not_raised(qtbot, tmp_path):
    def store_image(path: Path) -> str:
        raise OSError("disk full")

    area = make_area(qtbot, store_image=store_image)
    messages = []
    area.toolbar().report_error = messages.append
    assert not area.toolbar().insert_image_file(tmp_path / "x.png")
    assert messages and "disk full" in messages[0]
    assert area.editor().markdown() == ""


def test_image_action_disabled_without_host_callback(qtbot):
    area = make_area(qtbot, store_image=None)
    assert not area.toolbar().actions_by_name["image"].isEnabled()


def test_actions_have_tooltips_with_shortcuts_and_names(area):
    for name, action in area.toolbar().actions_by_name.items():
        assert action.shortcut().toString(), name
        assert action.shortcut().toString() in action.toolTip() or \
            action.shortcut().toString(action.shortcut().SequenceFormat.NativeText) \
            in action.toolTip()
        assert not action.icon().isNull(), name
        if name.startswith("heading"):   # in the Heading button's menu
            assert action in area.toolbar().heading_button.menu().actions()
            continue
        button = area.toolbar().widgetForAction(action)
        assert button.accessibleName() == action.text()


# -- the pure functions, without key events ----------------------------------------
def doc_cursor(text: str, start: int, end: int | None = None):
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setPlainText(text)
    cursor = QTextCursor(doc)
    cursor.setPosition(start)
    if end is not None:
        cursor.setPosition(end, KEEP)
    return doc, cursor


def test_inline_code_with_backticks_uses_longer_fence(qapp):
    doc, cursor = doc_cursor("a `b` c", 0, 7)
    fmt.toggle_inline_code(cursor)
    assert doc.toPlainText() == "`` a `b` c ``"


def test_link_with_selected_url_waits_for_text(qapp):
    doc, cursor = doc_cursor("https://tapchi.vn", 0, 17)
    result = fmt.insert_link(cursor)
    assert doc.toPlainText() == "[](https://tapchi.vn)"
    assert result.position() == 1


def test_image_markdown_escapes(qapp):
    assert fmt.image_markdown("a b.png", "x [1]") == "![x \\[1\\]](assets/a%20b.png)"
    assert fmt.image_markdown("ảnh (1).png", "ảnh") == "![ảnh](assets/ảnh%20%281%29.png)"


def test_dropped_and_pasted_images_become_assets(qtbot, tmp_path):
    from PySide6.QtCore import QMimeData, QUrl
    from PySide6.QtGui import QColor, QImage

    stored = []

    def store_image(path: Path) -> str:
        assert path.is_file()  # still readable while the host stores it
        stored.append(path.name)
        return path.name.replace(" ", "-")

    area = make_area(qtbot, store_image=store_image)
    editor = area.editor()
    photo = tmp_path / "toàn cảnh.jpg"
    photo.write_bytes(b"\xff\xd8\xff")
    notes = tmp_path / "notes.txt"
    notes.write_text("x")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo)), QUrl.fromLocalFile(str(notes))])
    assert editor.canInsertFromMimeData(mime)
    answers = ImageAnswers(qtbot, [("Toàn cảnh buổi lễ", ""), "decorative"])
    try:
        editor.insertFromMimeData(mime)
        assert editor.markdown() == "![Toàn cảnh buổi lễ](assets/toàn-cảnh.jpg)"
        image = QImage(8, 8, QImage.Format.Format_RGB32)
        image.fill(QColor("red"))
        pasted = QMimeData()
        pasted.setImageData(image)
        editor.insertFromMimeData(pasted)
    finally:
        answers.stop()
    assert "![](assets/" in editor.markdown()                      # decorative: an empty alt
    assert len(stored) == 2 and stored[1].endswith(".png")
    assert editor.markdown().endswith(".png)")
    area.set_store_image(None)
    assert not editor.canInsertFromMimeData(pasted)


def test_bold_over_list_lines_wraps_item_text(qtbot, editor):
    editor.set_markdown("- một\n- hai\n\n> ba")
    select(editor, 0, len(editor.markdown()))
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)
    assert editor.markdown() == "- **một**\n- **hai**\n\n> **ba**"
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)
    assert editor.markdown() == "- một\n- hai\n\n> ba"
