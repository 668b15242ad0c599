"""The editor's review panel in the real window: a merged review's comments and
suggestions listed and highlighted, a click selects the passage, accept (one undo
step) and reject, resolve and reply; all through the store worker."""

from __future__ import annotations

import zipfile

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from window_support import MAIN_SLUG, SAMPLES, make_window, renderer  # noqa: F401


@pytest.fixture
def reviewed(store, tmp_path):
    """The sample article sent, annotated by a reviewer and merged back."""
    from editor_app.core.importing.importer import import_files
    from editor_app.core.reviewing.desk import merge_file, pack_article

    import_files(store, sorted((SAMPLES / "articles").glob("*.md")))
    path = pack_article(store, MAIN_SLUG, tmp_path / "sent")
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    md = parts["article.md"].decode()
    md = md.replace("Bộ Ngoại giao tổ chức Phiên họp chuyên đề",
                    "{==Bộ Ngoại giao tổ chức Phiên họp chuyên đề==}{>>Ghi rõ ngày.<<}", 1)
    md = md.replace("khuôn khổ", "{~~khuôn khổ~>khung~~}", 1)
    md = md.replace("phiên chuyên đề đầu tiên", "{--phiên --}chuyên đề đầu tiên", 1)
    parts["article.md"] = md.encode()
    parts["review.json"] = ('{"reviewer": {"name": "Trần Thị Lan", "email": ""}, "recommendation": '
                            '"minor_revisions", "summary": "Tốt.", "comments": []}').encode()
    back = tmp_path / "back.review"
    with zipfile.ZipFile(back, "w") as out:
        for name, data in parts.items():
            out.writestr(name, data)
    merge_file(store, back)
    return store.get_by_slug(MAIN_SLUG)


def _open(qtbot, window, article):
    window.list_panel.select_article(article.id)
    window.open_article(article.id)
    qtbot.waitUntil(lambda: window.session.current is not None and window.session.current.id == article.id,
                    timeout=10_000)
    panel = window.review_side.panel
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 3, timeout=10_000)
    return panel


def _item(panel, words):
    for i in range(panel.tree.topLevelItemCount()):
        item = panel.tree.topLevelItem(i)
        if words in item.text(0):
            return item
    raise AssertionError(words)


def test_notes_listed_highlighted_and_clicked(qtbot, store, reviewed, make_window):
    w = make_window(store)
    panel = _open(qtbot, w, reviewed)
    assert "Trần Thị Lan" in panel.rounds.text()
    assert w.meta.isAncestorOf(panel.rounds) and panel.rounds.isVisible()   # the rounds: in the details panel
    texts = [panel.tree.topLevelItem(i).text(0) for i in range(3)]
    assert any("Ghi rõ ngày." in t for t in texts)
    assert any(t.startswith("Replace “khuôn khổ” with “khung”") or "khung" in t for t in texts)
    qtbot.waitUntil(lambda: len([s for s in w.editor.extraSelections()
                                 if s.format.background().color().alpha() == 90 or s.format.fontStrikeOut()]) >= 3,
                    timeout=5_000)
    item = _item(panel, "Ghi rõ ngày.")
    panel.tree.setCurrentItem(item)
    panel._clicked(item)
    assert w.editor.textCursor().selectedText() == "Bộ Ngoại giao tổ chức Phiên họp chuyên đề"


def test_accept_is_one_undo_step_and_saved(qtbot, store, reviewed, make_window):
    w = make_window(store)
    panel = _open(qtbot, w, reviewed)
    before = w.editor.markdown()
    item = _item(panel, "khung")
    panel.tree.setCurrentItem(item)
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    assert "khung" in w.editor.markdown() and w.editor.markdown().count("khuôn khổ") == before.count("khuôn khổ") - 1
    assert w.editor.document().availableUndoSteps() > 0
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 2, timeout=10_000)
    from editor_app.core.reviewing.desk import show

    def state(kind):
        return {n.row.kind: n.row.state for n in show(store, MAIN_SLUG).notes}[kind]

    qtbot.waitUntil(lambda: state("replace") == "accepted", timeout=10_000)
    w.editor.undo()   # the text and the decision: the suggestion is open again
    assert w.editor.markdown() == before
    qtbot.waitUntil(lambda: state("replace") == "open" and panel.tree.topLevelItemCount() == 3, timeout=10_000)
    w.editor.redo()
    qtbot.waitUntil(lambda: state("replace") == "accepted" and panel.tree.topLevelItemCount() == 2, timeout=10_000)
    w.session.save_now()
    qtbot.waitUntil(lambda: "khung" in store.get_by_slug(MAIN_SLUG).body, timeout=10_000)
    states = {n.row.kind: n.row.state for n in show(store, MAIN_SLUG).notes}
    assert states["replace"] == "accepted" and states["delete"] == "open"


