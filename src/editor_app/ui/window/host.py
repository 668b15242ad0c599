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
from editor_app.core.library.location import parse_location
from editor_app.ui.after_paint import after_first_text
from editor_app.ui.i18n import first_line
from editor_app.ui.operations.handle import LibraryHandle

log = logging.getLogger(__name__)
LAST_LIBRARY = "library/last"   # the library opened last from the File menu (a URL: no password)


def last_library(settings: QSettings):
    """The library chosen last in the File menu (None: the default one). Not when
    EDITOR_APP_LIBRARY names one: the environment wins."""
    import os

    value = str(settings.value(LAST_LIBRARY, "") or "")
    if not value or os.environ.get("EDITOR_APP_LIBRARY"):
        return None
    try:
        return parse_location(value)
    except ValueError:
        return None


def dispose_window(app, window) -> None:
    """Delete the window (and its web pages) before the application goes away."""
    window.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


class LibraryHost(QObject):
    """``start()``: the window paints, then opens the library on its store worker.
    ``exit_code`` is 2 when the library could not be opened (the user was told why)."""

    def __init__(self, path, settings: QSettings, renderer, parent: QObject | None = None,
                 fallback=None):
        super().__init__(parent)
        self.path = parse_location(path)
        # the library file to open instead when the team library chosen last cannot be opened
        self.fallback = fallback
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
        self.opening.opened.connect(self._start_renderer_after_text)
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
        self.window.switch_requested.connect(self.switch, Qt.ConnectionType.QueuedConnection)
        self.window.language_requested.connect(self.relanguage, Qt.ConnectionType.QueuedConnection)

    def _start_renderer_after_text(self, store) -> None:
        """The preview's render child starts once the first article's text is on screen:
        until then the CPU goes to the first paint, to opening the library and to the text
        (the child's start took a core from it: on 2 cores the text came 60 ms later, while
        the first preview now comes 20 ms later). With no article to show, it starts a
        second after the library opened, or on the first render. A write's statements
        are made ready then too (``prepare_writes``, some 20 ms at 10k articles: not
        before the first article is read, nor at the first save)."""
        window = self.window
        after_first_text(window.session.loaded, window.editor.viewport(),
                         lambda: self._after_first_text(window, store))

    def _after_first_text(self, window, store) -> None:
        self._start_renderer()
        if not getattr(store, "readonly", False):
            window.runner.run(store.prepare_writes,
                              on_error=lambda exc: log.debug("preparing the writes failed: %s", exc))

    def _start_renderer(self) -> None:
        try:
            self.renderer.start()
        except Exception as exc:  # noqa: BLE001 - the preview says so when it renders
            log.warning("the renderer could not be started: %s", exc)

    def _refused(self) -> None:
        """The library could not be opened (the user was told): the program ends, status 2;
        or, for the team library chosen last, the library file opens instead (its server may
        be away: the program must still start)."""
        if self.fallback is not None and self.path != self.fallback:
            self.settings.remove(LAST_LIBRARY)
            self.switch(self.fallback, remember=False)
            return
        self.exit_code = 2
        self.window.close()   # the last window: the event loop ends (main returns exit_code)

    def restore(self, backup: Path) -> bool:
        """Replace the library with ``backup`` and open it again; False if the window stayed."""
        from editor_app.core.library import backups

        # the library is closed on its worker as the window closes; an unsaved change that
        # could not be saved keeps the window, and nothing is replaced
        return self._reopen(lambda: [self._restore_file(backups, Path(backup))])

    def switch(self, location, remember: bool = True) -> bool:
        """Open another library (File → Open team library… / Open library file…) in a new
        window; this one closes as on quit. False if it stayed (an unsaved change)."""
        def then() -> None:
            self.path = parse_location(location)
            if remember:
                self.settings.setValue(LAST_LIBRARY, str(self.path))   # str(): never the password

        return self._reopen(then)

    def _reopen(self, between, article: int | None = None) -> bool:
        """Close the window as on quit, run ``between()`` (the notices it returns are shown),
        and open a new window on ``self.path`` (at ``article``). False if the window stayed
        (an unsaved change)."""
        app = QApplication.instance()
        quit_on_close = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)
        try:
            if not self.window.close():
                return False
            dispose_window(app, self.window)
            self.window = self.opening = None
            notices = between()
            self.start(notices or ())
            self.window.reopen_article = article
            return True
        finally:
            app.setQuitOnLastWindowClosed(quit_on_close)

    def relanguage(self, _code: str = "") -> bool:
        """The interface language changed (View → Language): the window closes as on quit
        (edits saved) and a new one opens in that language on the same library, at the same
        article. False if the window stayed (an unsaved change could not be saved)."""
        from editor_app.ui.i18n import chosen_language, install_translators

        current = self.window.session.current
        return self._reopen(lambda: install_translators(QApplication.instance(), chosen_language(self.settings)),
                            article=current.id if current is not None else None)

    def _restore_file(self, backups, backup: Path) -> Notice:
        translate = QCoreApplication.translate
        try:
            kept = backups.restore_backup(self.path, backup)
        except Exception as exc:  # noqa: BLE001 - one line for the user; the library is reopened as it was
            log.error("restoring %s from %s failed: %s", self.path, backup, exc)
            return Notice("restore-failed", translate(
                "LibraryHost", "The library could not be restored from {backup}: {reason}. It was "
                               "left as it was.").format(backup=backup, reason=first_line(exc)))
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
