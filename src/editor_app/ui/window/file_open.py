"""Files the system asks the running program to open (macOS sends a double-clicked
``.review`` as a QFileOpenEvent to the application, not on the command line): each
opens in a review window.

The application is an :class:`EditorApplication`, whose ``event()`` sees only the
events sent to the application object itself (an event filter installed on the
application would see every event of every object, in Python).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from editor_app.ui.window.layout import default_size


class EditorApplication(QApplication):
    file_open_requested = Signal(str)

    def event(self, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FileOpen:
            self.file_open_requested.emit(event.file())
            return True
        return super().event(event)


class ReviewOpener(QObject):
    def __init__(self, renderer, settings, parent: QObject | None = None):
        super().__init__(parent)
        self._renderer = renderer
        self._settings = settings
        self.windows: list = []

    def follow(self, app) -> None:
        """Open the .review files the system hands ``app`` (an EditorApplication)."""
        signal = getattr(app, "file_open_requested", None)
        if signal is not None:
            signal.connect(self.requested)

    def requested(self, path: str) -> None:
        if path.lower().endswith(".review"):
            self.open(Path(path))

    def open(self, path: Path):
        from editor_app.core.errors import InputError
        from editor_app.core.reviewing.session import open_review
        from editor_app.ui.window.review_window import ReviewWindow

        try:
            session = open_review(path)
        except (InputError, OSError) as exc:
            QMessageBox.critical(None, self.tr("Cannot open the review"),
                                 f"{path}\n\n{getattr(exc, 'strerror', None) or exc}")
            return None
        window = ReviewWindow(session, self._renderer, self._settings)
        window.destroyed.connect(lambda *_: self.windows.remove(window) if window in self.windows else None)
        self.windows.append(window)
        size = default_size(window, QSize(1500, 900))   # within a small screen
        window.resize(size)
        window.split.setSizes([size.width() * 3 // 8, size.width() * 3 // 8, size.width() // 4])
        window.show()
        return window
