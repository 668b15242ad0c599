"""The lazy table model behind the article list.

The model holds only article ids, in display order, as the store returns them
(``Store.list_ids``: SQL ``ORDER BY`` or search ranking). The rows it shows are
fetched in blocks through ``Store.rows`` when the view asks for them and kept in
a bounded LRU cache, so a library of 100,000 articles costs one list of ints
(cf. Anki's browser table model).
"""

from __future__ import annotations

import contextlib
from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QT_TRANSLATE_NOOP, Qt, Signal

from editor_app.core.dto import ArticleRow
from editor_app.ui.list.cells import (
    SECTION, STATUS, TITLE, UPDATED, display, open_elsewhere_icon, open_elsewhere_text, tooltip)
from editor_app.ui.list.status import status_icon
from editor_app.ui.operations.tasks import TaskRunner


@dataclass(frozen=True)
class Column:
    key: str          # Store.list_ids sort key
    title: str        # English source of the header (translated in headerData)


COLUMNS = (
    Column("title", QT_TRANSLATE_NOOP("ArticleList", "Title")),
    Column("status", QT_TRANSLATE_NOOP("ArticleList", "Status")),
    Column("section", QT_TRANSLATE_NOOP("ArticleList", "Section")),
    Column("updated", QT_TRANSLATE_NOOP("ArticleList", "Updated")),
)
assert (TITLE, STATUS, SECTION, UPDATED) == tuple(range(len(COLUMNS)))
ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2


