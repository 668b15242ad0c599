"""The reviewer's window: one ``.review`` file, no library.

The page as it will be published (the article as sent) beside its source, read-only;
comments on passages (Ctrl+Alt+M), suggest mode (typing becomes tracked
suggestions), a recommendation and a summary. Everything is saved back into the same
file, atomically, 1.5 s after each change and on closing; *Send back* saves and shows
the file in the file manager.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QInputDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMainWindow,
    QMessageBox, QPlainTextEdit, QSplitter, QVBoxLayout, QWidget,
)

from editor_app.core.errors import InputError
from editor_app.core.reviewing.session import ReviewSession, save_review
from editor_app.ui.operations.workers import Workers
from editor_app.ui.preview.pane import PreviewPane
from editor_app.ui.review.review_editor import ReviewEditor
from editor_app.ui.i18n import localized

AUTOSAVE_MS = 1500


class _ReviewReads:
    """What the page needs, from the review file instead of a library."""

    def __init__(self, session: ReviewSession):
        self._session = session

    def get_profile(self):
        from editor_app.core.dto import ProfileData

        return ProfileData(name=self._session.review.manifest.get("journal", ""))

    def related_articles(self, _article):
        return []

    def get_asset(self, _article_id, name: str):
        data = self._session.review.assets.get(name)
        if data is None:
            raise KeyError(name)
        return mimetypes.guess_type(name)[0] or "application/octet-stream", data


def page_builder(session: ReviewSession, renderer):
    reads = _ReviewReads(session)

    def build_page(article):
        from editor_app.core.publishing.export import page_for_article

        return page_for_article(reads, article, renderer.render(article.body, language=article.language))

    return build_page


class ReviewWindow(QMainWindow):
    def __init__(self, session: ReviewSession, renderer, settings: QSettings | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reviewWindow")
        self.session = session
        self.settings = settings or QSettings()
        self.workers = Workers(self)
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save)
        self._build(renderer)
        self._actions()
        self._fill()
        self.source.changed.connect(self._changed)
        self._update_title()

    # -- construction ------------------------------------------------------------------
    def _build(self, renderer) -> None:
        self.source = ReviewEditor(self)
        self.preview = PreviewPane(page_builder(self.session, renderer), runner=self.workers.render, parent=self)
        side = QWidget(self)
        form = QFormLayout()
        self.reviewer_name = QLineEdit(side, objectName="reviewerName")
        self.reviewer_email = QLineEdit(side, objectName="reviewerEmail")
        self.recommendation = QComboBox(side, objectName="recommendation")
        for value, label in self._recommendations():
            self.recommendation.addItem(label, value)
        self.summary = QPlainTextEdit(side, objectName="reviewSummary")
        self.summary.setPlaceholderText(self.tr("Your assessment of the article as a whole"))
        form.addRow(self.tr("Reviewer:"), self.reviewer_name)
        form.addRow(self.tr("Email:"), self.reviewer_email)
        form.addRow(self.tr("Recommendation:"), self.recommendation)
        self.comments = QListWidget(side, objectName="reviewComments")
        self.comments.setWordWrap(True)
        layout = QVBoxLayout(side)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Summary:"), side))
        layout.addWidget(self.summary, 1)
        layout.addWidget(QLabel(self.tr("Comments:"), side))
        layout.addWidget(self.comments, 2)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.source)
        split.addWidget(self.preview)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 2)
        self.split = split
        self.setCentralWidget(split)
        self.statusBar()
        self.source.notice.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.source.note_clicked.connect(self._show_note)
        self.comments.itemClicked.connect(
            lambda item: item.data(Qt.ItemDataRole.UserRole) > 0 and self.source.select_note(
                item.data(Qt.ItemDataRole.UserRole)))
        self.comments.itemDoubleClicked.connect(self._edit_comment)
        for widget in (self.reviewer_name, self.reviewer_email):
            widget.textEdited.connect(self._changed)
        self.recommendation.currentIndexChanged.connect(self._changed)
        self.summary.textChanged.connect(self._changed)

    def _recommendations(self):
        return [(None, self.tr("(no recommendation yet)")), ("accept", self.tr("Accept")),
                ("minor_revisions", self.tr("Minor revisions")), ("major_revisions", self.tr("Major revisions")),
                ("resubmit_elsewhere", self.tr("Resubmit elsewhere")), ("decline", self.tr("Decline")),
                ("see_comments", self.tr("See comments"))]

    def _actions(self) -> None:
        bar = self.addToolBar(self.tr("Review"))
        bar.setObjectName("reviewToolbar")
        self.comment_action = QAction(self.tr("Comment"), self, objectName="reviewComment")
        self.comment_action.setShortcut(QKeySequence("Ctrl+Alt+M"))
        self.comment_action.triggered.connect(self.comment)
        self.suggest_action = QAction(self.tr("Suggest changes"), self, objectName="reviewSuggest", checkable=True)
        self.suggest_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.suggest_action.toggled.connect(self._suggest)
        self.remark_action = QAction(self.tr("Remark on the article…"), self, objectName="reviewRemark")
        self.remark_action.triggered.connect(self.remark)
        self.delete_comment_action = QAction(self.tr("Delete comment"), self, objectName="reviewDeleteComment")
        self.delete_comment_action.triggered.connect(self._delete_comment)
        self.save_action = QAction(self.tr("Save"), self, objectName="reviewSave")
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        self.send_action = QAction(self.tr("Send back…"), self, objectName="reviewSendBack")
        self.send_action.triggered.connect(self.send_back)
        for action in (self.comment_action, self.remark_action, self.suggest_action, self.delete_comment_action,
                       self.save_action, self.send_action):
            bar.addAction(action)
            self.addAction(action)
        self.source.addAction(self.comment_action)

    def _fill(self) -> None:
        review = self.session.review
        self.source.load(self.session.article.body, self.session.marks)
        self.reviewer_name.setText(review.reviewer_name or str(self.settings.value("review/name", "")))
        self.reviewer_email.setText(review.reviewer_email or str(self.settings.value("review/email", "")))
        index = self.recommendation.findData(review.recommendation)
        self.recommendation.setCurrentIndex(max(0, index))
        self.summary.setPlainText(review.summary)
        self._refresh_comments()
        self.preview.show_article(self.session.article)
        self._autosave.stop()
        self.setWindowModified(False)

    # -- actions ------------------------------------------------------------------------
    def comment(self) -> None:
        cursor = self.source.textCursor()
        quote = cursor.selectedText().replace("\u2029", " ") if cursor.hasSelection() else ""
        words, ok = QInputDialog.getMultiLineText(self, self.tr("Comment"),
                                                  self.tr("Comment on “%1”:").replace("%1", quote[:80]) if quote
                                                  else self.tr("Comment on the word at the cursor:"))
        if ok and words.strip():
            if self.source.add_comment(words) is None:
                self.statusBar().showMessage(self.tr("Select the passage to comment on first."), 5000)
            self._refresh_comments()

    def remark(self) -> None:
        """A remark on the whole article (review.json's comments)."""
        from datetime import datetime, timezone

        from editor_app.core.reviewing.review_file import ReviewComment

        words, ok = QInputDialog.getMultiLineText(self, self.tr("Remark"), self.tr("Remark on the whole article:"))
        if ok and words.strip():
            remarks = self.session.review.comments
            stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
            remarks.append(ReviewComment(words.strip(), id=f"r{len(remarks) + 1}",
                                         author=self.reviewer_name.text().strip(), created_at=stamp))
            self._refresh_comments()
            self._changed()

    def _edit_comment(self, item: QListWidgetItem) -> None:
        note_id = item.data(Qt.ItemDataRole.UserRole)
        remarks = self.session.review.comments
        old = remarks[-note_id - 1].text if note_id < 0 else self.source.notes.get(note_id, "")
        words, ok = QInputDialog.getMultiLineText(self, self.tr("Comment"), self.tr("Comment:"), old)
        if ok and words.strip():
            if note_id < 0:
                remarks[-note_id - 1].text = words.strip()
                self._changed()
            else:
                self.source.set_comment(note_id, words)
            self._refresh_comments()

    def _delete_comment(self) -> None:
        item = self.comments.currentItem()
        if item is None:
            return
        note_id = item.data(Qt.ItemDataRole.UserRole)
        if note_id < 0:
            del self.session.review.comments[-note_id - 1]
            self._changed()
        else:
            self.source.remove_comment(note_id)
        self._refresh_comments()

    def _suggest(self, on: bool) -> None:
        self.source.set_suggesting(on)
        self.statusBar().showMessage(self.tr("Suggest mode: what you type and delete becomes suggestions.")
                                     if on else self.tr("Suggest mode off."), 5000)
        self.source.setFocus()

    def _show_note(self, note_id: int) -> None:
        for row in range(self.comments.count()):
            if self.comments.item(row).data(Qt.ItemDataRole.UserRole) == note_id:
                self.comments.setCurrentRow(row)
                return

    def _refresh_comments(self) -> None:
        from editor_app.ui.review.marks import note_ranges

        ranges = note_ranges(self.source.document())
        text = self.source.document().toPlainText()
        self.comments.clear()
        for index, remark in enumerate(self.session.review.comments):   # on the whole article: ids < 0
            item = QListWidgetItem(self.tr("On the whole article:") + f"\n{remark.text}")
            item.setData(Qt.ItemDataRole.UserRole, -index - 1)
            self.comments.addItem(item)
        for note_id, words in sorted(self.source.notes.items(), key=lambda kv: ranges.get(kv[0], (1 << 30,))[0]):
            start, end = ranges.get(note_id, (0, 0))
            quote = text[start:end]
            item = QListWidgetItem(f"“{quote[:60]}{'…' if len(quote) > 60 else ''}”\n{words}")
            item.setData(Qt.ItemDataRole.UserRole, note_id)
            self.comments.addItem(item)

    # -- saving -------------------------------------------------------------------------
    def _changed(self, *_args) -> None:
        self.setWindowModified(True)
        self._autosave.start()

    def _collect(self) -> None:
        review = self.session.review
        review.reviewer_name = self.reviewer_name.text().strip()
        review.reviewer_email = self.reviewer_email.text().strip()
        review.recommendation = self.recommendation.currentData()
        review.summary = self.summary.toPlainText()
        self.settings.setValue("review/name", review.reviewer_name)
        self.settings.setValue("review/email", review.reviewer_email)

    def save(self) -> bool:
        self._autosave.stop()
        self._collect()
        try:
            save_review(self.session, self.source.marked_text())
        except (OSError, InputError) as exc:
            QMessageBox.warning(self, self.tr("Not saved"), self.tr(
                "The review could not be saved to %1:\n%2\n\nYour work is still here; save again "
                "(Ctrl+S) once the file can be written.").replace("%1", str(self.session.path))
                .replace("%2", getattr(exc, "strerror", None) or localized(exc)))
            return False
        self.setWindowModified(False)
        self.statusBar().showMessage(self.tr("Saved to %1").replace("%1", self.session.path.name), 3000)
        return True

    def send_back(self) -> None:
        if self.save():
            if not Workers.reveal(Path(self.session.path)):
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.session.path).parent)))
            self.statusBar().showMessage(self.tr("Saved. Send %1 back to the editor (by e-mail, for example).")
                                         .replace("%1", self.session.path.name), 10000)

    def _update_title(self) -> None:
        self.setWindowTitle(self.tr("%1[*] — review").replace("%1", self.session.title))

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.isWindowModified() and not self.save():
            answer = QMessageBox.question(self, self.tr("Not saved"),
                                          self.tr("The review could not be saved. Close anyway and lose "
                                                  "the changes since the last save?"),
                                          QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard,
                                          QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        self.preview.shutdown()
        self.workers.shutdown()
        super().closeEvent(event)
        # its web page goes now, before the application (QtWebEngine crashes on a page
        # that outlives its profile at exit)
        self.deleteLater()
