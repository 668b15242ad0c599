"""Graphical entry point: ``editor-app`` (no subcommand) or ``python -m editor_app``."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

log = logging.getLogger(__name__)


def _prepare_qt() -> None:
    """Things Qt needs before the QApplication exists."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6 import QtWebEngineWidgets  # noqa: F401 - must load before the app

    from editor_app.ui.preview.scheme import register_preview_scheme

    if sys.platform.startswith("linux") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    register_preview_scheme()


def make_application(argv: list[str]):
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from editor_app.core.resources import resource_path

    _prepare_qt()
    from editor_app.ui.window.file_open import EditorApplication

    app = QApplication.instance() or EditorApplication(argv)
    app.setOrganizationName("EditorApp")
    app.setApplicationName("editor-app")
    app.setApplicationDisplayName("Editor App")
    icon = resource_path("icons", "editor-app.png") if (Path(__file__).parent).exists() else None
    if icon is not None and icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def _child_process_support() -> None:
    """In the frozen program, a render or import child starts through here (PyInstaller
    hooks ``freeze_support``); elsewhere it does nothing, and multiprocessing is not
    loaded before the window paints."""
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()


def main(library: Path | None = None, argv: list[str] | None = None) -> int:
    """The window paints first; the library opens behind it, on the store worker.
    Returns 2 when the library could not be opened (the user was told why)."""
    _child_process_support()
    from PySide6.QtCore import QSettings

    from editor_app.core.library.location import parse_location
    from editor_app.core.library.paths import default_library_path
    from editor_app.core.publishing.guard import GuardedRenderer
    from editor_app.ui.editor.markdown_editor import release_clipboard
    from editor_app.ui.i18n import chosen_language, install_translators
    from editor_app.ui.window.host import LibraryHost

    app = make_application(argv if argv is not None else sys.argv)
    settings = QSettings()
    install_translators(app, chosen_language(settings))
    from editor_app.ui.window.host import last_library

    last = None if library else last_library(settings)
    path = parse_location(library) if library else (last or default_library_path())
    renderer = GuardedRenderer()
    from editor_app.ui.window.file_open import ReviewOpener

    opener = ReviewOpener(renderer, settings, app)
    opener.follow(app)   # a .review double-clicked on macOS while the program runs
    host = LibraryHost(path, settings, renderer, fallback=default_library_path() if last else None)
    try:
        host.start()       # File → Restore from backup… replaces the window and the library
        code = app.exec()
    finally:
        host.close()       # the window, and with it the library (whichever is open now)
        _delete_closed_windows(app)   # review windows opened meanwhile
        renderer.close()
        release_clipboard()
    return host.exit_code or code


def review_main(path: Path, argv: list[str] | None = None) -> int:
    """A reviewer opens a ``.review`` file (``editor-app FILE.review``, or a double-click):
    the review window, no library. 1 when the file cannot be opened (the user was told why)."""
    _child_process_support()
    from PySide6.QtCore import QSettings

    from editor_app.core.publishing.guard import GuardedRenderer
    from editor_app.ui.editor.markdown_editor import release_clipboard
    from editor_app.ui.i18n import chosen_language, install_translators

    app = make_application(argv if argv is not None else sys.argv[:1])
    settings = QSettings()
    install_translators(app, chosen_language(settings))
    from editor_app.ui.window.file_open import ReviewOpener

    renderer = GuardedRenderer()
    opener = ReviewOpener(renderer, settings, app)
    opener.follow(app)   # more .review files opened meanwhile (macOS)
    try:
        if opener.open(Path(path)) is None:
            return 1
        return app.exec()
    finally:
        _delete_closed_windows(app)
        renderer.close()
        release_clipboard()


def _delete_closed_windows(app) -> None:
    """Closed windows (deleted later) and their web pages go before the application."""
    from PySide6.QtCore import QEvent

    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


if __name__ == "__main__":
    raise SystemExit(main())
