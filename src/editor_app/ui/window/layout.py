"""The main window's layout between runs: its geometry, splitter sizes and which panels show."""

from __future__ import annotations


def restore_layout(w) -> None:
    """The window's size, splitters and shown panels as they were left (or the default size)."""
    geometry = w.settings.value("window/geometry")
    if geometry is not None:
        w.restoreGeometry(geometry)
    else:
        w.resize(1600, 960)
    for key, splitter in _splitters(w):
        state = w.settings.value(key)
        if state is not None:
            splitter.restoreState(state)
    for action in w.view_actions:
        visible = w.settings.value(f"window/show/{action.shortcut().toString()}", True)
        action.setChecked(visible in (True, "true"))


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
