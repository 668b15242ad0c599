"""The trash: articles moved there can be restored or deleted for good.

Deleting for good is never what Enter does: "Restore" is the default button,
"Delete for good…" is neither default nor auto-default (Enter while it has
focus does nothing; Space or a click activates it), and its confirmation names
the article and defaults to Cancel (Escape cancels too).

Its reads and writes are operations on the store worker; it reloads whenever the
library changes (``Operations.library_changed``), whoever changed it.
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

from editor_app.ui import icons
from editor_app.ui.operations import Change, Operations
from editor_app.ui.i18n import first_line
from editor_app.ui.dialog_size import fit_to_screen

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class TrashDialog(QDialog):
    restored = Signal(int)
    purged = Signal(int)

    def __init__(self, ops: Operations, parent=None):
        super().__init__(parent)
        self._ops = ops
        self._generation = 0
        self.loaded = False     # the first list of the trash has arrived
        self.setWindowTitle(self.tr("Trash"))
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
        ops.library_changed.connect(self._library_changed)
        self.reload()
        fit_to_screen(self, 520, 400)   # the content's size, within the screen

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # Enter on the focused "Delete for good…" would fall through to the default
        # button (Restore): a surprise either way, so it does nothing there.
        if watched is self.purge_button and event.type() == QEvent.Type.KeyPress \
                and event.key() in ENTER_KEYS:
            return True
        return super().eventFilter(watched, event)

    def _library_changed(self, changes) -> None:
        if changes.kind in (Change.TRASH, Change.RESTORE, Change.PURGE, Change.SAVE, Change.IMPORT):
            self.reload()

    def reload(self) -> None:
        """Ask the store worker for the trashed articles; shown when they arrive."""
        self._generation += 1
        self.loaded = False
        generation = self._generation
        self._ops.read(_trashed_titles, on_done=lambda rows: self._show(generation, rows))

    def _show(self, generation: int, rows: list[tuple[int, str]]) -> None:
        if generation != self._generation:
            return
        current = self._selected()
        self.list.clear()
        for article_id, title in rows:
            item = QListWidgetItem(title or self.tr("(untitled)"))
            item.setData(Qt.ItemDataRole.UserRole, article_id)
            self.list.addItem(item)
            if article_id == current:
                self.list.setCurrentItem(item)
        if self.list.count() and self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        self.restore_button.setEnabled(bool(self.list.count()))
        self.purge_button.setEnabled(bool(self.list.count()))
        self.loaded = True

    def _selected(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def restore_selected(self) -> None:
        article_id = self._selected()
        if article_id is not None:
            self._ops.restore(article_id, on_done=lambda _r: self.restored.emit(article_id),
                              on_error=self._failed)

    def purge_selected(self) -> None:
        article_id = self._selected()
        if article_id is None:
            return
        box = self.confirm_purge(self.list.currentItem().text())
        box.exec()
        if box.clickedButton() is not box.button(QMessageBox.StandardButton.Ok):
            return
        self._ops.purge(article_id, on_done=lambda _r: self.purged.emit(article_id),
                        on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Trash"), first_line(exc))
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


def _trashed_titles(store) -> list[tuple[int, str]]:
    """(id, title) of every article in the trash (on the store worker)."""
    ids = store.list_ids(deleted=True)
    rows = store.rows(ids)
    return [(i, rows[i].title) for i in ids if i in rows]
