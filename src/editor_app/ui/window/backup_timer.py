"""Backups while the window is open: every 30 minutes and on close, each only
when the window changed something in the library since the last one.

A backup runs on a worker of its own (``Workers.backup``, not the store's), through
its own read-only connection: the WAL gives the copy one consistent state of the
file, committed saves only, while saves go on. (On the store's worker a backup
of a large library would hold up every save queued behind it, and switching
articles, which waits for its save, would freeze the window meanwhile.)
``core.backups.make_backup`` verifies the copy and never replaces a good
backup with a bad one. Closing waits for the backup, behind a busy dialog if it
takes more than a moment (a large library).
"""

from __future__ import annotations

import logging
from concurrent.futures import Future
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from editor_app.ui.operations.tasks import TaskRunner
from editor_app.ui.i18n import first_line

log = logging.getLogger(__name__)

BACKUP_INTERVAL_MS = 30 * 60 * 1000
BUSY_AFTER_S = 0.4


def make_backup(library: Path):
    """A verified backup through its own read-only connection; BackupError (a message
    for the user) when none could be made. Imported on first use, off the start-up path."""
    from editor_app.core.library import backups

    return backups.create_backup(library)


class BackupScheduler(QObject):
    """Counts the window's changes and backs up the library when there are any."""

    made = Signal(object)      # BackupInfo
    failed = Signal(str)       # one line for the user

    def __init__(self, store, runner: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self._store = store
        self._runner = runner
        self._changes = 0          # changes noted since the last backup started
        self._running: Future | None = None
        self.timer = QTimer(self, interval=BACKUP_INTERVAL_MS)
        self.timer.timeout.connect(self.backup_if_changed)
        self.timer.start()

    @property
    def pending_changes(self) -> int:
        return self._changes

    def note_change(self, *_args) -> None:
        """The window wrote something to the library (a save, the trash, an image...)."""
        self._changes += 1

    def backup_if_changed(self) -> Future | None:
        """Start a backup on the backup worker if anything changed; its future, else None.
        A team library is backed up on its server (pg_dump), not by each window."""
        if self._changes == 0 or (self._running is not None and not self._running.done()):
            return None
        if not isinstance(self._store.path, Path):
            self._changes = 0
            return None
        changes, self._changes = self._changes, 0
        self._running = self._runner.run(
            make_backup, self._store.path,
            on_done=self._done, on_error=lambda exc: self._failed(exc, changes))
        return self._running

    def _done(self, info) -> None:
        if info is None:
            log.warning("%s: no backup was made", self._store.path)
            return
        log.info("backed up %s to %s", self._store.path, info.path)
        self.made.emit(info)

    def _failed(self, exc: BaseException, changes: int) -> None:
        self._changes += changes   # try again next time
        log.error("backup of %s failed: %s", self._store.path, exc)
        self.failed.emit(first_line(exc))

    def backup_before_close(self, parent: QWidget | None, text: str) -> None:
        """On close: back up if anything changed and wait for it (a busy dialog if slow)."""
        self.timer.stop()
        if self._running is not None and not self._running.done():
            wait_busy(self._running, parent, text)   # a periodic one still running
        future = self.backup_if_changed()
        if future is not None:
            wait_busy(future, parent, text)
        self._runner.shutdown(wait=True)


class _Finished(QObject):
    finished = Signal()


def wait_busy(future: Future, parent: QWidget | None, text: str) -> None:
    """Wait for ``future``, keeping the window painted; a busy dialog after a moment.

    The future's own completion ends the wait (a queued signal), not a polling timer;
    user input is held meanwhile: nothing is typed after the last save."""
    loop = QEventLoop()
    finished = _Finished()
    finished.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    future.add_done_callback(lambda _f: finished.finished.emit())   # may run on the worker
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    QTimer.singleShot(int(BUSY_AFTER_S * 1000), dialog, dialog.show)   # only if still busy then
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    dialog.close()
    dialog.deleteLater()
