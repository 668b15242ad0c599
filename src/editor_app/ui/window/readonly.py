"""A library held by another program, opened to read only ("Chỉ xem").

Everything can be read, searched, previewed and exported; nothing can be changed:
the text and the details cannot be edited, and every action that would write the
library (new, duplicate, import, trash, save a version, journal profile, restore a
backup, restore a version, review decisions) is off. The title and the status bar
say so. Nothing runs that writes either: no revision pruning, no hand-over of CLI
imports (the program that holds the library takes those), no sending of edits kept
on this computer.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel


def label() -> str:
    return QCoreApplication.translate("MainWindow", "Read only")


def enter_read_only(window) -> None:
    window.read_only = True
    a = window.actions_
    for action in (a.new, a.duplicate, a.import_files, a.trash, a.show_trash, a.save, a.journal,
                   a.restore_backup):
        action.setEnabled(False)
    window._prune_timer.stop()
    window.editor_area.set_read_only(True)   # no typing, no formatting toolbar, no replace
    window.meta.setEnabled(False)
    window.review_side.panel.setEnabled(False)
    window.setWindowTitle(f"{window.windowTitle()} — {label()}")
    note = QLabel(label(), window, objectName="readOnlyLabel")
    note.setToolTip(QCoreApplication.translate(
        "MainWindow", "Another window or program holds this library: it can be read here, not changed."))
    window.statusBar().addPermanentWidget(note)
