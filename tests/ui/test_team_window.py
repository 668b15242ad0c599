"""Two windows on one team library (PostgreSQL): conflicts merge or are settled, the list
shows who has an article open, and a server that goes away loses no keystroke."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from editor_app.core.dto import ArticleData
from editor_app.core.library import journal
from editor_app.core.library.store import Store
from window_support import make_window, open_and_wait, renderer, settle, start_host, type_text  # noqa: F401

BODY = "Đoạn một về ngoại giao.\n\nĐoạn hai về báo chí.\n\nĐoạn ba kết luận."


@pytest.fixture
def two_editors(pg_library):
    lan, minh = Store.open(pg_library, editor="Lan"), Store.open(pg_library, editor="Minh")
    art = lan.create_article(ArticleData(title="Bài chung", body=BODY))
    yield lan, minh, art
    lan.close()
    minh.close()


def _type_at(qtbot, w, position: int, text: str) -> None:
    cursor = w.editor.textCursor()
    cursor.setPosition(position)
    w.editor.setTextCursor(cursor)
    w.editor.setFocus()
    type_text(qtbot, w.editor, text)


def _reader(pg_library):
    return Store.open(pg_library, readonly=True)


def test_changes_to_different_paragraphs_merge_on_their_own(qtbot, two_editors, make_window, pg_library):
    lan, minh, art = two_editors
    a, b = make_window(lan), make_window(minh)
    open_and_wait(qtbot, a, art.id)
    open_and_wait(qtbot, b, art.id)
    _type_at(qtbot, a, len(BODY), " Lan thêm.")
    qtbot.waitUntil(lambda: _reader(pg_library).get_article(art.id).version == 2, timeout=5000)
    _type_at(qtbot, b, 0, "Minh: ")
    want = "Minh: " + BODY + " Lan thêm."
    qtbot.waitUntil(lambda: _reader(pg_library).get_article(art.id).body == want, timeout=8000)
    assert b.editor.markdown() == want and b.session.conflict is None
    stored = _reader(pg_library).get_article(art.id)
    assert (stored.version, stored.updated_by) == (3, "Minh")
    assert "Lan" in b.statusBar().currentMessage()


def test_the_same_passage_opens_the_comparison_and_keep_mine_wins(qtbot, two_editors, make_window, pg_library):
    from editor_app.ui.dialogs.conflict import ConflictDialog

    lan, minh, art = two_editors
    a, b = make_window(lan), make_window(minh)
    open_and_wait(qtbot, a, art.id)
    open_and_wait(qtbot, b, art.id)
    where = BODY.index("báo chí")
    _type_at(qtbot, a, where, "LAN ")
    qtbot.waitUntil(lambda: _reader(pg_library).get_article(art.id).version == 2, timeout=5000)
    _type_at(qtbot, b, where, "MINH ")
    qtbot.waitUntil(lambda: b.team.dialog is not None and b.team.dialog.isVisible(), timeout=8000)
    dialog: ConflictDialog = b.team.dialog
    from PySide6.QtWidgets import QLabel

    assert "Lan" in dialog.findChild(QLabel, "conflictHeadline").text()
    assert "LAN báo chí" in dialog.theirs_view.toPlainText()
    assert "MINH báo chí" in dialog.mine_view.toPlainText()
    # the library still holds Lan's version; Minh's text is kept on this computer meanwhile
    assert "MINH" not in _reader(pg_library).get_article(art.id).body
    type_text(qtbot, b.editor, "thêm ")   # typing goes on while the conflict is open
    b.session.save_now()
    kept = journal.pending(minh.path)
    assert kept and "MINH thêm " in kept[-1].article.body
    qtbot.mouseClick(dialog.buttons["mine"], Qt.MouseButton.LeftButton)
    want = BODY[:where] + "MINH thêm báo chí" + BODY[where + len("báo chí"):]
    qtbot.waitUntil(lambda: _reader(pg_library).get_article(art.id).body == want, timeout=8000)
    qtbot.waitUntil(lambda: journal.pending(minh.path) == [], timeout=3000)


def test_the_list_shows_who_has_the_article_open(qtbot, two_editors, make_window):
    lan, minh, art = two_editors
    a, b = make_window(lan), make_window(minh)
    open_and_wait(qtbot, a, art.id)
    a.team.heartbeat()
    settle(qtbot, a.ops)
    b.team.heartbeat()
    qtbot.waitUntil(lambda: b.list_panel.model.open_elsewhere.get(art.id) == ["Lan"], timeout=5000)
    row = b.list_panel.model.row_of(art.id)
    index = b.list_panel.model.index(row, 0)
    assert "Lan" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    # Lan adds an article: Minh's list shows it at the next heartbeat
    count = b.list_panel.row_count()
    lan.create_article(ArticleData(title="Bài mới của Lan"))
    b.team.heartbeat()
    qtbot.waitUntil(lambda: b.list_panel.row_count() == count + 1, timeout=5000)


def test_a_server_that_goes_away_loses_no_keystroke(qtbot, make_window, tmp_path):
    from pg_support import cluster, pg_db, pg_exec, postgres_installed, start_cluster

    if not postgres_installed():
        pytest.skip("PostgreSQL is not installed here")
    admin, folder = start_cluster()
    try:
        pg_exec(admin, "CREATE DATABASE lib")
        url = pg_db(admin, "lib")
        store = Store.open(url)
        art = store.create_article(ArticleData(title="Ngoại tuyến", body="Gốc."))
        w = make_window(store)
        open_and_wait(qtbot, w, art.id)
        cluster("pause", folder)
        w.team.heartbeat()   # nobody typing: the heartbeat finds the server gone
        qtbot.waitUntil(lambda: w.team.bar.isVisible(), timeout=15000)
        assert "server" in w.team.bar.text()
        _type_at(qtbot, w, len("Gốc."), " Gõ khi mất mạng.")
        qtbot.waitUntil(lambda: bool(journal.pending(url)) and "mất mạng" in journal.pending(url)[-1].article.body,
                        timeout=5000)
        # the preview goes on showing the article as typed (not an error page)
        qtbot.waitUntil(lambda: "Gõ khi mất mạng." in (w.preview.current_html() or ""), timeout=10000)
        assert "cannot reach" not in w.preview.current_html()
        type_text(qtbot, w.editor, " Vẫn gõ.")
        qtbot.waitUntil(lambda: "Vẫn gõ." in journal.pending(url)[-1].article.body, timeout=5000)
        cluster("resume", folder)
        qtbot.waitUntil(lambda: not w.team.bar.isVisible(), timeout=20000)
        with Store.open(url, readonly=True) as reader:
            assert reader.get_article(art.id).body == "Gốc. Gõ khi mất mạng. Vẫn gõ."
        assert journal.pending(url) == []
    finally:
        cluster("stop", folder)


def test_a_refused_login_asks_for_the_password_and_opens(qtbot, pg_admin_url, start_host, tmp_path):
    """A team library whose password is in no keychain: the window asks for it, then opens."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from pg_support import drop_password_library, password_library
    from window_support import wait_opened

    secret = "mật khẩu tòa soạn"
    url = password_library(pg_admin_url, "pwwin", secret)
    asked = []

    def answer():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "teamLibraryDialog":
            QTimer.singleShot(50, answer)
            return
        asked.append(dialog.problem.text())
        dialog.remember.setChecked(False)   # not the machine's real keychain
        dialog.password_edit.setText(secret)
        dialog.buttons.accepted.emit()

    QTimer.singleShot(50, answer)
    try:
        host = start_host(url)
        qtbot.waitUntil(lambda: bool(asked), timeout=20000)
        qtbot.waitUntil(lambda: host.window is not None and host.store is not None and host.store.is_open,
                        timeout=20000)
        wait_opened(qtbot, host)
        assert host.exit_code == 0 and "pwtest" in asked[0]
        assert host.window.store.is_server and secret not in host.window.windowTitle()
        host.close()
        settings = (tmp_path / "settings.ini").read_text("utf-8")
        assert "pwwin" in settings and secret not in settings and "m%E1%BA%ADt" not in settings
    finally:
        drop_password_library(pg_admin_url, "pwwin")


