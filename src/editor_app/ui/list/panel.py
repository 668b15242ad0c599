"""The article list panel: search box, status filter, sortable lazy table."""

from __future__ import annotations

import contextlib
from datetime import datetime

from PySide6.QtCore import QEvent, QItemSelectionModel, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.library.search import SEARCH_CAP
from editor_app.ui.list.cells import SECTION, STATUS, TITLE, UPDATED, format_timestamp
from editor_app.ui.list.model import COLUMNS, ArticleListModel
from editor_app.ui.list.proxy import ArticleSortProxy
from editor_app.ui.list.status import status_icon, status_label, status_values
from editor_app.ui.operations.tasks import TaskRunner

SEARCH_DELAY_MS = 150


def _column_widths(fm) -> dict[int, int]:
    """Widths that fit the longest status label and a date-time in this locale."""
    pad = 2 * fm.horizontalAdvance("M")
    status = max(fm.horizontalAdvance(status_label(s)) for s in status_values())
    sample = format_timestamp(datetime(2000, 12, 28, 23, 58)).split(" ")[0]
    return {
        STATUS: status + fm.height() + pad,
        SECTION: 9 * fm.horizontalAdvance("M"),
        UPDATED: fm.horizontalAdvance(sample) + pad,
    }


class ArticleTable(QTableView):
    """The table, with an empty-state message drawn over its viewport."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.empty_label = QLabel(self.viewport())
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setMargin(24)
        pal = self.empty_label.palette()
        pal.setColor(QPalette.ColorRole.WindowText, pal.color(QPalette.ColorRole.PlaceholderText))
        self.empty_label.setPalette(pal)
        self.empty_label.hide()
        self.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.viewport() and event.type() == QEvent.Type.Resize:
            self.empty_label.setGeometry(self.viewport().rect())
        return super().eventFilter(watched, event)

    def show_empty(self, text: str | None) -> None:
        self.empty_label.setText(text or "")
        self.empty_label.setGeometry(self.viewport().rect())
        self.empty_label.setVisible(bool(text))


class ArticleListPanel(QWidget):
    """Finds and picks articles; emits ``article_selected(id)`` on user selection."""

    article_selected = Signal(int)

    def __init__(self, store, runner: TaskRunner | None = None, parent: QWidget | None = None,
                 held: bool = False):
        """``runner``: the store worker (``Workers.store``); without one the list reads the
        store directly (tests, tools: no thread of its own). ``held``: the list is read
        once ``release()`` is called (the window's first article is read first)."""
        super().__init__(parent)
        self._store = store
        self._runner = runner
        self.model = ArticleListModel(store, self._runner, self)
        if held:
            self.model.hold()
        self.proxy = ArticleSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.model.quiet = self._quietly
        self._current_id: int | None = None
        self._quiet = 0
        self._enter_list_pending = False
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filter)
        self._build()
        self.model.ids_loaded.connect(self._on_ids_loaded)
        self.model.rowsRemoved.connect(self._update_count)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.view.setSortingEnabled(True)   # runs the first query (Updated, newest first)

    # -- construction ------------------------------------------------------
    def _build(self) -> None:
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search articles…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search articles"))
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.installEventFilter(self)
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search_edit)

        self.status_combo = QComboBox(self)
        self.status_combo.addItem(self.tr("All statuses"), None)
        for value in status_values():
            self.status_combo.addItem(status_icon(value), status_label(value), value)
        self.status_combo.setAccessibleName(self.tr("Show articles with status"))
        self.status_combo.currentIndexChanged.connect(self._apply_filter)
        status_label_widget = QLabel(self.tr("Sho&w:"), self)
        status_label_widget.setBuddy(self.status_combo)

        self.view = ArticleTable(self)
        self._setup_view()
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of articles"))

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search_edit, 1)
        top.addWidget(status_label_widget)
        top.addWidget(self.status_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        QWidget.setTabOrder(self.search_edit, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.view)

    def _setup_view(self) -> None:
        v = self.view
        v.setModel(self.proxy)
        v.setAccessibleName(self.tr("Articles"))
        v.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        v.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        v.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        v.setAlternatingRowColors(True)
        v.setShowGrid(False)
        v.setWordWrap(False)
        v.setTextElideMode(Qt.TextElideMode.ElideRight)
        v.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vh = v.verticalHeader()
        vh.hide()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(v.fontMetrics().height() + 10)
        hh = v.horizontalHeader()
        hh.setStretchLastSection(False)
        hh.setHighlightSections(False)
        hh.setSectionsMovable(False)
        hh.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for col, width in _column_widths(v.fontMetrics()).items():
            hh.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            hh.resizeSection(col, width)
        hh.setSortIndicator(UPDATED, Qt.SortOrder.DescendingOrder)
        # a narrow list keeps room for titles: Section is shown on request
        v.setColumnHidden(SECTION, True)
        hh.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        hh.customContextMenuRequested.connect(self._column_menu)

    def _column_menu(self, pos) -> None:
        """Right-click on the header: choose the visible columns (Title stays)."""
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        for col in range(1, self.proxy.columnCount()):
            label = self.proxy.headerData(col, Qt.Orientation.Horizontal)
            action = menu.addAction(str(label))
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(col))
            action.toggled.connect(lambda on, c=col: self.view.setColumnHidden(c, not on))
        menu.exec(self.view.horizontalHeader().mapToGlobal(pos))

    # -- public API --------------------------------------------------------
    def current_article_id(self) -> int | None:
        return self._current_id

    def select_article(self, article_id: int) -> None:
        """Select and show the article, clearing the filter if it hides it.

        This does not emit ``article_selected`` (the caller knows the id).
        """
        self._current_id = article_id
        row = self.proxy.row_of(article_id)
        if row is not None and not self.model.is_loading():
            self._select_row(row)
            return
        if self.model.is_filtered():
            self._search_timer.stop()
            self._quiet += 1
            try:
                self.search_edit.clear()
                self.status_combo.setCurrentIndex(0)
            finally:
                self._quiet -= 1
            self.model.set_filter("", None)
        elif not self.model.is_loading():
            self.model.refresh()
        # _on_ids_loaded selects it once the new ids arrive

    def follow(self, library_changed) -> None:
        """Keep up with the library: ``Operations.library_changed`` (Changes)."""
        library_changed.connect(self._library_changed)

    def _library_changed(self, changes) -> None:
        if changes.changes_list:
            self.refresh()
        else:
            for article_id in changes.ids:
                self.refresh_row(article_id)

    def show_opening(self, text: str | None) -> None:
        """While the library opens: ``text`` in the empty list (None once it is open)."""
        self.view.show_empty(text)
        self.count_label.setText("")

    def refresh(self) -> None:
        """Query the list again (after import, trash, restore...)."""
        self.model.refresh()

    def release(self) -> None:
        """A list made ``held`` is read now."""
        self.model.release()

    def query_args(self) -> dict:
        """``Store.list_ids``'s arguments for the articles the list shows."""
        return self.model.query_args()

    def width_for_titles(self, characters: int = 26) -> int:
        """The panel's width that shows titles of ``characters`` characters beside the
        other visible columns (for the window's first layout)."""
        v = self.view
        others = sum(v.columnWidth(c) for c in range(1, self.proxy.columnCount()) if not v.isColumnHidden(c))
        title = v.fontMetrics().averageCharWidth() * characters + 4 * v.fontMetrics().horizontalAdvance(" ")
        chrome = v.verticalScrollBar().sizeHint().width() + 2 * v.frameWidth() + 12 + 8
        return title + others + chrome

    def row_of(self, article_id: int) -> int | None:
        """The row showing ``article_id`` (sorted and filtered as shown), or None."""
        return self.proxy.row_of(article_id)

    def id_at(self, row: int) -> int | None:
        return self.proxy.id_at(row)

    def row_count(self) -> int:
        return self.proxy.rowCount()

    def is_loading(self) -> bool:
        return self.model.is_loading()

    def when_loaded(self, fn, *, load: bool = False) -> None:
        """Call ``fn()`` once, when the next list of ids has arrived (``load``: ask for one
        now unless a query is already running)."""
        def once() -> None:
            self.model.ids_loaded.disconnect(once)
            fn()

        self.model.ids_loaded.connect(once)
        if load and not self.model.is_loading():
            self.model.refresh()

    def list_has_focus(self) -> bool:
        return self.view.hasFocus()

    def focus_list(self) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh_row(self, article_id: int) -> None:
        """Update one article's row after it was saved (moves it if sorted by date)."""
        self.model.refresh_row(article_id)

    @contextlib.contextmanager
    def _quietly(self):
        """Selection changes meanwhile are the model's doing, not the user's."""
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def key_target(self) -> QWidget:
        """The widget whose shortcuts act on the list (Delete moves the article to the trash)."""
        return self.view

    # -- filtering ---------------------------------------------------------
    def _apply_filter(self) -> None:
        if self._quiet:
            return
        self._search_timer.stop()
        self.model.set_filter(self.search_edit.text().strip(), self.status_combo.currentData())

    def _on_ids_loaded(self) -> None:
        self._update_count()
        # search results come ranked by relevance (Store.list_ids ignores the sort then)
        self.view.horizontalHeader().setSortIndicatorShown(not self.model.search_text.strip())
        if self._current_id is not None:
            row = self.proxy.row_of(self._current_id)
            if row is not None:
                self._select_row(row)
        if self._enter_list_pending:
            self._enter_list()

    def _update_count(self, *_args) -> None:
        n = self.model.rowCount()
        if self.model.search_text.strip() and n >= SEARCH_CAP:
            text = self.tr("First {count} matches; type more to narrow the search").format(
                count=QLocale().toString(n))
        elif n == 1:
            text = self.tr("1 article")
        else:
            text = self.tr("{count} articles").format(count=QLocale().toString(n))
        self.count_label.setText(text)
        self.view.show_empty(self._empty_text() if n == 0 else None)

    def _empty_text(self) -> str:
        query = self.model.search_text.strip()
        if query:
            return self.tr("No articles match “{query}”.").format(query=query)
        if self.model.status_filter:
            return self.tr("No articles with the status “{status}”.").format(
                status=status_label(self.model.status_filter))
        return self.tr("The library has no articles yet.")

    # -- selection ---------------------------------------------------------
    def _select_row(self, row: int) -> None:
        self._quiet += 1
        try:
            index = self.proxy.index(row, 0)
            flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                     | QItemSelectionModel.SelectionFlag.Rows)
            self.view.selectionModel().setCurrentIndex(index, flags)
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        finally:
            self._quiet -= 1

    def _on_selection_changed(self, *_args) -> None:
        if self._quiet:
            return
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return
        article_id = self.proxy.id_at(rows[0].row())
        if article_id is None:
            return
        self._current_id = article_id
        self.article_selected.emit(article_id)

    def _enter_list(self) -> None:
        self._enter_list_pending = False
        if not self.view.selectionModel().hasSelection() and self.proxy.rowCount() > 0:
            self.view.selectRow(0)                  # a user action: emits article_selected

    # -- keyboard: Down/Enter in the search box moves into the list ------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._search_timer.isActive():
                self._apply_filter()
            self.view.setFocus(Qt.FocusReason.TabFocusReason)
            if self.model.is_loading():
                self._enter_list_pending = True     # select once the results are in
            else:
                self._enter_list()
            return True
        return super().eventFilter(watched, event)


__all__ = ["ArticleListPanel", "ArticleTable", "COLUMNS"]
