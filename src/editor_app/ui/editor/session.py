"""The article being edited: autosave within 2 seconds, flush on switch and quit.

The window calls :meth:`touch` on every edit. A save is scheduled 700 ms after
the last edit, and never later than 1.5 s after the first unsaved edit, so
continuous typing is saved too; a killed process loses at most that window.
Saves are ``Operations.save`` on the store's serial worker (which announces
them); the data is collected on the GUI thread when a save starts, never per key.

On a team library a save may not get through: the server went away (the save is
tried again every few seconds) or another editor saved the article first (a
conflict, settled by the editor: ``resolve``). Meanwhile every edit is kept in the
local journal (``core/library/journal.py``) at each autosave, so nothing typed is
lost even if the program is killed; the journal entry goes when a save succeeds.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from editor_app.core.dto import ArticleData
from editor_app.core.errors import ConflictError, ServerUnavailableError
from editor_app.ui.editor.stats import SaveState
from editor_app.ui.operations import Operations
from editor_app.ui.i18n import localized

log = logging.getLogger(__name__)

DEBOUNCE_MS = 700
MAX_DELAY_S = 1.5
RETRY_MS = 2000          # a failed save is tried again after this
OFFLINE_RETRY_MS = 5000  # ... and after this while the server is away


class ArticleSession(QObject):
    state_changed = Signal(str, str)  # state, detail message
    saved = Signal(object)  # ArticleData as stored
    conflicted = Signal(object, object, object)  # ConflictError, mine (as typed), base (as read)
    reachable = Signal(bool)  # False: the library's server went away; True: it is back
    loaded = Signal(object)  # the article now being edited (ArticleData), or None

    def __init__(self, ops: Operations, collect: Callable[[ArticleData], ArticleData],
                 parent: QObject | None = None, journal_root=None):
        super().__init__(parent)
        self._ops = ops
        self._collect = collect
        self.journal_root = journal_root   # None: the user data folder
        self.current: ArticleData | None = None
        self.conflict: ConflictError | None = None   # open until resolve()
        self.offline = False
        self._generation = 0
        self._saved_generation = 0
        self._first_dirty: float | None = None
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.save_now)
        # while the server is away, edits go to the journal; this tries the library again
        self._retry = QTimer(self, singleShot=True, interval=OFFLINE_RETRY_MS)
        self._retry.timeout.connect(lambda: self.save_now(reason="autosave", retry=True))

    @property
    def dirty(self) -> bool:
        return self._generation != self._saved_generation

    def load(self, article: ArticleData) -> None:
        """Start editing ``article`` (the caller saved the previous one with flush())."""
        self.current = article
        self.conflict = None
        self._generation = self._saved_generation = 0
        self._first_dirty = None
        self.state_changed.emit(SaveState.SAVED.value, "")
        self.loaded.emit(article)

    def clear(self) -> None:
        """No article open (after flush())."""
        self._timer.stop()
        self._retry.stop()
        self.current = None
        self.conflict = None
        self._generation = self._saved_generation = 0
        self._first_dirty = None
        self.loaded.emit(None)

    def touch(self) -> None:
        if self.current is None:
            return
        self._generation += 1
        now = time.monotonic()
        if self._first_dirty is None:
            self._first_dirty = now
            self.state_changed.emit(SaveState.UNSAVED.value, "")
        if now - self._first_dirty >= MAX_DELAY_S:
            # after this key's handlers: a save starting on the worker inside the key would
            # hold the GIL (normalising, indexing the text) while the key is still handled
            self._timer.start(0)
        else:
            self._timer.start(DEBOUNCE_MS)

    def _snapshot(self) -> tuple[ArticleData, int]:
        return self._collect(self.current), self._generation

    def save_now(self, named: bool = False, reason: str = "autosave", retry: bool = False) -> None:
        """Save in the background if there is anything to save (or a named revision)."""
        self._timer.stop()
        if self.current is None or (not self.dirty and not named):
            return
        data, generation = self._snapshot()
        self._first_dirty = None
        if self.conflict is not None:   # nothing goes to the library until it is settled
            self._keep(data, "conflict", settle=True)
            return
        if self.offline and not retry:   # the journal now, the library at the next try
            self._keep(data, "offline")
            if not self._retry.isActive():
                self._retry.start()
            return
        self.state_changed.emit(SaveState.SAVING.value, "")
        article_id = data.id
        self._ops.save(data, reason, named,
                       on_done=lambda res: self._done(article_id, generation, res),
                       on_error=lambda exc: self._failed(article_id, exc))

    def flush(self, reason: str = "autosave") -> None:
        """Save now and wait for it (switching article, quitting)."""
        self._timer.stop()
        if self.current is None or not self.dirty:
            return
        data, generation = self._snapshot()
        if self.conflict is not None or self.offline:
            self._keep(data, "conflict" if self.conflict is not None else "offline")
            return   # kept on this computer: switching article or quitting loses nothing
        try:
            result = self._ops.save_and_wait(data, reason)
        except (ConflictError, ServerUnavailableError) as exc:
            # leaving the article (or quitting): it stays in the journal, sent or compared
            # when the article or the library is opened again
            self._keep(data, "conflict" if isinstance(exc, ConflictError) else "offline")
            if isinstance(exc, ServerUnavailableError) and not self.offline:
                self.offline = True
                self.reachable.emit(False)
            return
        except Exception as exc:  # noqa: BLE001 - shown to the user, never lost silently
            log.error("save failed: %s", exc)
            self._failed(data.id, exc)
            raise
        self._done(data.id, generation, result)

    def _done(self, article_id: int, generation: int, result: tuple[ArticleData, str]) -> None:
        saved, problem = result
        self._forget(article_id)
        if self.offline:
            self.offline = False
            self.reachable.emit(True)
        if self.current is None or self.current.id != article_id:
            self.saved.emit(saved)
            return
        self._saved_generation = max(self._saved_generation, generation)
        self.current = saved  # editable fields are re-collected from the widgets
        if self.dirty and self._first_dirty is None:
            self._first_dirty = time.monotonic()
        self.saved.emit(saved)
        if problem:
            self.state_changed.emit(SaveState.FAILED.value, problem)
        elif self.dirty:
            self.state_changed.emit(SaveState.UNSAVED.value, "")
        else:
            self.state_changed.emit(SaveState.SAVED.value, "")

    def _failed(self, article_id: int, exc: BaseException) -> None:
        mine = self.current is not None and self.current.id == article_id
        if mine and isinstance(exc, ConflictError):
            data, _ = self._snapshot()
            self.conflict = exc
            self._keep(data, "conflict", settle=True)
            self.conflicted.emit(exc, data, self.current)
            return
        if isinstance(exc, ServerUnavailableError):
            if mine:
                self._keep(self._snapshot()[0], "offline")
                self._retry.start()
            if not self.offline:
                self.offline = True
                self.reachable.emit(False)
            return
        if mine:
            self._first_dirty = self._first_dirty or time.monotonic()
            self._timer.start(RETRY_MS)  # try again; the text stays in the editor meanwhile
        self.state_changed.emit(SaveState.FAILED.value, localized(exc))

    # -- conflicts and the local journal -------------------------------------------------
    def resolve(self, theirs: ArticleData) -> None:
        """The conflict is settled: what the widgets hold now is saved on top of ``theirs``
        (the library's version), at once."""
        self.conflict = None
        self.current = theirs
        self._generation += 1
        self.save_now(reason="merge")

    def _keep(self, data: ArticleData, why: str, settle: bool = False) -> None:
        """The article as typed, in the local journal (atomically), until a save gets through
        (``settle``: nothing to send before the next edit; else it is still to be sent)."""
        try:
            from editor_app.core.library import journal   # at the first autosave, not at start

            journal.keep(self._ops.store.path, data, why, self.journal_root, base=self.current)
        except OSError as exc:   # the text is still in the editor: say so, do not lose it
            log.error("the edit could not be kept on this computer: %s", exc)
            self.state_changed.emit(SaveState.FAILED.value, localized(exc))
            return
        if settle:
            self._saved_generation = self._generation
        self.state_changed.emit(SaveState.KEPT.value, "")

    def _forget(self, article_id: int) -> None:
        try:
            from editor_app.core.library import journal

            journal.drop(self._ops.store.path, article_id, self.journal_root)
        except OSError as exc:
            log.warning("a kept edit could not be removed: %s", exc)
