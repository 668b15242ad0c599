"""The main window's small dialogs, opened from its menus: the trash, the journal's
profile and About."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from editor_app import __version__


def show_trash(window) -> None:
    from editor_app.ui.dialogs.trash import TrashDialog

    TrashDialog(window.ops, window).exec()


def edit_journal_profile(window) -> None:
    from editor_app.ui.dialogs.profile import ProfileDialog

    ProfileDialog(window.ops, window).exec()


def show_about(window) -> None:
    QMessageBox.about(window, QCoreApplication.translate("MainWindow", "About"),
                      QCoreApplication.translate("MainWindow", "Editorial workstation %1\nLibrary: %2")
                      .replace("%1", __version__).replace("%2", str(window.store.path)))
