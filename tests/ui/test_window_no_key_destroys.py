"""No keystroke destroys work: the real window, real key presses on the focused widget.

Shortcuts are matched against the widget that has focus (QTest sends the
ShortcutOverride through the application's shortcut map), so every key is sent
to ``QApplication.focusWidget()`` after focusing the widget a user would be in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from window_support import make_ops, make_window, open_and_wait, renderer, settle  # noqa: F401 - fixtures

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier
# every key that removes something somewhere: none may trash from a text field
REMOVING_KEYS = [
    (Qt.Key.Key_Delete, NONE), (Qt.Key.Key_Delete, CTRL), (Qt.Key.Key_Delete, SHIFT),
    (Qt.Key.Key_Delete, CTRL | SHIFT), (Qt.Key.Key_Backspace, NONE), (Qt.Key.Key_Backspace, CTRL),
    (Qt.Key.Key_Backspace, CTRL | SHIFT), (Qt.Key.Key_W, CTRL), (Qt.Key.Key_K, CTRL),
]


def article(store, title: str, body: str = ""):
    a = store.create_article()
    a.title, a.body = title, body
    return store.save_article(a)


def focus(qtbot, window, widget) -> None:
    window.activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


def press(key, modifiers=NONE) -> None:
    """A real key press on whatever has focus now."""
    QTest.keyClick(QApplication.focusWidget(), key, modifiers)


def trashed(store) -> list[int]:
    return store.list_ids(deleted=True)


def text_fields(window) -> list:
    kinds = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox)
    fields = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, kinds):
            continue
        if isinstance(widget, QComboBox) and not widget.isEditable():
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # the combo/spin box itself is the field
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            fields.append(widget)
    return fields


def test_ctrl_delete_in_the_body_deletes_the_next_word(qtbot, store, make_window):
    a = article(store, "Một", "alpha beta gamma")
    w = make_window(store)
    assert w.session.current.id == a.id
    focus(qtbot, w, w.editor)
    cursor = w.editor.textCursor()
    cursor.setPosition(0)
    w.editor.setTextCursor(cursor)
    press(Qt.Key.Key_Delete, CTRL)
    assert w.editor.markdown() == "beta gamma"  # the next word (and its space), as Qt editors do
    assert trashed(store) == [] and w.session.current.id == a.id
    press(Qt.Key.Key_Z, CTRL)  # and the editor's own undo brings the word back
    assert w.editor.markdown() == "alpha beta gamma"
    qtbot.waitUntil(lambda: store.get_article(a.id).body == "alpha beta gamma", timeout=3000)


def test_delete_in_the_search_box_and_the_title_deletes_a_character(qtbot, store, make_window):
    a = article(store, "Tiêu đề")
    w = make_window(store)
    for field, start in ((w.list_panel.search_edit, "abc"), (w.meta.title_edit, None)):
        focus(qtbot, w, field)
        if start is not None:
            field.setText(start)
        before = field.text()
        field.setCursorPosition(0)
        press(Qt.Key.Key_Delete)
        assert field.text() == before[1:]
        assert trashed(store) == []
    assert w.session.current.id == a.id and store.list_ids() == [a.id]


def test_no_removing_key_trashes_from_any_text_field(qtbot, store, make_window):
    article(store, "Bài", "một hai ba")
    w = make_window(store)
    fields = text_fields(w)
    names = {type(f).__name__ for f in fields}
    assert {"MarkdownEditor", "QLineEdit", "QPlainTextEdit", "QComboBox"} <= names, names
    assert w.list_panel.search_edit in fields and w.meta.title_edit in fields
    for field in fields:
        focus(qtbot, w, field)
        for key, modifiers in REMOVING_KEYS:
            press(key, modifiers)
            assert trashed(store) == [], (field, key, modifiers)
            assert QApplication.activeModalWidget() is None, (field, key, modifiers)
    assert store.count() == 1


def test_trash_action_fires_only_in_the_list(qtbot, store, make_window):
    w = make_window(store)
    action = w.actions_.trash
    assert action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut
    assert action.shortcut().toString() == "Del"
    widgets = [o for o in action.associatedObjects() if o.__class__.__name__ != "QMenu"]
    assert widgets == [w.list_panel.view]
    # no action of the window answers a removing key anywhere else
    for a in w.findChildren(type(action)):
        if a.shortcutContext() in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
            for seq in a.shortcuts():
                text = seq.toString()
                assert not any(k in text for k in ("Del", "Backspace")), (a.text(), text)


def test_delete_in_the_list_trashes_and_the_status_bar_undo_restores(qtbot, store, make_window):
    a = article(store, "Bài một")
    b = article(store, "Bài hai")
    w = make_window(store)
    first = w.session.current.id
    focus(qtbot, w, w.list_panel.view)
    press(Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: trashed(store) == [first], timeout=3000)
    offer = w.trash.offer
    qtbot.waitUntil(offer.isVisible, timeout=3000)
    assert offer.isVisible() and "Bài" in offer.label.text() and offer.button.text() == "Undo"
    other = b.id if first == a.id else a.id
    qtbot.waitUntil(lambda: w.session.current is not None and w.session.current.id == other, timeout=3000)
    qtbot.mouseClick(offer.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: trashed(store) == [], timeout=3000)
    qtbot.waitUntil(lambda: w.session.current.id == first, timeout=3000)
    qtbot.waitUntil(lambda: w.list_panel.current_article_id() == first, timeout=3000)
    qtbot.waitUntil(lambda: [w.list_panel.proxy.id_at(r.row()) for r in
                             w.list_panel.view.selectionModel().selectedRows()] == [first], timeout=3000)
    assert not offer.isVisible()


def test_ctrl_z_in_the_list_restores_the_trashed_article(qtbot, store, make_window):
    a = article(store, "Chỉ một bài")
    w = make_window(store)
    focus(qtbot, w, w.list_panel.view)
    press(Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: trashed(store) == [a.id], timeout=3000)
    qtbot.waitUntil(lambda: w.list_panel.proxy.rowCount() == 0, timeout=3000)
    assert QApplication.focusWidget() is w.list_panel.view
    press(Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: trashed(store) == [] and w.session.current is not None
                    and w.session.current.id == a.id, timeout=3000)
    qtbot.waitUntil(lambda: w.list_panel.proxy.row_of(a.id) is not None, timeout=3000)
    assert w.editor_area.isEnabled()
    qtbot.waitUntil(lambda: "Chỉ một bài" in (w.preview.current_html() or ""), timeout=20000)
    press(Qt.Key.Key_Z, CTRL)  # the offer is used up: a second Ctrl+Z changes nothing
    settle(qtbot, w.ops)
    assert trashed(store) == []


def test_ctrl_z_in_the_editor_restores_only_when_it_has_no_undo_of_its_own(qtbot, store, make_window):
    a = article(store, "Một", "thân một")
    b = article(store, "Hai", "thân hai")
    w = make_window(store, select_first=False)
    w.list_panel.select_article(a.id)
    open_and_wait(qtbot, w, a.id)
    focus(qtbot, w, w.editor)
    w.actions_.trash.trigger()  # File → Move to trash, the cursor in the body
    qtbot.waitUntil(lambda: trashed(store) == [a.id], timeout=3000)
    qtbot.waitUntil(lambda: w.session.current is not None and w.session.current.id == b.id, timeout=3000)
    focus(qtbot, w, w.editor)
    QTest.keyClicks(w.editor, "x")        # typing: now Ctrl+Z is the editor's
    press(Qt.Key.Key_Z, CTRL)
    assert w.editor.markdown() == "thân hai" and trashed(store) == [a.id]
    press(Qt.Key.Key_Z, CTRL)             # nothing left to undo in the editor: the trash
    qtbot.waitUntil(lambda: trashed(store) == [] and w.session.current.id == a.id, timeout=3000)
    assert w.editor.markdown() == "thân một"


def test_a_long_title_is_cut_in_the_status_bar(qtbot, store, make_window):
    article(store, "Rất dài " * 40)
    w = make_window(store)
    focus(qtbot, w, w.list_panel.view)
    press(Qt.Key.Key_Delete)
    qtbot.waitUntil(w.trash.offer.isVisible, timeout=3000)
    text = w.trash.offer.label.text()
    assert len(text) < 100 and "…" in text
    assert w.trash.offer.button.isVisible()


def test_the_undo_offer_ends(qtbot, store, make_window):
    a = article(store, "Bài")
    w = make_window(store)
    w.trash._timer.setInterval(1000)  # long enough to be seen on a loaded machine, short for a test
    focus(qtbot, w, w.list_panel.view)
    press(Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: trashed(store) == [a.id], timeout=3000)
    qtbot.waitUntil(w.trash.offer.isVisible, timeout=1000)
    qtbot.waitUntil(lambda: not w.trash.offer.isVisible(), timeout=4000)
    press(Qt.Key.Key_Z, CTRL)
    settle(qtbot, w.ops)
    assert trashed(store) == [a.id]  # still in the trash, restorable from File → Open trash


# -- the trash dialog --------------------------------------------------------------------------
def _trash_dialog(qtbot, ops, parent=None):
    from editor_app.ui.dialogs.trash import TrashDialog

    dialog = TrashDialog(ops, parent)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=3000)
    dialog.activateWindow()
    return dialog


def _answer_modal(seen: list, key) -> None:
    """Press ``key`` in the message box that is open (if one is), recording its text."""
    modal = QApplication.activeModalWidget()
    if isinstance(modal, QMessageBox):
        seen.append(modal.text())
        QTest.keyClick(QApplication.focusWidget() or modal, key)


def test_enter_enter_in_the_trash_dialog_never_purges(qtbot, store, make_ops):
    ids = []
    for title in ("Bài A", "Bài B"):
        ids.append(article(store, title).id)
        store.trash_article(ids[-1])
    ops = make_ops(store)
    dialog = _trash_dialog(qtbot, ops)
    assert dialog.restore_button.isDefault()
    assert not dialog.purge_button.isDefault() and not dialog.purge_button.autoDefault()
    for start in (dialog.list, dialog.purge_button, dialog.restore_button):
        for article_id in set(ids) - set(store.list_ids(deleted=True)):
            store.trash_article(article_id)  # Enter restores (the default): trash them again
        dialog.reload()
        qtbot.waitUntil(lambda: dialog.list.count() == len(ids), timeout=3000)
        start.setFocus()
        qtbot.waitUntil(start.hasFocus, timeout=2000)
        seen: list = []
        QTimer.singleShot(300, lambda: _answer_modal(seen, Qt.Key.Key_Return))
        press(Qt.Key.Key_Return)
        if not seen:
            press(Qt.Key.Key_Return)
        qtbot.wait(350)
        settle(qtbot, ops)
        assert not dialog.purge_button.isDefault()
        for article_id in ids:
            assert store.get_article(article_id) is not None  # KeyError if purged
        assert len(store.revisions(ids[0])) >= 1


def test_purge_confirmation_names_the_article_and_defaults_to_cancel(qtbot, store, make_ops):
    a = article(store, "Bài sẽ xoá hẳn")
    store.trash_article(a.id)
    ops = make_ops(store)
    dialog = _trash_dialog(qtbot, ops)
    box = dialog.confirm_purge("Bài sẽ xoá hẳn")
    assert "“Bài sẽ xoá hẳn”" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert box.escapeButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert not box.button(QMessageBox.StandardButton.Ok).autoDefault()
    box.deleteLater()
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):  # Enter and Escape both cancel
        seen: list = []
        QTimer.singleShot(300, lambda k=key: _answer_modal(seen, k))
        qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)
        assert seen and "Bài sẽ xoá hẳn" in seen[0]
        settle(qtbot, ops)
        assert store.get_article(a.id).title == "Bài sẽ xoá hẳn"

    def confirm() -> None:  # the explicit button does delete
        modal = QApplication.activeModalWidget()
        qtbot.mouseClick(modal.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    QTimer.singleShot(300, confirm)
    qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: store.count(include_deleted=True) == 0, timeout=3000)
    assert store.list_ids(deleted=True) == []
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=3000)   # it follows the library


# -- Ctrl+S --------------------------------------------------------------------------------------
def test_ctrl_s_says_it_saved_a_version_or_that_nothing_changed(qtbot, store, make_window):
    a = article(store, "Bài", "thân")
    w = make_window(store)
    focus(qtbot, w, w.editor)
    QTest.keyClicks(w.editor, "x")
    press(Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: w.statusBar().currentMessage().startswith("Saved a version at "), timeout=3000)
    assert sum(r.named for r in store.revisions(a.id)) == 1
    assert w.save_label.styleSheet()  # the save-state label flashes
    qtbot.waitUntil(lambda: not w.save_label.styleSheet(), timeout=3000)
    press(Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: w.statusBar().currentMessage().startswith(
        "Nothing changed since the version saved at "), timeout=3000)
    assert sum(r.named for r in store.revisions(a.id)) == 1
    QTest.keyClicks(w.editor, "y")
    press(Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: w.statusBar().currentMessage().startswith("Saved a version at "), timeout=3000)
    assert sum(r.named for r in store.revisions(a.id)) == 2
