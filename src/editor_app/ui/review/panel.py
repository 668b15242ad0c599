"""The editor's review panel: the open article's review rounds, comments and suggestions.

- Rounds: who reviewed, when it was sent and returned, the recommendation.
- Comments with their passage, author and time; reply, resolve and reopen. Clicking one
  selects its passage in the editor (found again in the text as it is being edited).
- Suggestions (insertions, removals, replacements) with Accept and Reject, one by one
  or all at once. Each decision (and each resolve or reopen) is one step of the
  editor's undo history (``decisions``): Ctrl+Z takes an accepted suggestion's text
  back out and opens it again, or brings a rejected one back.

Comments and suggestions are highlighted in the editor. Every read and write goes
through the store worker (``Operations``); the panel reloads when a review changes.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimeZone, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QGridLayout, QHeaderView, QInputDialog, QLabel, QPushButton, QTextEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from editor_app.ui.after_paint import after_paint
from editor_app.ui.operations import Change, Changes
from editor_app.ui.review.decisions import Decisions

COMMENT_COLOR = QColor(255, 214, 0, 90)
REMOVAL_COLOR = QColor("#c62828")
ADDITION_COLOR = QColor("#1a7f37")
RECOMMENDATION_KEYS = ("accept", "minor_revisions", "major_revisions", "resubmit_elsewhere", "decline",
                       "see_comments")


def _local(value, date_only: bool = False) -> str:
    """A naive UTC time from the library in the user's time zone and format."""
    local = QDateTime(value.date(), value.time(), QTimeZone.utc()).toLocalTime()
    short = QLocale.FormatType.ShortFormat
    return QLocale().toString(local.date(), short) if date_only else QLocale().toString(local, short)


class WrappedLabel(QLabel):
    """A word-wrapped label as tall as its text at its width, in any layout (a form in
    a scroll area asks a plain QLabel for one line's height and cuts the rest)."""

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def setText(self, text: str) -> None:  # noqa: N802
        super().setText(text)
        self._fit()

    def _fit(self) -> None:
        height = self.heightForWidth(max(1, self.width()))
        if height > 0 and height != self.minimumHeight():
            self.setMinimumHeight(height)


class ReviewPanel(QWidget):
    select_passage = Signal(int, int)   # start, end in the editor's text
    marked = Signal(list)   # what the preview marks: open comments' passages and suggestions

    def __init__(self, ops, editor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self.ops = ops
        self.editor = editor
        self._article = None
        self._review = None
        self.decisions = Decisions(editor, self._record, self)
        self.rounds = WrappedLabel(self, objectName="reviewRounds")
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
        layout.addWidget(self.rounds)   # the window may show it elsewhere (the details panel)
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
        self._emit_marks()
        if article is not None:   # after the article's text is on screen
            after_paint(self.editor.viewport(), lambda: self._reload_for(article))

    def _reload_for(self, article) -> None:
        if article is self._article:
            self.reload()

    def reload(self) -> None:
        article = self._article
        if article is None:
            return
        self.ops.read(lambda store: _review_of(store, article), on_done=lambda r: self._show(article, r))

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
        self._emit_marks()

    def preview_marks(self) -> list[dict]:
        """The open notes as the preview marks them: comments by their passage, removals
        struck (with the replacement written after), additions written in; each found by
        its words and the words around it in its line."""
        if self._review is None or self.isHidden():
            return []
        text = self.editor.markdown()
        items = []
        for note in self._review.notes:
            row = note.row
            if row.state != "open" or (row.kind == "comment" and not note.quote):
                continue
            found = self._place(note, text)
            if found is None:
                continue
            start, end = found
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", end)
            line_end = len(text) if line_end < 0 else line_end
            items.append({"kind": "delete" if row.kind == "replace" else row.kind, "quote": text[start:end],
                          "new": "" if row.kind == "comment" else row.new_text,
                          "before": text[max(line_start, start - 60):start],
                          "after": text[end:min(line_end, end + 60)]})
        return items

    def _emit_marks(self) -> None:
        self.marked.emit(self.preview_marks())

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
        selections, points = [], []
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
                    fmt.setUnderlineColor(ADDITION_COLOR)
                if note.row.kind in ("insert", "replace"):   # where the new words go: a caret
                    points.append((found[1], ADDITION_COLOR))
                fmt.setToolTip(self._describe(note, full=True))
                sel.cursor, sel.format = cursor, fmt
                selections.append(sel)
        self.editor.set_extra_selections("review", selections)
        self.editor.set_point_marks(points)

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
        """Apply the suggestions to the editor's text and record them: one undo step."""
        text = self.editor.markdown()
        placed = [(self._place(n, text), n) for n in notes]
        usable = sorted(((f, n) for f, n in placed if f is not None), key=lambda fn: fn[0][0], reverse=True)
        plan, last_start = [], None
        for (start, end), note in usable:
            if last_start is not None and end > last_start:
                continue   # overlaps one applied already
            plan.append((start, end, note))
            last_start = start
        if not plan or self._article is None:
            return []

        def edit(cursor: QTextCursor) -> None:
            for start, end, note in plan:
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(note.row.new_text)

        self.decisions.decide(self._article.id, {n.row.id: n.row.state for _s, _e, n in plan}, "accepted", edit)
        return [n.row.id for _s, _e, n in plan]

    def reject(self, notes) -> list[int]:
        """Record the suggestions as rejected: the text stays; one undo step."""
        self._mark(notes, "rejected")
        return [n.row.id for n in notes]

    def _mark(self, notes, state: str) -> None:
        if not notes or self._article is None:
            return
        text = self.editor.markdown()
        found = next((f for f in (self._place(n, text) for n in notes) if f is not None), None)
        self.decisions.decide(self._article.id, {n.row.id: n.row.state for n in notes}, state,
                              at=found[0] if found else self.editor.textCursor().position())

    def _record(self, article_id: int, states: dict[int, str]) -> None:
        from editor_app.core.reviewing.desk import set_state

        def write(store, states=dict(states)):
            for note_id, state in states.items():
                set_state(store, note_id, state)

        self.ops.review_change(article_id, write)

    def _toggle_resolved(self) -> None:
        note = self._chosen()
        if note is None or note.row.kind != "comment":
            return
        self._mark([note], "open" if note.row.state == "resolved" else "resolved")

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
        self._emit_marks()

    def hideEvent(self, event) -> None:  # noqa: N802
        super().hideEvent(event)
        self.editor.set_extra_selections("review", [])
        self.editor.set_point_marks([])
        self.marked.emit([])

    def refresh_highlights(self) -> None:
        """The editor's text changed: the highlights follow their passages."""
        self._highlight()


def _review_of(store, article):
    """On the store worker: the article's review (its modules load there, not on the GUI thread)."""
    from editor_app.core.reviewing.desk import review_of

    return review_of(store, article)