class ArticleListModel(QAbstractTableModel):
    """Article ids in display order; rows fetched lazily in blocks."""

    ids_loaded = Signal()            # after a (re)query has been applied
    BLOCK = 100
    PREFETCH = 200                   # rows read with the ids (a first screen, even a tall one)
    CACHE_SIZE = 4000

    def __init__(self, store, runner: TaskRunner | None = None, parent=None):
        super().__init__(parent)
        self._store = store
        self._runner = runner
        self._ids: list[int] = []
        self._row_index: dict[int, int] | None = None
        self._cache: OrderedDict[int, ArticleRow] = OrderedDict()
        self._sort_key = "updated"
        self._descending = True
        self._search_text = ""
        self._status: str | None = None
        self._generation = 0
        self._pending: int | None = None
        self._fetching: set[int] = set()   # first rows of the blocks being read on the runner
        self._row_jobs = 0                 # refresh_row reads on their way
        self.quiet = contextlib.nullcontext  # the panel's: row moves are not user selections
        self.block_fetches = 0       # how many times rows were fetched (tests, measurement)
        self._held: bool | None = None   # hold(): a query waits for release() (True: it clears the cache)
        self.open_elsewhere: dict[int, list[str]] = {}   # article id: editors with it open elsewhere

    # -- query state -------------------------------------------------------
    @property
    def search_text(self) -> str:
        return self._search_text

    @property
    def status_filter(self) -> str | None:
        return self._status

    @property
    def sort_key(self) -> str:
        return self._sort_key

    @property
    def descending(self) -> bool:
        return self._descending

    def is_filtered(self) -> bool:
        return bool(self._search_text.strip()) or bool(self._status)

    def is_loading(self) -> bool:
        """True while a query runs on the runner (its result not applied yet)."""
        return self._pending is not None

    def is_busy(self) -> bool:
        """True while anything asked of the runner (ids, rows, a saved row) has not arrived."""
        return self._pending is not None or bool(self._fetching) or self._row_jobs > 0

    def set_filter(self, search_text: str, status: str | None) -> None:
        self._search_text = search_text or ""
        self._status = status or None
        self._query(clear_cache=False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort_key = COLUMNS[column].key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._query(clear_cache=False)

    def refresh(self) -> None:
        """Query the ids again and forget cached rows (the library changed)."""
        self._query(clear_cache=True)

    def query_args(self) -> dict:
        """``Store.list_ids``'s arguments for what the list shows now."""
        return dict(sort=self._sort_key, descending=self._descending,
                    status=self._status, search_text=self._search_text or None)

    def hold(self) -> None:
        """Queries wait for ``release()`` (the window's first article is read before its
        list); the model counts as loading meanwhile."""
        if self._held is None:
            self._held = False

    def release(self) -> None:
        """Run the query held back, if any."""
        held, self._held = self._held, None
        if held is not None and self._pending is not None:
            self._query(clear_cache=held)

    def _query(self, clear_cache: bool) -> None:
        """Run ``Store.list_ids`` with the current state, on the runner if any."""
        self._generation += 1
        generation = self._generation
        args = self.query_args()
        if self._held is not None:
            self._pending = generation
            self._held = self._held or clear_cache
            return
        if self._runner is None:
            self._apply_ids(generation, self._store.list_ids(**args), clear_cache)
            return
        self._pending = generation
        store, first = self._store, self.PREFETCH

        def job():   # the first rows come with the ids: the list paints complete at once
            ids = store.list_ids(**args)
            return ids, store.rows(ids[:first])

        self._runner.run(job, on_done=lambda res: self._apply_ids(generation, res[0], clear_cache, res[1]),
                         on_error=lambda _exc: self._query_failed(generation))

    def _query_failed(self, generation: int) -> None:
        if generation == self._generation:
            self._pending = None   # the next refresh asks again (the library was not open yet...)

    def _apply_ids(self, generation: int, ids: list[int], clear_cache: bool, rows=None) -> None:
        if generation != self._generation:
            return                   # a newer query is on its way: drop stale results
        self._pending = None
        if clear_cache:
            self._cache.clear()
        self._add_rows(rows or {})
        self.set_ids(ids)
        self.ids_loaded.emit()

    def set_ids(self, ids: list[int]) -> None:
        """Replace the rows; the cache is kept (rows are looked up by id)."""
        self.beginResetModel()
        self._ids = ids
        self._row_index = None
        self._fetching.clear()
        self.endResetModel()

    # -- lookups -----------------------------------------------------------
    def ids(self) -> list[int]:
        """A copy of the ids in display order."""
        return list(self._ids)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, article_id: int) -> int | None:
        if self._row_index is None:
            self._row_index = {aid: i for i, aid in enumerate(self._ids)}
        return self._row_index.get(article_id)

    def row_data(self, row: int) -> ArticleRow | None:
        """The row's data; when not cached, None and its block is read on the runner
        (``dataChanged`` when it arrives); without a runner it is read at once."""
        article_id = self.id_at(row)
        if article_id is None:
            return None
        cached = self._cache.get(article_id)
        if cached is not None:
            self._cache.move_to_end(article_id)
            return cached
        self._fetch_block(row)
        return self._cache.get(article_id)

    def _fetch_block(self, row: int) -> None:
        start = row - row % self.BLOCK
        if start in self._fetching:
            return
        wanted = [i for i in self._ids[start:start + self.BLOCK] if i not in self._cache]
        if not wanted:
            return
        self.block_fetches += 1
        if self._runner is None:
            self._add_rows(self._store.rows(wanted))
            return
        self._fetching.add(start)
        store = self._store
        self._runner.run(lambda: store.rows(wanted),
                         on_done=lambda rows: self._block_arrived(start, rows),
                         on_error=lambda _exc: self._fetching.discard(start))

    def _block_arrived(self, start: int, rows: dict) -> None:
        import shiboken6

        if not shiboken6.isValid(self):   # the list went away (its window closed) while the rows were read
            return
        self._fetching.discard(start)
        self._add_rows(rows)
        shown = [r for r in (self.row_of(aid) for aid in rows) if r is not None]
        if shown:
            self.dataChanged.emit(self.index(min(shown), 0), self.index(max(shown), len(COLUMNS) - 1))

    def _add_rows(self, rows: dict) -> None:
        for aid, data in rows.items():
            self._cache[aid] = data
        while len(self._cache) > self.CACHE_SIZE:
            self._cache.popitem(last=False)

    def cached_count(self) -> int:
        return len(self._cache)

    # -- after a save ------------------------------------------------------
    def refresh_row(self, article_id: int) -> None:
        """Re-read one article after it was saved (on the runner) and keep the order right."""
        if self._runner is None:
            with self.quiet():
                self._row_read(article_id, self._store.rows([article_id]).get(article_id))
            return
        self._row_jobs += 1
        store = self._store

        def arrived(fresh) -> None:
            self._row_jobs -= 1
            with self.quiet():
                self._row_read(article_id, fresh)

        self._runner.run(lambda: store.rows([article_id]).get(article_id), on_done=arrived,
                         on_error=lambda _exc: setattr(self, "_row_jobs", self._row_jobs - 1))

    def _row_read(self, article_id: int, fresh) -> None:
        old = self._cache.pop(article_id, None)
        row = self.row_of(article_id)
        if row is None or fresh is None:
            self.refresh()           # new, restored or trashed article: query again
            return
        self._cache[article_id] = fresh
        if self._status and fresh.status != self._status:
            self._remove_row(row)
            return
        if self._search_text.strip():
            self._emit_row_changed(row)       # ranked by relevance: stays put
            return
        if self._sort_key == "updated":
            if old is not None and old.updated_at == fresh.updated_at:
                self._emit_row_changed(row)   # nothing was stored: stays put
            else:
                self._move_row(row, 0 if self._descending else len(self._ids) - 1)
            return
        if old is not None and _sort_value(old, self._sort_key) != _sort_value(fresh, self._sort_key):
            self._emit_row_changed(row)
            self.refresh()           # the SQL order decides where it goes now
            return
        self._emit_row_changed(row)

    def _emit_row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def _remove_row(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._ids[row]
        self._row_index = None
        self.endRemoveRows()

    def _move_row(self, row: int, target: int) -> None:
        if row == target:
            self._emit_row_changed(row)
            return
        # beginMoveRows wants the destination as "insert before" in the old numbering
        destination = target if target < row else target + 1
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        article_id = self._ids.pop(row)
        self._ids.insert(target, article_id)
        self._row_index = None
        self.endMoveRows()
        self._emit_row_changed(target)

    # -- Qt model interface ------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("ArticleList", COLUMNS[section].title)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self.id_at(index.row())
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.DecorationRole, STATUS_ROLE,
                        Qt.ItemDataRole.AccessibleTextRole):
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        col = index.column()
        if role == STATUS_ROLE:
            return row.status
        elsewhere = self.open_elsewhere.get(row.id) if col == TITLE else None
        if role == Qt.ItemDataRole.DecorationRole:
            if elsewhere:
                return open_elsewhere_icon()
            return status_icon(row.status) if col == STATUS else None
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = tooltip(row, col)
            return f"{tip}\n{open_elsewhere_text(elsewhere)}" if elsewhere else tip
        return display(row, col)

    def set_open_elsewhere(self, found: dict[int, list[str]]) -> None:
        """Which articles other editors have open (a team library's heartbeat); their rows repaint."""
        changed = set(found) ^ set(self.open_elsewhere) | {i for i in found if found[i] != self.open_elsewhere.get(i)}
        self.open_elsewhere = dict(found)
        for article_id in changed:
            row = self.row_of(article_id)
            if row is not None:
                self._emit_row_changed(row)


def _sort_value(row: ArticleRow, key: str):
    return {"title": row.title, "status": row.status, "section": row.section,
            "updated": row.updated_at}.get(key)
