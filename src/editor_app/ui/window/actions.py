"""Menus and actions of the main window (created here, handled by the window)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from editor_app.ui import icons


def tr(text: str) -> str:
    """Translate a source text marked with ``QT_TRANSLATE_NOOP("MainWindow", ...)``."""
    return QCoreApplication.translate("MainWindow", text)


@dataclass
class WindowActions:
    new: QAction
    duplicate: QAction
    import_files: QAction
    trash: QAction
    show_trash: QAction
    save: QAction
    history: QAction
    export_current: QAction
    export_all: QAction
    journal: QAction
    open_file: QAction
    open_team: QAction
    restore_backup: QAction
    quit: QAction
    about: QAction


def _action(parent: QWidget, text: str, icon: str | None = None, shortcut=None,
            only_in: QWidget | None = None) -> QAction:
    """An action; with ``only_in`` its shortcut works only while that widget has focus."""
    action = QAction(tr(text), parent)
    if icon:
        action.setIcon(icons.icon(icon))
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        if only_in is not None:
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            only_in.addAction(action)
        action.setToolTip(f"{action.text().replace('&', '')} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
    return action


def create_actions(window: QMainWindow, article_view: QWidget) -> WindowActions:
    """The window's actions. No shortcut of an action that removes data can fire
    while a text field has focus: "Move to trash" is Delete in the article list
    (``article_view``) only, never Ctrl+Delete (the next word in every editor)."""
    return WindowActions(
        new=_action(
            window, QT_TRANSLATE_NOOP("MainWindow", "&New article"),
            "fa5s.file-medical", QKeySequence.StandardKey.New),
        duplicate=_action(
            window, QT_TRANSLATE_NOOP("MainWindow", "D&uplicate article"),
            "fa5s.copy", "Ctrl+Shift+D"),
        import_files=_action(
            window, QT_TRANSLATE_NOOP("MainWindow", "&Import…"),
            "fa5s.file-import", "Ctrl+Shift+I"),
        trash=_action(
            window, QT_TRANSLATE_NOOP("MainWindow", "Move to &trash"),
            "fa5s.trash-alt", QKeySequence.StandardKey.Delete, only_in=article_view),
        show_trash=_action(
            window, QT_TRANSLATE_NOOP("MainWindow", "Open t&rash…"),
            "fa5s.trash-restore"),
        save=_action(
            window, QT_TRANSLATE_NOOP("MainWindow", "&Save revision"),
            "fa5s.save", QKeySequence.StandardKey.Save),
        history=_action(
            window, QT_TRANSLATE_NOOP("MainWindow", "&History…"),
            "fa5s.clock", "Ctrl+Alt+H"),
        export_current=_action(
            window, QT_TRANSLATE_NOOP("MainWindow", "&Export article…"),
            "fa5s.file-export", "Ctrl+E"),
        export_all=_action(
            window, QT_TRANSLATE_NOOP("MainWindow", "Export &published articles…"),
            "fa5s.file-archive", "Ctrl+Shift+E"),
        journal=_action(
            window, QT_TRANSLATE_NOOP("MainWindow", "&Journal profile…"),
            "fa5s.university"),
        open_file=_action(
            window, QT_TRANSLATE_NOOP("MainWindow", "&Open library file…"),
            "fa5s.folder-open"),
        open_team=_action(
            window, QT_TRANSLATE_NOOP("MainWindow", "Open tea&m library…"),
            "fa5s.server"),
        restore_backup=_action(
            window, QT_TRANSLATE_NOOP("MainWindow", "Restore from &backup…"),
            "fa5s.history"),
        quit=_action(
            window, QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
            None, QKeySequence.StandardKey.Quit),
        about=_action(
            window, QT_TRANSLATE_NOOP("MainWindow", "&About"),
            "fa5s.info-circle"),
    )


def view_action(window: QMainWindow, text: str, widget: QWidget, shortcut: str) -> QAction:
    """View menu: show or hide ``widget`` (its visibility kept in the settings by shortcut)."""
    action = QAction(text, window, checkable=True, checked=True)
    action.setShortcut(shortcut)
    action.toggled.connect(widget.setVisible)
    widget.setProperty("settings_key", shortcut)
    return action


def build_menus(window: QMainWindow, actions: WindowActions, edit_extra: list[QAction | None],
                view_actions: list[QAction], language_menu: QMenu, file_extra: tuple[QAction, ...] = ()) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    for a in (actions.new, actions.duplicate, actions.import_files, None, actions.save, actions.history, None,
              actions.export_current, actions.export_all, *file_extra, None, actions.journal, None,
              actions.trash, actions.show_trash,
              None, actions.open_file, actions.open_team, actions.restore_backup, None, actions.quit):
        file_menu.addSeparator() if a is None else file_menu.addAction(a)
    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    for a in edit_extra:
        edit_menu.addSeparator() if a is None else edit_menu.addAction(a)
    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    for a in view_actions:
        view_menu.addAction(a)
    view_menu.addSeparator()
    view_menu.addMenu(language_menu)
    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(actions.about)


def language_menu(window: QMainWindow, settings) -> QMenu:
    """View → Language: follow the system, Vietnamese or English, at once (the window is
    rebuilt in the language chosen, on the same library and article)."""
    from editor_app.ui.i18n import SETTING

    def choose(code: str) -> None:
        if str(settings.value(SETTING, "system")) == code:
            return
        settings.setValue(SETTING, code)
        window.language_requested.emit(code)

    menu = QMenu(tr(QT_TRANSLATE_NOOP("MainWindow", "&Language")), window)
    group = QActionGroup(menu)
    current = str(settings.value(SETTING, "system"))
    for code, label in (("system", tr(QT_TRANSLATE_NOOP("MainWindow", "Follow the system"))),
                        ("vi", "Tiếng Việt"), ("en", "English")):
        action = menu.addAction(label)
        action.setCheckable(True)
        action.setChecked(code == current)
        group.addAction(action)
        action.triggered.connect(lambda _=False, c=code: choose(c))
    return menu
