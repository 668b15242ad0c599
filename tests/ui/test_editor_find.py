"""Find and replace: options, Vietnamese case folding, regex errors, undo."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re  # noqa: E402

from PySide6.QtCore import Qt  # noqa: E402

from test_editor_support import (  # noqa: E402,F401 - fixtures
    CTRL, SHIFT, area, editor, sample_body, type_text,
)

TEXT = ("Đảng và Nhà nước. Đổi mới là đường lối của đảng.\n"
        "ĐẢNG lãnh đạo; đảng viên gương mẫu ở Điện Biên.\n"
        "Người đi đường đi đúng đường.")


def oracle(pattern: str, flags=re.IGNORECASE) -> int:
    """Independent count with Python's re (Unicode-aware by default)."""
    return len(re.findall(pattern, TEXT, flags))


def open_find(qtbot, area, query: str, replace: bool = False):
    editor = area.editor()
    qtbot.keyClick(editor, Qt.Key.Key_H if replace else Qt.Key.Key_F, CTRL)
    bar = area.find_bar()
    assert bar.isVisible()
    assert bar.find_edit.hasFocus()
    bar.find_edit.clear()
    type_text(qtbot, bar.find_edit, query)
    return bar


def test_ctrl_f_opens_esc_closes(qtbot, area):
    area.editor().set_markdown(TEXT)
    bar = open_find(qtbot, area, "đường")
    assert not bar.replace_edit.isVisible()
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert area.editor().hasFocus()


def test_case_insensitive_vietnamese_and_count(qtbot, area):
    editor = area.editor()
    editor.set_markdown(TEXT)
    bar = open_find(qtbot, area, "đảng")
    assert bar.match_count() == oracle("đảng") == 4  # Đảng, đảng, ĐẢNG, đảng
    assert bar.status_text() == "1 of 4"
    assert editor.textCursor().selectedText() == "Đảng"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
    assert bar.status_text() == "2 of 4"
    assert editor.textCursor().selectedText() == "đảng"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
    assert editor.textCursor().selectedText() == "ĐẢNG"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return, SHIFT)
    assert bar.status_text() == "2 of 4"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return, SHIFT)
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return, SHIFT)  # wraps to the last
    assert bar.status_text() == "4 of 4"


def test_case_sensitive_and_whole_word(qtbot, area):
    editor = area.editor()
    editor.set_markdown(TEXT)
    bar = open_find(qtbot, area, "Đ")
    assert bar.match_count() == oracle("đ") == TEXT.lower().count("đ")
    bar.set_options(case_sensitive=True)
    assert bar.match_count() == TEXT.count("Đ")
    bar.set_options(case_sensitive=False)
    bar.find_edit.setText("đi")
    assert bar.match_count() == oracle("đi") == 3  # "đi" twice, and "Điện"
    bar.set_options(whole_word=True)
    assert bar.match_count() == oracle(r"(?<!\w)đi(?!\w)") == 2
    bar.find_edit.setText("ĐƯỜNG")
    assert bar.match_count() == oracle(r"(?<!\w)đường(?!\w)") == 3


def test_regex_search_and_invalid_regex_message(qtbot, area):
    editor = area.editor()
    editor.set_markdown(TEXT)
    bar = open_find(qtbot, area, r"đ\w+ng")
    assert bar.match_count() == 0  # not a regex yet: literal text
    qtbot.mouseClick(bar.regex_box, Qt.MouseButton.LeftButton)
    assert bar.regex_box.isChecked()
    expected = oracle(r"đ\w+ng")
    assert expected > 5
    assert bar.match_count() == expected
    type_text(qtbot, bar.find_edit, "(")
    assert bar.match_count() == 0
    assert bar.message_label.isVisible()
    assert "Invalid regular expression" in bar.message_label.text()
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Backspace)
    assert not bar.message_label.isVisible()
    assert bar.match_count() == expected


def test_replace_current_and_next(qtbot, area):
    editor = area.editor()
    editor.set_markdown("mèo, mèo và mèo")
    bar = open_find(qtbot, area, "mèo", replace=True)
    assert bar.replace_edit.isVisible()
    type_text(qtbot, bar.replace_edit, "chó")
    qtbot.keyClick(bar.replace_edit, Qt.Key.Key_Return)  # Enter in replace: replace
    assert editor.markdown() == "chó, mèo và mèo"
    assert bar.status_text() == "1 of 2"
    qtbot.mouseClick(bar.replace_button, Qt.MouseButton.LeftButton)
    assert editor.markdown() == "chó, chó và mèo"


def test_replace_all_is_one_undo_step(qtbot, area):
    editor = area.editor()
    body = sample_body()
    editor.set_markdown(body)
    bar = open_find(qtbot, area, "ngoại giao", replace=True)
    expected = body.lower().count("ngoại giao")
    assert bar.match_count() == expected > 5
    type_text(qtbot, bar.replace_edit, "NGOẠI GIAO")
    qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert editor.markdown().count("NGOẠI GIAO") == expected
    assert bar.match_count() == expected  # case-insensitive: still found
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert editor.markdown() == body


