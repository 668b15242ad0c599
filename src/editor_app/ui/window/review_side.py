"""The review panel's place in the main window: under the details, following the open
article (its rounds shown in the details panel itself); its highlights follow the text as it is edited; clicking a note selects its
passage in the editor; the open comments' passages and the suggestions are marked in the preview too;
View › Review (Ctrl+Alt+5) shows or hides it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QSplitter

from editor_app.ui.preview.highlights import PreviewHighlights
from editor_app.ui.review.panel import ReviewPanel

HIGHLIGHT_DELAY_MS = 300


class ReviewSide(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.panel = ReviewPanel(window.ops, window.editor, window)
        self.panel.follow(window.ops.library_changed)
        splitter = window.splitter
        index = splitter.indexOf(window.meta)
        self.right = QSplitter(Qt.Orientation.Vertical, window)
        splitter.insertWidget(index, self.right)
        self.right.addWidget(window.meta)
        self.right.addWidget(self.panel)
        self.right.setStretchFactor(0, 3)
        self.right.setStretchFactor(1, 2)
        # the rounds (who, sent, returned, recommendation) and the status changes are
        # details of the article: they show in the details panel
        window.meta.add_section(QCoreApplication.translate("MainWindow", "Review rounds"), self.panel.rounds)
        self._later = QTimer(self, singleShot=True, interval=HIGHLIGHT_DELAY_MS)
        self._later.timeout.connect(self.panel.refresh_highlights)
        window.editor.content_changed.connect(self._later.start)
        window.session.loaded.connect(self.panel.set_article)
        self.panel.select_passage.connect(self._select)
        self.preview_marks = PreviewHighlights(window.preview)
        self.panel.marked.connect(self.preview_marks.show)
        self.action = QAction(QCoreApplication.translate("MainWindow", "&Review"), window, checkable=True,
                              checked=True)
        self.action.setShortcut("Ctrl+Alt+5")
        self.action.toggled.connect(self.panel.setVisible)

    def _select(self, start: int, end: int) -> None:
        editor = self.window.editor
        cursor = QTextCursor(editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        editor.setTextCursor(cursor)
        editor.centerCursor()
        editor.setFocus()
