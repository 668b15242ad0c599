"""History: Ctrl+S offers to name the version (without blocking typing), the History
dialog lists revisions beside the current text with the changed lines marked, and
Restore brings a version back as one undoable step, saved as a new revision."""

from __future__ import annotations

from PySide6.QtCore import Qt

from window_support import make_window, renderer, type_text  # noqa: F401

CTRL = Qt.KeyboardModifier.ControlModifier


def _named(store, article_id):
    return [r for r in store.revisions(article_id) if r.named]


def test_ctrl_s_then_a_name(qtbot, store, make_window):
    art = store.create_article()
    w = make_window(store)
    w.editor.setFocus()
    qtbot.keyClicks(w.editor, "x")
    qtbot.keyClick(w.editor, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: w.versions._name_edit is not None and w.versions._name_edit.isVisible(), timeout=5000)
    edit = w.versions._name_edit
    edit.setFocus()
    type_text(qtbot, edit, "Bản gửi phản biện")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(r.reason == "Bản gửi phản biện" for r in _named(store, art.id)), timeout=5000)
    assert not edit.isVisible() and w.editor.hasFocus()


def test_ctrl_s_without_a_name_keeps_typing(qtbot, store, make_window):
    art = store.create_article()
    w = make_window(store)
    w.editor.setFocus()
    qtbot.keyClicks(w.editor, "a")
    qtbot.keyClick(w.editor, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: w.versions._name_edit is not None and w.versions._name_edit.isVisible(), timeout=5000)
    assert w.editor.hasFocus()   # the name is offered, not forced
    qtbot.keyClicks(w.editor, "b")
    assert w.editor.markdown() == "ab"
    assert len(_named(store, art.id)) == 1


def test_history_diff_and_restore(qtbot, store, make_window):
    from editor_app.core.dto import ArticleData
    from editor_app.ui.dialogs.history import HistoryDialog

    art = store.create_article(ArticleData(title="Bài", body="Dòng một\nDòng hai\nDòng ba\n"))
    art.body = "Dòng một\nDòng HAI đã sửa\nDòng ba\nDòng bốn\n"
    store.save_article(art, named=True)
    w = make_window(store)
    qtbot.waitUntil(lambda: w.editor.markdown().startswith("Dòng một\nDòng HAI"), timeout=5000)
    dialog = HistoryDialog(w)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.revisions.count() == 2, timeout=5000)
    dialog.revisions.setCurrentRow(1)   # the oldest: as created
    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=5000)
    assert dialog.old_text.toPlainText() == "Dòng một\nDòng hai\nDòng ba\n"
    marked_old = {s.cursor.blockNumber() for s in dialog.old_text.extraSelections()}
    marked_new = {s.cursor.blockNumber() for s in dialog.new_text.extraSelections()}
    assert marked_old == {1} and marked_new == {1, 3}
    count = len(store.revisions(art.id))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert w.editor.markdown() == "Dòng một\nDòng hai\nDòng ba\n"
    qtbot.waitUntil(lambda: store.get_article(art.id).body == "Dòng một\nDòng hai\nDòng ba\n", timeout=5000)
    assert len(store.revisions(art.id)) == count + 1   # a new revision; the later one is still there
    w.editor.undo()
    assert w.editor.markdown() == "Dòng một\nDòng HAI đã sửa\nDòng ba\nDòng bốn\n"


def test_history_action_opens_the_dialog(qtbot, store, make_window):
    store.create_article()
    w = make_window(store)
    w.actions_.history.trigger()
    from editor_app.ui.dialogs.history import HistoryDialog

    found = [d for d in w.findChildren(HistoryDialog)]
    assert len(found) == 1 and found[0].isVisible()
    found[0].close()
