"""Picking related articles: search the library as you type, add by slug.

The list keeps slugs in order. Targets not in the library (yet) stay in the
list, shown by their slug, greyed, "not in library yet". Searches and title
look-ups run on the store's :class:`TaskRunner`; stale answers are dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from editor_app.core.dto import ArticleData
from editor_app.core.limits import LINE_MAX
from editor_app.core.validate import slug_problem
from editor_app.ui.metadata.widgets import ListButtons, ReorderableList, stack_with_buttons
from editor_app.ui.operations.tasks import TaskRunner

SEARCH_DELAY_MS = 150
MAX_RESULTS = 12
SLUG_ROLE = Qt.ItemDataRole.UserRole
EXISTS_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Match:
    id: int
    slug: str
    title: str


def search_matches(store, query: str, limit: int = MAX_RESULTS) -> list[Match]:
    """Ranked matches with their titles (runs on the worker thread)."""
    ids = store.search(query, limit=limit)
    rows = store.rows(ids)
    return [Match(i, rows[i].slug, rows[i].title) for i in ids if i in rows]


class RelatedPicker(QWidget):
    """Ordered related-article slugs with a search-as-you-type adder."""

    changed = Signal()
    results_shown = Signal()       # after a search's results were displayed
    titles_resolved = Signal()     # after the listed slugs were looked up

    def __init__(self, store, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self._runner = runner
        self._own_id: int | None = None
        self._own_slug = ""
        self._search_gen = 0
        self._resolve_gen = 0
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._start_search)

        self.search_edit = QLineEdit(self)
        self.search_edit.setMaxLength(LINE_MAX)
        self.search_edit.setPlaceholderText(self.tr("Search the library to add an article…"))
        self.search_edit.setAccessibleName(self.tr("Find a related article"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._text_changed)
        self.search_edit.installEventFilter(self)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Matching articles"))
        self.results.itemActivated.connect(self._add_result)
        self.results.itemClicked.connect(self._add_result)
        self.results.hide()
        self.list = ReorderableList(self)
        self.list.setAccessibleName(self.tr("Related articles"))
        self.list.order_changed.connect(self._list_changed)
        self.buttons = ListButtons(self.list, self)

        stack_with_buttons(self, [self.search_edit, self.results], self.list, self.buttons)
        self.list.fit_height()
        self.setFocusProxy(self.search_edit)

    # -- public API --------------------------------------------------------
    def set_article(self, article_id: int | None, own_slug: str) -> None:
        """The article being edited (never offered as related to itself)."""
        self._own_id, self._own_slug = article_id, own_slug

    def set_related(self, slugs: list[str]) -> None:
        """Fill the list (no ``changed``); titles are looked up in the background."""
        self.list.clear()
        for slug in slugs:
            self.list.addItem(self._item(slug, None))
        self.list.fit_height()
        self._resolve(list(slugs))

    def related(self) -> list[str]:
        return [s for s in self.list.values() if s]

    def add_slug(self, slug: str, title: str | None = None) -> bool:
        """Append a slug (``title`` None: look it up). False if already listed."""
        slug = slug.strip()
        if not slug or slug in self.related():
            return False
        self.list.addItem(self._item(slug, title))
        self.list.setCurrentRow(self.list.count() - 1)
        self._list_changed()
        if title is None:
            self._resolve(self.related())
        return True

    # -- list items --------------------------------------------------------
    def _item(self, slug: str, title: str | None) -> QListWidgetItem:
        item = QListWidgetItem()
        item.setData(SLUG_ROLE, slug)
        self._show(item, slug, title, exists=None if title is None else True)
        return item

    def _show(self, item: QListWidgetItem, slug: str, title: str | None, exists: bool | None) -> None:
        item.setData(EXISTS_ROLE, exists)
        font = QFont(self.list.font())
        if exists is False:
            item.setText(self.tr("{slug} (not in library yet)").format(slug=slug))
            item.setForeground(self.palette().color(QPalette.ColorGroup.Disabled,
                                                    QPalette.ColorRole.Text))
            font.setItalic(True)
            item.setToolTip(self.tr("No article with the slug “{slug}” is in the library yet.")
                            .format(slug=slug))
        else:
            item.setText(title or slug)
            item.setData(Qt.ItemDataRole.ForegroundRole, None)
            item.setToolTip(slug)
        item.setFont(font)

    def _resolve(self, slugs: list[str]) -> None:
        self._resolve_gen += 1
        gen = self._resolve_gen
        if not slugs:
            return
        job = lambda: self._store.related_articles(ArticleData(related=slugs))  # noqa: E731
        self._runner.run(job, on_done=lambda views: self._resolved(gen, views))

    def _resolved(self, gen: int, views) -> None:
        if gen != self._resolve_gen:
            return
        by_slug = {v.slug: v for v in views}
        for i in range(self.list.count()):
            item = self.list.item(i)
            view = by_slug.get(item.data(SLUG_ROLE))
            if view is not None:
                self._show(item, view.slug, view.title if view.exists else None, view.exists)
        self.titles_resolved.emit()

    def _list_changed(self) -> None:
        self.list.fit_height()
        self.changed.emit()

    # -- searching ---------------------------------------------------------
    def _text_changed(self, text: str) -> None:
        if text.strip():
            self._timer.start()
        else:
            self._timer.stop()
            self._search_gen += 1
            self.results.clear()
            self.results.hide()

    def _start_search(self) -> None:
        self._search_gen += 1
        gen, query = self._search_gen, self.search_edit.text().strip()
        self._runner.run(search_matches, self._store, query,
                         on_done=lambda matches: self._show_results(gen, query, matches))

    def _show_results(self, gen: int, query: str, matches: list[Match]) -> None:
        if gen != self._search_gen:
            return                       # the user typed on: a newer search is coming
        listed = set(self.related())
        self.results.clear()
        for m in matches:
            if m.id == self._own_id or m.slug in listed:
                continue
            item = QListWidgetItem(m.title or m.slug)
            item.setData(SLUG_ROLE, m.slug)
            item.setData(TITLE_ROLE, m.title or m.slug)
            item.setToolTip(m.slug)
            self.results.addItem(item)
        typed = query.strip()
        if slug_problem(typed) is None and typed not in listed and typed != self._own_slug \
                and typed not in {m.slug for m in matches}:
            item = QListWidgetItem(self.tr("Add the slug “{slug}” (not in library yet)").format(slug=typed))
            item.setData(SLUG_ROLE, typed)
            self.results.addItem(item)
        if self.results.count() == 0:
            text = self.tr("The matching articles are already listed.") if matches \
                else self.tr("No articles match.")
            item = QListWidgetItem(text)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)
        else:
            self.results.setCurrentRow(0)
        rows = min(self.results.count(), 6)
        self.results.setFixedHeight(rows * self.results.sizeHintForRow(0) + 2 * self.results.frameWidth())
        self.results.show()
        self.results_shown.emit()

    def _add_result(self, item: QListWidgetItem) -> None:
        slug = item.data(SLUG_ROLE)
        if not slug:
            return
        title = item.data(TITLE_ROLE)
        if self.add_slug(slug, title) and title is None:
            # typed slug: shown as missing until the look-up says otherwise
            self._show(self.list.item(self.list.count() - 1), slug, None, False)
        self.search_edit.clear()
        self.search_edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Down moves into the results; Enter adds the highlighted result; Esc closes."""
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Down and self.results.isVisible():
                self.results.setFocus()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():
                    return True          # results not there yet: Enter waits for them
                item = self.results.currentItem()
                if self.results.isVisible() and item is not None:
                    self._add_result(item)
                return True
            if key == Qt.Key.Key_Escape and self.results.isVisible():
                self.search_edit.clear()
                return True
        return super().eventFilter(watched, event)
