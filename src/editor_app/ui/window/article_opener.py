"""Which article the window shows, read on the store worker: one asked for (a click in
the list, a link, an undo), or the window's first one.

The first one (``open_first``) is read before the list: one job finds the id the list
would show first (its sort and filter, ``LIMIT 1``) and reads that article, and the
list of a library just opened (``ArticleListPanel(held=True)``) is asked for only once
that text is on screen, then the section picker's list. At 10,000 articles the list's
ids and first rows, read first, kept the text waiting 15-20 ms.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from editor_app.core.dto import ArticleData
from editor_app.core.errors import DamagedArticleError
from editor_app.ui.after_paint import after_paint
from editor_app.ui.i18n import first_line

log = logging.getLogger(__name__)
FIRST = -1   # ``opening`` while the window's first article is read (ids are positive)


def first_article(store, wanted: int | None, args: dict) -> ArticleData | None:
    """On the store worker: the article a window opens with: ``wanted`` (the one open
    before the language changed) unless it is gone, else the first one the list shows
    with ``args`` (``Store.list_ids``'s); None for an empty list."""
    if wanted is not None:
        try:
            return store.get_article(wanted)
        except KeyError:
            pass
    ids = store.list_ids(**args, limit=1)
    return store.get_article(ids[0]) if ids else None


class ArticleOpener:
    """Reads the articles ``window`` opens and shows them (editor, details, preview)."""

    def __init__(self, window):
        self._w = window
        self.opening: int | None = None   # the article being read, or FIRST
        self._then = None                 # what to do once it is open

    def is_opening(self) -> bool:
        return self.opening is not None

    def open(self, article_id: int, then=None) -> None:
        """Save the open article, then open ``article_id`` once the store worker has read
        it (and call ``then()``)."""
        current = self._w.session.current
        if current is not None and current.id == article_id:
            return
        self._w._flush()
        self.opening, self._then = article_id, then
        self._w.ops.read(lambda store: store.get_article(article_id), on_done=self._read,
                         on_error=lambda exc: self._failed(article_id, exc))

    def open_first(self) -> None:
        """Open the window's ``reopen_article``, or the article its list shows first."""
        wanted, args = self._w.reopen_article, self._w.list_panel.query_args()
        self.opening, self._then = FIRST, None
        self._w.ops.read(first_article, wanted, args, on_done=self._first_read,
                         on_error=lambda exc: (self._failed(FIRST, exc), self._after_first(None)))

    def _first_read(self, data: ArticleData | None) -> None:
        w = self._w
        if self.opening != FIRST:
            self._after_first(None)   # another article was asked for meanwhile
            return
        self.opening = None
        if data is None:
            w._set_editing_enabled(False)   # nothing to show (an empty list)
        elif w.session.current is None:
            w.list_panel.select_article(data.id)
            self.opening = data.id
            self._read(data)
        self._after_first(data)

    def _after_first(self, data: ArticleData | None) -> None:
        """The list, then the section picker's list, are read once the text is on screen."""
        w = self._w

        def then() -> None:
            w.list_panel.release()
            w.meta.load_sections()

        if data is None:
            then()
        else:
            after_paint(w.editor.viewport(), then)

    def _read(self, data: ArticleData) -> None:
        if data.id != self.opening:
            return   # another article was asked for meanwhile
        w = self._w
        self.opening = None
        w._flush()   # anything typed while it was read
        w.session.load(data)
        w.meta.set_article(data)
        w.editor.set_markdown(data.body)
        w.preview.show_article(data, first_after=w.editor.viewport())
        w._set_editing_enabled(True)
        w.team.article_opened(data)   # edits of it kept on this computer come back
        then, self._then = self._then, None
        if then is not None:
            then()

    def _failed(self, article_id: int, exc: BaseException) -> None:
        if article_id != self.opening:
            return
        w = self._w
        self.opening = None
        if isinstance(exc, DamagedArticleError):   # its row cannot be read: the others still work
            w.session.clear()
            w._set_editing_enabled(False)
            w.care.show_damaged(exc)
        elif not isinstance(exc, KeyError):   # KeyError: gone meanwhile (purged)
            log.error("opening article %s failed: %s", article_id, exc)
            w.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "The article could not be opened: {reason}").format(reason=first_line(exc)), 10000)
