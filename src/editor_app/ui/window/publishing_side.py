"""Publishing in the main window: the open article's problems before publication (a
panel under the details; View › Problems, Ctrl+Alt+6; clicking one goes to the field
or the passage), misspelled words and the minority tone-mark form marked in the editor
(with the library's own word list: "Add to dictionary"), Edit › Normalise tone marks
(one undo step), File › Export PDF proof… and File › Issues… (the journal's issues)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QFileDialog, QMessageBox

from editor_app.ui import icons
from editor_app.ui.after_paint import after_paint
from editor_app.ui.checks.panel import ProblemsPanel
from editor_app.ui.window import dialog_openers
from editor_app.ui.i18n import localized

PREVIEW_WAIT_MS = 30_000   # a PDF proof waits this long at most for the preview to catch up
TONE_DELAY_MS = 250   # after the text settles: the tone-mark minority is highlighted

STATUS_MS = 8000


class PublishingSide(QObject):
    def __init__(self, window, right_splitter):
        super().__init__(window)
        self.window = window
        self.panel = ProblemsPanel(window.ops, window.current_data, window)
        right_splitter.addWidget(self.panel)
        right_splitter.setStretchFactor(right_splitter.indexOf(self.panel), 1)
        self.panel.go_to.connect(self._go_to)
        window.session.loaded.connect(lambda _a: self.panel.check_soon())   # once every panel shows it
        window.editor.content_changed.connect(self.panel.check_soon)
        window.meta.changed.connect(self.panel.check_soon)
        window.ops.library_changed.connect(lambda _c: self.panel.check_soon())
        self.view_action = QAction(QCoreApplication.translate("MainWindow", "Pro&blems"), window, checkable=True, checked=True)
        self.view_action.setShortcut("Ctrl+Alt+6")
        self.view_action.toggled.connect(self.panel.setVisible)
        self.tone_action = QAction(QCoreApplication.translate("MainWindow", "Normalise &tone marks"), window)
        self.tone_action.triggered.connect(self.normalise_tone_marks)
        self.pdf_action = QAction(icons.icon("fa5s.file-pdf"), QCoreApplication.translate("MainWindow", "E&xport PDF proof…"), window)
        self.pdf_action.setShortcut("Ctrl+Alt+P")
        self.pdf_action.triggered.connect(self.export_pdf_proof)
        self.issues_action = QAction(icons.icon("fa5s.book-open"), QCoreApplication.translate("MainWindow", "Issues o&f the journal…"), window)
        self.issues_action.setShortcut("Ctrl+Alt+I")
        self.issues_action.triggered.connect(self.show_issues)
        self._printer = None
        self._issues = None
        self._tone_style = ""
        window.editor.add_word.connect(self.add_word)
        # a moment after the text settles, in an event-loop turn of its own: counting the styles
        # of a 50,000-word article (~6 ms) is not added to the outline, stats and preview's turn
        self._tone_timer = QTimer(self, singleShot=True, interval=TONE_DELAY_MS)
        self._tone_timer.timeout.connect(lambda: self._mark_tone_minority(window.editor.markdown()))
        window.editor.text_settled.connect(lambda _text: self._tone_timer.start())
        # the library's own words and tone style: read once the article's text is on screen
        window.session.loaded.connect(lambda _a: after_paint(window.editor.viewport(), self.load_words))

    # -- spelling and tone marks in the editor ---------------------------------------------
    def load_words(self) -> None:
        """The library's own words and tone-mark style, for the editor's marks."""
        def read(store):   # on the worker: the checks' modules load there, not on the GUI thread
            from editor_app.core.publishing.gate import own_words

            return own_words(store), store.get_profile().tone_style

        self.window.ops.read(read, on_done=self._words_loaded)

    def _words_loaded(self, loaded) -> None:
        words, style = loaded
        marks = self.window.editor.highlighter.spelling
        self._tone_style = style
        if words != marks.own_words:
            marks.own_words = words
            self.window.editor.marks.refresh()
        self._mark_tone_minority(self.window.editor.markdown())

    def add_word(self, word: str) -> None:
        from editor_app.core.library import own_words

        editor = getattr(self.window.store, "editor", "")
        self.window.ops.words_change(lambda store: own_words.add(store, word, editor),
                                     on_done=lambda _r: (self.load_words(), self.panel.check_soon()))

    def _mark_tone_minority(self, text: str) -> None:
        from editor_app.core import tone_marks as tm

        counts = tm.count_styles(text)
        if self._tone_style in tm.STYLES:
            minority = tm.OLD if self._tone_style == tm.NEW else tm.NEW
        else:
            majority = tm.majority(counts) if counts.mixed else None
            minority = "" if majority is None else (tm.NEW if majority == tm.OLD else tm.OLD)
        marks = self.window.editor.highlighter.spelling
        if minority != marks.tone_minority:
            marks.tone_minority = minority
            self.window.editor.marks.refresh()

    # -- problems ---------------------------------------------------------------------
    def _go_to(self, problem) -> None:
        w = self.window
        if problem.start is not None:
            cursor = QTextCursor(w.editor.document())
            length = w.editor.document().characterCount() - 1
            cursor.setPosition(min(problem.start, length))
            cursor.setPosition(min(problem.end or problem.start, length), QTextCursor.MoveMode.KeepAnchor)
            w.editor.setTextCursor(cursor)
            w.editor.centerCursor()
            w.editor.setFocus()
            return
        if problem.field == "base_url":
            dialog_openers.edit_journal_profile(w)
            return
        target = w.meta.field_widget(problem.field)
        if target is not None:
            w.meta.scroll.ensureWidgetVisible(target)
            target.setFocus()

    # -- tone marks -------------------------------------------------------------------------
    def normalise_tone_marks(self) -> None:
        if self.window.session.current is None:
            return
        self.window.ops.read(lambda store: store.get_profile().tone_style, on_done=self._normalise)

    def _normalise(self, style: str) -> None:
        from editor_app.core import tone_marks as tm

        editor = self.window.editor
        text = editor.markdown()
        counts = tm.count_styles(text)
        style = style or tm.majority(counts) or ""
        bar = self.window.statusBar()
        if not style:
            bar.showMessage(QCoreApplication.translate("MainWindow", "No word with a tone mark on oa, oe or uy: nothing to change."), STATUS_MS)
            return
        spans = tm.minority_spans(text, style)
        if not spans:
            bar.showMessage(QCoreApplication.translate("MainWindow", "Tone marks are already placed one way."), STATUS_MS)
            return
        cursor = QTextCursor(editor.document())
        cursor.beginEditBlock()
        for start, end in reversed(spans):   # later words first: earlier positions stay valid
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(tm.restyle(text[start:end], style))
        cursor.endEditBlock()
        if style == tm.OLD:
            words = QCoreApplication.translate("MainWindow", "%n word(s) changed to the old style (hoá, thuỷ)")
        else:
            words = QCoreApplication.translate("MainWindow", "%n word(s) changed to the new style (hóa, thủy)")
        bar.showMessage(words.replace("%n", str(len(spans))) + " — " + QCoreApplication.translate("MainWindow", "Ctrl+Z takes it back."), STATUS_MS)

    # -- PDF proof --------------------------------------------------------------------------
    def export_pdf_proof(self) -> None:
        w = self.window
        current = w.session.current
        if current is None:
            return
        if w.preview.current_html() is None:
            w.statusBar().showMessage(QCoreApplication.translate("MainWindow", "The preview is not ready yet; try again in a moment."), STATUS_MS)
            return
        settings = QSettings()
        folder = str(settings.value("export/folder", str(Path.home())))
        path, _filter = QFileDialog.getSaveFileName(w, QCoreApplication.translate("MainWindow", "Export PDF proof"),
                                                    str(Path(folder) / f"{current.slug or 'bai-viet'}.pdf"),
                                                    QCoreApplication.translate("MainWindow", "PDF files (*.pdf)"))
        if not path:
            return
        target = Path(path if path.lower().endswith(".pdf") else path + ".pdf")
        settings.setValue("export/folder", str(target.parent))
        w.ops.read(lambda store: store.get_profile().name, on_done=lambda name: self._print_when_shown(name, target))

    def _print_when_shown(self, journal: str, target: Path, waited_ms: int = 0) -> None:
        """Print the page the preview shows once it is of the open article as typed (just
        after another article was opened, the previous one's page is still there)."""
        preview = self.window.preview
        if not preview.is_up_to_date() and waited_ms < PREVIEW_WAIT_MS:
            QTimer.singleShot(100, lambda: self._print_when_shown(journal, target, waited_ms + 100))
            return
        self._print(preview.current_html(), journal, target)

    def _print(self, html: str, journal: str, target: Path) -> None:
        from editor_app.ui.printing.pdf import PdfPrinter, pdf_page

        if self._printer is None:
            self._printer = PdfPrinter(self)
            self._printer.printed.connect(self._printed)
        partial = target.with_name(f".{target.name}.part")
        self._targets = getattr(self, "_targets", {})
        self._targets[str(partial)] = target
        self.window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Printing the PDF proof…"))
        self._printer.add(pdf_page(html, journal), partial)

    def _printed(self, path: str, ok: bool) -> None:
        target = self._targets.pop(path, None)
        if target is None:
            return
        bar = self.window.statusBar()
        try:
            if not ok:
                raise OSError(QCoreApplication.translate("MainWindow", "the page could not be printed"))
            os.replace(path, target)
        except OSError as exc:
            Path(path).unlink(missing_ok=True)
            bar.clearMessage()
            QMessageBox.warning(self.window, QCoreApplication.translate("MainWindow", "Export PDF proof"),
                                QCoreApplication.translate("MainWindow", "The PDF proof could not be written: %1").replace("%1", localized(exc)))
            return
        bar.showMessage(QCoreApplication.translate("MainWindow", "PDF proof saved: %1").replace("%1", str(target)), STATUS_MS)

    # -- issues -------------------------------------------------------------------------------
    def show_issues(self) -> None:
        from editor_app.ui.dialogs.issues import IssuesDialog

        if self._issues is None:
            self._issues = IssuesDialog(self.window.ops, self.window)
            self._issues.open_article.connect(self.window.open_article)
        self._issues.reload()
        self._issues.show()
        self._issues.raise_()

    def shutdown(self) -> None:
        if self._printer is not None:
            self._printer.close()
            self._printer = None
