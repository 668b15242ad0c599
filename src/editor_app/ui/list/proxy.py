"""The article list's sort proxy: the sorting itself is the store's (SQL ORDER BY)."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt


class ArticleSortProxy(QSortFilterProxyModel):
    """A pass-through proxy whose sorting is done by the store (SQL ORDER BY).

    ``sort`` never sorts in Python: it asks the source model to query the ids
    again in the wanted order; the proxy itself keeps the source order.
    """

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def lessThan(self, left, right) -> bool:  # noqa: N802 - never used for ordering
        return left.row() < right.row()

    def id_at(self, row: int) -> int | None:
        src = self.mapToSource(self.index(row, 0))
        return self.sourceModel().id_at(src.row()) if src.isValid() else None

    def row_of(self, article_id: int) -> int | None:
        source = self.sourceModel()
        row = source.row_of(article_id)
        if row is None:
            return None
        proxy = self.mapFromSource(source.index(row, 0))
        return proxy.row() if proxy.isValid() else None
