"""Outline (headings, click to jump) and statistics / save state."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import math  # noqa: E402

from PySide6.QtCore import Qt  # noqa: E402

from editor_app.core.text import count_words  # noqa: E402
from editor_app.ui.editor import SaveState, extract_headings, text_stats  # noqa: E402
from test_editor_support import (  # noqa: E402,F401 - fixtures
    area, editor, sample_body, type_text,
)


def article() -> str:
    paragraphs = sample_body().split("\n\n")
    return "\n\n".join([
        "# Ngoại giao công chúng",
        paragraphs[0],
        "## Bối cảnh",
        paragraphs[1],
        "```markdown\n# không phải tiêu đề\n```",
        "### Chi tiết *quan trọng* #",
        paragraphs[2],
        "## Kết luận",
        paragraphs[3],
    ])


def test_extract_headings_skips_code_and_cleans_titles():
    headings = extract_headings(article())
    assert [(h.level, h.title) for h in headings] == [
        (1, "Ngoại giao công chúng"), (2, "Bối cảnh"), (3, "Chi tiết quan trọng"),
        (2, "Kết luận")]
    lines = article().split("\n")
    assert all(lines[h.line].lstrip("#").strip().startswith(h.title.split()[0])
               for h in headings)
    assert extract_headings("#hashtag\n    # indented code\n~~~\n# x\n~~~") == []


def test_outline_tree_nests_by_level(area):
    area.editor().set_markdown(article())
    outline = area.outline()
    top = outline.topLevelItem(0)
    assert outline.topLevelItemCount() == 1 and top.text(0) == "Ngoại giao công chúng"
    assert [top.child(i).text(0) for i in range(top.childCount())] == ["Bối cảnh", "Kết luận"]
    assert top.child(0).child(0).text(0) == "Chi tiết quan trọng"


def test_outline_click_jumps_to_heading(qtbot, area):
    editor = area.editor()
    body = article() + "\n\n" + "\n\n".join([sample_body()] * 2)
    editor.set_markdown(body)
    outline = area.outline()
    outline.resize(250, 400)
    outline.show()
    qtbot.waitExposed(outline)
    item = outline.topLevelItem(0).child(1)  # "Kết luận"
    rect = outline.visualItemRect(item)
    qtbot.mouseClick(outline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    block = editor.textCursor().block()
    assert block.text() == "## Kết luận"
    assert editor.textCursor().positionInBlock() == 0
    assert editor.firstVisibleBlock().blockNumber() == block.blockNumber()
    outline.setFocus()
    first = outline.topLevelItem(0)
    outline.setCurrentItem(first)
    qtbot.keyClick(outline, Qt.Key.Key_Return)  # keyboard: jump and focus the editor
    assert editor.textCursor().block().text() == "# Ngoại giao công chúng"
    assert editor.hasFocus()


def test_outline_updates_after_typing_pause(qtbot, area):
    editor = area.editor()
    editor.set_markdown("# Một\n")
    outline = area.outline()
    assert [h.title for h in outline.headings] == ["Một"]
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    type_text(qtbot, editor, "## Hai")
    assert [h.title for h in outline.headings] == ["Một"]  # not per keystroke
    qtbot.waitUntil(lambda: [h.title for h in outline.headings] == ["Một", "Hai"],
                    timeout=2000)


def test_outline_marks_section_of_caret(qtbot, area):
    editor = area.editor()
    editor.set_markdown(article())
    outline = area.outline()
    editor.go_to_position(editor.markdown().index("## Kết luận") + 5, to_top=False)
    qtbot.waitUntil(lambda: outline.currentItem() is not None
                    and outline.currentItem().text(0) == "Kết luận", timeout=2000)


def test_outline_placeholder_when_no_headings(area):
    area.editor().set_markdown("không có tiêu đề")
    outline = area.outline()
    assert outline.topLevelItemCount() == 1
    assert not outline.topLevelItem(0).flags() & Qt.ItemFlag.ItemIsEnabled


def test_text_stats_counts_reader_words():
    md = ("# Tiêu đề\n\nMột **hai** ba [bốn](https://example.org/a-b-c) "
          "![năm](assets/x.png)[^1] <span>sáu</span>\n\n- bảy\n\n[^1]: tám")
    stats = text_stats(md)
    assert stats.words == 9  # "Tiêu đề" is two words; URLs and markup do not count
    assert stats.characters_no_spaces < stats.characters
    assert stats.reading_minutes == 1
    assert text_stats("").words == 0 and text_stats("").reading_minutes == 0


def test_text_stats_on_sample_reading_time():
    body = sample_body()
    stats = text_stats(body)
    assert stats.words == count_words(body)  # plain prose: same as the core count
    assert stats.reading_minutes == math.ceil(stats.words / 220)
    assert stats.characters == len(" ".join(body.split()))


def test_stats_label_updates_when_typing_pauses(qtbot, area):
    label = area.stats_label()
    area.editor().set_markdown(sample_body())
    words = text_stats(sample_body()).words
    assert f"{words:,}".replace(",", "") in label.text().replace(",", "").replace(".", "")
    assert "min read" in label.text()
    area.editor().set_markdown("")
    type_text(qtbot, area.editor(), "một hai")
    qtbot.waitUntil(lambda: label.text().startswith("2 words"), timeout=2000)
    assert label.accessibleName()


def test_save_state_label(area):
    label = area.save_state_label()
    assert label.text() == "Saved"
    label.set_state(SaveState.SAVING)
    assert label.text() == "Saving…"
    label.set_state("unsaved")
    assert label.text() == "Unsaved changes"
    label.set_state(SaveState.FAILED, "database is locked")
    assert label.text() == "Save failed"
    assert "database is locked" in label.toolTip()
    assert label.accessibleName()
