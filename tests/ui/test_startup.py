"""The program's start: the window paints first, without SQLAlchemy, then the library opens
on the store worker; editing waits for it. The real entry point (``app.main``), in a child."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import window_support  # noqa: F401 - sets the Qt environment first
from window_support import GuardedStore, renderer, start_host, wait_opened  # noqa: F401 - fixtures


def test_window_paints_before_the_library_opens_and_edits_are_saved(tmp_path, sample_files):
    from editor_app.core.importing.importer import import_files
    from editor_app.core.library.store import Store

    library = tmp_path / "lib.sqlite"
    with Store.open(library) as s:
        import_files(s, sample_files)
    code = textwrap.dedent(f"""
        import json, sys
        from PySide6.QtCore import QEvent, QObject, QTimer
        from editor_app import app
        from editor_app.ui.window.main_window import MainWindow
        seen = {{}}
        original_show = MainWindow.show

        class Paint(QObject):
            def eventFilter(self, obj, event):
                if event.type() == QEvent.Type.Paint and "paint" not in seen:
                    w = self.parent()
                    seen["paint"] = dict(
                        sqlalchemy="sqlalchemy" in sys.modules, open=w.store.is_open,
                        spelling="editor_app.core.spelling" in sys.modules,
                        editing=w.editor_area.isEnabled(), placeholder=w.editor.placeholderText(),
                        status=w.statusBar().currentMessage(), saved=w.save_label.isVisible(),
                        empty=w.list_panel.view.empty_label.text())
                return False

        def show(window):
            window._paint_probe = Paint(window)
            window.centralWidget().installEventFilter(window._paint_probe)
            def typed():
                seen["opened"] = dict(open=window.store.is_open, editing=window.editor_area.isEnabled(),
                                      status=window.statusBar().currentMessage(),
                                      saved=window.save_label.isVisible(),
                                      empty=window.list_panel.view.empty_label.text())
                window.editor.insertPlainText("Thêm ")
                QTimer.singleShot(2500, window.close)  # autosave on the way out
            def wait():
                if window.store.is_open and window.editor.toPlainText():
                    typed()
                else:
                    QTimer.singleShot(50, wait)
            wait()
            original_show(window)

        MainWindow.show = show
        code = app.main({str(library)!r}, argv=sys.argv[:1])
        print("RESULT " + json.dumps(dict(seen, code=code, interval=sys.getswitchinterval())))
    """)
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), LANGUAGE="en", LC_ALL="C.UTF-8")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=180, env=env)
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("RESULT ")), None)
    assert line, out.stderr[-3000:]
    result = json.loads(line[7:])
    first = result["paint"]
    assert first["sqlalchemy"] is False and first["open"] is False, first   # painted first
    assert first["spelling"] is False, first   # the word lists load for the marks, after the text
    assert first["editing"] is False and "Opening the library" in first["placeholder"], first
    assert "Opening the library" in first["empty"]
    assert first["status"] == "" and first["saved"] is False   # nothing said to be saved yet
    assert result["opened"] == dict(open=True, editing=True, status="", saved=True, empty=""), result
    assert result["code"] == 0 and result["interval"] == 0.005   # the interpreter's default
    with Store.open(library) as s:
        assert any("Thêm " in s.get_article(i).body for i in s.list_ids())  # the edit was saved


def start_guarded(qtbot, path, monkeypatch, start_host):
    """The app's host on ``path``, its store wrapped in ``GuardedStore`` as it opens; once
    the first article is on screen: (host, [the guard])."""
    from editor_app.ui.window import opening

    guards = []
    real = opening.open_library
    monkeypatch.setattr(opening, "open_library",
                        lambda *a: guards.append(GuardedStore(real(*a))) or guards[-1])
    host = start_host(path)
    wait_opened(qtbot, host)
    return host, guards


def test_the_app_flow_makes_no_store_call_on_the_gui_thread(qtbot, library_path, monkeypatch, start_host):
    """Opened on the worker, used, closed on the worker: the store is guarded throughout."""
    from editor_app.core.dto import ArticleData
    from editor_app.core.library.store import Store

    with Store.open(library_path) as s:
        s.create_article(ArticleData(title="Bài", body="nội dung"))
    host, guards = start_guarded(qtbot, library_path, monkeypatch, start_host)
    window = host.window
    window.editor.insertPlainText("Thêm ")
    qtbot.waitUntil(lambda: not window.session.dirty, timeout=5000)
    window.new_article()
    qtbot.waitUntil(lambda: window.list_panel.row_count() == 2, timeout=5000)
    host.close()
    assert guards and guards[0].gui_calls == [] and guards[0].worker_calls > 5
    with Store.open(library_path) as s:   # closed on the worker: the lock is free
        assert any("Thêm " in s.get_article(i).body for i in s.list_ids())


def test_a_window_closed_before_it_painted_closes_at_once_and_opens_nothing(qtbot, library_path, start_host):
    import time

    from editor_app.core.dto import ArticleData
    from editor_app.core.library.store import Store

    with Store.open(library_path) as s:
        s.create_article(ArticleData(title="Bài", body="nội dung"))
    host = start_host(library_path)   # not shown long enough to paint
    started = time.monotonic()
    host.window.close()
    assert time.monotonic() - started < 1.5   # the opening does not wait for a paint
    assert not host.store.is_open
    with Store.open(library_path) as s:   # nothing holds the library
        assert s.count() == 1


def test_imports_after_the_interface_loads_are_python_s_own():
    """PySide6's __feature__ import hook reads the source of every module imported after it
    (SQLAlchemy's 150 on the store worker): the interface puts Python's import back."""
    import builtins
    import importlib
    import sys

    import editor_app.ui  # noqa: F401
    from PySide6.support import feature

    assert builtins.__import__ is builtins.__orig_import__
    sys.modules.pop("colorsys", None)
    feature.pyside_feature_dict.pop("colorsys", None)
    importlib.reload(editor_app.ui)   # again: nothing to change, nothing broken
    exec("import colorsys", {"__name__": "after_ui"})
    assert "colorsys" not in feature.pyside_feature_dict   # not inspected: no hook ran
    from PySide6.QtCore import Qt
    assert Qt.AlignmentFlag.AlignLeft.value == 1   # PySide6 itself unchanged


def test_the_newest_article_is_read_before_the_list(qtbot, library_path, monkeypatch, start_host):
    """On opening, the store worker reads the article the list shows first (one id, then
    its article) before the list itself: the text is not kept waiting for 10,000 rows. The
    list then fills and selects it."""
    import dataclasses

    from editor_app.core.dto import ArticleData
    from editor_app.core.library.store import Store

    with Store.open(library_path) as s:
        ids = [s.create_article(ArticleData(title=f"Bài {n}", body=f"Nội dung {n}.")).id for n in range(5)]
        newest = s.save_article(dataclasses.replace(s.get_article(ids[2]), body="Sửa sau cùng.")).id
    host, guards = start_guarded(qtbot, library_path, monkeypatch, start_host)
    window = host.window
    assert window.editor.toPlainText() == "Sửa sau cùng."
    qtbot.waitUntil(lambda: window.list_panel.row_count() == 5, timeout=5000)
    assert window.list_panel.id_at(0) == newest and window.list_panel.current_article_id() == newest
    assert window.list_panel.view.currentIndex().row() == 0
    calls = [(name, kw.get("limit")) for name, kw in guards[0].worker_log
             if name in ("list_ids", "get_article", "rows")]
    assert calls[:2] == [("list_ids", 1), ("get_article", None)], calls
    assert calls.index(("list_ids", None)) > 1 and ("rows", None) in calls[2:], calls


def test_the_first_article_falls_back_to_the_list_s_first(tmp_path):
    """``first_article``: the article open before a language change, unless it is gone; else
    the first one the list shows (its sort and filter); None for an empty list."""
    import dataclasses

    from editor_app.core.dto import ArticleData
    from editor_app.core.library.store import Store
    from editor_app.ui.window.article_opener import first_article

    newest = dict(sort="updated", descending=True, status=None, search_text=None)
    with Store.open(tmp_path / "lib.sqlite") as s:
        a = s.create_article(ArticleData(title="Bài A", body="A"))
        b = s.create_article(ArticleData(title="Bài B", body="B", status="published"))
        a = s.save_article(dataclasses.replace(s.get_article(a.id), body="A2"))
        assert first_article(s, None, newest).id == a.id
        assert first_article(s, b.id, newest).id == b.id
        assert first_article(s, 9999, newest).id == a.id   # gone: the list's first
        assert first_article(s, None, dict(newest, status="published")).id == b.id
        assert first_article(s, None, dict(newest, sort="title", descending=True)).id == b.id
        assert first_article(s, None, dict(newest, search_text="không có đâu")) is None
        s.trash_article(a.id)
        s.trash_article(b.id)
        assert first_article(s, None, newest) is None


def test_an_empty_list_opens_with_editing_off_and_the_list_loaded(qtbot, library_path, start_host):
    from editor_app.core.dto import ArticleData
    from editor_app.core.library.store import Store

    with Store.open(library_path) as s:
        s.trash_article(s.create_article(ArticleData(title="Bài", body="nội dung")).id)
    host = start_host(library_path)
    window = host.window
    qtbot.waitUntil(lambda: host.store is not None and host.store.is_open
                    and not window.list_panel.is_loading() and not window.is_opening(), timeout=20000)
    assert window.list_panel.row_count() == 0 and window.editor.toPlainText() == ""
    assert not window.editor_area.isEnabled()
    assert window.list_panel.view.empty_label.text() != "" and "Opening" not in window.list_panel.view.empty_label.text()
