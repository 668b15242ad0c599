"""History of the open article: its revisions, each beside the text as it is now.

The list shows every revision with its time and kind (autosave, a version the editor
saved and named, an import, a review's accepted suggestions...). The selected one is
shown side by side with the current text, changed lines marked on both sides.
*Restore this version* puts its text and details back into the editor as one undoable
step (Ctrl+Z takes it back) and saves that as a new revision: nothing is lost, the
versions after it stay in the history.
"""

from __future__ import annotations

import difflib
from dataclasses import replace

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimeZone
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSplitter, QTextEdit, QVBoxLayout, QWidget,
)
from editor_app.ui.dialog_size import fit_to_screen

REMOVED = QColor(198, 40, 40, 60)
ADDED = QColor(26, 127, 55, 60)
DIFF_LINES_MAX = 20_000   # larger texts are shown without marks


def local_datetime(value) -> str:
    utc = QDateTime(value.date(), value.time(), QTimeZone.utc())
    return QLocale().toString(utc.toLocalTime(), QLocale.FormatType.ShortFormat)


class HistoryDialog(QDialog):
    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("History of the article"))
        self.window_ = window
        self.article = window.session.current
        self.selected = None   # ArticleData of the selected revision
        self.revisions = QListWidget(self, objectName="historyRevisions")
        self.old_text = QPlainTextEdit(self, objectName="historyOld", readOnly=True)
        self.new_text = QPlainTextEdit(self, objectName="historyCurrent", readOnly=True)
        for edit in (self.old_text, self.new_text):
            edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.restore_button = QPushButton(self.tr("Restore this version"), self, objectName="historyRestore")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore)
        panes = QSplitter(Qt.Orientation.Horizontal, self)
        for title, edit in ((self.tr("This version"), self.old_text), (self.tr("Now"), self.new_text)):
            box = QWidget(panes)
            layout = QVBoxLayout(box)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(QLabel(title, box))
            layout.addWidget(edit)
            panes.addWidget(box)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.revisions)
        split.addWidget(panes)
        split.setStretchFactor(1, 4)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.restore_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self.revisions.currentItemChanged.connect(self._chosen)
        self.new_text.setPlainText(window.editor.markdown())
        if self.article is not None:
            article_id = self.article.id
            window.ops.read(lambda store: store.revisions(article_id), on_done=self._listed)
        fit_to_screen(self, 1200, 760)   # the content's size, within the screen

    def _listed(self, revisions) -> None:
        self.revisions.clear()
        for rev in revisions:
            item = QListWidgetItem(f"{local_datetime(rev.created_at)} — {self._kind(rev)}")
            item.setData(Qt.ItemDataRole.UserRole, rev.id)
            if rev.named:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.revisions.addItem(item)

    def _kind(self, rev) -> str:
        known = {"autosave": self.tr("autosave"), "edit": self.tr("edit"), "created": self.tr("created"),
                 "import": self.tr("imported"), "review: suggestions accepted": self.tr("suggestions accepted")}
        return known.get(rev.reason, rev.reason or self.tr("edit"))

    def _chosen(self, item: QListWidgetItem | None) -> None:
        self.restore_button.setEnabled(False)
        if item is None:
            return
        revision_id = item.data(Qt.ItemDataRole.UserRole)
        self.window_.ops.read(lambda store: store.revision_content(revision_id),
                              on_done=lambda data: self._show(revision_id, data))

    def _show(self, revision_id: int, data) -> None:
        current = self.revisions.currentItem()
        if current is None or current.data(Qt.ItemDataRole.UserRole) != revision_id:
            return
        self.selected = data
        self.old_text.setPlainText(data.body)
        self.new_text.setPlainText(self.window_.editor.markdown())
        self._mark_differences()
        self.restore_button.setEnabled(not getattr(self.window_, "read_only", False))

    def _mark_differences(self) -> None:
        old_lines = self.old_text.toPlainText().split("\n")
        new_lines = self.new_text.toPlainText().split("\n")
        old_marks, new_marks = [], []
        if len(old_lines) + len(new_lines) <= DIFF_LINES_MAX:
            for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False).get_opcodes():
                if tag != "equal":
                    old_marks += range(i1, i2)
                    new_marks += range(j1, j2)
        _mark_lines(self.old_text, old_marks, REMOVED)
        _mark_lines(self.new_text, new_marks, ADDED)

    def restore(self) -> None:
        """The selected version back in the editor (one undo step) and saved as a new revision."""
        data, w = self.selected, self.window_
        current = w.session.current
        if data is None or current is None:
            return
        restored = replace(w.current_data(), **{name: getattr(data, name) for name in data.EDITABLE})
        restored.slug = w.current_data().slug   # the address stays: links to it keep working
        cursor = QTextCursor(w.editor.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(data.body)
        cursor.endEditBlock()
        w.meta.set_article(replace(restored, id=current.id, version=current.version))
        w.session.touch()
        when = self.revisions.currentItem().text().split(" — ")[0]
        w.session.save_now(named=True, reason=self.tr("restored the version of %1").replace("%1", when))
        self.accept()


def _mark_lines(edit: QPlainTextEdit, lines: list[int], color: QColor) -> None:
    selections = []
    doc = edit.document()
    for number in lines:
        block = doc.findBlockByNumber(number)
        if not block.isValid():
            continue
        sel = QTextEdit.ExtraSelection()
        sel.cursor = QTextCursor(block)
        fmt = QTextCharFormat()
        fmt.setBackground(color)
        fmt.setProperty(QTextCharFormat.Property.FullWidthSelection, True)
        sel.format = fmt
        selections.append(sel)
    edit.setExtraSelections(selections)
