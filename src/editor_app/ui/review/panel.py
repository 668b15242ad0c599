"""The editor's review panel: the open article's review rounds, comments and suggestions.

- Rounds: who reviewed, when it was sent and returned, the recommendation.
- Comments with their passage, author and time; reply, resolve and reopen. Clicking one
  selects its passage in the editor (found again in the text as it is being edited).
- Suggestions (insertions, removals, replacements) with Accept and Reject, one by one
  or all at once. Accepting edits the text in the editor as one undoable step (Ctrl+Z),
  then records the decision; the article is saved as any edit is.

Comments and suggestions are highlighted in the editor. Every read and write goes
through the store worker (``Operations``); the panel reloads when a review changes.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimeZone, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QGridLayout, QHeaderView, QInputDialog, QLabel, QPushButton, QTextEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from editor_app.ui.operations import Change, Changes

COMMENT_COLOR = QColor(255, 214, 0, 90)
REMOVAL_COLOR = QColor("#c62828")
RECOMMENDATION_KEYS = ("accept", "minor_revisions", "major_revisions", "resubmit_elsewhere", "decline",
                       "see_comments")


def _local(value, date_only: bool = False) -> str:
    """A naive UTC time from the library in the user's time zone and format."""
    local = QDateTime(value.date(), value.time(), QTimeZone.utc()).toLocalTime()
    short = QLocale.FormatType.ShortFormat
    return QLocale().toString(local.date(), short) if date_only else QLocale().toString(local, short)


