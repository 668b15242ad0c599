"""Opening the library behind the painted window, on the store worker.

The window shows first (the list says "Opening the library…", editing is off);
then the store worker opens the library: SQLAlchemy is imported there, the file
is checked, upgraded when it was made by an older version (a backup copy
first, behind a busy dialog), and an empty library gets the welcome articles.
When it cannot be opened, the user is told why in words; a damaged library is
offered its newest good backup, looked up on the worker too, and restored only
on an explicit click (the damaged file is kept beside it, never deleted).
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressDialog, QWidget

from editor_app.core import errors
from editor_app.core.errors import Notice
from editor_app.ui.operations.handle import LibraryNotOpen
from editor_app.ui.operations.tasks import TaskRunner
from editor_app.ui.i18n import first_line, localized

log = logging.getLogger(__name__)
PAINT_WAIT_S = 3.0   # the library opens after the window's first paint, or after this

EXPLANATIONS = (
    (errors.LibraryLockedError, QT_TRANSLATE_NOOP(
        "app", "This library is already open in another window or program. "
               "Close it there first; nothing was changed.")),
    (errors.NotALibraryError, QT_TRANSLATE_NOOP(
        "app", "This file is not an article library. It was left as it is.")),
    (errors.LibraryDamagedError, QT_TRANSLATE_NOOP(
        "app", "The library is damaged and cannot be opened. The file was not changed; "
               "restore it from a backup copy.")),
    (errors.ServerUnavailableError, QT_TRANSLATE_NOOP(
        "app", "The team library's server cannot be reached or refused the login. Check the address, "
               "the network and the password (File → Open team library…).")),
    (errors.LibraryTooNewError, QT_TRANSLATE_NOOP(
        "app", "The library was made by a newer version of this program. Update the program to open it.")),
)
DAMAGED = (errors.LibraryDamagedError, errors.LibrarySchemaError)



def needs_upgrade(path: Path) -> bool:
    from editor_app.core.library import db

    try:
        return path.is_file() and path.stat().st_size > 0 and db.inspect_file(path) != db.HEAD_REVISION
    except Exception:  # noqa: BLE001 - opening it reports the problem
        return False


def open_library(path: Path, offer_backup: bool, upgrading, readonly: bool = False):
    """On the store worker, after the window's first paint: the open store, ready to write
    (or only to read: a library another program holds). ``upgrading()`` is called first
    when the file must be upgraded. A damaged library's error carries ``newest_backup``."""
    from editor_app.core.library.store import Store   # SQLAlchemy loads here, after the paint
    from editor_app.core.library.welcome import ensure_welcome

    if readonly:   # nothing is written: no upgrade, no welcome article
        return Store.open(path, readonly=True, create=False)
    if needs_upgrade(path):
        upgrading()
    try:
        store = Store.open(path)
    except DAMAGED as exc:
        if offer_backup:
            exc.newest_backup = _newest_backup(path)
        raise
    try:
        ensure_welcome(store)   # (a write's statements are made ready after the first text: host.py)
    except BaseException:
        store.close()
        raise
    return store


def _newest_backup(path: Path):
    from editor_app.core.library import backups

    try:
        return backups.newest_good_backup(path)
    except Exception as exc:  # noqa: BLE001 - no backup to offer; the message says so
        log.error("looking for a backup of %s failed: %s", path, exc)
        return None


def _restore(path: Path, backup: Path):
    from editor_app.core.library import backups

    return backups.restore_backup(path, backup)


def _open_into(handle, offer_backup: bool, upgrading, painted: threading.Event,
               cancelled: threading.Event, readonly: bool = False):
    """The worker's job: open, and attach the store to ``handle`` right there, so the jobs
    queued behind this one (the panels' first reads) find it open. Nothing is opened when
    the window closed first."""
    painted.wait(PAINT_WAIT_S)
    if cancelled.is_set():
        raise LibraryNotOpen(f"{handle.path}: the window closed before the library was opened")
    store = open_library(handle.path, offer_backup, upgrading, readonly)
    handle.attach(store)
    return store


