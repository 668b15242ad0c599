"""The main window's layout between runs: its geometry, splitter sizes and which panels show."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication


def restore_layout(w) -> None:
    """The window's size, splitters and shown panels as they were left (or the default size)."""
    geometry = w.settings.value("window/geometry")
    if geometry is not None:
        w.restoreGeometry(geometry)
    else:
        w.resize(default_size(w))
    for key, splitter in _splitters(w):
        state = w.settings.value(key)
        if state is not None:
            splitter.restoreState(state)
        elif splitter is w.splitter:
            splitter.setSizes(default_sizes(w.width(), w.list_panel.width_for_titles()))
    for action in w.view_actions:
        visible = w.settings.value(f"window/show/{action.shortcut().toString()}", True)
        action.setChecked(visible in (True, "true"))


def default_size(w, wanted: QSize = QSize(1600, 960)) -> QSize:
    """``wanted``, or the screen's free area when it is smaller (a 1280×720 laptop)."""
    screen = w.screen() or QGuiApplication.primaryScreen()
    free = screen.availableGeometry().size() if screen is not None else wanted
    return QSize(min(wanted.width(), free.width()), min(wanted.height(), free.height()))


def default_sizes(width: int, list_width: int) -> list[int]:
    """List, editor, preview and details on a first start: the list as wide as titles
    of 26 characters need (``list_width``), the editor wide enough for its toolbar, the
    details for their fields; the preview (and any width to spare) after."""
    editor = max(360, int(width * 0.27))
    details = max(280, int(width * 0.2))
    preview = max(220, width - list_width - editor - details)
    return [list_width, editor, preview, details]


def _splitters(w):
    found = [("window/splitter", w.splitter), ("window/left", w.left)]
    side = getattr(w, "review_side", None)
    return found + ([("window/right", side.right)] if side is not None else [])


def save_layout(w) -> None:
    """Kept in the settings for the next run."""
    w.settings.setValue("window/geometry", w.saveGeometry())
    for key, splitter in _splitters(w):
        w.settings.setValue(key, splitter.saveState())
    for action in w.view_actions:
        w.settings.setValue(f"window/show/{action.shortcut().toString()}", action.isChecked())
