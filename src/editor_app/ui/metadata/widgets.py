"""Small shared widgets of the metadata panel.

- :class:`FieldMessage` and :func:`mark_invalid`: inline validation feedback
  (a red message next to the field, a red border, and the message as the
  field's accessible description so screen readers announce it);
- :class:`ReorderableList`: a list reordered by drag and drop or by buttons;
- :class:`StringListEditor`: an ordered list of strings (keywords): add by
  typing and Enter, remove, reorder, edit in place.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.limits import LINE_MAX
from editor_app.core.text import fold

ERROR_COLOR = "#c62828"
# Set on a field only while it is flagged (mark_invalid): a style sheet on the whole panel
# would style its forty fields through Qt's slower style-sheet style (10 ms more to build
# the window, 15 ms later to show the first article).
INVALID_STYLE = (
    f'QLineEdit[invalid="true"], QComboBox[invalid="true"] '
    f"{{ border: 1px solid {ERROR_COLOR}; border-radius: 3px; padding: 2px 3px; }}"
)


def translate_problem(message: str | None) -> str | None:
    """A message of :mod:`editor_app.core.validate`, in the user's language."""
    return QCoreApplication.translate("validate", message) if message else None


def mark_invalid(widget: QWidget, message: str | None) -> None:
    """Flag (or unflag, with ``None``) a field: red border + accessible description."""
    invalid = bool(message)
    if bool(widget.property("invalid")) != invalid:
        widget.setProperty("invalid", invalid)
        widget.setStyleSheet(INVALID_STYLE if invalid else "")   # polishes it again
    widget.setAccessibleDescription(message or "")
    widget.setToolTip(message or "")


