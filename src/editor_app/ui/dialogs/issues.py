"""File › Issues…: the journal's issues, each with its articles in order.

Left, the issues (newest first); right, the chosen issue's articles with their
status and the result of the pre-publish checks (✓ ready, ⚠ warnings, ✖ errors or
not published: held back from the issue's export). Drag an article to reorder;
New issue…, Add the open article, Remove, Export issue… (its page and its ready
articles, like ``editor-app export --issue``). Double-click opens the article.
Every read and write runs on the store worker.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QMessageBox, QPushButton, QSpinBox, QSplitter, QVBoxLayout, QWidget,
)

from editor_app.ui.list.status import status_label
from editor_app.ui.operations import Change, Changes
from editor_app.ui.i18n import first_line
from editor_app.ui.dialog_size import fit_to_screen


def _load(store):
    """The issues, and for each article of each: (status ok, errors, warnings)."""
    from editor_app.core.library import issues as issue_store
    from editor_app.core.publishing.checks import article_problems
    from editor_app.core.publishing.gate import _exists, held_back, tone_style

    exists, style = _exists(store), tone_style(store)
    found = issue_store.all_issues(store)
    results: dict[str, tuple[str | None, list[str], list[str]]] = {}
    for issue in found:
        for entry in issue.entries:
            if entry.slug in results:
                continue
            article = store.get_by_slug(entry.slug)
            problems = article_problems(article, exists, style) if article is not None else []
            results[entry.slug] = (held_back(store, article, exists) if article is not None else "gone",
                                   [p.message for p in problems if p.severity == "error"],
                                   [p.message for p in problems if p.severity != "error"])
    return found, results


class NewIssueDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New issue"))
        form = QFormLayout(self)
        self.volume = QLineEdit(self)
        self.number = QLineEdit(self)
        self.year = QSpinBox(self)
        self.year.setRange(1900, 2999)
        from datetime import date

        self.year.setValue(date.today().year)
        self.title = QLineEdit(self)
        form.addRow(self.tr("&Volume"), self.volume)
        form.addRow(self.tr("&Number"), self.number)
        form.addRow(self.tr("&Year"), self.year)
        form.addRow(self.tr("&Title"), self.title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class IssuesDialog(QDialog):
    open_article = Signal(int)

    def __init__(self, ops, window):
        super().__init__(window)
        self.setObjectName("issuesDialog")
        self.setWindowTitle(self.tr("Issues of the journal"))
        self.ops, self.window = ops, window
        self.issues = QListWidget(self, objectName="issuesList")
        self.issues.setAccessibleName(self.tr("Issues"))
        self.issues.currentRowChanged.connect(lambda _row: self._show_articles())
        self.heading = QLabel(self, objectName="issueHeading")
        self.heading.setWordWrap(True)
        self.articles = QListWidget(self, objectName="issueArticles")
        self.articles.setAccessibleName(self.tr("Articles of the issue, in order"))
        self.articles.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.articles.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.articles.model().rowsMoved.connect(lambda *_: self._reordered())
        self.articles.itemDoubleClicked.connect(self._open)
        self.new_button = QPushButton(self.tr("&New issue…"), self)
        self.add_button = QPushButton(self.tr("&Add the open article"), self)
        self.remove_button = QPushButton(self.tr("&Remove from the issue"), self)
        self.export_button = QPushButton(self.tr("&Export issue…"), self)
        self.new_button.clicked.connect(self._new)
        self.add_button.clicked.connect(self._add_current)
        self.remove_button.clicked.connect(self._remove)
        self.export_button.clicked.connect(self._export)
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.articles, 1)
        row = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.export_button):
            row.addWidget(b)
        column.addLayout(row)
        left = QWidget(self)
        lcol = QVBoxLayout(left)
        lcol.setContentsMargins(0, 0, 0, 0)
        lcol.addWidget(self.issues, 1)
        lcol.addWidget(self.new_button)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([260, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self._found: list = []
        self._results: dict = {}
        self._filling = False
        ops.library_changed.connect(self._changed)
        fit_to_screen(self, 900, 560)   # the content's size, within the screen

    # -- reading --------------------------------------------------------------------
    def _changed(self, changes: Changes) -> None:
        if self.isVisible() and changes.kind in (Change.ISSUE, Change.SAVE, Change.TRASH, Change.PROFILE):
            self.reload()

    def reload(self) -> None:
        self.ops.read(_load, on_done=self._loaded)

    def _loaded(self, loaded) -> None:
        key = self.current_key()
        self._found, self._results = loaded
        self._filling = True
        self.issues.clear()
        for issue in self._found:
            item = QListWidgetItem(self._numbering(issue) + (f"\n{issue.title}" if issue.title else ""))
            item.setData(Qt.ItemDataRole.UserRole, issue.key)
            self.issues.addItem(item)
        keys = [i.key for i in self._found]
        self.issues.setCurrentRow(keys.index(key) if key in keys else (0 if keys else -1))
        self._filling = False
        self._show_articles()

    def _numbering(self, issue) -> str:
        return self.tr("Volume %1, number %2 (%3)").replace("%1", issue.volume).replace("%2", issue.number) \
            .replace("%3", str(issue.year))

    def current_key(self) -> str | None:
        item = self.issues.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _issue(self):
        key = self.current_key()
        return next((i for i in self._found if i.key == key), None)

    def _show_articles(self) -> None:
        issue = self._issue()
        self._filling = True
        self.articles.clear()
        for button in (self.add_button, self.remove_button, self.export_button):
            button.setEnabled(issue is not None)
        if issue is None:
            self.heading.setText(self.tr("No issue yet: make one with New issue…"))
            self._filling = False
            return
        ready = 0
        for entry in issue.entries:
            reason, errors, warnings = self._results.get(entry.slug, (None, [], []))
            if reason:
                mark, tip = "✖", reason
            elif warnings:
                mark, tip = "⚠", "\n".join(warnings)
            else:
                mark, tip = "✓", self.tr("Ready to publish")
            ready += not reason
            item = QListWidgetItem(f"{mark}  {entry.title or entry.slug}   [{status_label(entry.status)}]"
                                   + (f" — {entry.section}" if entry.section else ""))
            item.setToolTip(tip)
            item.setData(Qt.ItemDataRole.UserRole, entry.slug)
            item.setData(Qt.ItemDataRole.UserRole + 1, entry.article_id)
            self.articles.addItem(item)
        self.heading.setText(self._numbering(issue) + (f": {issue.title}" if issue.title else "") + "\n"
                             + self.tr("%1 of %2 article(s) ready to publish").replace("%1", str(ready))
                             .replace("%2", str(len(issue.entries))))
        self._filling = False

    # -- changes --------------------------------------------------------------------------
    def _slugs(self) -> list[str]:
        return [self.articles.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.articles.count())]

    def _reordered(self) -> None:
        from editor_app.core.library import issues as issue_store

        key = self.current_key()
        if self._filling or key is None:
            return
        order = self._slugs()
        self.ops.issue_change(lambda store: issue_store.reorder(store, key, order), on_error=self._failed)

    def _new(self) -> None:
        from editor_app.core.library import issues as issue_store

        dialog = NewIssueDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        volume, number, year, title = (dialog.volume.text(), dialog.number.text(), dialog.year.value(),
                                       dialog.title.text())
        self.ops.issue_change(lambda store: issue_store.create(store, volume, number, year, title),
                              on_error=self._failed)

    def _add_current(self) -> None:
        from editor_app.core.library import issues as issue_store

        current, key = self.window.session.current, self.current_key()
        if current is None or key is None:
            return
        slug = current.slug
        self.ops.issue_change(lambda store: issue_store.add(store, key, [slug]), on_error=self._failed)

    def _remove(self) -> None:
        from editor_app.core.library import issues as issue_store

        item, key = self.articles.currentItem(), self.current_key()
        if item is None or key is None:
            return
        slug = item.data(Qt.ItemDataRole.UserRole)
        self.ops.issue_change(lambda store: issue_store.remove(store, key, [slug]), on_error=self._failed)

    def _open(self, item: QListWidgetItem) -> None:
        self.open_article.emit(item.data(Qt.ItemDataRole.UserRole + 1))

    def _export(self) -> None:
        from editor_app.core.publishing.issue_export import export_issue

        key = self.current_key()
        if key is None:
            return
        settings = QSettings()
        start = str(settings.value("export/folder", str(Path.home())))
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export the issue to a folder"), start)
        if not folder:
            return
        settings.setValue("export/folder", folder)
        self.window.workers.export.run(lambda: export_issue(self.ops.store, key, Path(folder)),
                                       on_done=self._exported, on_error=self._failed)

    def _exported(self, result) -> None:
        lines = [f"{f.slug}: {f.message}" for f in result.held + result.report.errors]
        pages = len(result.report.written)
        if lines:
            QMessageBox.warning(self, self.tr("Issue exported with articles held back"),
                                self.tr("%1 file(s) written. Not published with the issue:").replace("%1", str(pages))
                                + "\n\n" + "\n".join(lines[:20]))
        else:
            QMessageBox.information(self, self.tr("Issue exported"),
                                    self.tr("%1 file(s) written.").replace("%1", str(pages)))

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Issues"), first_line(exc))
