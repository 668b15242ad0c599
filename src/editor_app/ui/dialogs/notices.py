"""What opening the library did that the user must be told (``store.notices``).

The core describes each event with a ``kind`` (see ``errors.Notice``); here
each kind gets its translated sentence, with the path of the file kept aside
where there is one. Once the window has painted, all notices are shown in one
message box that does not block the window, each notice once.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)

SHOW_DELAY_MS = 150   # after the window's first paint


class OpenNotices(QObject):
    """The translated sentence of each kind of notice."""

    def title(self) -> str:
        return self.tr("About the library")

    def text(self, notice) -> str:
        kind, path, count = notice.kind, getattr(notice, "path", None), getattr(notice, "count", 0)
        if kind == "wal-recovered":
            text = self.tr("The latest changes to the library could not be read: %n saved change(s) "
                           "in its journal file are damaged and were left out.", "", max(count, 1))
            if path:
                text += " " + self.tr("A copy of the journal file was kept as {path}.").format(path=path)
            return text
        if kind == "empty-replaced":
            return self.tr("The library file was empty (a first start was interrupted). It was set "
                           "aside as {path} and a new library was made.").format(path=path or "")
        if kind == "search-rebuilt":
            return self.tr("The search index of the library was missing or damaged; it was rebuilt.")
        if kind == "damaged-rows":
            return self.tr("%n article(s) could not be read and are marked as damaged in the list; "
                           "the others work. File → Restore from backup… can bring them back.", "",
                           max(count, 1))
        return str(getattr(notice, "message", notice))


def notice_text(notice) -> str:
    """One translated paragraph for a notice (its own message for a kind not known here)."""
    return OpenNotices().text(notice)


class NoticeShower:
    """Shows the store's notices once each, without blocking the window."""

    def __init__(self, parent: QWidget):
        self._parent = parent
        self._shown: set[int] = set()
        self.box: QMessageBox | None = None

    def schedule(self, notices, extra: list[str] | None = None) -> None:
        """Show ``notices`` (and ``extra`` sentences) shortly, after the window has painted."""
        QTimer.singleShot(SHOW_DELAY_MS, self._parent, lambda: self.show(list(notices), extra or []))

    def show(self, notices, extra: list[str]) -> QMessageBox | None:
        fresh = [n for n in notices if id(n) not in self._shown]
        self._shown.update(id(n) for n in fresh)
        paragraphs = [*extra, *(notice_text(n) for n in fresh)]
        if not paragraphs:
            return None
        for n in fresh:
            log.warning("library notice %s: %s", n.kind, getattr(n, "message", ""))
        title = OpenNotices().title()
        box = QMessageBox(QMessageBox.Icon.Information, title,
                          "\n\n".join(paragraphs), QMessageBox.StandardButton.Ok, self._parent)
        box.setObjectName("libraryNotices")
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: setattr(self, "box", None))
        box.show()
        self.box = box
        return box
