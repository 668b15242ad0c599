"""Importing in the window: File → Import…, files dropped on the list, files the CLI hands over.

Files are read and converted on the window's import worker (Word files and
web pages in guarded child processes, several at once); each article is
stored by an operation on the one store worker, so saves never wait behind a
long import. A progress dialog shows the file being read and can cancel (what
was imported stays). At the end the new articles are in the list, the first
is opened, and a report lists every refused file with its reason and what
the conversion could not carry over.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from editor_app.ui.after_paint import after_first_text
from editor_app.ui.operations import Change, Changes

SUFFIXES = (".md", ".markdown", ".txt", ".docx", ".html", ".htm")


def importable(paths) -> list[Path]:
    return [Path(p) for p in paths if Path(p).suffix.lower() in SUFFIXES]


class ImportControl(QObject):
    progressed = Signal(int, int, str)       # done, total, file name (from the import worker)
    handed = Signal(object, object)          # request, Future for the reply (from the channel's thread)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._cancel = threading.Event()
        self._busy = False
        self._dialog: QProgressDialog | None = None
        self._folder = Path.home()
        self.progressed.connect(self._show_progress)
        self.handed.connect(self._from_cli)
        view = window.list_panel.view
        view.setAcceptDrops(True)
        view.viewport().setAcceptDrops(True)
        view.viewport().installEventFilter(self)
        window.editor.notice.connect(lambda text: window.statusBar().showMessage(text, 10000))
        window.actions_.import_files.triggered.connect(self.choose)
        self._server = None
        if window.store.is_open:
            self.serve_cli()
        elif window.opening is not None:   # once the first text is on screen (after_first_text)
            window.opening.opened.connect(lambda _store: after_first_text(
                window.session.loaded, window.editor.viewport(), self.serve_cli))

    # -- asking ---------------------------------------------------------------------------
    def choose(self) -> None:
        patterns = " ".join(f"*{s}" for s in SUFFIXES)
        names, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import articles"), str(self._folder),
            self.tr("Articles (%1);;Word documents (*.docx);;Web pages (*.html *.htm);;"
                    "Markdown and text (*.md *.markdown *.txt)").replace("%1", patterns))
        if names:
            self._folder = Path(names[0]).parent
            self.start([Path(n) for n in names])

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
            if importable(u.toLocalFile() for u in urls if u.isLocalFile()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and event.mimeData().hasUrls():
            files = importable(u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile())
            if files:
                event.acceptProposedAction()
                self.start(files)
                return True
        return super().eventFilter(watched, event)

    # -- importing ------------------------------------------------------------------------
    def start(self, paths: list[Path], reply: Future | None = None, update: bool = False) -> bool:
        """Import ``paths``; ``reply`` (the CLI's) gets the report. False when busy."""
        if self._busy or not self.window.store.is_open:
            if reply is not None:
                reply.set_result({"stopped": "the window is busy with another import; try again"})
            return False
        self._busy = True
        self._cancel.clear()
        self._dialog = dialog = QProgressDialog(self.tr("Importing…"), self.tr("Cancel"), 0, len(paths), self.window)
        dialog.setWindowTitle(self.tr("Import"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self._cancel.set)
        dialog.setValue(0)
        self.window.workers.imports.run(
            self._run, [str(p) for p in paths], update,
            on_done=lambda report: self._finished(report, reply, None),
            on_error=lambda exc: self._finished(getattr(exc, "report", None), reply, exc))
        return True

    def _run(self, paths: list[str], update: bool):
        """On the import worker: prepare each file, store it through the store worker."""
        from editor_app.core.importing.importer import ImportReport, store_prepared
        from editor_app.core.importing.prepare import prepare_stream

        report = ImportReport()
        store, runner = self.window.store.store, self.window.runner
        with self.window.workers.converter() as converter:
            for done, prepared in enumerate(prepare_stream(paths, converter)):
                if self._cancel.is_set():
                    report.cancelled = len(paths) - done
                    break
                self.progressed.emit(done, len(paths), Path(prepared.path).name)
                runner.call(store_prepared, store, [prepared], report, len(paths), update)
        return report

    @Slot(int, int, str)
    def _show_progress(self, done: int, total: int, name: str) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(total)
            self._dialog.setValue(done)
            self._dialog.setLabelText(self.tr("Importing %1 (%2 of %3)…")
                                      .replace("%1", name).replace("%2", str(done + 1)).replace("%3", str(total)))

    def _finished(self, report, reply: Future | None, exc: BaseException | None) -> None:
        from editor_app.ui.window.import_report import reply_for, show_report

        self._busy = False
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        ids = tuple(imported.id for _path, imported in (report.imported if report else ()))
        if ids:
            self.window.ops.announce(Changes(Change.IMPORT, ids))
            self.window.list_panel.when_loaded(lambda: self._open(ids[0]), load=True)
        if reply is not None:
            reply.set_result(reply_for(report, exc))
        show_report(self.window, report, exc)

    def _open(self, article_id: int) -> None:
        self.window.list_panel.select_article(article_id)
        self.window.open_article(article_id)

    # -- the single-instance channel -------------------------------------------------------
    def serve_cli(self) -> None:
        """Take imports the CLI hands over while this window holds the library."""
        from editor_app.core.library.handoff import HandoffServer
        from editor_app.core.library.location import ServerLocation

        if self._server is not None or isinstance(self.window.store.path, ServerLocation) \
                or getattr(self.window.store, "readonly", False):
            return   # a team library has no lock: the CLI imports into it directly; read-only: not ours
        try:
            self._server = HandoffServer(self.window.store.path, self._request)
        except OSError:
            return
        self.window.workers.start_thread(self._server.serve, "editor-app-handoff")

    def _request(self, request: dict) -> dict:
        """On the channel's thread: hand the request to the window and wait for its report."""
        if request.get("op") != "import" or not isinstance(request.get("files"), list):
            return {"stopped": "the window does not understand this request"}
        reply: Future = Future()
        self.handed.emit(request, reply)
        return reply.result()

    @Slot(object, object)
    def _from_cli(self, request: dict, reply: Future) -> None:
        self.window.raise_()
        self.window.activateWindow()
        self.start([Path(str(f)) for f in request["files"]], reply, bool(request.get("update")))

    def stop(self) -> None:
        self._cancel.set()
        if self._server is not None:
            self._server.close()
            self._server = None
