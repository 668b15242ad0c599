"""The main window's layout between runs: its geometry, splitter sizes and which panels show."""

from __future__ import annotations


def restore_layout(w) -> None:
    """The window's size, splitters and shown panels as they were left (or the default size)."""
    geometry = w.settings.value("window/geometry")
    if geometry is not None:
        w.restoreGeometry(geometry)
    else:
        w.resize(1600, 960)
    for key, splitter in (("window/splitter", w.splitter), ("window/left", w.left)):
        state = w.settings.value(key)
        if state is not None:
            splitter.restoreState(state)
    for action, widget in zip(w.view_actions, (w.list_panel, w.outline, w.preview, w.meta)):
        visible = w.settings.value(f"window/show/{action.shortcut().toString()}", True)
        action.setChecked(visible in (True, "true"))


def save_layout(w) -> None:
    """Kept in the settings for the next run."""
    w.settings.setValue("window/geometry", w.saveGeometry())
    w.settings.setValue("window/splitter", w.splitter.saveState())
    w.settings.setValue("window/left", w.left.saveState())
    for action in w.view_actions:
        w.settings.setValue(f"window/show/{action.shortcut().toString()}", action.isChecked())
