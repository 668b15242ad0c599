"""Ctrl+S: record a named version of the open article, and say so.

Autosave keeps the text safe; Ctrl+S marks a version the editor chose. The
status bar confirms it with the time ("Saved a version at 14:05"), or says
that nothing changed since the last saved version, and the save-state label
in the status bar flashes.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QDateTime, QLocale, QObject, Qt, QTimeZone, QTimer
from PySide6.QtWidgets import QLineEdit

MESSAGE_MS = 6000
FLASH_MS = 900


def local_time(value) -> str:
    """A naive UTC datetime from the store as the local time of day (short format)."""
    utc = QDateTime(value.date(), value.time(), QTimeZone.utc())
    return QLocale().toString(utc.toLocalTime().time(), QLocale.FormatType.ShortFormat)


class VersionSaver(QObject):
    def __init__(self, window):
        super().__init__(window)
        self._w = window
        self._flash_timer = QTimer(self, singleShot=True, interval=FLASH_MS)
        self._flash_timer.timeout.connect(lambda: self._w.save_label.setStyleSheet(""))
        self._name_edit: QLineEdit | None = None
        self._naming: int | None = None

    def save(self) -> None:
        w = self._w
        session = w.session
        if session.current is None:
            w.statusBar().showMessage(self.tr("No article is open."), MESSAGE_MS)
            return
        article_id = session.current.id
        if session.dirty:
            self._save_named(article_id)
            return
        # nothing unsaved: a new version only if the newest one is not already a named one
        w.runner.run(w.store.revisions, article_id,
                     on_done=lambda revs: self._save_unless_named(article_id, revs),
                     on_error=lambda exc: self._save_named(article_id))

    def _save_unless_named(self, article_id: int, revisions) -> None:
        current = self._w.session.current
        if current is None or current.id != article_id:
            return
        if revisions and revisions[0].named and not self._w.session.dirty:
            self._show(self.tr("Nothing changed since the version saved at {time}.")
                       .format(time=local_time(revisions[0].created_at)))
        else:
            self._save_named(article_id)

    def _save_named(self, article_id: int) -> None:
        w = self._w
        started = datetime.now(timezone.utc).replace(tzinfo=None) - timedelta(seconds=1)
        w.session.save_now(named=True, reason=self.tr("Saved by the editor"))
        # the runner is serial: this runs after the save (a failed save is shown by the session)
        w.runner.run(w.store.revisions, article_id,
                     on_done=lambda revs: self._saved(revs, started))

    def _saved(self, revisions, started: datetime) -> None:
        if revisions and revisions[0].named and revisions[0].created_at >= started:
            self._show(self.tr("Saved a version at {time}.").format(
                time=local_time(revisions[0].created_at)))
            self._ask_name(revisions[0].id)

    def _ask_name(self, revision_id: int) -> None:
        """An optional name for the version just saved, asked in the status bar (typing on
        is never blocked: Esc or going back to the text leaves it unnamed)."""
        w = self._w
        if self._name_edit is None:
            self._name_edit = QLineEdit(w, objectName="versionName")
            self._name_edit.setPlaceholderText(self.tr("Name this version (optional), then Enter"))
            self._name_edit.setMinimumWidth(280)
            self._name_edit.returnPressed.connect(self._named)
            self._name_edit.editingFinished.connect(self._name_edit.hide)
            w.statusBar().addPermanentWidget(self._name_edit)
        self._naming = revision_id
        self._name_edit.clear()
        self._name_edit.show()

    def _named(self) -> None:
        w, name, revision_id = self._w, self._name_edit.text().strip(), self._naming
        self._name_edit.hide()
        w.editor.setFocus()
        if name and revision_id is not None:
            w.runner.run(w.store.name_revision, revision_id, name,
                         on_done=lambda _r: self._show(self.tr("Version named “{name}”.").format(name=name)))

    def show_history(self) -> None:
        from editor_app.ui.dialogs.history import HistoryDialog

        if self._w.session.current is None:
            self._w.statusBar().showMessage(self.tr("No article is open."), MESSAGE_MS)
            return
        self._w.session.save_now()   # the history ends with the text as it is now
        HistoryDialog(self._w).open()

    def _show(self, text: str) -> None:
        w = self._w
        w.statusBar().showMessage(text, MESSAGE_MS)
        w.save_label.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        w.save_label.setStyleSheet("#saveState { background: palette(highlight); border-radius: 3px; }"
                                   "#saveState QLabel { color: palette(highlighted-text); }")
        self._flash_timer.start()
