"""Restoring the library from one of its backups.

``RestoreBackupDialog`` (File → Restore from backup…) lists the backups, newest
first, with their date, number of articles and size. Neither it nor the
confirmation that follows restores on Enter: "Restore…" is not a default
button and the confirmation defaults to Cancel. ``offer_damaged_restore`` is
the message shown when a library cannot be opened because it is damaged: it
names the newest good backup and restores it only on an explicit click.
Restoring never deletes anything: the file it replaces is kept beside it.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor_app.ui import icons
from editor_app.ui.dialog_size import fit_to_screen

log = logging.getLogger(__name__)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def format_created(value: datetime) -> str:
    """A backup's date in the user's locale (``BackupInfo.created`` is naive local time)."""
    if value.tzinfo is not None:
        value = value.astimezone().replace(tzinfo=None)
    local = QDateTime(QDate(value.year, value.month, value.day),
                      QTime(value.hour, value.minute, value.second))
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def format_articles(count: int | None) -> str:
    return "—" if count is None else QLocale().toString(count)


def format_size(size: int) -> str:
    return QLocale().formattedDataSize(size)


class BackupTexts(QObject):
    def articles(self, count: int | None) -> str:
        """"12 articles" (for a sentence); None: the copy could not be counted."""
        if count is None:
            return self.tr("articles not counted")
        return self.tr("%n article(s)", "", count)


class RestoreBackupDialog(QDialog):
    """Pick a backup; ``chosen`` is its path once the user confirmed."""

    def __init__(self, library: Path, parent: QWidget | None = None):
        super().__init__(parent)
        from editor_app.core.library import backups

        self.setWindowTitle(self.tr("Restore from backup"))
        self.chosen: Path | None = None
        self._library = Path(library)
        self._backups = backups.list_backups(self._library)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setAccessibleName(self.tr("Backups of the library"))
        self.list.setHeaderLabels([self.tr("Date"), self.tr("Articles"), self.tr("Size")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
            self.list.headerItem().setTextAlignment(col, RIGHT)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        for button in buttons.buttons():
            button.setAutoDefault(False)   # Enter alone never restores
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self._fill(backups.backup_dir(self._library))
        fit_to_screen(self, 560, 380)   # the content's size, within the screen

    def _fill(self, folder: Path) -> None:
        for info in self._backups:
            item = QTreeWidgetItem([format_created(info.created), format_articles(info.articles),
                                    format_size(info.size)])
            for col in (1, 2):
                item.setTextAlignment(col, RIGHT)
            item.setToolTip(0, str(info.path))
            self.list.addTopLevelItem(item)
        if self._backups:
            self.list.setCurrentItem(self.list.topLevelItem(0))
            self.label.setText(self.tr(
                "Backups of this library, newest first (kept in {folder}). Restoring replaces the "
                "library with the chosen copy; the current file is kept beside it.").format(folder=folder))
        else:
            self.label.setText(self.tr(
                "There is no backup of this library yet. A backup is made when the program closes "
                "and every 30 minutes while you edit (in {folder}).").format(folder=folder))
        self.restore_button.setEnabled(bool(self._backups))

    def selected(self):
        item = self.list.currentItem()
        return None if item is None else self._backups[self.list.indexOfTopLevelItem(item)]

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        box = self.confirm(info)
        box.exec()
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Ok):
            self.chosen = info.path
            self.accept()

    def confirm(self, info) -> QMessageBox:
        """Names the backup; Cancel is the default button and Escape."""
        text = self.tr(
            "Replace the library with the backup of {date} ({articles})? Changes made "
            "after that backup will not be in the library; the current file is kept beside it, "
            "nothing is deleted.").format(date=format_created(info.created),
                                          articles=BackupTexts().articles(info.articles))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore from backup"), text,
                          QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmRestore")
        restore = box.button(QMessageBox.StandardButton.Ok)
        restore.setText(self.tr("Restore"))
        restore.setIcon(icons.icon("fa5s.history"))
        restore.setAutoDefault(False)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        return box


def offer_damaged_restore(path: Path, reason: str, newest) -> bool:
    """The library at ``path`` is damaged: offer ``newest``, its newest good backup (looked up
    on the store worker). True when the user chose to restore it; Close is the default."""
    translate = QCoreApplication.translate
    reason = reason.removeprefix(f"{path}: ")   # the path is in the sentence already
    text = translate(
        "app", "The library {path} is damaged and cannot be opened.\n\n"
               "The newest good backup is from {date} ({articles}). Restore it? The damaged "
               "file is kept beside the library; nothing is deleted.").format(
        path=path, date=format_created(newest.created),
        articles=BackupTexts().articles(newest.articles))
    details = translate("app", "Details: {reason}").format(reason=reason)
    box = QMessageBox(QMessageBox.Icon.Critical, translate("app", "Cannot open the library"),
                      f"{text}\n\n{details}")
    box.setObjectName("offerBackup")
    restore = box.addButton(translate("app", "Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
    restore.setIcon(icons.icon("fa5s.history"))
    close = box.addButton(QMessageBox.StandardButton.Close)
    restore.setAutoDefault(False)
    box.setDefaultButton(close)
    box.setEscapeButton(close)
    box.exec()
    return box.clickedButton() is restore
