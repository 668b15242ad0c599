"""The main window: layout and wiring of the panels; the work lives in the panels.

list | editor (+ outline) | preview | metadata, in one splitter; each panel can
be hidden, and the geometry and splitter sizes persist.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSplitter

from editor_app.core.dto import ArticleData
from editor_app.ui.list.panel import ArticleListPanel
from editor_app.ui.editor.session import ArticleSession
from editor_app.ui.editor import EditorArea
from editor_app.ui.editor.stats import SaveState
from editor_app.ui.dialogs.export import ExportController
from editor_app.ui.metadata.panel import MetadataPanel
from editor_app.ui.operations import Change, Operations
from editor_app.ui.operations.handle import LibraryHandle
from editor_app.ui.preview.pane import PreviewPane
from editor_app.ui.window.trash_undo import TrashController
from editor_app.ui.window.version_save import VersionSaver
from editor_app.ui.window.actions import build_menus, create_actions, language_menu, view_action
from editor_app.ui.window import dialog_openers
from editor_app.ui.window.importing import ImportControl
from editor_app.ui.window.layout import restore_layout, save_layout
from editor_app.ui.window.library import LibraryCare
from editor_app.ui.window.readonly import enter_read_only
from editor_app.ui.window.publishing_side import PublishingSide
from editor_app.ui.window.review_side import ReviewSide
from editor_app.ui.window.team import TeamWork
from editor_app.ui.window.opening import FirstPaint, close_library
from editor_app.ui.window.article_opener import ArticleOpener
from editor_app.ui.operations.workers import Workers
from editor_app.ui.i18n import first_line, localized

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """``library``: an open store, or a ``LibraryHandle`` not open yet: the window paints,
    then ``open_library()`` opens it on the store worker (and the window owns it)."""

    restore_requested = Signal(object)  # Path of a backup: the host replaces the library with it
    language_requested = Signal(str)    # the interface language chosen: the host rebuilds the window
    switch_requested = Signal(object)   # a path or a ServerLocation: the host opens that library
    first_painted = Signal()

    def __init__(self, library, build_page, settings: QSettings | None = None, notices=()):
        super().__init__()
        self.store = LibraryHandle.of(library)
        self.settings = settings or QSettings()
        self.workers = Workers(self)      # every background thread of the window
        self.runner = self.workers.store   # the one store worker
        self.opening = None if self.store.is_open else self._open_library(notices)
        self._owns_store = self.opening is not None   # it opens the library: it closes it
        self.ops = Operations(self.store, self.runner, self)
        self._closed = False
        self.read_only = False   # a library another program holds, opened to read (readonly.py)
        self.setWindowTitle(self.tr("Editorial workstation") + f" — {self.store.path.name}")
        self.setAccessibleName(self.tr("Editorial workstation"))
        self._build_panels(build_page)
        self.session = ArticleSession(self.ops, self._collect, self)
        self.opener = ArticleOpener(self)
        self.reopen_article: int | None = None   # opened instead of the first (a new language)
        self.actions_ = create_actions(self, self.list_panel.key_target())
        self.trash = TrashController(self)
        self.versions = VersionSaver(self)
        self.care = LibraryCare(self)
        self.team = TeamWork(self)
        self.importing = ImportControl(self)
        self.review_side = ReviewSide(self)
        self.publishing = PublishingSide(self, self.review_side.right)
        self._build_menus()
        self._connect()
        self.care.connect_changes()
        restore_layout(self)
        if self.store.is_open:   # the section list is read by select_first(), after the article
            self.team.library_opened()
        else:
            self._show_opening()

    # -- opening the library (after the first paint) --------------------------
    def _show_opening(self) -> None:
        text = self.tr("Opening the library…")
        self._set_editing_enabled(False)
        self.list_panel.show_opening(text)
        self.editor.setPlaceholderText(text)
        self._show_counts(False)   # no words to count, nothing saved yet
        self._paint_watch = FirstPaint(self.centralWidget(), self.first_painted.emit)

    def _show_counts(self, shown: bool) -> None:
        self.editor_area.stats_label().setVisible(shown)
        self.save_label.setVisible(shown)

    def _open_library(self, notices):
        """The store worker's first job: open the library once the window has painted (the
        panels' first reads queue behind it). ``self.opening.refused()``: it could not be."""
        from editor_app.ui.window.opening import LibraryOpening

        painted = threading.Event()
        self.first_painted.connect(painted.set)
        opening = LibraryOpening(self.store, self.runner, self, painted)
        opening.opened.connect(self._library_opened)
        opening.start(notices)
        return opening

    def adopt_store(self) -> None:
        """The window closes its library (on the store worker) when it closes."""
        self._owns_store = True

    def _library_opened(self, _store) -> None:
        if getattr(self.store, "readonly", False):
            enter_read_only(self)
        self.team.library_opened()   # edits kept on this computer are saved before the first read
        self.select_first()          # its read comes next on the store worker
        self._show_counts(True)
        self.editor.setPlaceholderText("")
        self.list_panel.show_opening(None)
        self.meta.reload_profile()   # asked for at start; again if it was asked before a retry
        self.care.library_opened()

    # -- construction ------------------------------------------------------
    def _build_panels(self, build_page) -> None:
        # a library still to open: its first article is read before the list (select_first)
        self.list_panel = ArticleListPanel(self.store, self.runner, self, held=not self.store.is_open)
        self.list_panel.follow(self.ops.library_changed)
        self.editor_area = EditorArea(store_image=self._store_image, parent=self)
        self.editor = self.editor_area.editor()
        self.outline = self.editor_area.outline()
        self.preview = PreviewPane(build_page, runner=self.workers.render, parent=self)
        self.meta = MetadataPanel(self.store, self.runner, self)
        self.meta.follow(self.ops.library_changed)
        self.left = QSplitter(Qt.Orientation.Vertical, self)
        self.left.addWidget(self.list_panel)
        self.left.addWidget(self.outline)
        self.left.setStretchFactor(0, 3)
        self.left.setStretchFactor(1, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for w in (self.left, self.editor_area, self.preview, self.meta):
            self.splitter.addWidget(w)
            self.splitter.setCollapsible(self.splitter.indexOf(w), True)
        self.splitter.setSizes([400, 520, 480, 360])
        self.setCentralWidget(self.splitter)
        self.save_label = self.editor_area.save_state_label()
        self.statusBar().addWidget(self.editor_area.stats_label())
        self.statusBar().addPermanentWidget(self.save_label)

    def _build_menus(self) -> None:
        self.view_actions = [
            view_action(self, self.tr("Article &list"), self.list_panel, "Ctrl+Alt+1"),
            view_action(self, self.tr("&Outline"), self.outline, "Ctrl+Alt+2"),
            view_action(self, self.tr("&Preview"), self.preview, "Ctrl+Alt+3"),
            view_action(self, self.tr("&Details"), self.meta, "Ctrl+Alt+4"),
            self.review_side.action, self.publishing.view_action,
        ]
        area, pub = self.editor_area, self.publishing
        edit = [area.undo_action, area.redo_action, area.editor().paste_plain_action, None, *area.find_actions(), None,
                *area.formatting_actions(), None, pub.tone_action]
        build_menus(self, self.actions_, edit, self.view_actions, language_menu(self, self.settings),
                    file_extra=(pub.pdf_action, pub.issues_action))
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setAccessibleName(self.tr("Main toolbar"))
        for a in (self.actions_.new, self.actions_.save, self.actions_.export_current):
            toolbar.addAction(a)

    def _connect(self) -> None:
        a = self.actions_
        a.new.triggered.connect(self.new_article)
        a.duplicate.triggered.connect(self.duplicate_article)
        a.trash.triggered.connect(self.trash_article)
        a.show_trash.triggered.connect(lambda: dialog_openers.show_trash(self))
        a.save.triggered.connect(self.save_version)
        a.history.triggered.connect(lambda: self.versions.show_history())
        a.export_current.triggered.connect(self.export_current)
        a.export_all.triggered.connect(lambda: self.exporter.export(None))
        a.journal.triggered.connect(lambda: dialog_openers.edit_journal_profile(self))
        a.restore_backup.triggered.connect(self.care.restore_from_backup)
        a.open_team.triggered.connect(self.team.open_team_library)
        a.open_file.triggered.connect(self.team.open_library_file)
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(lambda: dialog_openers.show_about(self))
        self.exporter = ExportController(self.store, self.workers.export, self)
        self.list_panel.article_selected.connect(self.open_article)
        self.meta.title_committed.connect(lambda: self.editor.setFocus())
        self.preview.internal_link.connect(self._open_linked_article)
        self.editor.content_changed.connect(self._edited)
        self.meta.changed.connect(self._edited)
        self.editor.scroll_fraction_changed.connect(self.preview.follow_scroll)
        self.session.state_changed.connect(self._show_save_state)
        self.ops.library_changed.connect(self._library_changed)
        self._prune_timer = QTimer(self, interval=3600 * 1000)
        self._prune_timer.timeout.connect(lambda: self.runner.run(self.store.prune_revisions))
        self._prune_timer.start()

    # -- articles ----------------------------------------------------------
    def _collect(self, base: ArticleData) -> ArticleData:
        data = self.meta.apply_to(base)
        data.body = self.editor.markdown()
        return data

    def current_data(self) -> ArticleData | None:
        current = self.session.current
        return None if current is None else self._collect(current)

    def open_article(self, article_id: int, then=None) -> None:
        """Save the open article, then open ``article_id`` once the store worker has read it
        (and call ``then()``)."""
        self.opener.open(article_id, then)

    def is_opening(self) -> bool:
        """True while an article asked for is being read."""
        return self.opener.is_opening()

    def _set_editing_enabled(self, enabled: bool) -> None:
        self.editor_area.setEnabled(enabled)
        self.meta.setEnabled(enabled and not self.read_only)

    def _edited(self) -> None:
        if self.session.current is None:
            return
        self.session.touch()
        self.preview.request_latest(self.current_data)   # collected when the debounce fires

    def _flush(self) -> bool:
        try:
            self.session.flush()
        except Exception as exc:  # noqa: BLE001
            QMessageBox.critical(self, self.tr("Could not save"),
                                 self.tr("The article could not be saved: %1").replace("%1", localized(exc)))
            return False
        return True

    def new_article(self) -> None:
        if not self._flush():
            return
        language = "vi" if not self.session.current else self.session.current.language
        self.ops.create(ArticleData(language=language), self.tr("created"),
                        on_done=self._created, on_error=self._write_failed)

    def _created(self, data: ArticleData) -> None:
        self.list_panel.select_article(data.id)   # the list reloads: it follows the library
        self.open_article(data.id, then=self.meta.focus_title)

    def _write_failed(self, exc: BaseException) -> None:
        log.error("library operation failed: %s", exc)
        self.statusBar().showMessage(self.tr("The library could not be changed: {reason}").format(
            reason=first_line(exc)), 10000)

    def duplicate_article(self) -> None:
        if self.session.current is None or not self._flush():
            return
        self.ops.duplicate(self.session.current.id,
                           on_done=lambda copy: self.list_panel.select_article(copy.id),
                           on_error=self._write_failed)

    def trash_article(self) -> None:
        """Move the open article to the trash (Delete in the list, or the menu); Undo offered."""
        self.trash.trash_current()

    def save_version(self) -> None:
        """Ctrl+S: a named version of the open article, confirmed in the status bar."""
        self.versions.save()

    def close_article(self) -> None:
        """No article open (after it went to the trash)."""
        self.session.clear()
        self.editor.set_markdown("")
        self.preview.clear()
        self._set_editing_enabled(False)

    def export_current(self) -> None:
        if self.session.current is None or not self._flush():
            return
        self.exporter.export([self.session.current.slug])

    def _library_changed(self, changes) -> None:
        """The page shows the journal's profile and the article's images."""
        current = self.session.current
        if current is not None and (changes.kind is Change.PROFILE or (
                changes.kind is Change.ASSET and current.id in changes.ids)):
            self.preview.request_latest(self.current_data)

    def _store_image(self, path: Path) -> str:
        current = self.session.current
        if current is None:
            raise RuntimeError(self.tr("Open an article first"))
        return self.ops.add_asset_and_wait(current.id, path.name, path.read_bytes()).filename

    def _show_save_state(self, state: str, detail: str) -> None:
        self.save_label.set_state(state, detail)
        if SaveState(state) is SaveState.FAILED and detail:
            self.statusBar().showMessage(detail, 10000)

    def _open_linked_article(self, url) -> None:
        slug = url.fileName().removesuffix(".html")

        def found(article) -> None:
            if article is not None and article.deleted_at is None:
                self.list_panel.select_article(article.id)
                self.open_article(article.id)

        self.ops.read(lambda store: store.get_by_slug(slug), on_done=found)

    def select_first(self) -> None:
        """Open ``reopen_article``, or the article the list shows first (``ArticleOpener``)."""
        self.opener.open_first()

    # -- closing -----------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self.store.is_open:
            self.care.library_opened()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self._closed:
            event.accept()
            return
        if not self._flush():
            event.ignore()
            return
        self._closed = True
        self.trash.end_offer()
        save_layout(self)
        self.care.before_close()   # a backup if anything changed (waits for it)
        self.team.stop()
        self.importing.stop()
        self.preview.shutdown()
        self.publishing.shutdown()
        if self.opening is not None:
            self.opening.cancel()   # closed before it painted: nothing to open
        if self._owns_store:   # closed on its worker, after the opening and the saves queued before
            self.runner.run(close_library, self.store)
        self.workers.shutdown()
        self.settings.sync()
        event.accept()

