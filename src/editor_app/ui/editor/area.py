"""The editor area: formatting toolbar, Markdown editor and find bar.

The outline and the statistics/save-state labels are created here too but
not placed: the main window puts them where it wants (a side panel, the
status bar) through the accessors.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QVBoxLayout, QWidget

from .find_replace import FindReplaceBar
from .markdown_editor import MarkdownEditor
from .outline import OutlineView
from .stats import SaveStateLabel, StatsLabel
from .toolbar import FormattingToolbar


class EditorArea(QWidget):
    """Toolbar + editor + find/replace bar, with the outline and status
    widgets available for placement elsewhere."""

    def __init__(self, store_image: Callable[[Path], str] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("editorArea")
        self.setAccessibleName(self.tr("Editor"))
        self._editor = MarkdownEditor(self)
        self._toolbar = FormattingToolbar(self._editor, store_image, self)
        self._find_bar = FindReplaceBar(self._editor, self)
        self._outline = OutlineView(self._editor)
        self._stats = StatsLabel(self._editor)
        self._save_state = SaveStateLabel()
        for widget in (self._outline, self._stats, self._save_state):
            # Placed by the host; if never placed they die with the area.
            self.destroyed.connect(widget.deleteLater)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._toolbar)
        layout.addWidget(self._editor, 1)
        layout.addWidget(self._find_bar)
        self._make_find_actions()
        self.setFocusProxy(self._editor)

    # -- accessors ----------------------------------------------------------------
    def editor(self) -> MarkdownEditor:
        return self._editor

    def toolbar(self) -> FormattingToolbar:
        return self._toolbar

    def find_bar(self) -> FindReplaceBar:
        return self._find_bar

    def outline(self) -> OutlineView:
        return self._outline

    def stats_label(self) -> StatsLabel:
        return self._stats

    def save_state_label(self) -> SaveStateLabel:
        return self._save_state

    @property
    def undo_action(self) -> QAction:
        return self._editor.undo_action

    @property
    def redo_action(self) -> QAction:
        return self._editor.redo_action

    def formatting_actions(self) -> list[QAction]:
        return self._toolbar.formatting_actions()

    def find_actions(self) -> list[QAction]:
        return [self.find_action, self.replace_action, self.find_next_action,
                self.find_previous_action]

    # -- behaviour ---------------------------------------------------------------
    def set_read_only(self, read_only: bool) -> None:
        """Show an article that cannot be edited (e.g. in the trash)."""
        self._editor.setReadOnly(read_only)
        self._toolbar.setEnabled(not read_only)
        self.replace_action.setEnabled(not read_only)
        if read_only and self._find_bar.is_replace_mode():
            self._find_bar.open_find()

    def set_store_image(self, store_image: Callable[[Path], str] | None) -> None:
        self._toolbar.set_store_image(store_image)

    def _make_find_actions(self) -> None:
        specs = (
            ("find_action", self.tr("Find…"), QKeySequence.StandardKey.Find,
             self._find_bar.open_find),
            ("replace_action", self.tr("Replace…"), QKeySequence("Ctrl+H"),
             self._find_bar.open_replace),
            ("find_next_action", self.tr("Find next"), QKeySequence.StandardKey.FindNext,
             self._find_bar.find_next),
            ("find_previous_action", self.tr("Find previous"),
             QKeySequence.StandardKey.FindPrevious, self._find_bar.find_previous),
            ("close_find_action", self.tr("Close find bar"), QKeySequence("Esc"),
             self._find_bar.close_bar),
        )
        for attr, text, key, slot in specs:
            action = QAction(text, self)
            action.setObjectName(attr.replace("_action", "").replace("_", "-"))
            action.setShortcuts(QKeySequence.keyBindings(key) if isinstance(
                key, QKeySequence.StandardKey) else [key])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, s=slot: s())
            self.addAction(action)
            setattr(self, attr, action)
            self._editor.reserve_shortcuts(action.shortcuts())
        # Esc belongs to the find bar only while it is open.
        self.close_find_action.setEnabled(False)
        self._find_bar.opened.connect(lambda: self.close_find_action.setEnabled(True))
        self._find_bar.closed.connect(lambda: self.close_find_action.setEnabled(False))