def test_reject_all_resolve_and_reply(qtbot, store, reviewed, make_window, monkeypatch):
    w = make_window(store)
    panel = _open(qtbot, w, reviewed)
    before = w.editor.markdown()
    qtbot.mouseClick(panel.reject_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 1, timeout=10_000)
    assert w.editor.markdown() == before
    w.editor.undo()   # rejecting is one undo step too: both suggestions come back
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 3, timeout=10_000)
    assert w.editor.markdown() == before
    w.editor.redo()
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 1, timeout=10_000)
    item = _item(panel, "Ghi rõ ngày.")
    panel.tree.setCurrentItem(item)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("Đã thêm ngày.", True))
    qtbot.mouseClick(panel.reply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 1 and panel.tree.topLevelItem(0).childCount() == 1,
                    timeout=10_000)
    assert "Đã thêm ngày." in panel.tree.topLevelItem(0).child(0).text(0)
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.tree.topLevelItem(0) is not None and panel.tree.topLevelItem(0).font(0).italic(),
                    timeout=10_000)
    w.editor.undo()   # resolving too
    qtbot.waitUntil(lambda: panel.tree.topLevelItem(0) is not None and not panel.tree.topLevelItem(0).font(0).italic(),
                    timeout=10_000)
    w.editor.redo()
    qtbot.waitUntil(lambda: panel.tree.topLevelItem(0) is not None and panel.tree.topLevelItem(0).font(0).italic(),
                    timeout=10_000)
    from editor_app.core.reviewing.desk import show

    rows = {n.row.text: n.row for n in show(store, MAIN_SLUG).notes}
    assert rows["Ghi rõ ngày."].state == "resolved"
    assert rows["Đã thêm ngày."].reply_to == rows["Ghi rõ ngày."].id
    assert w.store.gui_calls == [] if hasattr(w.store, "gui_calls") else True


def test_status_changes_are_recorded_and_shown(qtbot, store, reviewed, make_window):
    art = store.get_by_slug(MAIN_SLUG)
    art.status = "in_review"
    store.save_article(art)
    from editor_app.core.reviewing.desk import show

    ((status, by, when),) = show(store, MAIN_SLUG).statuses
    assert status == "in_review" and by == store.editor and when is not None
    w = make_window(store)
    panel = _open(qtbot, w, reviewed)
    from editor_app.ui.list.status import status_label

    assert status_label("in_review") in panel.rounds.text() and store.editor in panel.rounds.text()


def test_comments_are_marked_in_the_preview_not_in_its_html(qtbot, store, reviewed, make_window):
    w = make_window(store)
    _open(qtbot, w, reviewed)
    marks = w.review_side.preview_marks
    qtbot.waitUntil(lambda: marks.quotes == ["Bộ Ngoại giao tổ chức Phiên họp chuyên đề"], timeout=10_000)
    qtbot.waitUntil(lambda: w.preview.current_html() is not None, timeout=30_000)
    counted = []

    def ask():
        marks.count(counted.append)
        return bool(counted) and counted[-1] == 1

    qtbot.waitUntil(ask, timeout=20_000)
    changes = []

    def ask_changes():
        marks.changes(changes.append)
        return bool(changes) and sorted(changes[-1][0]) == ["khuôn khổ", "phiên"] and changes[-1][1] == ["khung"]

    # the removal and the replaced words struck, the replacement written in after them
    qtbot.waitUntil(ask_changes, timeout=20_000)
    assert "Phiên họp chuyên đề" in w.preview.current_html()
    assert "highlight" not in w.preview.current_html()   # the page itself is the exported page
    assert "<ins" not in w.preview.current_html() and "khung" not in w.preview.current_html()
    w.review_side.action.setChecked(False)   # no review panel, no marks
    qtbot.waitUntil(lambda: (marks.changes(changes.append), changes[-1] == [[], []])[1], timeout=20_000)


def test_highlight_script_finds_passages_across_markup():
    """The matching rules, run in the page's engine by the test above; here the script's
    input: only passages with text are sent, as JSON."""
    from editor_app.ui.preview.highlights import highlight_js

    js = highlight_js(["**đậm** và “ngoặc”", "", "  ", {"kind": "insert", "before": "", "after": " ", "new": "x"}])
    assert ('[{"kind": "comment", "quote": "**\\u0111\\u1eadm** v\\u00e0 \\u201cngo\\u1eb7c\\u201d"}]'
            in js)


def test_an_addition_is_written_into_the_preview_where_it_goes(qtbot, store, reviewed, make_window, tmp_path):
    """A second round adds words: the preview shows them in place, in the page only."""
    from editor_app.core.reviewing.desk import merge_file, pack_article

    path = pack_article(store, MAIN_SLUG, tmp_path / "again")
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    md = parts["article.md"].decode()
    assert "tổ chức Phiên họp" in md
    parts["article.md"] = md.replace("tổ chức Phiên họp", "tổ chức {++trọng thể ++}Phiên họp", 1).encode()
    back = tmp_path / "again.review"
    with zipfile.ZipFile(back, "w") as out:
        for name, data in parts.items():
            out.writestr(name, data)
    merge_file(store, back)
    w = make_window(store)
    w.list_panel.select_article(reviewed.id)
    w.open_article(reviewed.id)
    panel = w.review_side.panel
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 4, timeout=10_000)
    assert {"kind": "insert", "new": "trọng thể "} .items() <= next(
        i for i in panel.preview_marks() if i["kind"] == "insert").items()
    qtbot.waitUntil(lambda: w.preview.current_html() is not None, timeout=30_000)
    marks, changes, text = w.review_side.preview_marks, [], []

    def ask():
        marks.changes(changes.append)
        return (bool(changes) and sorted(changes[-1][1]) == ["khung", "trọng thể "]
                and sorted(changes[-1][0]) == ["khuôn khổ", "phiên"])

    qtbot.waitUntil(ask, timeout=20_000)
    w.preview.page.runJavaScript("document.querySelector('main').innerText", 1, text.append)
    qtbot.waitUntil(lambda: bool(text), timeout=10_000)
    assert "tổ chức trọng thể Phiên họp" in text[0].replace("\n", " ")
    assert "trọng thể" not in w.preview.current_html()
