"""The slug field: follows the title until edited, checked for uniqueness."""

from __future__ import annotations

import re

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from editor_app.core.limits import SLUG_MAX
from editor_app.core.status import Status
from editor_app.core.text import slugify
from editor_app.core.validate import slug_problem
from editor_app.ui.metadata.widgets import (
    FieldMessage,
    field_with_message,
    mark_invalid,
    tool_button,
    translate_problem,
)
from editor_app.ui.operations.tasks import TaskRunner

SLUG_CHECK_DELAY_MS = 250


class SlugField(QWidget):
    """The slug: follows the title until the editor edits it; checked for uniqueness.

    The check runs on the store's runner, debounced; ``slug()``, ``problem()``
    and ``is_duplicate()`` finish a pending check (on the runner, waiting for
    it), so a save never sees an unchecked slug.
    """

    changed = Signal()
    checked = Signal()       # a uniqueness check finished (tests, status displays)

    def __init__(self, store, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._store, self._runner = store, runner
        self._auto, self._title, self._article_id = True, "", None
        self._gen = self._checked_gen = 0
        self._duplicate = False
        self._timer = QTimer(self, singleShot=True, interval=SLUG_CHECK_DELAY_MS)
        self._timer.timeout.connect(self._check_async)
        self.edit = QLineEdit(self)
        self.edit.setMaxLength(SLUG_MAX)
        self.edit.setPlaceholderText(self.tr("made-from-the-title"))
        self.edit.textEdited.connect(self._typed)
        self.reset_button = tool_button(self, "↺", "fa5s.undo", self.tr("Make the slug from the title again"))
        self.reset_button.clicked.connect(self.reset_to_title)
        self.message = FieldMessage(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(field_with_message(self, self.edit, self.message, self.reset_button))
        self.setFocusProxy(self.edit)

    def set_slug(self, slug: str, title: str, article_id: int | None, status: str) -> None:
        """A stored slug (unique by construction): no check, no ``changed``."""
        self._timer.stop()
        self._title, self._article_id = title, article_id
        self._auto = _slug_follows_title(slug, title, status)
        self._gen += 1
        self._checked_gen, self._duplicate = self._gen, False
        self.edit.setText(slug)
        self.edit.setCursorPosition(0)
        self._show()

    def is_auto(self) -> bool:
        return self._auto

    def title_changed(self, title: str) -> None:
        self._title = title
        if self._auto:
            self._set_text(slugify(title))
            self._schedule()

    def reset_to_title(self) -> None:
        self._auto = True
        self._set_text(slugify(self._title))
        self._schedule()
        self.edit.setFocus()

    def slug(self) -> str:
        self._finish_check()
        return self.edit.text().strip()

    def is_duplicate(self) -> bool:
        self._finish_check()
        return self._duplicate

    def problem(self) -> str | None:
        """The translated problem with the slug, if any."""
        self._finish_check()
        if self._duplicate:
            return self.tr("This slug is already used by another article; saving waits until it is changed.")
        text = self.edit.text().strip()
        if self._auto and not text:
            return None              # the store makes one from the title on saving
        return translate_problem(slug_problem(text))

    # -- internals ---------------------------------------------------------
    def _set_text(self, text: str) -> None:
        if text != self.edit.text():
            self.edit.setText(text)
            if not self.edit.hasFocus():
                self.edit.setCursorPosition(0)  # show the start of a long slug
            self._show()
            self.changed.emit()

    def _typed(self, _text: str) -> None:
        self._auto = False
        self._schedule()
        self._show()
        self.changed.emit()

    def _schedule(self) -> None:
        self._gen += 1
        self._duplicate = False
        self._timer.start()

    def _job(self):
        auto, title, aid, slug = self._auto, self._title, self._article_id, self.edit.text().strip()
        if auto:
            return lambda: (True, self._store.unique_slug(title, aid))
        if slug_problem(slug):
            return lambda: (False, False)
        return lambda: (False, self._store.slug_exists(slug, aid))

    def _check_async(self) -> None:
        gen = self._gen
        self._runner.run(self._job(), on_done=lambda result: self._checked(gen, result))

    def _finish_check(self) -> None:
        if self._checked_gen != self._gen:
            self._timer.stop()
            job = self._job()
            # on the store worker, waited for: a save or a preview never sees an unchecked slug
            self._checked(self._gen, self._runner.call(job, timeout=30) if self._runner else job())

    def _checked(self, gen: int, result) -> None:
        if gen != self._gen or self._checked_gen == gen:
            return                   # stale, or already done synchronously
        self._checked_gen = gen
        auto, value = result
        if auto and self._auto:
            self._set_text(value)
            self._duplicate = False
        elif not auto:
            self._duplicate = bool(value)
        self._show()
        self.checked.emit()

    def _show(self) -> None:
        self.reset_button.setEnabled(not self._auto)
        problem = None
        if self._duplicate:
            problem = self.problem()
        elif self.edit.text().strip() or not self._auto:
            problem = translate_problem(slug_problem(self.edit.text().strip()))
        self.message.set_problem(problem)
        mark_invalid(self.edit, problem)


def _slug_follows_title(slug: str, title: str, status: str) -> bool:
    """Does the slug still derive from the title (and may it change)?

    Published and archived articles keep their slug: their address is public.
    """
    if status in (Status.PUBLISHED.value, Status.ARCHIVED.value):
        return False
    base = slugify(title) or "bai-viet"
    return not slug or re.fullmatch(re.escape(base) + r"(-\d+)?", slug) is not None
