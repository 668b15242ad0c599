"""Backups in the window: made on close and while editing (only after changes),
File → Restore from backup…, the damaged-library offer, and opening notices.
Real library files, real backups (core.backups), real widgets."""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from editor_app.core.library import backups
from editor_app.core.errors import Notice
from editor_app.core.library.store import Store

from window_support import make_window, renderer, start_host, type_text, wait_opened  # noqa: F401 - fixtures


@pytest.fixture(autouse=True)
def english(qapp):
    """The interface in English as the program runs it (English plural forms loaded)."""
    from PySide6.QtCore import QTranslator

    from editor_app.core.resources import resource_path

    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "editor_app_en.qm")))
    QApplication.installTranslator(translator)
    yield
    QApplication.removeTranslator(translator)


def article(store, title: str, body: str = ""):
    a = store.create_article()
    a.title, a.body = title, body
    return store.save_article(a)


def titles_in(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return sorted(r[0] for r in conn.execute("SELECT title FROM articles WHERE deleted_at IS NULL"))
    finally:
        conn.close()


class ModalDriver:
    """Acts on the modal dialogs that open, one step per dialog (by objectName or type)."""

    def __init__(self, steps):
        self.steps = list(steps)
        self.seen: list = []
        self.timer = QTimer(interval=50)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self._last = None

    def _tick(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or modal is self._last or not self.steps or not modal.isVisible():
            return
        self._last = modal
        self.seen.append(modal)
        step = self.steps.pop(0)
        # its own single-shot timer: a step that opens the next modal dialog blocks in
        # exec(), and Qt never fires this (repeating) timer again from inside its slot
        QTimer.singleShot(0, lambda: step(modal))

    def stop(self) -> None:
        self.timer.stop()


# -- backups while the window is open ---------------------------------------------------------
def test_close_backs_up_only_after_a_change(qtbot, store, library_path, make_window):
    article(store, "Bài", "thân")
    w = make_window(store)
    w.close()
    assert backups.list_backups(library_path) == []   # nothing changed: no backup
    w2 = make_window(store)
    w2.editor.setFocus()
    qtbot.waitUntil(w2.editor.hasFocus)
    type_text(qtbot, w2.editor, "mới ")
    w2.close()
    made = backups.list_backups(library_path)
    assert len(made) == 1 and made[0].articles == 1
    conn = sqlite3.connect(f"file:{made[0].path}?mode=ro&immutable=1", uri=True)
    assert conn.execute("SELECT body FROM articles").fetchone()[0] == "mới thân"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_periodic_backup_runs_off_the_gui_thread_only_when_something_changed(
        qtbot, store, library_path, make_window, monkeypatch):
    from editor_app.ui.window import backup_timer

    threads = []
    real = backup_timer.make_backup
    monkeypatch.setattr(backup_timer, "make_backup",
                        lambda p: threads.append(threading.current_thread().name) or real(p))
    a = article(store, "Bài", "thân")
    w = make_window(store)
    w.care.backups.timer.setInterval(300)
    qtbot.wait(800)
    assert backups.list_backups(library_path) == []    # no change yet: no backup
    w.editor.setFocus()
    qtbot.waitUntil(w.editor.hasFocus)
    QTest.keyClicks(w.editor, "x")
    qtbot.waitUntil(lambda: len(backups.list_backups(library_path)) == 1, timeout=5000)
    assert threads and all(t.startswith("backup") for t in threads)    # its own worker
    assert threads[0] != threading.current_thread().name
    qtbot.wait(1000)                                   # nothing changed since: no second backup
    assert len(backups.list_backups(library_path)) == 1
    assert titles_in(backups.list_backups(library_path)[0].path) == [a.title]


def test_close_waits_for_a_running_backup_then_backs_up_the_latest_changes(
        qtbot, store, library_path, make_window, monkeypatch):
    import time

    from PySide6.QtWidgets import QProgressDialog

    from editor_app.ui.window import backup_timer

    real = backup_timer.make_backup
    monkeypatch.setattr(backup_timer, "make_backup", lambda p: time.sleep(3.0) or real(p))
    a = article(store, "Bài", "")
    w = make_window(store)
    w.editor.setFocus()
    qtbot.waitUntil(w.editor.hasFocus)
    QTest.keyClicks(w.editor, "one")
    w._flush()
    assert w.care.backups.backup_if_changed() is not None      # a slow periodic backup starts
    QTest.keyClicks(w.editor, " two")
    started = time.monotonic()
    assert w._flush()                                            # saving is not held up by it
    assert time.monotonic() - started < 1.5  # the backup takes 3 s: a flush that waited for it would too
    busy = []
    QTimer.singleShot(700, lambda: busy.extend(d.labelText() for d in w.findChildren(QProgressDialog)))
    w.close()
    assert busy == ["Making a backup copy of the library…"]   # the window never looks hung
    made = backups.list_backups(library_path)
    assert len(made) == 2
    conn = sqlite3.connect(f"file:{made[0].path}?mode=ro&immutable=1", uri=True)
    assert conn.execute("SELECT body FROM articles WHERE id = ?", (a.id,)).fetchone()[0] == "one two"
    conn.close()


def test_a_failed_backup_is_said_in_one_line(qtbot, store, library_path, make_window):
    article(store, "Bài")
    backups.backup_dir(library_path).write_text("a file where the backup folder goes")
    w = make_window(store)
    w.care.backups.timer.setInterval(200)
    w.editor.setFocus()
    qtbot.waitUntil(w.editor.hasFocus)
    QTest.keyClicks(w.editor, "x")
    qtbot.waitUntil(lambda: "could not be backed up" in w.statusBar().currentMessage(), timeout=5000)
    message = w.statusBar().currentMessage()
    assert "\n" not in message and str(backups.backup_dir(library_path)) in message


# -- File → Restore from backup… -----------------------------------------------------------------
def _three_backups(store, library_path):
    made = []
    for n, hour in enumerate((9, 10, 11), start=1):
        article(store, f"Bài {n}")
        made.append(backups.make_backup(library_path, now=datetime(2026, 3, 2, hour, 0, 0)))
    return made


def test_restore_dialog_lists_backups_newest_first_and_enter_never_restores(qtbot, store, library_path):
    from editor_app.ui.dialogs.backups import RestoreBackupDialog

    _three_backups(store, library_path)
    dialog = RestoreBackupDialog(library_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    rows = [[dialog.list.topLevelItem(i).text(c) for c in range(3)] for i in range(dialog.list.topLevelItemCount())]
    assert [r[1] for r in rows] == ["3", "2", "1"]           # newest first, with article counts
    assert "11" in rows[0][0] and "9" in rows[2][0]
    assert all(r[2] for r in rows)
    assert not dialog.restore_button.isDefault() and not dialog.restore_button.autoDefault()
    dialog.activateWindow()
    dialog.list.setFocus()
    qtbot.waitUntil(dialog.list.hasFocus)
    driver = ModalDriver([lambda box: QTest.keyClick(box, Qt.Key.Key_Return)])
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(200)
    driver.stop()
    assert dialog.chosen is None and dialog.isVisible()
    box = dialog.confirm(dialog.selected())
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert box.escapeButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert "(3 articles)" in box.text()
    box.deleteLater()


def test_restore_from_backup_replaces_the_library_and_keeps_the_previous_file(
        qtbot, tmp_path, library_path, renderer):
    from editor_app.ui.window.host import LibraryHost

    store = Store.open(library_path)
    article(store, "Giữ lại")
    backup = backups.make_backup(library_path)
    article(store, "Sau bản sao lưu")
    host = LibraryHost(library_path, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), renderer)
    host.show(store)
    first = host.window
    qtbot.waitExposed(first)
    texts = []

    def pick(dialog):
        assert dialog.list.topLevelItemCount() == 1
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    def confirm(box):
        texts.append(box.text())
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    driver = ModalDriver([pick, confirm])
    try:
        first.actions_.restore_backup.trigger()
        qtbot.waitUntil(lambda: host.window is not None and host.window is not first, timeout=15000)
    finally:
        driver.stop()
    wait_opened(qtbot, host)
    try:
        assert "(1 article)" in texts[0]
        assert sorted(host.store.rows(host.store.list_ids())[i].title
                      for i in host.store.list_ids()) == ["Giữ lại"]
        kept = library_path.with_name(library_path.name + ".damaged")
        assert kept.exists() and titles_in(kept) == ["Giữ lại", "Sau bản sao lưu"]
        qtbot.waitUntil(lambda: host.window.care.notices.box is not None, timeout=5000)
        text = host.window.care.notices.box.text()
        assert str(kept) in text and backup.path.name in text
    finally:
        host.window.close()
        host.close()


# -- a damaged library at start -------------------------------------------------------------------
def _damaged_library(library_path: Path) -> None:
    store = Store.open(library_path)
    for n in range(40):
        article(store, f"Bài {n}", ("Nội dung dài. " * 400) + str(n))
    store.close()
    assert backups.make_backup(library_path) is not None
    data = bytearray(library_path.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 8192] = bytes(range(256)) * 32
    library_path.write_bytes(bytes(data))


def test_a_damaged_library_offers_its_newest_good_backup(qtbot, library_path, start_host):
    _damaged_library(library_path)
    damaged = library_path.read_bytes()
    seen = []

    def decline(box):   # Enter alone: the default is Close, nothing is restored
        seen.append(box)
        assert box.defaultButton() is box.escapeButton()
        assert box.defaultButton().text() != "Restore the backup"
        QTest.keyClick(box, Qt.Key.Key_Return)

    driver = ModalDriver([decline])
    try:
        host = start_host(library_path)
        qtbot.waitUntil(lambda: host.exit_code == 2, timeout=30000)
    finally:
        driver.stop()
    assert "newest good backup" in seen[0].text() and str(library_path) in seen[0].text()
    assert library_path.read_bytes() == damaged and not list(library_path.parent.glob("*.damaged*"))
    host.close()

    def restore(box):
        button = next(b for b in box.buttons() if b.text() == "Restore the backup")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    driver = ModalDriver([restore])
    try:
        host = start_host(library_path)
        wait_opened(qtbot, host, timeout=30000)
    finally:
        driver.stop()
    assert host.exit_code == 0 and host.window.list_panel.row_count() == 40
    kept = library_path.with_name(library_path.name + ".damaged")
    assert kept.read_bytes() == damaged                    # kept, byte for byte, never deleted
    qtbot.waitUntil(lambda: host.window.care.notices.box is not None, timeout=5000)
    text = host.window.care.notices.box.text()
    assert str(kept) in text


def test_a_damaged_library_without_backup_says_so(qtbot, library_path, monkeypatch, start_host):
    _damaged_library(library_path)
    for info in backups.list_backups(library_path):
        info.path.unlink()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    host = start_host(library_path)
    qtbot.waitUntil(lambda: host.exit_code == 2, timeout=30000)
    assert "No good backup" in shown[0] and "Traceback" not in shown[0]
    assert str(backups.backup_dir(library_path)) in shown[0]


# -- notices from opening ---------------------------------------------------------------------------
def test_notices_are_shown_once_without_blocking_the_window(qtbot, store, tmp_path, make_window):
    article(store, "Bài")
    copy = tmp_path / "library.sqlite-wal.damaged"
    store.notices = [Notice("search-rebuilt", "rebuilt"),
                     Notice("wal-recovered", "lost", path=copy, count=3)]
    w = make_window(store)
    qtbot.waitUntil(lambda: w.care.notices.box is not None and w.care.notices.box.isVisible(), timeout=3000)
    box = w.care.notices.box
    assert "rebuilt" in box.text() and str(copy) in box.text() and "3 saved changes" in box.text()
    assert box.windowModality() == Qt.WindowModality.NonModal and QApplication.activeModalWidget() is None
    box.close()
    w.hide()
    w.show()
    qtbot.wait(400)
    assert w.care.notices.box is None   # each notice once


def test_an_empty_leftover_library_is_replaced_and_the_window_says_where_it_went(
        qtbot, library_path, make_window):
    conn = sqlite3.connect(library_path)
    conn.execute("PRAGMA user_version = 0")
    conn.execute("CREATE TABLE t(x)")
    conn.execute("DROP TABLE t")
    conn.close()
    store = Store.open(library_path)
    try:
        kinds = [n.kind for n in store.notices]
        assert "empty-replaced" in kinds
        w = make_window(store)
        qtbot.waitUntil(lambda: w.care.notices.box is not None, timeout=3000)
        aside = store.notices[kinds.index("empty-replaced")].path
        assert str(aside) in w.care.notices.box.text() and "set aside" in w.care.notices.box.text()
        w.close()
    finally:
        store.close()


@pytest.mark.parametrize("kind", ["wal-recovered", "empty-replaced", "search-rebuilt", "damaged-rows"])
def test_each_notice_kind_has_its_vietnamese_text(qapp, kind):
    from PySide6.QtCore import QTranslator

    from editor_app.core.resources import resource_path
    from editor_app.ui.dialogs.notices import notice_text

    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "editor_app_vi.qm")))
    english = notice_text(Notice(kind, "x", path="/tmp/a", count=2))
    assert "(s)" not in english
    QApplication.installTranslator(translator)
    try:
        vietnamese = notice_text(Notice(kind, "x", path="/tmp/a", count=2))
    finally:
        QApplication.removeTranslator(translator)
    assert vietnamese != english and vietnamese.strip()
    assert ("/tmp/a" in vietnamese) == ("/tmp/a" in english)
