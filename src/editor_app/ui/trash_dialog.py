"""The trash: articles moved there can be restored or deleted for good."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from editor_app.core.store import Store


class TrashDialog(QDialog):
    restored = Signal(int)

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self._store = store
        self.setWindowTitle(self.tr("Trash"))
        self.resize(520, 400)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Articles in the trash"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.purge_button = QPushButton(self.tr("&Delete for good…"), self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.purge_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self.purge_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        ids = self._store.list_ids(deleted=True)
        rows = self._store.rows(ids)
        for article_id in ids:
            item = QListWidgetItem(rows[article_id].title or self.tr("(untitled)"))
            item.setData(Qt.ItemDataRole.UserRole, article_id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.restore_button.setEnabled(bool(self.list.count()))
        self.purge_button.setEnabled(bool(self.list.count()))

    def _selected(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def restore_selected(self) -> None:
        article_id = self._selected()
        if article_id is not None:
            self._store.restore_article(article_id)
            self.restored.emit(article_id)
            self.reload()

    def purge_selected(self) -> None:
        article_id = self._selected()
        if article_id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete for good"),
            self.tr("Delete this article and its revisions permanently? This cannot be undone."))
        if answer == QMessageBox.StandardButton.Yes:
            self._store.purge_article(article_id)
            self.reload()
