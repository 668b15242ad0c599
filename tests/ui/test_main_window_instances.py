"""Opening the library behind the painted window: a library another program holds, a file
that is not a library, and an old library upgraded behind a busy dialog (the real host)."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import textwrap
import threading

from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from window_support import renderer, start_host, wait_opened  # noqa: F401 - fixtures; sets the Qt environment first


def test_second_instance_is_refused_with_message(qtbot, tmp_path, monkeypatch, start_host):
    from editor_app.core.dto import ArticleData
    from editor_app.core.library.store import Store

    path = tmp_path / "shared.sqlite"
    s = Store.open(path)
    s.create_article(ArticleData(title="Đang mở", body="nội dung"))
    s.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys
            from editor_app.core.library.store import Store
            s = Store.open({str(path)!r})
            print("open", flush=True)
            sys.stdin.readline()
            s.close()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        before = hashlib.sha256(path.read_bytes()).hexdigest()
        shown = []
        monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a))
        monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a))
        from editor_app.ui.window import opening

        offered = []
        monkeypatch.setattr(opening, "ask_read_only", lambda window: offered.append(window) or False)
        host = start_host(path)
        qtbot.waitUntil(lambda: host.exit_code == 2, timeout=20000)
        assert offered == [host.window]   # "Read only" was offered; the user closed instead
        assert len(shown) == 1 and "already open" in shown[0][2]
        assert shown[0][0] is host.window          # over the window, which painted first
        assert not host.store.is_open and not host.window.editor_area.isEnabled()
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before
        host.close()
    finally:
        holder.communicate("\n", timeout=30)
    assert holder.returncode == 0
    again = start_host(path)
    wait_opened(qtbot, again)
    assert again.exit_code == 0 and again.window.list_panel.row_count() == 1
    assert again.window.editor.markdown() == "nội dung"


def test_a_library_in_use_opens_read_only(qtbot, tmp_path, monkeypatch, start_host):
    """Another program holds the library: "Read only" shows it without changing a byte."""
    from editor_app.core.dto import ArticleData
    from editor_app.core.library.store import Store
    from editor_app.ui.window import opening

    path = tmp_path / "shared.sqlite"
    holder = Store.open(path)
    holder.create_article(ArticleData(title="Đang mở", body="nội dung đang viết"))
    try:
        before = hashlib.sha256(path.read_bytes()).hexdigest()
        monkeypatch.setattr(opening, "ask_read_only", lambda window: True)
        host = start_host(path)
        wait_opened(qtbot, host)
        w = host.window
        qtbot.waitUntil(lambda: w.editor.markdown() == "nội dung đang viết", timeout=20000)
        assert w.read_only and w.editor.isReadOnly() and not w.meta.isEnabled()
        assert "Read only" in w.windowTitle() or "Chỉ xem" in w.windowTitle()
        for action in (w.actions_.new, w.actions_.save, w.actions_.import_files, w.actions_.trash,
                       w.actions_.restore_backup):
            assert not action.isEnabled()
        w.editor.setFocus()
        from PySide6.QtCore import Qt

        qtbot.keyClicks(w.editor, "x")
        qtbot.keyClick(w.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert w.editor.markdown() == "nội dung đang viết"
        host.close()
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before
        assert holder.get_by_slug("dang-mo").body == "nội dung đang viết"   # the holder still writes
    finally:
        holder.close()


def test_damaged_library_gets_message_not_traceback(qtbot, tmp_path, monkeypatch, start_host):
    path = tmp_path / "notes.sqlite"
    path.write_text("not a library at all", encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a))
    host = start_host(path)
    qtbot.waitUntil(lambda: host.exit_code == 2, timeout=20000)
    assert "not an article library" in shown[0][2] and "Traceback" not in shown[0][2]
    assert path.read_text(encoding="utf-8") == "not a library at all"


def test_an_unexpected_failure_is_told_in_one_line(qtbot, tmp_path, monkeypatch, start_host):
    from editor_app.ui.window import opening

    def broken(*_args):
        raise ValueError("something odd\nsecond line")

    monkeypatch.setattr(opening, "open_library", broken)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a))
    host = start_host(tmp_path / "x.sqlite")
    qtbot.waitUntil(lambda: host.exit_code == 2, timeout=20000)
    assert "something odd" in shown[0][2] and "second line" not in shown[0][2]


def test_old_library_upgrades_behind_a_busy_dialog(qtbot, tmp_path, monkeypatch, start_host):
    import sqlite3

    from editor_app.core.library import db
    from editor_app.core.library.store import Store

    path = tmp_path / "old.sqlite"
    db.upgrade(path, "0003")
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO articles (id, uuid, title, subtitle, slug, language, summary, body, section, status,"
            " source, doi, license, created_at, updated_at, word_count) VALUES (1, 'u-1', 'Đổi mới', '',"
            " 'doi-moi', 'vi', '', 'nội dung', '', 'draft', '', '', '', '2023-01-01 00:00:00',"
            " '2023-01-02 00:00:00', 2)")
    seen = []
    real_open = Store.open.__func__

    def slow_open(cls, p, **kw):  # what the dialog sees while the upgrade runs on the worker
        import time

        seen.append(threading.current_thread().name)
        time.sleep(0.3)
        return real_open(cls, p, **kw)

    monkeypatch.setattr(Store, "open", classmethod(slow_open))
    shown = []
    real_show = QProgressDialog.show
    monkeypatch.setattr(QProgressDialog, "show", lambda self: (shown.append(self.labelText()), real_show(self)))
    host = start_host(path)
    wait_opened(qtbot, host)
    assert host.exit_code == 0 and host.window.editor.markdown() == "nội dung"
    assert seen and seen[0].startswith("store")           # the store worker, not the GUI thread
    assert len(shown) == 1 and "Upgrading the library" in shown[0]
    qtbot.waitUntil(lambda: not any(isinstance(w, QProgressDialog) and w.isVisible()
                                    for w in QApplication.topLevelWidgets()))
    assert db.inspect_file(path) == db.HEAD_REVISION
    assert len(list(tmp_path.glob("old.backup-0003-*.sqlite"))) == 1
    host.close()
    # a current library opens directly, with no dialog
    again = start_host(path)
    wait_opened(qtbot, again)
    assert len(shown) == 1