def test_regex_replace_with_groups(qtbot, area):
    editor = area.editor()
    editor.set_markdown("Ngày 17/12/2023 và 01/02/2024")
    bar = open_find(qtbot, area, r"(\d+)/(\d+)/(\d{4})", replace=True)
    bar.set_options(regex=True)
    bar.replace_edit.setText(r"$3-$2-\1")
    assert bar.replace_all() == 2
    assert editor.markdown() == "Ngày 2023-12-17 và 2024-02-01"


def test_matches_follow_edits_after_pause(qtbot, area):
    editor = area.editor()
    editor.set_markdown("một hai")
    bar = open_find(qtbot, area, "hai")
    assert bar.match_count() == 1
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_End)
    type_text(qtbot, editor, " hai")
    qtbot.waitUntil(lambda: bar.match_count() == 2, timeout=2000)
    assert bar.status_text().endswith("of 2")


def test_esc_in_editor_closes_open_bar_only(qtbot, area):
    editor = area.editor()
    editor.set_markdown(TEXT)
    assert not area.close_find_action.isEnabled()  # Esc stays free for the host
    area.find_bar().open_find()  # opened by the host, not by a shortcut
    assert area.close_find_action.isEnabled()
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not area.find_bar().isVisible()
    assert not area.close_find_action.isEnabled()
    assert editor.markdown() == TEXT


def test_f3_finds_next_from_editor(qtbot, area):
    editor = area.editor()
    editor.set_markdown(TEXT)
    bar = open_find(qtbot, area, "đường")
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_F3)
    assert bar.status_text() == "2 of 3"
    qtbot.keyClick(editor, Qt.Key.Key_F3, SHIFT)
    assert bar.status_text() == "1 of 3"


def test_ctrl_f_prefills_the_selected_text(qtbot, area):
    editor = area.editor()
    editor.set_markdown(TEXT)
    cursor = editor.textCursor()
    start = TEXT.index("Điện Biên")
    cursor.setPosition(start)
    cursor.setPosition(start + len("Điện Biên"), cursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_F, CTRL)
    bar = area.find_bar()
    assert bar.find_edit.text() == "Điện Biên"
    assert bar.status_text() == "1 of 1"


def test_only_matches_near_the_view_are_tinted(qtbot, area):
    editor = area.editor()
    body = "\n\n".join([sample_body()] * 12)
    editor.set_markdown(body)
    bar = open_find(qtbot, area, "và")
    bar.set_options(ignore_diacritics=False)
    total = bar.match_count()
    assert total == body.lower().count("và") >= 300

    def tinted():
        return [(s.cursor.selectionStart(), s.cursor.selectedText())
                for s in editor._selections.get("find", [])]

    near_top = tinted()
    assert 0 < len(near_top) < total
    assert all(text.lower() == "và" for _pos, text in near_top)
    editor.verticalScrollBar().setValue(editor.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: max(pos for pos, _t in tinted()) > len(body) - 2000, timeout=2000)


MARKS = ("Hoá học và hóa chất; HOÀ BÌNH, hoa hồng.\n"
         "Đường dài, duong (không dấu), Dương.\n"
         "Quyết định: quyet dinh. Thuỷ, thủy, thuy.")


def test_ignore_diacritics_is_on_by_default_like_the_list_search(qtbot, area):
    editor = area.editor()
    editor.set_markdown(MARKS)
    bar = open_find(qtbot, area, "hoa")
    assert bar.marks_box.isChecked()
    assert bar.match_count() == 4                     # Hoá, hóa, HOÀ, hoa
    bar.find_edit.setText("hóa")                      # the query's own marks are ignored too
    assert bar.match_count() == 4
    bar.find_edit.setText("duong")
    found = []
    for _ in range(bar.match_count()):
        qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
        found.append(editor.textCursor().selectedText())
    assert sorted(found) == sorted(["Đường", "duong", "Dương"])   # đ counts as d
    bar.find_edit.setText("thuy")
    assert bar.match_count() == 3
    bar.set_options(case_sensitive=True)
    bar.find_edit.setText("Đường")
    assert bar.match_count() == 2                     # Đường, Dương; not duong
    bar.set_options(case_sensitive=False, ignore_diacritics=False)
    bar.find_edit.setText("hoa")
    assert bar.match_count() == 1                     # only the plain word
    qtbot.mouseClick(bar.marks_box, Qt.MouseButton.LeftButton)
    assert bar.marks_box.isChecked() and bar.match_count() == 4


def test_ignore_diacritics_with_whole_words_and_regex(qtbot, area):
    editor = area.editor()
    editor.set_markdown(MARKS)
    bar = open_find(qtbot, area, "quyet")
    assert bar.match_count() == 2
    bar.set_options(whole_word=True)
    bar.find_edit.setText("thu")
    assert bar.match_count() == 0                     # thuỷ is not the word "thu"
    bar.find_edit.setText("thuy")
    assert bar.match_count() == 3
    bar.set_options(whole_word=False, regex=True)
    bar.find_edit.setText(r"(?<w>quyet)\s+d\w+")     # a group name and escapes stay as they are
    assert bar.match_count() == 2
    bar.replace_edit.setText("${w}!")
    assert bar.replace_all() == 2
    assert editor.markdown().count("Quyết!") == 1 and editor.markdown().count("quyet!") == 1
    bar.find_edit.setText(r"h[oô]a")                  # a class gets the variants of its letters
    assert bar.match_count() == 4
