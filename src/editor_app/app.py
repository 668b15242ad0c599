"""Graphical entry point: ``editor-app`` (no subcommand) or ``python -m editor_app``."""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
from pathlib import Path

log = logging.getLogger(__name__)
GUI_SWITCH_INTERVAL_S = 0.001


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

    from editor_app.core.publishing.resources import resource_path

    _prepare_qt()
    # Saving, rendering and the store's loading run on worker threads. A thread
    # busy in Python keeps the GIL for up to the switch interval (5 ms) each time
    # the GUI thread asks for it back, several times per key press while an
    # autosave of a long article runs; 1 ms keeps typing smooth.
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName("EditorApp")
    app.setApplicationName("editor-app")
    app.setApplicationDisplayName("Editor App")
    icon = resource_path("icons", "editor-app.png") if (Path(__file__).parent).exists() else None
    if icon is not None and icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def open_store(path: Path, *, offer_backup: bool = True):
    """Open the library or explain in a message box why not; None when refused.

    A damaged library: the message offers its newest good backup (restored only
    on an explicit click; the damaged file is kept beside it, never deleted)."""
    from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from editor_app.core import errors
    from editor_app.core.library.store import Store

    explanations = (
        (errors.LibraryLockedError, QT_TRANSLATE_NOOP(
            "app", "This library is already open in another window or program. "
                   "Close it there first; nothing was changed.")),
        (errors.NotALibraryError, QT_TRANSLATE_NOOP(
            "app", "This file is not an article library. It was left as it is.")),
        (errors.LibraryDamagedError, QT_TRANSLATE_NOOP(
            "app", "The library is damaged and cannot be opened. The file was not changed; "
                   "restore it from a backup copy.")),
        (errors.LibraryTooNewError, QT_TRANSLATE_NOOP(
            "app", "The library was made by a newer version of this program. Update the program to open it.")),
    )
    title = QCoreApplication.translate("app", "Cannot open the library")
    try:
        return _open_upgrading(path, Store.open)
    except errors.LibraryError as exc:
        extra = ""
        # damaged, or holding code it should not: the newest good backup is offered
        if offer_backup and isinstance(exc, (errors.LibraryDamagedError, errors.LibrarySchemaError)):
            offered = _offer_backup(path, exc)
            if offered is False:      # declined, or told why it failed
                return None
            if offered is not None:   # restored and opened
                return offered
            extra = _no_backup(path)
        text = next((t for cls, t in explanations if isinstance(exc, cls)), "")
        text = QCoreApplication.translate("app", text) if text else title
        box = QMessageBox.information if isinstance(exc, errors.LibraryLockedError) else QMessageBox.critical
        box(None, title, "\n\n".join(t for t in (text, str(exc), extra) if t))
    except OSError as exc:
        QMessageBox.critical(None, title, f"{path}: {exc}")
    return None


def _no_backup(path: Path) -> str:
    from PySide6.QtCore import QCoreApplication

    from editor_app.core.library import backups

    return QCoreApplication.translate("app", "No good backup of it was found in {folder}.").format(
        folder=backups.backup_dir(path))


def _offer_backup(path: Path, exc: Exception):
    """Offer the newest good backup of a damaged library: the store opened after restoring
    it; False when the user declined or it failed (they were told); None: no backup."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from editor_app.core.errors import Notice
    from editor_app.ui.dialogs.backups import offer_damaged_restore

    try:
        restored = offer_damaged_restore(path, str(exc).splitlines()[0] if str(exc) else "")
    except Exception as error:  # noqa: BLE001 - one line for the user, never a traceback
        log.error("restoring %s from its backup failed: %s", path, error)
        QMessageBox.critical(None, QCoreApplication.translate("app", "Cannot open the library"),
                             QCoreApplication.translate(
                                 "app", "The backup could not be restored: {reason}").format(
                                 reason=str(error).splitlines()[0] if str(error) else type(error).__name__))
        return False
    if not restored:
        return restored
    kept, backup = restored
    store = open_store(path, offer_backup=False)
    if store is None:
        return False
    store.notices = [Notice("backup-restored", QCoreApplication.translate(
        "app", "The library was damaged; it was restored from the backup {backup}. The damaged "
               "file was kept as {kept}.").format(backup=backup.path.name, kept=kept), path=kept),
        *getattr(store, "notices", [])]
    return store


def _needs_upgrade(path: Path) -> bool:
    from editor_app.core.library import db

    try:
        return path.is_file() and path.stat().st_size > 0 and db.inspect_file(path) != db.HEAD_REVISION
    except Exception:  # noqa: BLE001 - opening it reports the problem
        return False


def _open_upgrading(path: Path, open_fn):
    """``open_fn(path)``; when the library must be upgraded first (a backup copy,
    then the migrations: a minute for a very large library), it runs on a worker
    thread behind a busy dialog, so the program never looks hung."""
    if not _needs_upgrade(path):
        return open_fn(path)
    from concurrent.futures import ThreadPoolExecutor

    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QLabel, QProgressDialog

    dialog = QProgressDialog("", "", 0, 0)
    label = QLabel(QCoreApplication.translate(
        "app", "Upgrading the library for this version of the program. A backup copy of it is "
               "made first. A large library can take a minute."), dialog)
    label.setWordWrap(True)
    dialog.setLabel(label)
    dialog.setMinimumWidth(440)
    dialog.setWindowTitle(QCoreApplication.translate("app", "Upgrading the library"))
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.show()
    loop = QEventLoop()
    with ThreadPoolExecutor(1, thread_name_prefix="library-upgrade") as pool:
        future = pool.submit(open_fn, path)
        timer = QTimer(interval=50)
        timer.timeout.connect(lambda: future.done() and loop.quit())
        timer.start()
        if not future.done():
            loop.exec()
        timer.stop()
    dialog.close()
    dialog.deleteLater()
    return future.result()


def ensure_welcome(store) -> None:
    from editor_app.core.library.welcome import welcome_articles

    if store.count(include_deleted=True) == 0:
        store.create_articles(welcome_articles(), reason="welcome")


def make_page_builder(store, renderer):
    def build_page(data):  # runs on the render thread: export is imported there, off the start-up path
        from editor_app.core.publishing.export import page_for_article

        return page_for_article(store, data, renderer.render(data.body, language=data.language))

    return build_page


def dispose_window(app, window) -> None:
    """Delete the window (and its web pages) before the application goes away."""
    from PySide6.QtCore import QEvent

    window.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


def main(library: Path | None = None, argv: list[str] | None = None) -> int:
    multiprocessing.freeze_support()
    from PySide6.QtCore import QSettings

    from editor_app.core.publishing.guard import GuardedRenderer
    from editor_app.core.library.paths import default_library_path
    from editor_app.ui.i18n import chosen_language, install_translators
    from editor_app.ui.window.host import LibraryHost

    app = make_application(argv if argv is not None else sys.argv)
    settings = QSettings()
    install_translators(app, chosen_language(settings))
    path = Path(library) if library else default_library_path()
    store = open_store(path)
    if store is None:
        return 2
    renderer = GuardedRenderer()
    host = LibraryHost(path, settings, renderer)
    host.store = store
    try:
        renderer.start()
        host.show(store)   # File → Restore from backup… replaces the window and the store
        code = app.exec()
    finally:
        host.close()       # the window, then the library (whichever is open now)
        renderer.close()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
