"""Exporting from the window: a folder picker, a progress dialog, work in the background."""

from __future__ import annotations

from concurrent.futures import Future
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from editor_app.ui.operations.tasks import TaskRunner


class ExportController(QObject):
    """Runs export_articles on the export worker and reports progress to a dialog."""

    progress = Signal(int, int)
    finished = Signal(object)  # ExportReport or Exception

    def __init__(self, store, runner: TaskRunner, parent_widget: QWidget,
                 open_folder: bool = True):
        super().__init__(parent_widget)
        self._store = store
        self._runner = runner
        self._parent = parent_widget
        self._open_folder = open_folder
        self._dialog: QProgressDialog | None = None
        self._out: Path | None = None
        self._everything = False
        self.progress.connect(self._on_progress)
        self.finished.connect(self._on_finished)

    def choose_folder(self) -> Path | None:
        settings = QSettings()
        start = str(settings.value("export/folder", str(Path.home())))
        folder = QFileDialog.getExistingDirectory(self._parent, self.tr("Export to folder"), start)
        if not folder:
            return None
        settings.setValue("export/folder", folder)
        return Path(folder)

    def export(self, slugs: list[str] | None, out_dir: Path | None = None) -> Future | None:
        out_dir = out_dir or self.choose_folder()
        if out_dir is None:
            return None
        self._out = out_dir
        self._everything = slugs is None
        self._dialog = QProgressDialog(self.tr("Exporting…"), self.tr("Hide"), 0, 0, self._parent)
        self._dialog.setWindowTitle(self.tr("Export"))
        self._dialog.setMinimumDuration(300)
        self._dialog.setAccessibleName(self.tr("Export progress"))
        return self._runner.run(self._work, slugs, out_dir)

    def _work(self, slugs: list[str] | None, out_dir: Path) -> None:
        from editor_app.core.publishing.export import export_articles

        try:
            report = export_articles(self._store, out_dir, slugs,
                                     progress=lambda done, total: self.progress.emit(done, total))
        except Exception as exc:  # noqa: BLE001 - shown in a message box
            self.finished.emit(exc)
        else:
            self.finished.emit(report)

    def _on_progress(self, done: int, total: int) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(total)
            self._dialog.setValue(done)

    def _on_finished(self, result) -> None:
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None
        if isinstance(result, Exception):
            QMessageBox.warning(self._parent, self.tr("Export failed"), str(result))
            return
        if result.errors:
            lines = "\n".join(str(failure) for failure in result.errors[:20])
            QMessageBox.warning(
                self._parent, self.tr("Export finished with problems"),
                self.tr("%n page(s) written; these articles could not be exported:", "",
                        len(result.written)) + "\n\n" + lines)
        elif self._everything and all(p.name == "index.html" for p in result.written):
            QMessageBox.information(
                self._parent, self.tr("Nothing published yet"),
                self.tr("Only published articles are exported. No article has the status "
                        "“Published” yet; to proofread one, open it and choose Export article (Ctrl+E): "
                        "its page is marked as a draft."))
            return
        if self._open_folder and self._out is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._out)))
