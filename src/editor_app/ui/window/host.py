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

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtWidgets import QApplication

from editor_app.core.errors import Notice

log = logging.getLogger(__name__)


class LibraryHost(QObject):
    def __init__(self, path: Path, settings: QSettings, renderer, parent: QObject | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self.settings = settings
        self.renderer = renderer
        self.store = None
        self.window = None

    def show(self, store) -> None:
        """Open a window on ``store`` (opened by ``app.open_store``)."""
        from editor_app.app import ensure_welcome, make_page_builder
        from editor_app.ui.window.main_window import MainWindow

        self.store = store
        ensure_welcome(store)
        self.window = MainWindow(store, make_page_builder(store, self.renderer), self.settings)
        # queued: the window is closed and deleted by restore(), not from inside its own slot
        self.window.restore_requested.connect(self.restore, Qt.ConnectionType.QueuedConnection)
        self.window.show()
        self.window.select_first()

    def restore(self, backup: Path) -> bool:
        """Replace the library with ``backup`` and open it again; False if the window stayed."""
        from editor_app.app import dispose_window, open_store
        from editor_app.core.library import backups

        app = QApplication.instance()
        quit_on_close = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)
        try:
            if not self.window.close():
                return False  # an unsaved change could not be saved: nothing is replaced
            dispose_window(app, self.window)
            self.window = None
            self.store.close()
            self.store = None
            notice = self._restore_file(backups, Path(backup))
            store = open_store(self.path)
            if store is None:
                app.quit()
                return True
            store.notices = [notice, *getattr(store, "notices", [])]
            self.show(store)
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
        """At exit: delete the window (after app.exec returned), then close the library."""
        from editor_app.app import dispose_window

        if self.window is not None:
            dispose_window(QApplication.instance(), self.window)
            self.window = None
        if self.store is not None:
            self.store.close()
            self.store = None