def test_an_article_open_and_untouched_here_follows_what_another_editor_saves(
        qtbot, two_editors, make_window, pg_library):
    lan, minh, art = two_editors
    a, b = make_window(lan), make_window(minh)
    open_and_wait(qtbot, a, art.id)
    open_and_wait(qtbot, b, art.id)
    cursor = b.editor.textCursor()
    cursor.setPosition(5)
    b.editor.setTextCursor(cursor)
    b.team.heartbeat()   # Minh's window learns the library's change stamp
    settle(qtbot, b.ops)
    _type_at(qtbot, a, len(BODY), " Lan thêm.")
    qtbot.waitUntil(lambda: _reader(pg_library).get_article(art.id).version == 2, timeout=5000)
    b.team.heartbeat()
    qtbot.waitUntil(lambda: b.editor.markdown() == BODY + " Lan thêm.", timeout=5000)
    assert b.session.current.version == 2 and not b.session.dirty
    assert b.editor.textCursor().position() == 5 and "Lan" in b.statusBar().currentMessage()
    # Minh types now: the next version of Lan's is not loaded over it, the save merges both
    _type_at(qtbot, b, 0, "Minh: ")
    lan_art = lan.get_article(art.id)
    lan_art.title = "Bài chung (Lan)"
    lan.save_article(lan_art)
    b.team.heartbeat()
    settle(qtbot, b.ops)
    assert b.editor.markdown().startswith("Minh: ")
    qtbot.waitUntil(lambda: _reader(pg_library).get_article(art.id).body == "Minh: " + BODY + " Lan thêm.",
                    timeout=8000)
    assert _reader(pg_library).get_article(art.id).title == "Bài chung (Lan)"
