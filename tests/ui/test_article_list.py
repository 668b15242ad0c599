"""The article list panel against a real library: sorting, search, filters, selection."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QLocale, QPoint, Qt  # noqa: E402

from editor_app.core.dto import ArticleData  # noqa: E402
from editor_app.core.library.store import Store  # noqa: E402
from editor_app.ui.list.panel import ArticleListPanel  # noqa: E402
from editor_app.ui.list.cells import STATUS, TITLE, UPDATED  # noqa: E402
from editor_app.ui.list.status import status_label  # noqa: E402
from editor_app.ui.operations.tasks import TaskRunner  # noqa: E402

ARTICLES = [  # created one by one, oldest first
    ("Đổi mới công tác báo chí cách mạng", "published", "Lý luận"),
    ("An toàn thông tin trong tòa soạn", "draft", "Thực tiễn"),
    ("Báo chí và trí tuệ nhân tạo", "in_review", "Quốc tế"),
    ("Chuyển đổi số ở cơ quan báo chí", "published", "Thực tiễn"),
    ("Ảnh báo chí thời mạng xã hội", "draft", ""),
]


@pytest.fixture
def lib(tmp_path):
    store = Store.open(tmp_path / "library.sqlite")
    for title, status, section in ARTICLES:
        store.create_article(ArticleData(title=title, status=status, section=section, body="Nội dung."))
    yield store
    store.close()


@pytest.fixture
def runner():
    r = TaskRunner("test-store")
    yield r
    r.shutdown()


@pytest.fixture
def panel(qtbot, lib, runner):
    p = ArticleListPanel(lib, runner)
    qtbot.addWidget(p)
    p.resize(700, 400)
    p.show()
    wait_loaded(qtbot, p)
    return p


def wait_loaded(qtbot, panel):
    qtbot.waitUntil(lambda: not panel.model.is_loading() and not panel._search_timer.isActive(),
                    timeout=5000)


def shown_titles(panel) -> list[str]:
    proxy = panel.proxy
    return [proxy.index(r, TITLE).data() for r in range(proxy.rowCount())]


def click_header(qtbot, panel, column):
    header = panel.view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    wait_loaded(qtbot, panel)


def click_row(qtbot, panel, row):
    rect = panel.view.visualRect(panel.proxy.index(row, TITLE))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_lists_all_articles_newest_first(panel, lib):
    assert shown_titles(panel) == [t for t, _s, _c in reversed(ARTICLES)]
    assert panel.count_label.text() == f"{QLocale().toString(len(ARTICLES))} articles"
    first = panel.proxy.index(0, STATUS)
    assert first.data() == status_label("draft")
    assert not first.data(Qt.ItemDataRole.DecorationRole).isNull()      # the coloured dot
    assert panel.proxy.index(0, UPDATED).data()                           # a formatted date
    assert not panel.view.empty_label.isVisible()
    assert panel.view.horizontalHeader().sortIndicatorSection() == UPDATED


def test_header_clicks_sort_through_the_store(qtbot, panel, lib):
    titles = [t for t, _s, _c in ARTICLES]
    click_header(qtbot, panel, TITLE)
    order = panel.view.horizontalHeader().sortIndicatorOrder()
    from editor_app.core.collation import sort_key

    ascending = sorted(titles, key=sort_key)       # Vietnamese alphabetical order
    expected = ascending if order == Qt.SortOrder.AscendingOrder else ascending[::-1]
    assert shown_titles(panel) == expected
    assert panel.model.sort_key == "title"
    click_header(qtbot, panel, TITLE)
    assert shown_titles(panel) == expected[::-1]
    # the proxy is a pass-through: its rows are the store's order
    assert [panel.proxy.id_at(r) for r in range(5)] == panel.model.ids()
    assert panel.model.ids() == lib.list_ids(sort="title", descending=panel.model.descending)


def test_sorting_by_updated_follows_saves(qtbot, panel, lib):
    click_header(qtbot, panel, UPDATED)
    click_header(qtbot, panel, UPDATED)
    order = panel.view.horizontalHeader().sortIndicatorOrder()
    ids = lib.list_ids(sort="updated", descending=order == Qt.SortOrder.DescendingOrder)
    assert panel.model.ids() == ids
    rows = lib.rows(ids)
    stamps = [rows[i].updated_at for i in ids]
    assert stamps == sorted(stamps, reverse=order == Qt.SortOrder.DescendingOrder)


def test_search_as_you_type_folds_diacritics(qtbot, panel):
    qtbot.keyClicks(panel.search_edit, "doi moi")
    wait_loaded(qtbot, panel)
    assert shown_titles(panel) == ["Đổi mới công tác báo chí cách mạng"]
    assert panel.count_label.text() == "1 article"
    header = panel.view.horizontalHeader()
    assert not header.isSortIndicatorShown()          # ranked by relevance, not by a column
    panel.search_edit.clear()
    wait_loaded(qtbot, panel)
    assert header.isSortIndicatorShown()
    qtbot.keyClicks(panel.search_edit, "BAO CHI")
    wait_loaded(qtbot, panel)
    assert set(shown_titles(panel)) == {t for t, _s, _c in ARTICLES if "báo chí" in t.lower()}


def test_nothing_matches_shows_empty_state(qtbot, panel):
    qtbot.keyClicks(panel.search_edit, "xyzzy")
    wait_loaded(qtbot, panel)
    assert panel.proxy.rowCount() == 0
    assert panel.view.empty_label.isVisible()
    assert "xyzzy" in panel.view.empty_label.text()
    assert panel.count_label.text() == f"{QLocale().toString(0)} articles"
    panel.search_edit.clear()
    wait_loaded(qtbot, panel)
    assert panel.proxy.rowCount() == len(ARTICLES)
    assert not panel.view.empty_label.isVisible()


def test_typing_fast_runs_one_query_and_drops_stale_results(qtbot, panel, monkeypatch):
    calls = []
    real = panel.model._store.list_ids
    monkeypatch.setattr(panel.model._store, "list_ids",
                        lambda **kw: calls.append(kw["search_text"]) or real(**kw))
    qtbot.keyClicks(panel.search_edit, "tri tue")
    wait_loaded(qtbot, panel)
    assert calls == ["tri tue"]                 # debounced: one query for the whole word
    assert shown_titles(panel) == ["Báo chí và trí tuệ nhân tạo"]
    # an older query's answer arriving late is ignored
    gen = panel.model._generation
    panel.model._apply_ids(gen - 1, [], False)
    assert shown_titles(panel) == ["Báo chí và trí tuệ nhân tạo"]


def test_status_filter_with_keyboard(qtbot, panel):
    combo = panel.status_combo
    combo.setFocus()
    while combo.currentData() != "published":
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    wait_loaded(qtbot, panel)
    assert set(shown_titles(panel)) == {t for t, s, _c in ARTICLES if s == "published"}
    assert {panel.proxy.index(r, STATUS).data() for r in range(panel.proxy.rowCount())} == \
        {status_label("published")}
    qtbot.keyClicks(panel.search_edit, "chuyen doi")
    wait_loaded(qtbot, panel)
    assert shown_titles(panel) == ["Chuyển đổi số ở cơ quan báo chí"]


def test_selection_by_mouse_and_keyboard_emits_article_id(qtbot, panel):
    with qtbot.waitSignal(panel.article_selected) as sig:
        click_row(qtbot, panel, 2)
    assert sig.args == [panel.proxy.id_at(2)]
    assert panel.current_article_id() == panel.proxy.id_at(2)
    with qtbot.waitSignal(panel.article_selected) as sig:
        qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    assert sig.args == [panel.proxy.id_at(3)]
    assert panel.view.selectionModel().selectedRows()[0].row() == 3


def test_down_from_search_box_enters_the_list(qtbot, panel):
    qtbot.keyClicks(panel.search_edit, "an toan")
    with qtbot.waitSignal(panel.article_selected) as sig:
        qtbot.keyClick(panel.search_edit, Qt.Key.Key_Down)    # before the results are in
    wait_loaded(qtbot, panel)
    assert panel.model.row_data(0).title == "An toàn thông tin trong tòa soạn"
    assert sig.args == [panel.model.id_at(0)]
    assert panel.view.hasFocus()


def test_select_article_clears_a_hiding_filter(qtbot, panel, lib):
    qtbot.keyClicks(panel.search_edit, "an toan")
    wait_loaded(qtbot, panel)
    assert panel.proxy.rowCount() == 1
    target = lib.list_ids(sort="title")[0]
    with qtbot.assertNotEmitted(panel.article_selected):
        panel.select_article(target)
        wait_loaded(qtbot, panel)
    assert panel.search_edit.text() == ""
    assert panel.proxy.rowCount() == len(ARTICLES)
    rows = panel.view.selectionModel().selectedRows()
    assert [panel.proxy.id_at(r.row()) for r in rows] == [target]
    assert panel.current_article_id() == target


def test_select_new_article_and_refresh_row_after_save(qtbot, panel, lib):
    oldest = panel.proxy.id_at(panel.proxy.rowCount() - 1)
    panel.select_article(oldest)
    assert panel.view.selectionModel().selectedRows()[0].row() == len(ARTICLES) - 1
    data = lib.get_article(oldest)
    data.title = "Đổi mới: bản sửa"
    lib.save_article(data)
    panel.refresh_row(oldest)
    qtbot.waitUntil(lambda: not panel.model.is_busy(), timeout=3000)   # read on the runner
    assert panel.proxy.id_at(0) == oldest                     # newest first: moved to the top
    assert panel.proxy.index(0, TITLE).data() == "Đổi mới: bản sửa"
    assert panel.view.selectionModel().selectedRows()[0].row() == 0   # selection moved along
    created = lib.create_article(ArticleData(title="Bài mới"))
    panel.select_article(created.id)
    wait_loaded(qtbot, panel)
    assert panel.proxy.id_at(0) == created.id
    assert panel.view.selectionModel().selectedRows()[0].row() == 0


def test_refresh_row_leaves_a_status_filter_when_status_changes(qtbot, panel, lib):
    combo = panel.status_combo
    combo.setCurrentIndex(combo.findData("draft"))
    wait_loaded(qtbot, panel)
    drafts = panel.model.ids()
    assert len(drafts) == 2
    assert panel.model.ids() is not panel.model.ids()     # callers get a copy
    data = lib.get_article(drafts[0])
    data.status = "in_review"
    lib.save_article(data)
    panel.refresh_row(drafts[0])
    qtbot.waitUntil(lambda: not panel.model.is_busy(), timeout=3000)   # read on the runner
    assert panel.model.ids() == drafts[1:]
    assert panel.count_label.text() == "1 article"


def test_accessibility_and_view_setup(panel):
    for widget in (panel.search_edit, panel.status_combo, panel.view):
        assert widget.accessibleName()
    assert panel.search_edit.placeholderText() == "Search articles…"
    v = panel.view
    assert v.isSortingEnabled() and v.alternatingRowColors()
    assert v.selectionBehavior() == v.SelectionBehavior.SelectRows
    assert v.selectionMode() == v.SelectionMode.SingleSelection
    assert v.horizontalHeader().sectionResizeMode(TITLE) == v.horizontalHeader().ResizeMode.Stretch
    assert panel.status_combo.count() == 7
