"""The metadata panel: every field of an article except its body.

``set_article`` fills the fields (no ``changed``); every user edit emits
``changed``; ``apply_to`` returns a copy of an :class:`ArticleData` with the
panel's values. Invalid values are kept as typed and flagged inline;
``problems()`` lists them. Only a duplicate slug should block saving
(``has_blocking_problem``), since the store refuses it.
"""

from __future__ import annotations

import copy
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.collation import sort_key
from editor_app.core.dto import ArticleData
from editor_app.core.limits import LINE_MAX
from editor_app.core.validate import doi_problem, normalize_doi
from editor_app.ui.list.status import status_icon, status_label, status_values
from editor_app.ui.metadata.authors import AuthorsEditor
from editor_app.ui.metadata.widgets import (
    FieldChecker,
    FieldMessage,
    StringListEditor,
    boxed,
    field_with_message,
    translate_problem,
)
from editor_app.ui.metadata.related import RelatedPicker
from editor_app.ui.metadata.slug import SlugField
from editor_app.ui.operations.tasks import TaskRunner

# Licence names are stored values (they appear on the exported page), not UI text.
COMMON_LICENSES = ("CC BY 4.0", "CC BY-SA 4.0", "CC BY-NC 4.0", "All rights reserved")
LANGUAGES = (("vi", QT_TRANSLATE_NOOP("MetadataPanel", "Vietnamese")),
             ("en", QT_TRANSLATE_NOOP("MetadataPanel", "English")))


