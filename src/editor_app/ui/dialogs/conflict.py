"""Another editor saved the article first: the two texts side by side, and the choice.

Not modal: the editor keeps typing meanwhile (every edit is kept on this computer until
the conflict is settled). "Keep theirs" takes the library's version, "Keep mine" saves
mine over it, "Merge" merges both from the version both started from (the passages
changed on both sides are shown both ways between markers, to be settled in the text).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale, QTimeZone, Signal
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QGridLayout, QLabel, QPlainTextEdit, QPushButton, QTextEdit, QVBoxLayout,
    QWidget)

from editor_app.core.dto import ArticleData
from editor_app.ui.dialog_size import fit_to_screen

THEIRS, MINE, MERGE = "theirs", "mine", "merge"


def when_text(theirs: ArticleData) -> str:
    """When they saved, in local time and the user's locale."""
    if theirs.updated_at is None:
        return "?"
    stamp = QDateTime(theirs.updated_at.date(), theirs.updated_at.time(), QTimeZone.utc()).toLocalTime()
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def changed_by_text(theirs: ArticleData) -> str:
    """'This article was just changed by Lan at 16:05.' (Vietnamese: 'Bài này vừa được Lan sửa lúc...')."""
    translate = QCoreApplication.translate
    return translate("ConflictDialog", "This article was just changed by {who} at {when}.").format(
        who=theirs.updated_by or translate("ConflictDialog", "another editor"), when=when_text(theirs))


_FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("ConflictDialog", "title"),
    "subtitle": QT_TRANSLATE_NOOP("ConflictDialog", "subtitle"),
    "slug": QT_TRANSLATE_NOOP("ConflictDialog", "slug"),
    "language": QT_TRANSLATE_NOOP("ConflictDialog", "language"),
    "summary": QT_TRANSLATE_NOOP("ConflictDialog", "summary"),
    "body": QT_TRANSLATE_NOOP("ConflictDialog", "text"),
    "section": QT_TRANSLATE_NOOP("ConflictDialog", "section"),
    "status": QT_TRANSLATE_NOOP("ConflictDialog", "status"),
    "published_on": QT_TRANSLATE_NOOP("ConflictDialog", "publication date"),
    "source": QT_TRANSLATE_NOOP("ConflictDialog", "source"),
    "doi": "DOI",
    "license": QT_TRANSLATE_NOOP("ConflictDialog", "licence"),
    "authors": QT_TRANSLATE_NOOP("ConflictDialog", "authors"),
    "keywords": QT_TRANSLATE_NOOP("ConflictDialog", "keywords"),
    "related": QT_TRANSLATE_NOOP("ConflictDialog", "related articles"),
}


def field_names() -> dict[str, str]:
    """The fields as the details panel names them, in the interface's language."""
    return {k: QCoreApplication.translate("ConflictDialog", v) for k, v in _FIELD_NAMES.items()}


def _mark_difference(left: QPlainTextEdit, right: QPlainTextEdit) -> None:
    """Both panes scrolled to the first passage that differs, highlighted in each."""
    a, b = left.toPlainText(), right.toPlainText()
    start = len(os.path.commonprefix([a, b]))
    tail = len(os.path.commonprefix([a[start:][::-1], b[start:][::-1]]))
    color = QColor("#fff1a8")
    for view, text in ((left, a), (right, b)):
        end = max(start, len(text) - tail)
        cursor = view.textCursor()
        cursor.setPosition(min(start, len(text)))
        cursor.setPosition(min(end, len(text)), QTextCursor.MoveMode.KeepAnchor)
        mark = QTextEdit.ExtraSelection()
        mark.format.setBackground(color)
        mark.format.setForeground(QColor("#000000"))
        mark.cursor = cursor
        view.setExtraSelections([mark])
        cursor.setPosition(min(start, len(text)))
        view.setTextCursor(cursor)
        view.centerCursor()


class ConflictDialog(QDialog):
    chosen = Signal(str)   # THEIRS, MINE or MERGE

    def __init__(self, theirs: ArticleData, mine: ArticleData, conflicts: list[str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Changed by another editor"))
        self.setModal(False)
        layout = QVBoxLayout(self)
        head = QLabel(changed_by_text(theirs) + " " + self.tr(
            "Nothing was overwritten: your text is kept on this computer until you choose."), self)
        head.setWordWrap(True)
        head.setObjectName("conflictHeadline")
        layout.addWidget(head)
        if conflicts:
            names = field_names()
            both = QLabel(self.tr("Both of you changed: {fields}.").format(
                fields=", ".join(names.get(f, f) for f in conflicts)), self)
            both.setWordWrap(True)
            layout.addWidget(both)
        grid = QGridLayout()
        self.theirs_view = self._pane(grid, 0, self.tr("Their version ({who})").format(
            who=theirs.updated_by or self.tr("another editor")), theirs)
        self.mine_view = self._pane(grid, 1, self.tr("Your version"), mine)
        layout.addLayout(grid, 1)
        buttons = QDialogButtonBox(self)
        self.buttons = {}
        for key, text in ((THEIRS, self.tr("Keep &theirs")), (MINE, self.tr("Keep &mine")),
                          (MERGE, self.tr("&Merge both"))):
            button = QPushButton(text, self)
            button.setAutoDefault(False)   # no key press settles it by accident
            button.setDefault(False)
            button.clicked.connect(lambda _=False, k=key: self._choose(k))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            self.buttons[key] = button
        layout.addWidget(buttons)
        _mark_difference(self.theirs_view, self.mine_view)
        fit_to_screen(self, 980, 600)   # the content's size, within the screen

    def _pane(self, grid: QGridLayout, column: int, title: str, data: ArticleData) -> QPlainTextEdit:
        label = QLabel(f"<b>{title}</b>", self)
        view = QPlainTextEdit(self)
        view.setReadOnly(True)
        view.setPlainText(f"{data.title}\n\n{data.body}")
        label.setBuddy(view)
        grid.addWidget(label, 0, column)
        grid.addWidget(view, 1, column)
        return view

    def _choose(self, key: str) -> None:
        self.chosen.emit(key)
        self.accept()
