"""Owns the open library and its window, and replaces both when the library is
restored from a backup (File → Restore from backup…).

Restoring: the window closes as on quit (everything saved, a backup of the
current state if it changed), the library is closed, ``restore_backup`` puts
the copy in place and keeps the replaced file beside it, and the library and a
new window open again; the new window says where the previous file was kept.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt
from PySide6.QtWidgets import QApplication

from editor_app.core.errors import Notice
from editor_app.ui.operations.handle import LibraryHandle

log = logging.getLogger(__name__)


def dispose_window(app, window) -> None:
    """Delete the window (and its web pages) before the application goes away."""
    window.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


class LibraryHost(QObject):
    """``start()``: the window paints, then opens the library on its store worker.
    ``exit_code`` is 2 when the library could not be opened (the user was told why)."""

    def __init__(self, path: Path, settings: QSettings, renderer, parent: QObject | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self.settings = settings
        self.renderer = renderer
        self.window = None
        self.opening = None
        self.exit_code = 0

    @property
    def store(self):
        """The window's library (a ``LibraryHandle``), or None."""
        return None if self.window is None else self.window.store

    def start(self, notices=()) -> None:
        """Show a window on the library, which opens on the store worker after the first paint."""
        self._make_window(LibraryHandle(self.path), notices)
        self.opening = self.window.opening
        self.opening.refused.connect(self._refused)
        self.opening.opened.connect(self._start_renderer)
        self.window.show()

    def show(self, store) -> None:
        """Show a window on ``store``, already open (tools, tests); the window owns it."""
        from editor_app.core.library.welcome import ensure_welcome

        ensure_welcome(store)
        self._make_window(store)
        self.window.adopt_store()
        self.window.show()
        self.window.select_first()

    def _make_window(self, library, notices=()) -> None:
        from editor_app.ui.preview.page_builder import page_builder
        from editor_app.ui.window.main_window import MainWindow

        handle = LibraryHandle.of(library)
        self.window = MainWindow(handle, page_builder(handle, self.renderer), self.settings, notices)
        # queued: the window is closed and deleted by restore(), not from inside its own slot
        self.window.restore_requested.connect(self.restore, Qt.ConnectionType.QueuedConnection)

    def _start_renderer(self, _store) -> None:
        """The preview's render child starts once the library is open: until then the CPU
        goes to the first paint and to opening the library (it starts on the first render
        otherwise)."""
        try:
            self.renderer.start()
        except Exception as exc:  # noqa: BLE001 - the preview says so when it renders
            log.warning("the renderer could not be started: %s", exc)

    def _refused(self) -> None:
        """The library could not be opened (the user was told): the program ends, status 2."""
        self.exit_code = 2
        self.window.close()   # the last window: the event loop ends (main returns exit_code)

    def restore(self, backup: Path) -> bool:
        """Replace the library with ``backup`` and open it again; False if the window stayed."""
        from editor_app.core.library import backups

        app = QApplication.instance()
        quit_on_close = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)
        try:
            if not self.window.close():   # the library is closed on its worker as the window closes
                return False  # an unsaved change could not be saved: nothing is replaced
            dispose_window(app, self.window)
            self.window = self.opening = None
            notice = self._restore_file(backups, Path(backup))
            self.start([notice])
            return True
        finally:
            app.setQuitOnLastWindowClosed(quit_on_close)

    def _restore_file(self, backups, backup: Path) -> Notice:
        translate = QCoreApplication.translate
        try:
            kept = backups.restore_backup(self.path, backup)
        except Exception as exc:  # noqa: BLE001 - one line for the user; the library is reopened as it was
            log.error("restoring %s from %s failed: %s", self.path, backup, exc)
            return Notice("restore-failed", translate(
                "LibraryHost", "The library could not be restored from {backup}: {reason}. It was "
                               "left as it was.").format(backup=backup, reason=str(exc).splitlines()[0]))
        log.warning("restored %s from %s; the previous file was kept as %s", self.path, backup, kept)
        text = translate("LibraryHost", "The library was restored from the backup {backup}.").format(
            backup=backup.name)
        if kept is not None:
            text += " " + translate("LibraryHost", "The previous library file was kept as {kept}.").format(
                kept=kept)
        return Notice("backup-restored", text, path=kept)

    def close(self) -> None:
        """At exit: close and delete the window (its library closes on its worker)."""
        if self.window is not None:
            self.window.close()
            dispose_window(QApplication.instance(), self.window)
            self.window = None
