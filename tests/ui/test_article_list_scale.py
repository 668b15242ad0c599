"""The lazy article list on a large generated library.

The library has 20,000 articles by default (made through ``Store.create_articles``
in batches of 1,000, about 20 s); set ``EDITOR_APP_LIST_SCALE=100000`` to run
the same checks on 100,000. Timings are printed (``pytest -s``) and asserted
with a margin for a busy machine.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import random  # noqa: E402
import time  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from editor_app.core.dto import ArticleData  # noqa: E402
from editor_app.core.status import Status  # noqa: E402
from editor_app.core.library.store import Store  # noqa: E402
from editor_app.core.text import fold  # noqa: E402
from editor_app.ui.list.panel import ArticleListPanel  # noqa: E402
from editor_app.ui.list.cells import TITLE  # noqa: E402
from editor_app.ui.operations.tasks import TaskRunner  # noqa: E402

N = int(os.environ.get("EDITOR_APP_LIST_SCALE", "20000"))
WORDS = ("đổi mới báo chí chuyển đổi số truyền thông ngoại giao công chúng kỷ nguyên "
         "trí tuệ nhân tạo tòa soạn độc giả biên tập xuất bản").split()
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def big_library(tmp_path_factory):
    path = tmp_path_factory.mktemp("scale") / "library.sqlite"
    store = Store.open(path)
    rnd = random.Random(7)
    statuses = [s.value for s in Status]
    for start in range(0, N, 1000):
        store.create_articles([
            ArticleData(title=f"{' '.join(rnd.choices(WORDS, k=5)).capitalize()} {i}",
                        body="Một đoạn ngắn.", status=rnd.choice(statuses),
                        section=rnd.choice(("Lý luận", "Thực tiễn", "Quốc tế")))
            for i in range(start, min(start + 1000, N))])
    yield store
    store.close()


@pytest.fixture
def panel(qtbot, big_library):
    runner = TaskRunner("scale-test")
    p = ArticleListPanel(big_library, runner)
    qtbot.addWidget(p)
    p.resize(800, 600)
    p.show()
    qtbot.waitUntil(lambda: not p.model.is_loading(), timeout=20000)
    yield p
    runner.shutdown()


def test_setting_ids_and_painting_the_first_page_is_fast(qtbot, panel, big_library):
    t0 = time.perf_counter()
    ids = big_library.list_ids(sort="updated")          # worker thread in the app
    fetch = time.perf_counter() - t0
    assert len(ids) == N
    model, view = panel.model, panel.view
    model._cache.clear()
    fetches = model.block_fetches
    t0 = time.perf_counter()
    model.set_ids(ids)
    set_time = time.perf_counter() - t0
    view.viewport().repaint()                             # paint the first page now
    total = time.perf_counter() - t0
    print(f"\n{N} ids: list_ids {fetch * 1000:.1f} ms (worker), set_ids {set_time * 1000:.1f} ms, "
          f"set_ids + first paint {total * 1000:.1f} ms (GUI), rows cached {model.cached_count()}")
    assert set_time < 0.1
    assert total < 0.25
    assert model.block_fetches - fetches <= 2              # only the visible block(s)
    assert model.cached_count() <= 2 * model.BLOCK


def test_scrolling_fetches_only_visible_blocks(qtbot, panel):
    model, view, proxy = panel.model, panel.view, panel.proxy
    before = model.block_fetches
    timings = []
    for row in (N // 2, N - 1, N // 3, 5):
        t0 = time.perf_counter()
        view.scrollTo(proxy.index(row, TITLE))
        view.viewport().repaint()                        # asks the runner for the block
        qtbot.waitUntil(lambda: not model.is_busy(), timeout=5000)
        view.viewport().repaint()
        timings.append(time.perf_counter() - t0)
        assert proxy.index(row, TITLE).data()               # real data, not a placeholder
    print(f"\nscroll + paint: {', '.join(f'{t * 1000:.1f}' for t in timings)} ms")
    assert model.block_fetches - before <= 8
    assert model.cached_count() <= 10 * model.BLOCK
    assert max(timings) < 0.2
    # the cache stays bounded however far one scrolls
    for row in range(0, min(N, model.CACHE_SIZE * 2), model.BLOCK):
        model.row_data(row)
        qtbot.waitUntil(lambda: not model.is_busy(), timeout=5000)
    assert model.cached_count() <= model.CACHE_SIZE


def test_sort_and_search_on_a_large_library(qtbot, panel, big_library):
    header = panel.view.horizontalHeader()
    t0 = time.perf_counter()
    header.setSortIndicator(TITLE, Qt.SortOrder.AscendingOrder)   # as a header click does
    qtbot.waitUntil(lambda: not panel.model.is_loading(), timeout=20000)
    sort_time = time.perf_counter() - t0
    titles = [panel.proxy.index(r, TITLE).data() for r in range(20)]
    from editor_app.core.collation import sort_key

    assert titles == sorted(titles, key=sort_key)   # Vietnamese alphabetical order
    assert panel.model.ids()[:20] == big_library.list_ids(sort="title", descending=False)[:20]
    t0 = time.perf_counter()
    qtbot.keyClicks(panel.search_edit, "doi moi")
    qtbot.waitUntil(lambda: not panel._search_timer.isActive() and not panel.model.is_loading(),
                    timeout=20000)
    search_time = time.perf_counter() - t0
    n = panel.proxy.rowCount()
    assert 0 < n < N
    for r in range(0, n, max(1, n // 50)):                # rows across the whole result
        panel.model.row_data(r)                            # read on the runner
        qtbot.waitUntil(lambda: not panel.model.is_busy(), timeout=5000)
        words = fold(panel.proxy.index(r, TITLE).data()).split()
        assert any(w.startswith("doi") for w in words) and any(w.startswith("moi") for w in words)
    print(f"\nsort by title {sort_time * 1000:.0f} ms; search 'doi moi' -> {n} rows "
          f"{search_time * 1000:.0f} ms (incl. 150 ms debounce)")