class ReviewPanel(QWidget):
    select_passage = Signal(int, int)   # start, end in the editor's text
    commented = Signal(list)            # the passages of the open comments (the preview marks them)

    def __init__(self, ops, editor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self.ops = ops
        self.editor = editor
        self._article = None
        self._review = None
        self.rounds = QLabel(self, objectName="reviewRounds")
        self.rounds.setWordWrap(True)
        self.rounds.setTextFormat(Qt.TextFormat.PlainText)
        self.tree = QTreeWidget(self, objectName="reviewNotes")
        self.tree.setHeaderLabels([self.tr("Note"), self.tr("By"), self.tr("When")])
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        self.accept_button = QPushButton(self.tr("Accept"), self, objectName="reviewAccept")
        self.reject_button = QPushButton(self.tr("Reject"), self, objectName="reviewReject")
        self.accept_all_button = QPushButton(self.tr("Accept all"), self, objectName="reviewAcceptAll")
        self.reject_all_button = QPushButton(self.tr("Reject all"), self, objectName="reviewRejectAll")
        self.resolve_button = QPushButton(self.tr("Resolve"), self, objectName="reviewResolve")
        self.reply_button = QPushButton(self.tr("Reply…"), self, objectName="reviewReply")
        self.accept_button.clicked.connect(lambda: self.accept(self._chosen_suggestions()))
        self.reject_button.clicked.connect(lambda: self.reject(self._chosen_suggestions()))
        self.accept_all_button.clicked.connect(lambda: self.accept(self._open_suggestions()))
        self.reject_all_button.clicked.connect(lambda: self.reject(self._open_suggestions()))
        self.resolve_button.clicked.connect(self._toggle_resolved)
        self.reply_button.clicked.connect(self._reply)
        buttons = QGridLayout()
        for i, b in enumerate((self.accept_button, self.reject_button, self.accept_all_button,
                               self.reject_all_button, self.resolve_button, self.reply_button)):
            buttons.addWidget(b, i // 2, i % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.rounds)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._enable()

    # -- loading ---------------------------------------------------------------------------
    def follow(self, library_changed) -> None:
        library_changed.connect(self._library_changed)

    def _library_changed(self, changes: Changes) -> None:
        if self._article is not None and changes.kind == Change.REVIEW and self._article.id in changes.ids:
            self.reload()

    def set_article(self, article) -> None:
        self._article = article
        self._review = None
        self.tree.clear()
        self.rounds.setText("")
        self._highlight()
        self.commented.emit([])
        if article is not None:
            self.reload()

    def reload(self) -> None:
        from editor_app.core.reviewing.desk import review_of

        article = self._article
        if article is None:
            return
        self.ops.read(lambda store: review_of(store, article), on_done=lambda r: self._show(article, r))

    def _show(self, article, review) -> None:
        if article is not self._article:
            return
        self._review = review
        self._show_rounds(review.rounds, review.statuses)
        self.tree.clear()
        by_id = {}
        for note in review.notes:
            row = note.row
            if row.state in ("accepted", "rejected"):
                continue
            item = QTreeWidgetItem([self._describe(note), row.author, _local(row.created_at) if row.created_at else ""])
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(0, self._describe(note, full=True))
            if row.state == "resolved":
                font = item.font(0)
                font.setItalic(True)
                item.setFont(0, font)
            parent = by_id.get(row.reply_to)
            (parent.addChild(item) if parent is not None else self.tree.addTopLevelItem(item))
            by_id[row.id] = item
        self.tree.expandAll()
        self._highlight()
        self._enable()
        self.commented.emit([n.quote for n in review.notes if n.row.kind == "comment" and n.row.state == "open"
                             and n.start is not None and n.quote])

    def _show_rounds(self, rounds, statuses=()) -> None:
        names = dict(zip(RECOMMENDATION_KEYS, (self.tr("accept"), self.tr("minor revisions"),
                                               self.tr("major revisions"), self.tr("resubmit elsewhere"),
                                               self.tr("decline"), self.tr("see comments"))))
        lines = []
        for r in rounds:
            who = r.reviewer_name or self.tr("(reviewer not named)")
            sent = _local(r.sent_at, date_only=True)
            if r.returned_at is None:
                lines.append(self.tr("Sent %1; not returned yet").replace("%1", sent))
            else:
                lines.append(self.tr("%1: sent %2, returned %3 — %4").replace("%1", who).replace("%2", sent)
                             .replace("%3", _local(r.returned_at, date_only=True))
                             .replace("%4", names.get(r.recommendation, self.tr("no recommendation"))))
        if not lines:
            lines.append(self.tr("Not sent for review yet."))
        from editor_app.ui.list.status import status_label

        for status, by, when in list(statuses)[-3:]:   # the latest changes of status
            lines.append(self.tr("%1 by %2, %3").replace("%1", status_label(status))
                         .replace("%2", by or self.tr("(unknown)")).replace("%3", _local(when)))
        self.rounds.setText("\n".join(lines))

    def _describe(self, note, full: bool = False) -> str:
        row = note.row
        limit = 10_000 if full else 60
        quote = note.quote if len(note.quote) <= limit else note.quote[:limit] + "…"
        if row.kind == "comment":
            where = (f"“{quote}” " if quote else "") + ("⚠ " if note.start is None and row.hint >= 0 else "")
            return f"{where}{row.text}"
        new = row.new_text if len(row.new_text) <= limit else row.new_text[:limit] + "…"
        return {"insert": self.tr("Add: “%1”").replace("%1", new),
                "delete": self.tr("Remove: “%1”").replace("%1", quote),
                "replace": self.tr("Replace “%1” with “%2”").replace("%1", quote).replace("%2", new)}[row.kind]

    # -- where the notes are in the text being edited -------------------------------------------
    def _place(self, note, text: str | None = None) -> tuple[int, int] | None:
        """Where the note is in the editor's text now (it may have changed since read)."""
        from editor_app.core.reviewing.anchoring import Anchor, locate

        row = note.row
        if row.detached or row.hint < 0:
            return None
        return locate(Anchor(row.quote if note.start is None else note.quote, row.prefix, row.suffix,
                             note.start if note.start is not None else row.hint),
                      self.editor.markdown() if text is None else text)

    def _note(self, note_id: int):
        if self._review is None:
            return None
        return next((n for n in self._review.notes if n.row.id == note_id), None)

    def _clicked(self, item: QTreeWidgetItem) -> None:
        note = self._note(item.data(0, Qt.ItemDataRole.UserRole))
        found = self._place(note) if note is not None else None
        if found is not None:
            self.select_passage.emit(*found)

    def _highlight(self) -> None:
        selections = []
        if self._review is not None and self.isVisible():
            text = self.editor.markdown()
            for note in self._review.notes:
                if note.row.state != "open":
                    continue
                found = self._place(note, text)
                if found is None:
                    continue
                sel = QTextEdit.ExtraSelection()
                cursor = QTextCursor(self.editor.document())
                cursor.setPosition(found[0])
                cursor.setPosition(max(found[1], found[0] + (1 if note.row.kind == "insert" else 0)),
                                   QTextCursor.MoveMode.KeepAnchor)
                fmt = QTextCharFormat()
                if note.row.kind == "comment":
                    fmt.setBackground(COMMENT_COLOR)
                elif note.row.kind in ("delete", "replace"):
                    fmt.setFontStrikeOut(True)
                    fmt.setForeground(REMOVAL_COLOR)
                else:
                    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
                    fmt.setUnderlineColor(QColor("#1a7f37"))
                fmt.setToolTip(self._describe(note, full=True))
                sel.cursor, sel.format = cursor, fmt
                selections.append(sel)
        self.editor.set_extra_selections("review", selections)

    # -- decisions -----------------------------------------------------------------------------
    def _chosen(self):
        item = self.tree.currentItem()
        return self._note(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def _chosen_suggestions(self):
        note = self._chosen()
        return [note] if note is not None and note.row.kind != "comment" else []

    def _open_suggestions(self):
        if self._review is None:
            return []
        return [n for n in self._review.notes if n.row.kind != "comment" and n.row.state == "open"]

    def accept(self, notes) -> list[int]:
        """Apply the suggestions to the editor's text (one undo step), then record them."""
        text = self.editor.markdown()
        placed = [(self._place(n, text), n) for n in notes]
        usable = sorted(((f, n) for f, n in placed if f is not None), key=lambda fn: fn[0][0], reverse=True)
        if not usable:
            return []
        cursor = QTextCursor(self.editor.document())
        cursor.beginEditBlock()
        done, last_start = [], None
        for (start, end), note in usable:
            if last_start is not None and end > last_start:
                continue   # overlaps one applied already
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(note.row.new_text)
            done.append(note.row.id)
            last_start = start
        cursor.endEditBlock()
        self._decide(done, "accepted")
        return done

    def reject(self, notes) -> list[int]:
        ids = [n.row.id for n in notes]
        self._decide(ids, "rejected")
        return ids

    def _decide(self, ids: list[int], state: str) -> None:
        from editor_app.core.reviewing.desk import set_state

        if not ids or self._article is None:
            return
        article_id = self._article.id

        def write(store, ids=tuple(ids)):
            for note_id in ids:
                set_state(store, note_id, state)

        self.ops.review_change(article_id, write)

    def _toggle_resolved(self) -> None:
        note = self._chosen()
        if note is None or note.row.kind != "comment":
            return
        self._decide([note.row.id], "open" if note.row.state == "resolved" else "resolved")

    def _reply(self) -> None:
        from editor_app.core.reviewing.desk import reply

        note = self._chosen()
        if note is None or note.row.kind != "comment" or self._article is None:
            return
        words, ok = QInputDialog.getMultiLineText(self, self.tr("Reply"), self.tr("Your reply:"))
        if ok and words.strip():
            self.ops.review_change(self._article.id,
                                   lambda store: reply(store, note.row.id, words, getattr(store, "editor", "")))

    def _enable(self) -> None:
        note = self._chosen()
        suggestion = note is not None and note.row.kind != "comment"
        self.accept_button.setEnabled(suggestion)
        self.reject_button.setEnabled(suggestion)
        has_open = bool(self._open_suggestions())
        self.accept_all_button.setEnabled(has_open)
        self.reject_all_button.setEnabled(has_open)
        comment = note is not None and note.row.kind == "comment"
        self.resolve_button.setEnabled(comment)
        self.reply_button.setEnabled(comment)
        if comment:
            self.resolve_button.setText(self.tr("Reopen") if note.row.state == "resolved" else self.tr("Resolve"))

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._highlight()

    def hideEvent(self, event) -> None:  # noqa: N802
        super().hideEvent(event)
        self.editor.set_extra_selections("review", [])

    def refresh_highlights(self) -> None:
        """The editor's text changed: the highlights follow their passages."""
        self._highlight()

