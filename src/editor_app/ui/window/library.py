"""The window's care of its library file: backups while editing and on close,
File → Restore from backup…, and what opening the library did (its notices).

Restoring replaces the library file, so the window cannot do it itself: it
asks (``MainWindow.restore_requested``) and ``LibraryHost`` closes this window
and the library, restores, and opens both again.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox

from editor_app.ui.window.backup_timer import BackupScheduler
from editor_app.ui.dialogs.notices import NoticeShower

log = logging.getLogger(__name__)


class LibraryCare(QObject):
    def __init__(self, window):
        super().__init__(window)
        self._w = window
        self.backups = BackupScheduler(window.store, window.workers.backup, self)
        self.backups.failed.connect(self._backup_failed)
        self.notices = NoticeShower(window)
        self._first_show = True

    def connect_changes(self) -> None:
        """Every operation that changed the library counts as a change to back up."""
        self._w.ops.library_changed.connect(self.backups.note_change)

    def library_opened(self) -> None:
        """The library is open and the window shown: tell what opening it did (each notice once)."""
        if self._first_show:
            self._first_show = False
            self.notices.schedule(getattr(self._w.store, "notices", []))

    def show_damaged(self, exc) -> None:
        QMessageBox.warning(self._w, self.tr("Damaged article"), self.tr(
            "Article {id} is damaged and cannot be opened ({reason}). The other articles are not "
            "affected. Restore the library from a backup (File menu) to get it back.").format(
            id=exc.article_id, reason=exc.reason))

    def before_close(self) -> None:
        self.backups.backup_before_close(self._w, self.tr("Making a backup copy of the library…"))

    def _backup_failed(self, reason: str) -> None:
        self._w.statusBar().showMessage(
            self.tr("The library could not be backed up: {reason}").format(reason=reason), 15000)

    def restore_from_backup(self) -> None:
        """File → Restore from backup…: pick a backup; the host does the rest (a library
        file only: a team library is restored on its server)."""
        if getattr(self._w.store, "is_server", False):
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(self._w, self.tr("Restore from backup"), self.tr(
                "A team library is backed up and restored on its server (pg_dump and pg_restore); "
                "ask the journal's administrator."))
            return
        from editor_app.ui.dialogs.backups import RestoreBackupDialog

        dialog = RestoreBackupDialog(self._w.store.path, self._w)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self._w.restore_requested.emit(dialog.chosen)
