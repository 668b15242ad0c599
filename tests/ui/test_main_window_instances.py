"""A second program on a library that is already open gets a clear message."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import textwrap

from PySide6.QtWidgets import QMessageBox

from window_support import SAMPLES  # noqa: F401 - sets the Qt environment first


def test_second_instance_is_refused_with_message(qtbot, tmp_path, monkeypatch):
    from editor_app import app as app_module
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
        assert app_module.open_store(path) is None
        assert len(shown) == 1 and "already open" in shown[0][2]
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    finally:
        holder.communicate("\n", timeout=30)
    assert holder.returncode == 0
    reopened = app_module.open_store(path)
    assert reopened is not None and reopened.count() == 1
    reopened.close()


def test_damaged_library_gets_message_not_traceback(qtbot, tmp_path, monkeypatch):
    from editor_app import app as app_module

    path = tmp_path / "notes.sqlite"
    path.write_text("not a library at all", encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a))
    assert app_module.open_store(path) is None
    assert "not an article library" in shown[0][2]
    assert path.read_text(encoding="utf-8") == "not a library at all"


def test_old_library_upgrades_behind_a_busy_dialog(qtbot, tmp_path, monkeypatch):
    import sqlite3

    from PySide6.QtWidgets import QApplication, QProgressDialog

    from editor_app import app as app_module
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

    def slow_open(p):  # what the dialog sees while the upgrade runs on the worker thread
        import threading
        import time

        seen.append(threading.current_thread().name)
        time.sleep(0.3)
        return Store.open(p)

    monkeypatch.setattr(app_module, "_open_upgrading",
                        lambda p, fn, real=app_module._open_upgrading: real(p, slow_open))
    shown = []
    monkeypatch.setattr(QProgressDialog, "show", lambda self: (shown.append(self.labelText()),
                                                               QProgressDialog.setVisible(self, True)))
    store = app_module.open_store(path)
    try:
        assert store is not None and store.search("doi moi") == [1]
        assert seen and seen[0].startswith("library-upgrade")
        assert len(shown) == 1 and "Upgrading the library" in shown[0]
        assert not any(isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
        assert db.inspect_file(path) == db.HEAD_REVISION
        assert len(list(tmp_path.glob("old.backup-0003-*.sqlite"))) == 1
    finally:
        if store is not None:
            store.close()
    # a current library opens directly, with no dialog
    again = app_module.open_store(path)
    again.close()
    assert len(shown) == 1
