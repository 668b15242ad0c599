"""Formatting actions (with shortcuts) and the toolbar that shows them."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette, QTextCursor
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QToolBar, QToolButton, QWidget

from editor_app.ui import icons

from . import formatting as fmt
from .paste import IMAGE_SUFFIXES
from editor_app.ui.i18n import localized

log = logging.getLogger(__name__)



def _t(text: str) -> str:
    return QCoreApplication.translate("FormattingToolbar", text)




@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str            # English source, translated when the action is built
    icon: str
    shortcuts: tuple[str, ...]
    operation: Callable[[QTextCursor], QTextCursor] | None  # None: custom handler


ACTION_SPECS: tuple[ActionSpec | None, ...] = (
    ActionSpec("bold", QT_TRANSLATE_NOOP("FormattingToolbar", "Bold"),
               "mdi6.format-bold", ("Ctrl+B",), fmt.toggle_bold),
    ActionSpec("italic", QT_TRANSLATE_NOOP("FormattingToolbar", "Italic"),
               "mdi6.format-italic", ("Ctrl+I",), fmt.toggle_italic),
    ActionSpec("code", QT_TRANSLATE_NOOP("FormattingToolbar", "Code"),
               "mdi6.code-tags", ("Ctrl+Shift+C",), fmt.toggle_code),
    ActionSpec("link", QT_TRANSLATE_NOOP("FormattingToolbar", "Link"),
               "mdi6.link-variant", ("Ctrl+K",), fmt.insert_link),
    None,
    ActionSpec("heading1", QT_TRANSLATE_NOOP("FormattingToolbar", "Heading 1"),
               "mdi6.format-header-1", ("Ctrl+1",),
               lambda c: fmt.set_heading(c, 1)),
    ActionSpec("heading2", QT_TRANSLATE_NOOP("FormattingToolbar", "Heading 2"),
               "mdi6.format-header-2", ("Ctrl+2",),
               lambda c: fmt.set_heading(c, 2)),
    ActionSpec("heading3", QT_TRANSLATE_NOOP("FormattingToolbar", "Heading 3"),
               "mdi6.format-header-3", ("Ctrl+3",),
               lambda c: fmt.set_heading(c, 3)),
    None,
    ActionSpec("bullet_list", QT_TRANSLATE_NOOP("FormattingToolbar", "Bulleted list"),
               "mdi6.format-list-bulleted",
               ("Ctrl+Shift+8",), fmt.toggle_bullet_list),
    ActionSpec("numbered_list", QT_TRANSLATE_NOOP("FormattingToolbar", "Numbered list"),
               "mdi6.format-list-numbered",
               ("Ctrl+Shift+7",), fmt.toggle_numbered_list),
    ActionSpec("quote", QT_TRANSLATE_NOOP("FormattingToolbar", "Quote"),
               "mdi6.format-quote-close", ("Ctrl+Shift+9", "Ctrl+'"),
               fmt.toggle_quote),
    ActionSpec("code_block", QT_TRANSLATE_NOOP("FormattingToolbar", "Code block"),
               "mdi6.code-braces", ("Ctrl+Alt+C",),
               fmt.toggle_code_block),
    None,
    ActionSpec("footnote", QT_TRANSLATE_NOOP("FormattingToolbar", "Footnote"),
               "mdi6.format-superscript", ("Ctrl+Alt+F",),
               fmt.insert_footnote),
    ActionSpec("table", QT_TRANSLATE_NOOP("FormattingToolbar", "Table"),
               "mdi6.table", ("Ctrl+Shift+T",), fmt.insert_table),
    ActionSpec("image", QT_TRANSLATE_NOOP("FormattingToolbar", "Image…"),
               "mdi6.image-outline", ("Ctrl+Shift+I",), None),
)


HEADINGS = ("heading1", "heading2", "heading3")   # one button with a menu: the bar fits a narrow editor


class FormattingToolbar(QToolBar):
    """Markdown formatting buttons; their shortcuts work while the editor
    has focus. ``store_image(path) -> stored filename`` saves a picked image
    as an asset of the article; without it the image action is disabled."""

    def __init__(self, editor, store_image: Callable[[Path], str] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.store_image = store_image
        self.setObjectName("formattingToolbar")
        self.setWindowTitle(self.tr("Formatting"))
        self.setAccessibleName(self.tr("Formatting"))
        self.setIconSize(QSize(18, 18))
        self.setMovable(False)
        self.setFloatable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.actions_by_name: dict[str, QAction] = {}
        self._image_dir = Path.home()
        self.heading_button: QToolButton | None = None
        self._build_actions()

    def _build_actions(self) -> None:
        for spec in ACTION_SPECS:
            if spec is None:
                self.addSeparator()
                continue
            action = QAction(_t(spec.text), self)
            action.setObjectName(f"format-{spec.name}")
            action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            hint = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{action.text()} ({hint})")
            action.setStatusTip(action.toolTip())
            if spec.operation is not None:
                action.triggered.connect(lambda _c=False, op=spec.operation: self.apply(op))
            else:
                action.triggered.connect(self.insert_image)
            self.actions_by_name[spec.name] = action
            if spec.name in HEADINGS:
                self._heading_menu().addAction(action)
            else:
                self.addAction(action)
            self.editor.addAction(action)  # shortcuts live on the editor
            self.editor.reserve_shortcuts(action.shortcuts())
            button = self.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(action.text())
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # reached by shortcut
        self.set_store_image(self.store_image)
        self._paint_icons()

    def _heading_menu(self) -> QMenu:
        """The Heading button's menu (made with the first heading action)."""
        if self.heading_button is None:
            self.heading_button = QToolButton(self)
            self.heading_button.setObjectName("format-heading")
            text = self.tr("Heading")
            self.heading_button.setToolTip(f"{text} (Ctrl+1, Ctrl+2, Ctrl+3)")
            self.heading_button.setAccessibleName(text)
            self.heading_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            self.heading_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.heading_button.setMenu(QMenu(self.heading_button))
            self.addWidget(self.heading_button)
        return self.heading_button.menu()

    def _paint_icons(self) -> None:
        palette = self.palette()
        color = palette.color(QPalette.ColorRole.ButtonText)
        disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
        for spec in ACTION_SPECS:
            if spec is not None:
                self.actions_by_name[spec.name].setIcon(
                    icons.icon(spec.icon, color=color, color_disabled=disabled))
        self.heading_button.setIcon(icons.icon("mdi6.format-header-pound", color=color,
                                               color_disabled=disabled))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.actions_by_name:
            self._paint_icons()

    def formatting_actions(self) -> list[QAction]:
        return list(self.actions_by_name.values())

    def set_store_image(self, store_image: Callable[[Path], str] | None) -> None:
        self.store_image = store_image
        self.actions_by_name["image"].setEnabled(store_image is not None)
        self.editor.image_handler = self.insert_described_image if store_image else None
        self.editor.store_image = store_image

    # -- applying ------------------------------------------------------------------
    def apply(self, operation: Callable[[QTextCursor], QTextCursor]) -> None:
        """Run a formatting operation on the editor's cursor (one undo step)."""
        if self.editor.isReadOnly():
            return
        cursor = operation(self.editor.textCursor())
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose_image_file(self) -> Path | None:
        """Ask for an image file (override or monkeypatch in tests)."""
        patterns = " ".join(f"*.{s}" for s in IMAGE_SUFFIXES)
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Insert image"), str(self._image_dir),
            self.tr("Images (%1)").replace("%1", patterns))
        return Path(name) if name else None

    def ask_image_details(self, path: Path):
        """Its description and caption (``ImageDetails``), or None: cancelled."""
        from .image_details import ask

        return ask(path, self)

    def insert_image(self) -> None:
        if self.store_image is None or self.editor.isReadOnly():
            return
        path = self.choose_image_file()
        if path is not None:
            self._image_dir = path.parent
            self.insert_described_image(path)

    def insert_described_image(self, path: Path) -> bool:
        """Ask for the picture's description and caption, then store and insert it
        (a picture dropped on the editor comes here too)."""
        details = self.ask_image_details(path)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)   # back to the text, inserted or not
        if details is None:
            return False
        return self.insert_image_file(path, details.alt, details.caption)

    def insert_image_file(self, path: Path, alt: str | None = None, caption: str = "") -> bool:
        """Store ``path`` through the host and insert ``![alt](assets/name "caption")``
        (the file's name stands for an alt text not given)."""
        if self.store_image is None:
            return False
        try:
            filename = self.store_image(path)
        except Exception as exc:  # noqa: BLE001 - any failure is shown to the user
            log.warning("could not store image %s: %s", path, exc)
            self.report_error(self.tr("The image could not be added: %1").replace("%1", localized(exc)))
            return False
        text = path.stem if alt is None else alt
        self.apply(lambda c: fmt.insert_image(c, filename, text, caption))
        return True

    def report_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Insert image"), message)