def ask_read_only(window: QWidget) -> bool:
    """The library is held by another window or program: open it read-only instead?"""
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Information, translate("app", "Library in use"), translate(
        "app", "This library is already open in another window or program. You can read it here "
               "without changing anything, or close it there first."), parent=window)
    read = box.addButton(translate("app", "Read only"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(read)
    box.exec()
    return box.clickedButton() is read


class LibraryOpening(QObject):
    """Opens ``handle``'s library on ``runner`` (the window's store worker); ``opened(store)``
    or ``refused()`` (the user was told why) on the GUI thread."""

    opened = Signal(object)
    refused = Signal()
    _upgrading = Signal()   # emitted on the worker, delivered on the GUI thread

    def __init__(self, handle, runner: TaskRunner, window: QWidget, painted: threading.Event):
        super().__init__(window)
        self._handle, self._path, self._runner, self._window = handle, handle.path, runner, window
        self._painted = painted
        self._cancelled = threading.Event()
        self._notices: list[Notice] = []
        self._offer_backup = True
        self._readonly = False
        self._dialog: QProgressDialog | None = None
        self._upgrading.connect(self._show_upgrade)

    def start(self, notices: list[Notice] | tuple = ()) -> None:
        """Open the library; ``notices`` are shown with what opening it has to say."""
        self._notices = [*notices, *self._notices]
        self._runner.run(_open_into, self._handle, self._offer_backup, self._upgrading.emit,
                         self._painted, self._cancelled, self._readonly, on_done=self._done, on_error=self._failed)

    def cancel(self) -> None:
        """The window is closing: do not open the library (nor wait for a paint) any more."""
        self._cancelled.set()
        self._painted.set()

    def _done(self, store) -> None:
        self._close_dialog()
        if self._cancelled.is_set():
            return   # the window closed meanwhile; it closes the library on its worker
        if self._notices:
            store.notices = [*self._notices, *getattr(store, "notices", [])]
        self.opened.emit(store)

    def _failed(self, exc: BaseException) -> None:
        self._close_dialog()
        if self._cancelled.is_set():
            return   # the window closed: nobody to tell
        if getattr(exc, "wants_password", False) and self._ask_password():
            return   # the window opens again with the password given
        translate = QCoreApplication.translate
        title = translate("app", "Cannot open the library")
        extra = ""
        if isinstance(exc, DAMAGED) and self._offer_backup:
            newest = getattr(exc, "newest_backup", None)
            if newest is not None:
                self._offer(exc, newest)
                return
            from editor_app.core.library import backups

            extra = translate("app", "No good backup of it was found in {folder}.").format(
                folder=backups.backup_dir(self._path))
        if isinstance(exc, errors.LibraryLockedError) and not self._readonly and ask_read_only(self._window):
            self._readonly = True   # "Chỉ xem": read it while the other program writes it
            self.start()
            return
        if isinstance(exc, errors.LibraryError):
            text = next((t for cls, t in EXPLANATIONS if isinstance(exc, cls)), "")
            text = translate("app", text) if text else title
            box = QMessageBox.information if isinstance(exc, errors.LibraryLockedError) else QMessageBox.critical
            box(self._window, title, "\n\n".join(t for t in (text, localized(exc), extra) if t))
        elif isinstance(exc, OSError):
            QMessageBox.critical(self._window, title, f"{self._path}: {exc}")
        else:
            log.error("opening %s failed", self._path, exc_info=exc)
            QMessageBox.critical(self._window, title, translate(
                "app", "The library {path} could not be opened: {reason}").format(
                path=self._path, reason=first_line(exc)))
        self.refused.emit()

    def _ask_password(self) -> bool:
        """The team library's server wants a password the keychain does not have: ask for it
        (the window then opens the library again with it). False if the user cancels."""
        from editor_app.ui.dialogs.team_library import TeamLibraryDialog

        dialog = TeamLibraryDialog(str(self._path), self._window)
        dialog.problem.setText(QCoreApplication.translate(
            "app", "The server asks for the password of “{user}”.").format(user=self._path.user))
        dialog.password_edit.setFocus()
        if dialog.exec() != dialog.DialogCode.Accepted or dialog.location is None:
            return False
        switch = getattr(self._window, "switch_requested", None)
        if switch is None:
            return False
        switch.emit(dialog.location)
        return True

    def _offer(self, exc: BaseException, newest) -> None:
        from editor_app.ui.dialogs.backups import offer_damaged_restore

        if not offer_damaged_restore(self._path, first_line(exc), newest):
            self.refused.emit()
            return
        self._runner.run(_restore, self._path, newest.path,
                         on_done=lambda kept: self._restored(kept, newest),
                         on_error=self._restore_failed)

    def _restored(self, kept: Path, newest) -> None:
        self._offer_backup = False
        self.start([Notice("backup-restored", QCoreApplication.translate(
            "app", "The library was damaged; it was restored from the backup {backup}. The damaged "
                   "file was kept as {kept}.").format(backup=newest.path.name, kept=kept), path=kept)])

    def _restore_failed(self, exc: BaseException) -> None:
        log.error("restoring %s from its backup failed: %s", self._path, exc)
        translate = QCoreApplication.translate
        QMessageBox.critical(self._window, translate("app", "Cannot open the library"), translate(
            "app", "The backup could not be restored: {reason}").format(reason=first_line(exc)))
        self.refused.emit()

    # -- the upgrade's busy dialog -----------------------------------------------------------
    def _show_upgrade(self) -> None:
        translate = QCoreApplication.translate
        dialog = QProgressDialog("", "", 0, 0, self._window)
        label = QLabel(translate(
            "app", "Upgrading the library for this version of the program. A backup copy of it is "
                   "made first. A large library can take a minute."), dialog)
        label.setWordWrap(True)
        dialog.setLabel(label)
        dialog.setMinimumWidth(440)
        dialog.setWindowTitle(translate("app", "Upgrading the library"))
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        dialog.show()
        self._dialog = dialog

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None


class FirstPaint(QObject):
    """Calls ``done()`` once, at the first Paint event of ``widget``."""

    def __init__(self, widget: QWidget, done):
        super().__init__(widget)
        self._done = done
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._done)   # after this paint is on screen
        return False


def close_library(handle) -> None:
    """On the store worker, as the window closes: the library, if it was opened."""
    if handle.is_open:   # not when it could not be opened
        handle.close()