class MetadataPanel(QWidget):
    """Title, slug, status, authors, keywords, DOI, related articles..."""

    changed = Signal()
    title_committed = Signal()

    def __init__(self, store, runner: TaskRunner, parent: QWidget | None = None):
        """``runner``: the store worker (``Workers.store``) every look-up of the panel runs on."""
        super().__init__(parent)
        self._store = store
        self._runner = runner
        self._loading = False
        self._article_id: int | None = None
        self._default_license = ""
        self._build()
        self._connect()
        self.set_article(ArticleData())

    # -- construction ------------------------------------------------------
    def _build(self) -> None:
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.content = QWidget(self.scroll)
        outer = QVBoxLayout(self.content)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        outer.addStretch(1)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._build_identity()
        self._build_classification()
        self._sections_at = self.form.rowCount()   # where add_section() puts its sections
        self._build_people()
        self._build_publication()
        self.scroll.setWidget(self.content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)

    def _heading(self, text: str, buddy: QWidget | None = None) -> None:
        label = QLabel(text, self.content)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 8, 0, 0)
        if buddy is not None:
            label.setBuddy(buddy)
        self.form.addRow(label)

    def field_widget(self, name: str) -> QWidget | None:
        """The widget holding the field ``name`` (of ArticleData), to go to it."""
        return {"title": self.title_edit, "subtitle": self.subtitle_edit, "slug": self.slug_field.edit,
                "status": self.status_combo, "section": self.section_combo, "language": self.language_combo,
                "published_on": self.date_edit, "summary": self.summary_edit, "authors": self.authors_editor,
                "keywords": self.keywords_editor.input, "source": self.source_edit, "doi": self.doi_edit,
                "license": self.license_combo, "related": self.related_picker.search_edit}.get(name)

    def add_section(self, title: str, widget: QWidget) -> None:
        """A section another part of the window fills (the review rounds), under the
        article's status and summary."""
        label = QLabel(title, self.content)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 8, 0, 0)
        old = widget.parentWidget()
        if old is not None and old.layout() is not None:
            old.layout().removeWidget(widget)
        widget.setParent(self.content)
        self.form.insertRow(self._sections_at, label)
        self.form.insertRow(self._sections_at + 1, widget)
        self._sections_at += 2

    def _row(self, label_text: str, field: QWidget, accessible: str, shown: QWidget | None = None):
        field.setAccessibleName(accessible)
        label = QLabel(label_text, self.content)
        label.setBuddy(field)
        self.form.addRow(label, shown or field)
        return label

    def _build_identity(self) -> None:
        self._heading(self.tr("Article"))
        self.title_edit = _line(self.content)
        self.title_edit.setPlaceholderText(self.tr("Title of the article"))
        self._row(self.tr("T&itle:"), self.title_edit, self.tr("Title"))
        self.subtitle_edit = _line(self.content)
        self._row(self.tr("Su&btitle:"), self.subtitle_edit, self.tr("Subtitle"))
        self.slug_field = SlugField(self._store, self._runner, self.content)
        self._row(self.tr("Slu&g:"), self.slug_field.edit, self.tr("Slug (web address)"),
                  shown=self.slug_field)

    def _build_classification(self) -> None:
        self.status_combo = QComboBox(self.content)
        for value in status_values():
            self.status_combo.addItem(status_icon(value), status_label(value), value)
        self._row(self.tr("Stat&us:"), self.status_combo, self.tr("Status"))
        self.section_combo = _editable_combo(self.content, [])
        self.section_combo.lineEdit().setPlaceholderText(self.tr("Section of the journal"))
        self._row(self.tr("Sectio&n:"), self.section_combo, self.tr("Section"))
        self.language_combo = QComboBox(self.content)
        for code, name in LANGUAGES:
            self.language_combo.addItem(self.tr(name), code)
        self._row(self.tr("&Language:"), self.language_combo, self.tr("Language"))
        self.date_edit = QDateEdit(self.content)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(_date_format())
        self.no_date_check = QCheckBox(self.tr("No date"), self.content)
        self.no_date_check.setAccessibleName(self.tr("No publication date"))
        self.no_date_check.toggled.connect(lambda on: self.date_edit.setEnabled(not on))
        date_row = boxed(self.content, self.date_edit, self.no_date_check, stretch=True)
        self._row(self.tr("Publication &date:"), self.date_edit, self.tr("Publication date"),
                  shown=date_row)
        self.summary_edit = QPlainTextEdit(self.content)
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setPlaceholderText(self.tr("A few sentences shown under the title"))
        lines = self.summary_edit.fontMetrics().lineSpacing()
        self.summary_edit.setFixedHeight(5 * lines + 12)
        self.summary_count = QLabel(self.content)
        self.summary_count.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.summary_count.setEnabled(False)
        summary_box = boxed(self.content, self.summary_edit, self.summary_count, vertical=True)
        self._row(self.tr("Su&mmary:"), self.summary_edit, self.tr("Summary"), shown=summary_box)

    def _build_people(self) -> None:
        self._heading(self.tr("Authors"))
        self.authors_editor = AuthorsEditor(self.content)
        self.authors_editor.setAccessibleName(self.tr("Authors"))
        self.form.addRow(self.authors_editor)
        self.keywords_editor = StringListEditor(
            self.tr("Type a keyword and press Enter"), self.tr("Keywords"), self.content)
        self._heading(self.tr("&Keywords"), self.keywords_editor.input)
        self.form.addRow(self.keywords_editor)

    def _build_publication(self) -> None:
        self._heading(self.tr("Publication"))
        self.source_edit = _line(self.content)
        self.source_edit.setPlaceholderText(self.tr("Where the article first appeared"))
        self._row(self.tr("Sou&rce:"), self.source_edit, self.tr("Source"))
        self.doi_edit = _line(self.content)
        self.doi_edit.setPlaceholderText("10.1000/xyz123")
        self.doi_message = FieldMessage(self.content)
        self._row(self.tr("D&OI:"), self.doi_edit, self.tr("DOI"),
                  shown=field_with_message(self.content, self.doi_edit, self.doi_message))
        self.license_combo = _editable_combo(self.content, COMMON_LICENSES)
        self._row(self.tr("Li&cence:"), self.license_combo, self.tr("Licence"))
        self.related_picker = RelatedPicker(self._store, self._runner, self.content)
        self._heading(self.tr("Related &articles"), self.related_picker.search_edit)
        self.form.addRow(self.related_picker)

    def _connect(self) -> None:
        for edit in (self.title_edit, self.subtitle_edit, self.source_edit, self.doi_edit):
            edit.textEdited.connect(self._edited)
        self.title_edit.textEdited.connect(self.slug_field.title_changed)
        self.title_edit.returnPressed.connect(self.title_committed)
        self.slug_field.changed.connect(self._edited)
        for combo in (self.status_combo, self.language_combo):
            combo.currentIndexChanged.connect(self._edited)
        for combo in (self.section_combo, self.license_combo):
            combo.currentTextChanged.connect(self._edited)
        self.date_edit.dateChanged.connect(self._edited)
        self.no_date_check.toggled.connect(self._edited)
        self.summary_edit.textChanged.connect(self._summary_changed)
        self.doi_check = FieldChecker(self.doi_edit, self.doi_message, doi_problem, normalize_doi)
        self.doi_check.normalized.connect(self._edited)
        for editor in (self.authors_editor, self.keywords_editor, self.related_picker):
            editor.changed.connect(self._edited)

    # -- public API --------------------------------------------------------
    def set_article(self, data: ArticleData) -> None:
        """Show ``data`` in every field, without emitting ``changed``."""
        self._loading = True
        try:
            self._article_id = data.id
            self.title_edit.setText(data.title)
            self.subtitle_edit.setText(data.subtitle)
            self.slug_field.set_slug(data.slug, data.title, data.id, data.status)
            _select_data(self.status_combo, data.status, status_label(data.status))
            self.section_combo.setEditText(data.section)
            _select_data(self.language_combo, data.language, data.language)
            self.no_date_check.setChecked(data.published_on is None)
            self.date_edit.setDate(QDate(data.published_on) if data.published_on
                                   else QDate.currentDate())
            self.summary_edit.setPlainText(data.summary)
            self.authors_editor.set_authors(data.authors)
            self.keywords_editor.set_items(data.keywords)
            self.source_edit.setText(data.source)
            self.doi_edit.setText(data.doi)
            self.license_combo.setEditText(data.license)
            self.related_picker.set_article(data.id, data.slug)
            self.related_picker.set_related(data.related)
            for edit in (self.title_edit, self.subtitle_edit, self.source_edit, self.doi_edit):
                edit.setCursorPosition(0)
            self.doi_check.validate(normalise=False)
            self._update_summary_count()
        finally:
            self._loading = False

    def set_default_license(self, default_license: str) -> None:
        """The journal's default licence, shown greyed in an empty licence field."""
        self._default_license = default_license
        self.license_combo.lineEdit().setPlaceholderText(
            self.tr("%1 (journal default)").replace("%1", default_license) if default_license else "")

    def follow(self, library_changed) -> None:
        """Keep the journal's default licence up to date (``Operations.library_changed``)."""
        library_changed.connect(self._library_changed)
        self.reload_profile()

    def _library_changed(self, changes) -> None:
        from editor_app.ui.operations import Change

        if changes.kind is Change.PROFILE:
            self.reload_profile()

    def reload_profile(self) -> None:
        """Ask for the journal's default licence (on the store worker)."""
        store = self._store
        self._runner.run(lambda: store.get_profile().default_license,
                         on_done=self.set_default_license)

    def apply_to(self, data: ArticleData) -> ArticleData:
        """A copy of ``data`` carrying the panel's values (the body is untouched)."""
        out = copy.deepcopy(data)
        out.title = self.title_edit.text().strip()
        out.subtitle = self.subtitle_edit.text().strip()
        out.slug = self.slug_field.slug()
        out.status = self.status_combo.currentData()
        out.section = self.section_combo.currentText().strip()
        out.language = self.language_combo.currentData()
        out.published_on = None if self.no_date_check.isChecked() else self.date_edit.date().toPython()
        out.summary = self.summary_edit.toPlainText().strip()
        out.authors = self.authors_editor.authors()
        out.keywords = self.keywords_editor.items()
        out.source = self.source_edit.text().strip()
        doi = self.doi_edit.text().strip()
        out.doi = normalize_doi(doi) if doi_problem(doi) is None else doi
        out.license = self.license_combo.currentText().strip()
        out.related = self.related_picker.related()
        return out

    def set_sections(self, sections: list[str]) -> None:
        """The sections offered in the section combo (the text typed is kept)."""
        self._loading = True
        try:
            text = self.section_combo.currentText()
            self.section_combo.clear()
            self.section_combo.addItems(sorted({s for s in sections if s}, key=sort_key))
            self.section_combo.setEditText(text)
        finally:
            self._loading = False

    def load_sections(self) -> None:
        """Ask the store for the sections in use, when it can tell (in the background)."""
        sections = getattr(self._store, "sections", None)
        if callable(sections):
            self._runner.run(sections, on_done=self.set_sections)

    def focus_title(self) -> None:
        self.scroll.ensureWidgetVisible(self.title_edit)
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.title_edit.selectAll()

    def problems(self) -> list[str]:
        """Every problem, translated, prefixed with the field it concerns."""
        out = []
        slug = self.slug_field.problem()
        if slug:
            out.append(self.tr("Slug: {problem}").format(problem=slug))
        doi = doi_problem(self.doi_edit.text())
        if doi:
            out.append(self.tr("DOI: {problem}").format(problem=translate_problem(doi)))
        out.extend(self.authors_editor.problems())
        return out

    def has_blocking_problem(self) -> bool:
        """True when saving must wait: the slug is used by another article."""
        return self.slug_field.is_duplicate()

    # -- reactions ---------------------------------------------------------
    def _edited(self, *_args) -> None:
        if not self._loading:
            self.changed.emit()

    def _summary_changed(self) -> None:
        self._update_summary_count()
        self._edited()

    def _update_summary_count(self) -> None:
        n = len(self.summary_edit.toPlainText())
        text = self.tr("1 character") if n == 1 else \
            self.tr("{count} characters").format(count=QLocale().toString(n))
        self.summary_count.setText(text)


def _editable_combo(parent: QWidget, items) -> QComboBox:
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.lineEdit().setMaxLength(LINE_MAX)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(list(items))
    return combo


def _select_data(combo: QComboBox, value, label: str) -> None:
    """Select the item carrying ``value``, adding it when unknown (kept, not lost)."""
    index = combo.findData(value)
    if index < 0:
        combo.addItem(label, value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


def _date_format() -> str:
    """The locale's short date format, with a four-digit year."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = re.sub(r"y+", "yyyy", fmt)
    return fmt


def _line(parent: QWidget) -> QLineEdit:
    """A one-line field that holds no more than the store keeps (core.limits)."""
    edit = QLineEdit(parent)
    edit.setMaxLength(LINE_MAX)
    return edit
