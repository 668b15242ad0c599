"""The library's operations: each runs on the store worker, then announces its change."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal

from editor_app.core.dto import ArticleData, ProfileData
from editor_app.core.errors import InputError
from editor_app.ui.operations.changes import Change, Changes
from editor_app.ui.operations.tasks import TaskRunner
from editor_app.ui.i18n import localized

Done = Callable[[Any], None] | None
Failed = Callable[[BaseException], None] | None


def save_keeping_text(store, data: ArticleData, reason: str, named: bool) -> tuple[ArticleData, str]:
    """Save; if only the slug is refused (taken), save everything else under the old slug."""
    try:
        return store.save_article(data, reason=reason, named=named), ""
    except InputError as exc:
        old = store.get_article(data.id)
        if old.slug == data.slug:
            raise
        saved = store.save_article(replace(data, slug=old.slug), reason=reason, named=named)
        return saved, localized(exc)


class Operations(QObject):
    """Reads and writes of the library on its one serial worker (``runner``)."""

    library_changed = Signal(object)  # Changes, on the GUI thread, after the write

    def __init__(self, store, runner: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.runner = runner

    # -- generic ---------------------------------------------------------------------
    def read(self, fn: Callable[..., Any], *args: Any, on_done: Done = None, on_error: Failed = None):
        """``fn(store, *args)`` on the worker; ``on_done(result)`` on the GUI thread."""
        return self.runner.run(fn, self.store, *args, on_done=on_done, on_error=on_error)

    def _write(self, kind: Change, fn: Callable[..., Any], *args: Any,
               ids: Callable[[Any], tuple[int, ...]], on_done: Done, on_error: Failed):
        def done(result: Any) -> None:
            self.library_changed.emit(Changes(kind, ids(result)))
            if on_done is not None:
                on_done(result)

        return self.runner.run(fn, self.store, *args, on_done=done, on_error=on_error)

    def announce(self, changes: Changes) -> None:
        """Tell the subscribers about a change made elsewhere (an import in another process)."""
        self.library_changed.emit(changes)

    # -- articles ----------------------------------------------------------------------
    def create(self, data: ArticleData, reason: str, on_done: Done = None, on_error: Failed = None):
        return self._write(Change.CREATE, lambda s, d: s.create_article(d, reason=reason), data,
                           ids=lambda a: (a.id,), on_done=on_done, on_error=on_error)

    def duplicate(self, article_id: int, on_done: Done = None, on_error: Failed = None):
        return self._write(Change.DUPLICATE, lambda s, i: s.duplicate_article(i), article_id,
                           ids=lambda a: (article_id, a.id), on_done=on_done, on_error=on_error)

    def save(self, data: ArticleData, reason: str, named: bool,
             on_done: Done = None, on_error: Failed = None):
        """Save (``save_keeping_text``); ``on_done((saved, problem))``."""
        return self._write(Change.SAVE, save_keeping_text, data, reason, named,
                           ids=lambda r: (r[0].id,), on_done=on_done, on_error=on_error)

    def save_and_wait(self, data: ArticleData, reason: str, timeout: float = 30):
        """Save now and wait for it (switching article, quitting); announces the save."""
        result = self.runner.call(save_keeping_text, self.store, data, reason, False, timeout=timeout)
        self.library_changed.emit(Changes(Change.SAVE, (result[0].id,)))
        return result

    def trash(self, article_id: int, on_done: Done = None, on_error: Failed = None):
        return self._write(Change.TRASH, lambda s, i: s.trash_article(i), article_id,
                           ids=lambda _r: (article_id,), on_done=on_done, on_error=on_error)

    def restore(self, article_id: int, on_done: Done = None, on_error: Failed = None):
        return self._write(Change.RESTORE, lambda s, i: s.restore_article(i), article_id,
                           ids=lambda _r: (article_id,), on_done=on_done, on_error=on_error)

    def purge(self, article_id: int, on_done: Done = None, on_error: Failed = None):
        return self._write(Change.PURGE, lambda s, i: s.purge_article(i), article_id,
                           ids=lambda _r: (article_id,), on_done=on_done, on_error=on_error)

    def add_asset_and_wait(self, article_id: int, filename: str, data: bytes, timeout: float = 30):
        """Store an image for the article and wait for its stored name (the editor inserts it)."""
        info = self.runner.call(lambda: self.store.add_asset(article_id, filename, data), timeout=timeout)
        self.library_changed.emit(Changes(Change.ASSET, (article_id,)))
        return info

    # -- reviews ---------------------------------------------------------------------------
    def review_change(self, article_id: int, fn: Callable[..., Any], on_done: Done = None,
                      on_error: Failed = None):
        """``fn(store)`` changes the article's review notes (``core.reviewing.desk``)."""
        return self._write(Change.REVIEW, fn, ids=lambda _r: (article_id,), on_done=on_done, on_error=on_error)

    def issue_change(self, fn: Callable[..., Any], on_done: Done = None, on_error: Failed = None):
        """``fn(store)`` changes an issue of the journal (``core.library.issues``)."""
        return self._write(Change.ISSUE, fn, ids=lambda _r: (), on_done=on_done, on_error=on_error)

    def words_change(self, fn: Callable[..., Any], on_done: Done = None, on_error: Failed = None):
        """``fn(store)`` changes the library's own word list (``core.library.own_words``)."""
        return self._write(Change.WORDS, fn, ids=lambda _r: (), on_done=on_done, on_error=on_error)

    # -- the journal -----------------------------------------------------------------------
    def set_profile(self, profile: ProfileData, on_done: Done = None, on_error: Failed = None):
        return self._write(Change.PROFILE, lambda s, p: s.set_profile(p), profile,
                           ids=lambda _r: (), on_done=on_done, on_error=on_error)
