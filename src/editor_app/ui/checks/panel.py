"""The open article's problems before publication (``core.publishing.checks``), as the
editor types: errors first, then warnings. Clicking one goes to the field or the
passage (``go_to``). The checks run on the store worker (a related article is looked
up in the library) a moment after typing pauses."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from editor_app.ui import icons

CHECK_DELAY_MS = 600
# what each kind of problem says (core.publishing.checks gives the value at fault as ``detail``)
KIND_TEXTS = {
    "title": QT_TRANSLATE_NOOP("ProblemsPanel", "The article has no title"),
    "orcid": QT_TRANSLATE_NOOP("ProblemsPanel", "An ORCID iD is not valid (look for a typing mistake)"),
    "doi": QT_TRANSLATE_NOOP("ProblemsPanel", "The DOI is not a DOI (like 10.1000/xyz123)"),
    "language": QT_TRANSLATE_NOOP("ProblemsPanel", "The language is not a language tag (like vi or en-GB)"),
    "related": QT_TRANSLATE_NOOP("ProblemsPanel", "A related article is not in the library"),
    "base-url": QT_TRANSLATE_NOOP("ProblemsPanel", "The journal's base URL does not start with https://"),
    "summary": QT_TRANSLATE_NOOP("ProblemsPanel", "The article has no summary"),
    "alt-text": QT_TRANSLATE_NOOP("ProblemsPanel", "An image has no alt text (a description for readers who cannot see it)"),
    "date": QT_TRANSLATE_NOOP("ProblemsPanel", "The article is published but has no date"),
    "tone-marks": QT_TRANSLATE_NOOP("ProblemsPanel", "Tone marks are placed two ways (Edit › Normalise tone marks)"),
    "spelling": QT_TRANSLATE_NOOP("ProblemsPanel", "Spelling"),
}


def problem_text(problem) -> str:
    text = QCoreApplication.translate("ProblemsPanel", KIND_TEXTS[problem.kind]) \
        if problem.kind in KIND_TEXTS else problem.message
    return f"{text}: {problem.detail}" if problem.detail else text


class ProblemsPanel(QWidget):
    go_to = Signal(object)   # the Problem clicked

    def __init__(self, ops, current_data, parent: QWidget | None = None):
        """``current_data()``: the open article as typed (None when none is open)."""
        super().__init__(parent)
        self.setObjectName("problemsPanel")
        self.ops = ops
        self._current_data = current_data
        self.summary = QLabel(self, objectName="problemsSummary")
        self.list = QListWidget(self, objectName="problemsList")
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Problems before publication"))
        self.list.itemActivated.connect(self._clicked)
        self.list.itemClicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.problems: list = []
        self._asked = 0
        self._later = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._later.timeout.connect(self.check_now)

    def check_soon(self) -> None:
        self._later.start()

    def check_now(self) -> None:
        from editor_app.core.publishing.checks import article_problems, profile_problems
        from editor_app.core.publishing.gate import _exists, own_words, tone_style

        self._later.stop()
        data = self._current_data()
        self._asked += 1
        asked = self._asked
        if data is None:
            self._show(asked, [])
            return

        def check(store):
            return profile_problems(store.get_profile()) + article_problems(data, _exists(store), tone_style(store),
                                                                            own_words(store))

        self.ops.read(check, on_done=lambda problems: self._show(asked, problems))

    def _show(self, asked: int, problems: list) -> None:
        if asked != self._asked:
            return   # an older answer
        self.problems = sorted(problems, key=lambda p: p.severity != "error")
        self.list.clear()
        for problem in self.problems:
            error = problem.severity == "error"
            item = QListWidgetItem(icons.icon("fa5s.times-circle" if error else "fa5s.exclamation-triangle",
                                              color="#b3261e" if error else "#a15c00"),
                                   problem_text(problem))
            item.setToolTip(problem_text(problem))
            item.setData(Qt.ItemDataRole.UserRole, self.list.count())
            self.list.addItem(item)
        errors = sum(p.severity == "error" for p in self.problems)
        warnings = len(self.problems) - errors
        if not self.problems:
            self.summary.setText(self.tr("No problem found: ready to publish."))
        else:
            self.summary.setText(self.tr("%1 error(s), %2 warning(s)").replace("%1", str(errors))
                                 .replace("%2", str(warnings)))

    def _clicked(self, item: QListWidgetItem) -> None:
        index = item.data(Qt.ItemDataRole.UserRole)
        if index is not None and 0 <= index < len(self.problems):
            self.go_to.emit(self.problems[index])
