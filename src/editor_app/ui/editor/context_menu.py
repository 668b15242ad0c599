"""The editor's right-click menu: spelling suggestions on a misspelled word, then Qt's
editing actions, with "Paste as plain text" after Paste."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from . import spelling_menu


def build(editor, pos) -> QMenu:
    """The menu for a right click at ``pos`` (viewport coordinates) in ``editor``."""
    menu = editor.createStandardContextMenu(pos)
    spelling_menu.offer(editor, menu, editor.cursorForPosition(pos))
    actions = menu.actions()
    paste_at = next((i for i, a in enumerate(actions) if a.objectName() == "edit-paste"), None)
    before = actions[paste_at + 1] if paste_at is not None and paste_at + 1 < len(actions) else None
    paste_plain = editor.paste_plain_action
    paste_plain.setEnabled(not editor.isReadOnly() and editor.canPaste())
    menu.insertAction(before, paste_plain) if before else menu.addAction(paste_plain)
    return menu
