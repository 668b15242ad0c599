"""The window's part in a shared library: conflicts, a server that goes away, who has
which article open, and edits kept on this computer from an earlier session.

- A save refused because another editor saved first (``session.conflicted``): when the
  two sets of changes touch different parts, they merge on their own (from the version
  both started from) and the merge is saved; otherwise the conflict dialog shows both
  texts and the editor keeps theirs, keeps mine, or merges. Until then every edit is
  kept in the local journal.
- The server went away (``session.reachable(False)``): a bar above the editor says so;
  edits go to the journal and are sent when the server answers again.
- A heartbeat every ``editors.HEARTBEAT`` seconds says which article this window shows
  and learns which ones other windows show (the list marks them); the list reloads when
  another editor changed the library since the last one.
- When the library opens, edits left in the journal are sent (a conflict among them is
  merged when clean, else left in the journal and the user is told where).
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from editor_app.core.dto import ArticleData
from editor_app.core.errors import ConflictError

log = logging.getLogger(__name__)


def _send_kept(store, kept, root) -> tuple[list[int], list[str]]:
    """On the store worker: save each kept edit (a ``journal.KeptEdit``), merged when another
    editor saved meanwhile and the merge is clean; (saved ids, titles left in the journal)."""
    from editor_app.core.library import journal
    from editor_app.core.library.merging import merge_articles

    saved, left = [], []
    for data, base in kept:
        try:
            if store.get_article(data.id).uuid != data.uuid:   # not that article (a library made anew)
                left.append(data.title or data.slug)
                continue
            try:
                store.save_article(data, reason="kept on this computer")
            except ConflictError as exc:
                merged = merge_articles(base, data, exc.theirs, f"theirs ({exc.theirs.updated_by})") \
                    if base is not None else None
                if merged is None or not merged.clean:
                    left.append(data.title or data.slug)
                    continue
                store.save_article(merged.article, reason="merge")
        except (KeyError, ConflictError):
            left.append(data.title or data.slug)
            continue
        journal.drop(store.path, data.id, root)
        saved.append(data.id)
    return saved, left


class TeamWork(QObject):
    def __init__(self, window):
        super().__init__(window)
        self._w = window
        self.session_id = os.urandom(16).hex()   # this window's presence, among the editors'
        self.dialog = None
        self.bar = QLabel(window)
        self.bar.setObjectName("offlineBar")
        self.bar.setWordWrap(True)
        self.bar.setStyleSheet("QLabel#offlineBar { background: #fff4ce; color: #5c4400; padding: 6px; }")
        self.bar.hide()
        self._bar_reason: str | None = None   # "server" (it does not answer) or "kept" (edits left)
        self._stamp = None   # the library's change stamp at the last heartbeat
        window.editor_area.layout().insertWidget(0, self.bar)
        self._beat = QTimer(self)
        self._beat.timeout.connect(self.heartbeat)
        window.session.conflicted.connect(self._conflicted)
        window.session.reachable.connect(self._reachable)

    # -- opening -----------------------------------------------------------
    def library_opened(self) -> None:
        from editor_app.core.library import editors, journal

        store = self._w.store
        if getattr(store, "is_server", False):
            self._beat.start(editors.HEARTBEAT * 1000)
            self.heartbeat()
        root = self._w.session.journal_root
        if getattr(store, "readonly", False):
            return   # kept edits go back once the library can be written
        try:
            kept = journal.pending(store.path, root)
        except OSError:
            kept = []
        if kept:
            self._w.ops.read(lambda s: _send_kept(s, kept, root), on_done=self._kept_sent,
                             on_error=lambda exc: log.warning("kept edits not sent yet: %s", exc))

    def _kept_sent(self, result) -> None:
        saved, left = result
        if saved:
            self._w.statusBar().showMessage(self.tr(
                "{n} article(s) edited earlier were sent to the library.").format(n=len(saved)), 10000)
            self._w.list_panel.model.refresh()
        if left:
            self._show_bar(self.tr("Edits to {titles} are kept on this computer: they conflict with newer "
                                   "versions in the library. Open them to compare.").format(
                titles=", ".join(f"“{t}”" for t in left)))

    def article_opened(self, data: ArticleData) -> None:
        """Edits of this article kept on this computer (the server was away, or a conflict was
        left open) come back into the editor: saved on top when the library still holds the
        version they were based on, else compared as any conflict."""
        from editor_app.core.library import journal

        try:
            kept = [k for k in journal.pending(self._w.store.path, self._w.session.journal_root)
                    if k.article.id == data.id and k.article.uuid == data.uuid]
        except OSError:
            return
        if not kept:
            return
        mine, base = kept[-1]
        if mine.same_content(data):
            journal.drop(self._w.store.path, data.id, self._w.session.journal_root)
            return
        if mine.version == data.version:
            self._settle(data, mine)
            return
        exc = ConflictError("kept edit", theirs=data, base_version=mine.version)
        self._w.session.conflict = exc
        self._w.meta.set_article(mine)   # the editor shows what was typed, as it was kept
        self._w.editor.set_markdown(mine.body)
        self._conflicted(exc, mine, base or data)

    # -- choosing a library ------------------------------------------------------
    def open_team_library(self) -> None:
        from editor_app.ui.dialogs.team_library import TeamLibraryDialog

        path = self._w.store.path
        dialog = TeamLibraryDialog(str(path) if getattr(self._w.store, "is_server", False) else "", self._w)
        if dialog.exec() == dialog.DialogCode.Accepted and dialog.location is not None:
            self._w.switch_requested.emit(dialog.location)

    def open_library_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self._w, self.tr("Open library file"), "", self.tr("Libraries (*.sqlite *.db);;All files (*)"))
        if name:
            self._w.switch_requested.emit(name)

    # -- presence ------------------------------------------------------------
    def heartbeat(self) -> None:
        """Say which article this window shows; learn who has which open. A server that does
        not answer is shown by the bar even while nobody types."""
        current = self._w.session.current
        self._w.ops.read(lambda s: (s.heartbeat(self.session_id, current.id if current else None),
                                    s.change_stamp()),
                         on_done=self._beat_done, on_error=self._beat_failed)

    def _beat_done(self, result) -> None:
        found, stamp = result
        model = self._w.list_panel.model
        model.set_open_elsewhere(found)
        if self._stamp is not None and stamp != self._stamp:   # another editor created, saved,
            if not model.is_busy():                               # trashed or removed an article
                model.refresh()
            self._follow_open_article()
        self._stamp = stamp
        if self._bar_reason == "server" and not self._w.session.offline:
            self.bar.hide()
            self._bar_reason = None

    def _follow_open_article(self) -> None:
        """The article open here, unchanged here, shows what another editor saved of it."""
        session = self._w.session
        current = session.current
        if current is None or not self._untouched(current.id, current.version):
            return
        article_id, version = current.id, current.version
        self._w.ops.read(lambda s: s.get_article(article_id), on_done=lambda theirs: self._newer(theirs, version))

    def _untouched(self, article_id: int, version: int) -> bool:
        session = self._w.session
        current = session.current
        return (current is not None and current.id == article_id and current.version == version
                and not session.dirty and session.conflict is None and not session.offline)

    def _newer(self, theirs: ArticleData, version: int) -> None:
        if theirs.version <= version or not self._untouched(theirs.id, version):
            return   # nothing newer, or typing began meanwhile: the save merges as usual
        w = self._w
        editor = w.editor
        position, scroll = editor.textCursor().position(), editor.verticalScrollBar().value()
        w.session.load(theirs)
        self._show(theirs)
        cursor = editor.textCursor()
        cursor.setPosition(min(position, editor.document().characterCount() - 1))
        editor.setTextCursor(cursor)
        editor.verticalScrollBar().setValue(scroll)
        w.statusBar().showMessage(self.tr("{who} has just saved this article; it now shows their version.")
                                  .format(who=theirs.updated_by or "?"), 10000)

    def _beat_failed(self, exc: BaseException) -> None:
        log.info("heartbeat: %s", exc)
        from editor_app.core.errors import ServerUnavailableError

        if isinstance(exc, ServerUnavailableError):
            self._reachable(False)

    def stop(self) -> None:
        """The window closes: other editors stop seeing it at once."""
        if self._beat.isActive():
            self._beat.stop()
            try:
                self._w.runner.call(lambda: self._w.store.leave(self.session_id), timeout=3)
            except Exception as exc:  # noqa: BLE001 - the row expires on its own
                log.info("leaving: %s", exc)

    # -- the server away -------------------------------------------------------
    def _reachable(self, ok: bool) -> None:
        if ok:
            if self._bar_reason == "server":
                self.bar.hide()
                self._bar_reason = None
            self._w.statusBar().showMessage(self.tr("The library's server is back; your edits were sent."), 10000)
        else:
            self._show_bar(self.tr("The library's server does not answer. Your edits are kept on this "
                                   "computer and will be sent when it is back."), "server")

    def _show_bar(self, text: str, reason: str = "kept") -> None:
        self._bar_reason = reason
        self.bar.setText(text)
        self.bar.show()

    # -- conflicts ------------------------------------------------------------
    def _conflicted(self, exc: ConflictError, mine: ArticleData, base: ArticleData) -> None:
        from editor_app.core.library.merging import merge_articles

        theirs = exc.theirs
        label = f"theirs ({theirs.updated_by})" if theirs.updated_by else "theirs"
        merged = merge_articles(base, mine, theirs, label)
        if merged.clean:   # different parts changed: merged on its own
            self._settle(theirs, merged.article)
            self._w.statusBar().showMessage(self.tr("Merged with the changes {who} saved meanwhile.").format(
                who=theirs.updated_by or "?"), 10000)
            return
        from editor_app.ui.dialogs.conflict import MERGE, MINE, ConflictDialog

        self.dialog = ConflictDialog(theirs, mine, merged.conflicts, self._w)

        def chosen(key: str) -> None:
            now = self._w.current_data() or mine   # what was typed since counts too
            if key == MINE:
                self._settle(theirs, now, reload=False)
            elif key == MERGE:
                self._settle(theirs, merge_articles(base, now, theirs, label).article)
            else:
                self._settle(theirs, theirs)

        self.dialog.chosen.connect(chosen)
        self.dialog.show()

    def _settle(self, theirs: ArticleData, result: ArticleData, reload: bool = True) -> None:
        """Show ``result`` and save it on top of ``theirs`` (the library's version)."""
        w = self._w
        if reload:
            self._show(result)
        w.session.resolve(theirs)

    def _show(self, article: ArticleData) -> None:
        """``article`` in the details, the editor and the preview (the session is the caller's)."""
        w = self._w
        w.meta.set_article(article)
        w.editor.set_markdown(article.body)
        w.preview.show_article(article)
