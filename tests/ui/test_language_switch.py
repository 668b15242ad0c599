"""View → Language switches the interface at once: the window is rebuilt in the language
chosen, on the same library and article, and nothing typed is lost."""

from __future__ import annotations

import window_support  # noqa: F401 - sets the Qt environment first
from test_editor_support import type_text
from window_support import renderer, start_host, wait_opened  # noqa: F401 - fixtures

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QMenu

from editor_app.core.dto import ArticleData
from editor_app.core.library.store import Store


@pytest.fixture
def english_first(qapp):
    """Whatever the test switches to, the program's translators are gone afterwards."""
    from editor_app.ui import i18n

    saved = QLocale()
    yield
    i18n.install_translators(qapp, "en")   # removes what the test installed
    for translator in i18n._INSTALLED:
        qapp.removeTranslator(translator)
    i18n._INSTALLED.clear()
    QLocale.setDefault(saved)


def _language_action(window, label: str):
    for menu in window.findChildren(QMenu):
        for action in menu.actions():
            if action.text() == label and action.isCheckable():
                return action
    raise AssertionError(f"no language item {label!r}")


def _switch(qtbot, host, label: str):
    before = host.window
    _language_action(before, label).trigger()
    qtbot.waitUntil(lambda: host.window is not None and host.window is not before, timeout=15000)
    wait_opened(qtbot, host)


def test_the_language_changes_at_once_and_nothing_is_lost(qtbot, tmp_path, start_host, english_first):
    path = tmp_path / "library.sqlite"
    with Store.open(path) as store:
        ids = [store.create_article(ArticleData(title=t, body=f"Nội dung của {t.lower()}.")).id
               for t in ("Bài thứ nhất", "Bài thứ hai")]
    QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat).setValue("ui/language", "en")
    host = start_host(path)
    wait_opened(qtbot, host)
    window = host.window
    assert [a.text() for a in window.menuBar().actions()][0] == "&File"
    other = next(i for i in ids if i != window.session.current.id)   # not the one opened first
    window.list_panel.select_article(other)
    window.open_article(other)
    qtbot.waitUntil(lambda: window.session.current.id == other, timeout=10000)
    opened = window.session.current.title
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    type_text(qtbot, window.editor, " Vừa gõ xong")       # not saved yet: the switch saves it

    _switch(qtbot, host, "Tiếng Việt")
    window = host.window
    assert [a.text() for a in window.menuBar().actions()] == ["&Tệp", "&Sửa", "&Xem", "Trợ &giúp"]
    qtbot.waitUntil(lambda: window.session.current is not None, timeout=10000)
    assert window.session.current.title == opened                      # the same article
    assert window.editor.markdown().endswith(" Vừa gõ xong")          # what was typed
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Hủy"  # Qt's own strings too
    assert _language_action(window, "Tiếng Việt").isChecked()

    _switch(qtbot, host, "English")
    window = host.window
    assert [a.text() for a in window.menuBar().actions()][0] == "&File"
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    host.close()                                                     # as the program ends
    with Store.open(path) as store:
        bodies = [store.get_article(i).body for i in ids]
    assert any(b.endswith(" Vừa gõ xong") for b in bodies)
