"""The trash: articles moved there can be restored or deleted for good.

Deleting for good is never what Enter does: "Restore" is the default button,
"Delete for good…" is neither default nor auto-default (Enter while it has
focus does nothing; Space or a click activates it), and its confirmation names
the article and defaults to Cancel (Escape cancels too).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
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
from editor_app.ui import icons

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class TrashDialog(QDialog):
    restored = Signal(int)
    purged = Signal(int)

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
        for button in buttons.buttons():
            button.setAutoDefault(False)
        self.restore_button.setDefault(True)
        self.purge_button.installEventFilter(self)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self.purge_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # Enter on the focused "Delete for good…" would fall through to the default
        # button (Restore): a surprise either way, so it does nothing there.
        if watched is self.purge_button and event.type() == QEvent.Type.KeyPress \
                and event.key() in ENTER_KEYS:
            return True
        return super().eventFilter(watched, event)

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
        box = self.confirm_purge(self.list.currentItem().text())
        box.exec()
        if box.clickedButton() is not box.button(QMessageBox.StandardButton.Ok):
            return
        self._store.purge_article(article_id)
        self.purged.emit(article_id)
        self.reload()

    def confirm_purge(self, title: str) -> QMessageBox:
        """The confirmation: names the article; Cancel is the default and Escape."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete for good"),
                          self.tr("Delete “{title}” and all its revisions permanently? "
                                  "This cannot be undone.").format(title=title),
                          QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, self)
        delete = box.button(QMessageBox.StandardButton.Ok)
        delete.setText(self.tr("Delete for good"))
        delete.setIcon(icons.icon("fa5s.trash-alt"))
        delete.setAutoDefault(False)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.setObjectName("confirmPurge")
        return box
