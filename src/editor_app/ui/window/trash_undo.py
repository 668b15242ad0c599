"""Moving the open article to the trash, with a way back.

Only Delete while the article list has focus, or File → Move to trash, trashes
an article: no shortcut a text field could receive removes data (Ctrl+Delete
in the body deletes the next word, as in every editor). For ``UNDO_MS`` after
trashing, the status bar offers "Undo" next to the message, and Ctrl+Z
restores the article when the focused widget has no undo of its own (the
list, or a field just loaded with the next article). Restoring reselects it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from editor_app.ui import icons

log = logging.getLogger(__name__)

UNDO_MS = 12000
TITLE_CHARS = 60   # a longer title is cut in the status bar
TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox)


def has_own_undo(widget: QWidget) -> bool:
    """Whether Ctrl+Z in ``widget`` undoes something of the widget's own."""
    if isinstance(widget, QComboBox):
        widget = widget.lineEdit() if widget.isEditable() else None
    elif isinstance(widget, QAbstractSpinBox):
        widget = widget.findChild(QLineEdit)
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly() and widget.isUndoAvailable()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return not widget.isReadOnly() and widget.document().isUndoAvailable()
    return False


class UndoOffer(QWidget):
    """"Moved “…” to the trash. [Undo]" in the status bar."""

    undo_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("undoOffer")
        self.label = QLabel(self)
        self.button = QPushButton(icons.icon("fa5s.undo"), self.tr("Undo"), self)
        self.button.setObjectName("undoTrash")
        self.button.setAutoDefault(False)
        self.button.setToolTip(self.tr("Restore the article (Ctrl+Z)"))
        self.button.clicked.connect(self.undo_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(8)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self.hide()

    def offer(self, title: str) -> None:
        if len(title) > TITLE_CHARS:
            title = title[:TITLE_CHARS - 1].rstrip() + "…"
        self.label.setText(self.tr("Moved “{title}” to the trash.").format(title=title))
        self.setAccessibleDescription(self.label.text())
        self.show()


class TrashController(QObject):
    """Trashes the window's open article and offers to undo it."""

    undone = Signal(int)

    def __init__(self, window):
        super().__init__(window)
        self._w = window
        self.pending: int | None = None
        self._timer = QTimer(self, singleShot=True, interval=UNDO_MS)
        self._timer.timeout.connect(self.end_offer)
        self.offer = UndoOffer(window.statusBar())
        window.statusBar().insertWidget(0, self.offer)
        self.offer.undo_clicked.connect(self.undo)
        # Ctrl+Z where no text field has focus (a text field takes Ctrl+Z itself)
        self._shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), window)
        self._shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self._shortcut.setEnabled(False)
        self._shortcut.activated.connect(self.undo)
        self._watched: list[QWidget] = []
        window.ops.library_changed.connect(self._library_changed)

    def _library_changed(self, changes) -> None:
        """Restored or deleted for good elsewhere (the trash dialog): nothing left to undo."""
        from editor_app.ui.operations import Change

        if changes.kind in (Change.RESTORE, Change.PURGE) and self.pending in changes.ids:
            self.end_offer()

    # -- trashing ----------------------------------------------------------------
    def trash_current(self) -> None:
        w = self._w
        current = w.session.current
        if current is None or not w._flush():
            return
        current = w.session.current
        row = w.list_panel.row_of(current.id) or 0
        w.ops.trash(current.id, on_done=lambda _r: self._trashed(current, row),
                    on_error=self._trash_failed)

    def _trashed(self, current, row: int) -> None:
        """On the GUI thread after the trash operation (the list reloads: it follows the library)."""
        w = self._w
        if w.session.current is not None and w.session.current.id == current.id:
            w.close_article()
        self._start_offer(current.id, current.title or self.tr("(untitled)"))
        w.list_panel.when_loaded(lambda: self._select_neighbour(current.id, row))

    def _trash_failed(self, exc: BaseException) -> None:
        log.error("trash failed: %s", exc)
        self._w.statusBar().showMessage(self.tr("Could not move the article to the trash: {reason}")
                                        .format(reason=exc), 10000)

    def _select_neighbour(self, trashed_id: int, row: int) -> None:
        w = self._w
        if self.pending != trashed_id or w.session.current is not None:
            return  # undone meanwhile, or the user opened another article
        next_id = w.list_panel.id_at(min(row, w.list_panel.row_count() - 1))
        if next_id is not None:
            w.list_panel.select_article(next_id)
            w.open_article(next_id)

    # -- the offer ------------------------------------------------------------------
    def _start_offer(self, article_id: int, title: str) -> None:
        if self.pending is None:
            self._watch_text_fields()
        self.pending = article_id
        self.offer.offer(title)
        self._timer.start()
        w = self._w
        if not w.editor_area.isEnabled() and not w.list_panel.list_has_focus():
            w.list_panel.focus_list()

    def _watch_text_fields(self) -> None:
        """Ctrl+Z in a text field with nothing of its own to undo restores the article."""
        self._shortcut.setEnabled(True)
        self._watched = [f for f in self._w.findChildren(QWidget) if isinstance(f, TEXT_FIELDS)]
        for field in self._watched:
            field.installEventFilter(self)
            field.destroyed.connect(self._unwatch)

    def _unwatch(self, obj=None) -> None:
        self._watched = [f for f in self._watched if f is not obj]

    def end_offer(self) -> None:
        self._shortcut.setEnabled(False)
        for field in self._watched:
            field.removeEventFilter(self)
            field.destroyed.disconnect(self._unwatch)
        self._watched = []
        self.pending = None
        self._timer.stop()
        self.offer.hide()

    def forget(self, article_id: int) -> None:
        """The article was restored or deleted elsewhere (the trash dialog)."""
        if self.pending == article_id:
            self.end_offer()

    def undo(self) -> bool:
        """Restore the article trashed last and open it; False when there is none."""
        article_id = self.pending
        if article_id is None:
            return False
        self.end_offer()
        w = self._w
        if not w._flush():
            return True
        w.ops.restore(article_id, on_done=lambda _r: self._restored(article_id),
                      on_error=self._restore_failed)
        return True

    def _restored(self, article_id: int) -> None:
        w = self._w
        w.list_panel.when_loaded(lambda: w.list_panel.select_article(article_id))
        w.open_article(article_id)
        w.statusBar().showMessage(self.tr("The article is back from the trash."), 4000)
        self.undone.emit(article_id)

    def _restore_failed(self, exc: BaseException) -> None:
        log.error("restore failed: %s", exc)
        self._w.statusBar().showMessage(self.tr("Could not restore the article: {reason}")
                                        .format(reason=exc), 10000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (event.type() == QEvent.Type.KeyPress and self.pending is not None
                and isinstance(event, QKeyEvent) and event.matches(QKeySequence.StandardKey.Undo)
                and not has_own_undo(watched)):
            return self.undo()
        return False
