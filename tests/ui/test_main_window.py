"""The real window, driven with real key presses and clicks (offscreen)."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt, QTimer

from editor_app.core.importing.importer import import_files
from editor_app.core.publishing.render import render_markdown
from editor_app.core.publishing.export import page_for_article

from window_support import (  # noqa: F401 - fixtures
    MAIN_SLUG,
    SAMPLES,
    library_copy_rows,
    make_window,
    open_and_wait,
    renderer,
    type_text,
)

CTRL = Qt.KeyboardModifier.ControlModifier


def test_empty_library_opens_with_welcome(qtbot, store, make_window):
    from editor_app.core.library.welcome import ensure_welcome

    ensure_welcome(store)
    w = make_window(store)
    assert {store.rows([i])[i].language for i in store.list_ids()} == {"vi", "en"}
    assert w.session.current is not None
    assert "Ctrl+S" in w.editor.markdown()


def test_new_article_type_and_autosave_lands_in_file(qtbot, store, library_path, make_window):
    w = make_window(store)
    w.activateWindow()
    w.list_panel.view.setFocus()
    qtbot.waitUntil(w.list_panel.view.hasFocus)
    qtbot.keyClick(w.list_panel.view, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: w.session.current is not None)
    new_id = w.session.current.id
    qtbot.waitUntil(lambda: w.list_panel.current_article_id() == new_id)
    title_edit = w.meta.title_edit
    qtbot.waitUntil(title_edit.hasFocus)
    type_text(qtbot, title_edit, "Đổi mới báo chí")
    qtbot.keyClick(title_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(w.editor.hasFocus)
    type_text(qtbot, w.editor, "Nội dung đầu tiên")
    typed_at = time.monotonic()
    # in the library file, read by another connection, within 2 seconds
    def landed():
        rows = library_copy_rows(library_path, "SELECT title, body, slug FROM articles WHERE id = ?", (new_id,))
        return rows and rows[0][0] == "Đổi mới báo chí" and rows[0][1] == "Nội dung đầu tiên"
    qtbot.waitUntil(landed, timeout=2500)
    assert time.monotonic() - typed_at <= 2.0
    assert library_copy_rows(library_path, "SELECT slug FROM articles WHERE id = ?", (new_id,))[0][0] == "doi-moi-bao-chi"
    qtbot.waitUntil(lambda: w.save_label.text() == "Saved")
    # the list row shows the new title
    row = w.list_panel.proxy.row_of(new_id)
    qtbot.waitUntil(lambda: w.list_panel.proxy.index(row, 0).data() == "Đổi mới báo chí")


def test_continuous_typing_is_saved_while_typing(qtbot, store, library_path, make_window):
    art = store.create_article()
    w = make_window(store)
    w.editor.setFocus()
    start = time.monotonic()
    seen_partial = False
    while time.monotonic() - start < 3.0:  # type for 3 s without a pause
        qtbot.keyClicks(w.editor, "a")
        qtbot.wait(40)
        body = library_copy_rows(library_path, "SELECT body FROM articles WHERE id = ?", (art.id,))[0][0]
        seen_partial = seen_partial or len(body) > 0
    assert seen_partial, "nothing was saved during 3 s of continuous typing"


def test_switching_and_quit_save_everything(qtbot, store, library_path, make_window):
    a = store.create_article()
    b = store.create_article()
    w = make_window(store, select_first=False)
    w.list_panel.select_article(a.id)
    open_and_wait(qtbot, w, a.id)
    w.editor.setFocus()
    qtbot.keyClicks(w.editor, "alpha")
    open_and_wait(qtbot, w, b.id)  # switching flushes at once
    assert store.get_article(a.id).body == "alpha"
    w.editor.setFocus()
    qtbot.keyClicks(w.editor, "beta")
    w.actions_.quit.trigger()  # Ctrl+Q closes the window; everything is saved
    assert not w.isVisible()
    assert library_copy_rows(library_path, "SELECT body FROM articles WHERE id = ?", (b.id,))[0][0] == "beta"


def test_ctrl_s_records_named_revision(qtbot, store, make_window):
    art = store.create_article()
    w = make_window(store)
    w.editor.setFocus()
    qtbot.waitUntil(w.editor.hasFocus)
    qtbot.keyClicks(w.editor, "x")
    qtbot.keyClick(w.editor, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: any(r.named for r in store.revisions(art.id)), timeout=3000)
    assert store.get_article(art.id).body == "x"


def test_search_filters_list(qtbot, store, make_window, sample_files):
    import_files(store, sample_files)
    w = make_window(store)
    panel = w.list_panel
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 6)
    panel.search_edit.setFocus()
    qtbot.keyClicks(panel.search_edit, "NGOAI GIAO")
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1, timeout=3000)
    assert panel.proxy.index(0, 0).data().startswith("Ngoại giao")
    panel.search_edit.clear()
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 6, timeout=3000)


def test_metadata_validation_messages(qtbot, store, make_window):
    store.create_article()
    w = make_window(store)
    meta = w.meta
    doi = meta.doi_edit
    doi.setFocus()
    qtbot.keyClicks(doi, "not a doi")
    qtbot.waitUntil(lambda: any("DOI" in p for p in meta.problems()), timeout=2000)
    doi.clear()
    qtbot.keyClicks(doi, "10.1234/abc.5")
    qtbot.waitUntil(lambda: not any("DOI" in p for p in meta.problems()), timeout=2000)
    # the invalid value was never lost: it was saved as typed
    qtbot.waitUntil(lambda: store.get_article(w.session.current.id).doi == "10.1234/abc.5", timeout=3000)


def test_preview_shows_the_export_page(qtbot, store, make_window, sample_files):
    import_files(store, sample_files)
    main = store.get_by_slug(MAIN_SLUG)
    w = make_window(store, select_first=False)
    with qtbot.waitSignal(w.preview.rendered, timeout=20000):
        w.list_panel.select_article(main.id)
        w.open_article(main.id)
    expected = page_for_article(store, main, render_markdown(main.body, language=main.language))
    assert w.preview.current_html() == expected
    assert "Nguồn:" in expected and "Bài liên quan" in expected
    assert w.preview.blocked_requests == 0


def test_preview_follows_typing(qtbot, store, make_window):
    store.create_article()
    w = make_window(store)
    qtbot.waitUntil(lambda: w.preview.current_html() is not None, timeout=20000)
    w.editor.setFocus()
    with qtbot.waitSignal(w.preview.rendered, timeout=10000):
        qtbot.keyClicks(w.editor, "# Heading typed")
    qtbot.waitUntil(lambda: "Heading typed" in (w.preview.current_html() or ""), timeout=5000)


def test_pathological_document_keeps_window_responsive(qtbot, store, make_window, renderer):
    renderer.timeout = 2.0
    art = store.create_article()
    art.body = "[a" * 20000
    store.save_article(art)
    w = make_window(store)
    qtbot.waitUntil(lambda: "unavailable" in w.preview.status_text().lower(), timeout=20000)
    # the editor still works meanwhile
    w.editor.setFocus()
    started = time.monotonic()
    qtbot.keyClicks(w.editor, "ok")
    assert time.monotonic() - started < 1.0  # typing is not blocked by the stuck render
    assert w.editor.markdown().startswith("ok[a")  # the cursor starts at the top


def test_trash_and_restore(qtbot, store, make_window):
    a = store.create_article()
    a.title = "Bài xoá"
    store.save_article(a)
    w = make_window(store)
    assert w.session.current.id == a.id
    w.actions_.trash.trigger()
    qtbot.waitUntil(lambda: w.list_panel.proxy.rowCount() == 0, timeout=3000)
    assert store.list_ids(deleted=True) == [a.id]
    from editor_app.ui.dialogs.trash import TrashDialog

    dialog = TrashDialog(w.ops, w)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    assert dialog.list.count() == 1
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: store.list_ids() == [a.id])
    qtbot.waitUntil(lambda: w.list_panel.proxy.rowCount() == 1)   # the list follows the library
    qtbot.waitUntil(lambda: dialog.list.count() == 0)             # and so does the dialog


def test_duplicate(qtbot, store, make_window):
    a = store.create_article()
    a.title, a.body = "Gốc", "thân"
    store.save_article(a)
    w = make_window(store)
    w.actions_.duplicate.trigger()
    qtbot.waitUntil(lambda: store.count() == 2)
    copy = [i for i in store.list_ids() if i != a.id][0]
    assert store.get_article(copy).body == "thân"


def test_layout_persists(qtbot, store, tmp_path, make_window):
    store.create_article()
    w = make_window(store)
    w.view_actions[2].setChecked(False)  # hide the preview
    w.resize(640, 480)  # the offscreen screen is 800x600
    w.splitter.setSizes([200, 300, 0, 140])
    sizes = w.splitter.sizes()
    w.close()
    w2 = make_window(store)
    assert not w2.preview.isVisible()
    assert (w2.size().width(), w2.size().height()) == (640, 480)
    assert all(abs(a - b) <= 6 for a, b in zip(w2.splitter.sizes(), sizes)), (w2.splitter.sizes(), sizes)


def test_image_is_stored_in_the_library_and_shown_in_the_preview(qtbot, store, tmp_path, make_window):
    import base64

    png = base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
    picture = tmp_path / "ảnh minh họa.png"
    picture.write_bytes(png)
    art = store.create_article()
    w = make_window(store)
    assert w.editor_area.toolbar().insert_image_file(picture)
    assert [a.filename for a in store.assets(art.id)] == ["ảnh minh họa.png"]
    assert "](assets/" in w.editor.markdown()
    qtbot.waitUntil(lambda: "data:image/png;base64," in (w.preview.current_html() or ""), timeout=15000)
    qtbot.waitUntil(lambda: "assets/" in store.get_article(art.id).body, timeout=3000)


def test_export_from_the_window_writes_published_pages(qtbot, store, tmp_path, make_window, sample_files,
                                                      monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[1]))
    import_files(store, sample_files)
    w = make_window(store)
    w.exporter._open_folder = False
    out = tmp_path / "site"
    w.exporter.export(None, out).result(60)   # on the window's export worker
    qtbot.waitUntil(lambda: w.exporter._dialog is None, timeout=10000)
    assert [p.name for p in out.glob("*.html")] == ["index.html"] and len(told) == 1   # nothing published: said
    for article in list(store.all_articles())[:2]:
        article.status = "published"
        store.save_article(article)
    w.exporter.export(None, out).result(60)
    qtbot.waitUntil(lambda: w.exporter._dialog is None, timeout=10000)
    assert len(list(out.glob("*.html"))) == 3 and len(told) == 1


def test_the_window_store_guard_fails_on_the_gui_thread_only(store):
    from concurrent.futures import ThreadPoolExecutor

    from window_support import GuardedStore

    guarded = GuardedStore(store)
    with pytest.raises(AssertionError, match="GUI thread"):
        guarded.count()
    assert guarded.gui_calls == ["count"]
    with ThreadPoolExecutor(1) as pool:
        assert pool.submit(guarded.count).result() == store.count()
    assert guarded.path == store.path   # plain attributes pass


def test_journal_profile_saved_from_the_window_reaches_every_panel(qtbot, store, make_window):
    from PySide6.QtWidgets import QApplication

    from editor_app.ui.operations import Change

    a = store.create_article()
    a.title, a.body = "Bài", "thân"
    store.save_article(a)
    w = make_window(store)
    seen = []
    w.ops.library_changed.connect(seen.append)

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        qtbot.waitUntil(lambda: dialog.loaded, timeout=3000)
        dialog.edits["default_license"].setText("CC BY 4.0")
        dialog.edits["name"].setText("Tạp chí Thử")
        dialog.accept()

    QTimer.singleShot(100, fill)
    w.actions_.journal.trigger()          # modal until the store worker has saved it
    assert store.get_profile().name == "Tạp chí Thử"
    assert [c.kind for c in seen] == [Change.PROFILE]
    qtbot.waitUntil(lambda: "CC BY 4.0" in w.meta.license_combo.lineEdit().placeholderText(), timeout=3000)
    qtbot.waitUntil(lambda: "Tạp chí Thử" in (w.preview.current_html() or ""), timeout=20000)
    assert w.care.backups.pending_changes >= 1


def test_a_late_change_after_the_window_closed_is_dropped(qtbot, store, make_window):
    """A library_changed arriving once the window has shut its workers down is dropped quietly."""
    from editor_app.ui.operations.tasks import TaskRunner

    runner = TaskRunner("late")
    runner.shutdown()
    future = runner.run(lambda: 1, on_done=lambda _r: None)
    assert future.cancelled()