class FieldMessage(QLabel):
    """A red, wrapped message under a field; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        palette = self.palette()   # not a style sheet: see INVALID_STYLE
        palette.setColor(QPalette.ColorRole.WindowText, QColor(ERROR_COLOR))
        self.setPalette(palette)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide()

    def set_problem(self, message: str | None) -> None:
        self.setText(message or "")
        self.setVisible(bool(message))

    def problem(self) -> str | None:
        return self.text() or None


class FieldChecker(QObject):
    """Checks a line edit as the user leaves it; the message clears once fixed.

    ``check(text) -> str | None`` returns an untranslated problem (see
    :mod:`editor_app.core.validate`); ``normalize(text)``, applied to valid
    values on leaving the field, emits ``normalized`` when it changed the text.
    """

    normalized = Signal()

    def __init__(self, edit: QLineEdit, message: FieldMessage, check, normalize=None,
                 translate=translate_problem):
        super().__init__(edit)
        self.edit, self.message = edit, message
        self._check, self._normalize, self._translate = check, normalize, translate
        edit.editingFinished.connect(self.validate)
        edit.textEdited.connect(self._typed)

    def validate(self, normalise: bool = True) -> None:
        text = self.edit.text()
        problem = self._check(text)
        if problem is None and normalise and self._normalize and text.strip():
            fixed = self._normalize(text)
            if fixed != text:
                self.edit.setText(fixed)
                self.normalized.emit()
        message = self._translate(problem)
        self.message.set_problem(message)
        mark_invalid(self.edit, message)

    def _typed(self, text: str) -> None:
        """While typing, only take a message away (a new one waits for leaving the field)."""
        if self.message.problem() and self._check(text) is None:
            self.message.set_problem(None)
            mark_invalid(self.edit, None)


def boxed(parent: QWidget, *widgets: QWidget, vertical: bool = False,
          stretch: bool = False) -> QWidget:
    """A plain container laying ``widgets`` out in a row (or a column)."""
    box = QWidget(parent)
    layout = QVBoxLayout(box) if vertical else QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2 if vertical else 6)
    for widget in widgets:
        layout.addWidget(widget)
    if stretch:
        layout.addStretch(1)
    return box      # no focus proxy: it would add a second tab stop for the field


def field_with_message(parent: QWidget, field: QWidget, message: FieldMessage,
                       extra: QWidget | None = None) -> QWidget:
    """The field (and an optional widget beside it) with its message underneath."""
    box = QWidget(parent)
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    if extra is None:
        column.addWidget(field)
    else:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field, 1)
        row.addWidget(extra)
        column.addLayout(row)
    column.addWidget(message)
    return box


def icon(name: str) -> QIcon:
    """A qtawesome icon, or an empty icon when fonts are unavailable."""
    from editor_app.ui import icons

    return icons.icon(name)


def tool_button(parent: QWidget, text: str, icon_name: str, tip: str) -> QToolButton:
    """A small button with an icon, a text fallback and an accessible name."""
    button = QToolButton(parent)
    ic = icon(icon_name)
    if ic.isNull():
        button.setText(text)
    else:
        button.setIcon(ic)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setAutoRaise(True)
    return button


class ReorderableList(QListWidget):
    """A single-selection list reordered by drag and drop (``order_changed``)."""

    order_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setUniformItemSizes(True)
        self._removed: list[tuple[int, QListWidgetItem]] = []

    def dropEvent(self, event) -> None:  # noqa: N802
        before = self.values()
        super().dropEvent(event)
        if self.values() != before:
            self.order_changed.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        """Delete removes the current item (Ctrl+Z puts it back); Alt+Up / Alt+Down move it."""
        if self.state() != QAbstractItemView.State.EditingState:
            if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace:
                self.remove_current()
                return
            if event.matches(QKeySequence.StandardKey.Undo) and self.undo_remove():
                return
            if event.modifiers() & Qt.KeyboardModifier.AltModifier \
                    and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
                return
        super().keyPressEvent(event)

    def values(self) -> list:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())]

    def move_current(self, delta: int) -> bool:
        row = self.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.count():
            return False
        item = self.takeItem(row)
        self.insertItem(target, item)
        self.setCurrentRow(target)
        self.order_changed.emit()
        return True

    def remove_current(self) -> bool:
        row = self.currentRow()
        if row < 0:
            return False
        self._removed.append((row, self.takeItem(row)))
        if self.count():
            self.setCurrentRow(min(row, self.count() - 1))
        self.order_changed.emit()
        return True

    def undo_remove(self) -> bool:
        """Put back the last item removed (by Delete or the remove button)."""
        if not self._removed:
            return False
        row, item = self._removed.pop()
        self.insertItem(min(row, self.count()), item)
        self.setCurrentItem(item)
        self.order_changed.emit()
        return True

    def clear(self) -> None:  # another article's items: nothing to put back
        self._removed = []
        super().clear()

    def fit_height(self, min_rows: int = 2, max_rows: int = 8) -> None:
        """Size the list to its rows (within limits) rather than a fixed block."""
        rows = max(min_rows, min(max_rows, self.count()))
        row_h = self.sizeHintForRow(0) if self.count() else self.fontMetrics().height() + 6
        self.setFixedHeight(rows * row_h + 2 * self.frameWidth() + 4)


class ListButtons(QWidget):
    """Move up / move down / remove buttons for a :class:`ReorderableList`."""

    def __init__(self, target: ReorderableList, parent: QWidget | None = None):
        super().__init__(parent)
        self._target = target
        self.up_button = tool_button(self, "↑", "fa5s.arrow-up", self.tr("Move up"))
        self.down_button = tool_button(self, "↓", "fa5s.arrow-down", self.tr("Move down"))
        self.remove_button = tool_button(self, "✕", "fa5s.times", self.tr("Remove"))
        self.up_button.clicked.connect(lambda: target.move_current(-1))
        self.down_button.clicked.connect(lambda: target.move_current(1))
        self.remove_button.clicked.connect(target.remove_current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for b in (self.up_button, self.down_button, self.remove_button):
            layout.addWidget(b)
        layout.addStretch(1)
        target.currentRowChanged.connect(self._update)
        target.model().rowsInserted.connect(self._update)
        target.model().rowsRemoved.connect(self._update)
        self._update()

    def _update(self, *_args) -> None:
        row, n = self._target.currentRow(), self._target.count()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < n - 1)
        self.remove_button.setEnabled(row >= 0)


class StringListEditor(QWidget):
    """An ordered list of short strings: type + Enter to add; Delete removes."""

    changed = Signal()

    def __init__(self, placeholder: str, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.input = QLineEdit(self)
        self.input.setMaxLength(LINE_MAX)
        self.input.setPlaceholderText(placeholder)
        self.input.setAccessibleName(accessible_name)
        self.input.returnPressed.connect(self._add_typed)
        self.list = ReorderableList(self)
        self.list.setAccessibleName(accessible_name)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.order_changed.connect(self._after_change)
        self.list.itemChanged.connect(self._item_edited)
        self.buttons = ListButtons(self.list, self)
        self.message = FieldMessage(self)   # "already in the list"
        self.input.textEdited.connect(lambda _t: self.message.set_problem(None))
        self._loading = False

        stack_with_buttons(self, [self.input, self.message], self.list, self.buttons)
        self.list.fit_height()
        self.setFocusProxy(self.input)

    def set_items(self, values: list[str]) -> None:
        self._loading = True
        try:
            self.list.clear()
            for value in values:
                self._append(value)
            self.list.fit_height()
        finally:
            self._loading = False

    def items(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def add(self, text: str) -> bool:
        """Append ``text`` unless empty or already there (ignoring case and accents)."""
        text = " ".join(text.split())
        if not text or fold(text) in {fold(v) for v in self.items()}:
            return False
        self._loading = True
        try:
            self.list.setCurrentItem(self._append(text))
        finally:
            self._loading = False
        self._after_change()
        return True

    def _append(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)
        return item

    def _add_typed(self) -> None:
        if self.add(self.input.text()):
            self.input.clear()
        elif not self.input.text().strip():
            return
        else:   # a duplicate: say so, show the one there, leave the text to change
            typed = fold(" ".join(self.input.text().split()))
            there = next(i for i in range(self.list.count()) if fold(self.list.item(i).text()) == typed)
            self.list.setCurrentRow(there)
            self.message.set_problem(self.tr("“%1” is already in the list.").replace("%1", self.list.item(there).text()))
            self.input.selectAll()

    def _item_edited(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        self._loading = True
        try:
            text = " ".join(item.text().split())
            if not text:
                self.list.takeItem(self.list.row(item))
            else:
                item.setText(text)
                item.setData(Qt.ItemDataRole.UserRole, text)
        finally:
            self._loading = False
        self._after_change()

    def _after_change(self) -> None:
        self.list.fit_height()
        if not self._loading:
            self.changed.emit()



def stack_with_buttons(owner: QWidget, above: list[QWidget], items: QWidget, buttons: QWidget) -> None:
    """Lay out ``above`` widgets over a list with its move/remove buttons on the right."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(items, 1, Qt.AlignmentFlag.AlignTop)
    row.addWidget(buttons, 0, Qt.AlignmentFlag.AlignTop)
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    for widget in above:
        layout.addWidget(widget)
    layout.addLayout(row)
