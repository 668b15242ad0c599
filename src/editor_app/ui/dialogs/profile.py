"""The journal profile used by the export: name, ISSN, publisher, base URL, licence,
and where it puts tone marks in oa, oe and uy (the checks and Edit › Normalise tone
marks follow it)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from editor_app.core.dto import ProfileData
from editor_app.ui.operations import Operations
from editor_app.core.validate import issn_problem
from editor_app.ui.metadata.widgets import translate_problem
from editor_app.ui.i18n import first_line


class ProfileDialog(QDialog):
    FIELDS = ("name", "issn", "publisher", "base_url", "default_license")

    def __init__(self, ops: Operations, parent=None):
        super().__init__(parent)
        self._ops = ops
        self.setWindowTitle(self.tr("Journal profile"))
        labels = {
            "name": self.tr("Journal &name"), "issn": self.tr("&ISSN"),
            "publisher": self.tr("&Publisher"), "base_url": self.tr("&Base URL"),
            "default_license": self.tr("Default &licence"),
        }
        form = QFormLayout(self)
        # fields as wide as a journal's name or address needs, on every platform's style
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.edits: dict[str, QLineEdit] = {}
        for name in self.FIELDS:
            edit = QLineEdit(self)
            edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 42)
            edit.setEnabled(False)   # until the profile has arrived from the store worker
            edit.setAccessibleName(labels[name].replace("&", ""))
            self.edits[name] = edit
            form.addRow(labels[name], edit)
        self.edits["base_url"].setPlaceholderText("https://tapchi.example.vn/bai-viet/")
        self.tone_style = QComboBox(self)   # where the journal puts tone marks in oa, oe, uy
        for text, value in ((self.tr("Not fixed"), ""), (self.tr("Old: hoá, thuỷ, khoẻ"), "old"),
                            (self.tr("New: hóa, thủy, khỏe"), "new")):
            self.tone_style.addItem(text, value)
        self.tone_style.setEnabled(False)
        self.tone_style.setAccessibleName(self.tr("Tone marks"))
        form.addRow(self.tr("&Tone marks"), self.tone_style)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)   # a long message wraps; the dialog grows to show it
        self.problem.setStyleSheet("color: #b3261e")
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._save = buttons.button(QDialogButtonBox.StandardButton.Save)
        self._save.setEnabled(False)
        self.loaded = False
        ops.read(lambda store: store.get_profile(), on_done=self._show)

    def _show(self, profile: ProfileData) -> None:
        for name, edit in self.edits.items():
            edit.setText(getattr(profile, name))
            edit.setEnabled(True)
        self.tone_style.setCurrentIndex(max(0, self.tone_style.findData(profile.tone_style)))
        self.tone_style.setEnabled(True)
        self._save.setEnabled(True)
        self.loaded = True

    def accept(self) -> None:
        issn = self.edits["issn"].text().strip()
        problem = issn_problem(issn) if issn else None
        if problem:
            self.problem.setText(translate_problem(problem))
            self.adjustSize()
            return
        self._save.setEnabled(False)
        self._ops.set_profile(ProfileData(**{n: self.edits[n].text() for n in self.FIELDS},
                                          tone_style=self.tone_style.currentData() or ""),
                              on_done=lambda _r: super(ProfileDialog, self).accept(),
                              on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._save.setEnabled(True)
        self.problem.setText(first_line(exc))
