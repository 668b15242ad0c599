"""The ordered list of an article's authors, one small form ("card") each.

ORCID iDs and e-mail addresses are checked as the editor leaves the field: a
red border and a message next to the field say what is wrong, but the value is
kept exactly as typed (nothing the user typed is lost). Valid ORCID iDs typed
in their URL form are normalised to ``0000-0000-0000-0000``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.dto import AuthorData
from editor_app.core.limits import LINE_MAX
from editor_app.core.validate import email_problem, normalize_orcid, orcid_problem
from editor_app.ui.metadata.widgets import (
    FieldChecker,
    FieldMessage,
    field_with_message,
    icon,
    tool_button,
    translate_problem,
)


class AuthorCard(QFrame):
    """Name, affiliation, ORCID and e-mail of one author, with move/remove buttons."""

    changed = Signal()
    move_requested = Signal(object, int)     # card, -1 (up) / +1 (down)
    remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.name_edit = self._line_edit(self.tr("Full name"))
        self.name_message = FieldMessage(self)
        self.affiliation_edit = self._line_edit(self.tr("University, institute or newsroom"))
        self.orcid_edit = self._line_edit("0000-0000-0000-0000")
        self.orcid_message = FieldMessage(self)
        self.email_edit = self._line_edit("name@example.org")
        self.email_message = FieldMessage(self)
        self.up_button = tool_button(self, "↑", "fa5s.arrow-up", self.tr("Move author up"))
        self.down_button = tool_button(self, "↓", "fa5s.arrow-down", self.tr("Move author down"))
        self.remove_button = tool_button(self, "✕", "fa5s.times", self.tr("Remove author"))
        self.up_button.clicked.connect(lambda: self.move_requested.emit(self, -1))
        self.down_button.clicked.connect(lambda: self.move_requested.emit(self, 1))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.name_check = FieldChecker(self.name_edit, self.name_message, self._name_problem,
                                       translate=lambda p: self.name_problem_text() if p else None)
        self.orcid_check = FieldChecker(self.orcid_edit, self.orcid_message, orcid_problem, normalize_orcid)
        self.email_check = FieldChecker(self.email_edit, self.email_message, email_problem)
        self.orcid_check.normalized.connect(self.changed)
        self._layout()

    def _line_edit(self, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(LINE_MAX)
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(lambda _t: self.changed.emit())
        return edit

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        for b in (self.up_button, self.down_button, self.remove_button):
            top.addWidget(b)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = (
            (self.tr("Name:"), self.name_edit, self.name_message),
            (self.tr("Affiliation:"), self.affiliation_edit, None),
            (self.tr("ORCID:"), self.orcid_edit, self.orcid_message),
            (self.tr("E-mail:"), self.email_edit, self.email_message),
        )
        for text, edit, message in rows:
            label = QLabel(text, self)
            label.setBuddy(edit)
            form.addRow(label, edit if message is None else field_with_message(self, edit, message))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addLayout(top)
        layout.addLayout(form)

    def set_number(self, number: int, count: int) -> None:
        self.heading.setText(self.tr("Author {n}").format(n=number))
        self.up_button.setEnabled(number > 1)
        self.down_button.setEnabled(number < count)
        for edit, name in ((self.name_edit, self.tr("Author {n} name")),
                           (self.affiliation_edit, self.tr("Author {n} affiliation")),
                           (self.orcid_edit, self.tr("Author {n} ORCID iD")),
                           (self.email_edit, self.tr("Author {n} e-mail address"))):
            edit.setAccessibleName(name.format(n=number))

    def set_author(self, author: AuthorData) -> None:
        self.name_edit.setText(author.name)
        self.affiliation_edit.setText(author.affiliation)
        self.orcid_edit.setText(author.orcid)
        self.email_edit.setText(author.email)
        self.validate()

    def author(self) -> AuthorData:
        """The values as typed; a valid ORCID iD in its normal form."""
        orcid = self.orcid_edit.text().strip()
        if orcid and orcid_problem(orcid) is None:
            orcid = normalize_orcid(orcid)
        return AuthorData(self.name_edit.text().strip(), self.affiliation_edit.text().strip(),
                          orcid, self.email_edit.text().strip())

    def is_blank(self) -> bool:
        a = self.author()
        return not (a.name or a.affiliation or a.orcid or a.email)

    # -- validation --------------------------------------------------------
    def problems(self) -> dict[str, str]:
        """Untranslated problems by field ('name', 'orcid', 'email')."""
        a = self.author()
        out = {}
        if self._name_problem(a.name):
            out["name"] = "name"
        if (p := orcid_problem(a.orcid)) is not None:
            out["orcid"] = p
        if (p := email_problem(a.email)) is not None:
            out["email"] = p
        return out

    def validate(self) -> None:
        for checker in (self.name_check, self.orcid_check, self.email_check):
            checker.validate(normalise=False)

    def name_problem_text(self) -> str:
        return self.tr("Enter the author's name: an author without a name is not saved.")

    def _name_problem(self, text: str) -> str | None:
        return "name" if not text.strip() and not self.is_blank() else None


class AuthorsEditor(QWidget):
    """Add, remove, reorder and edit the article's authors."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.cards: list[AuthorCard] = []
        self._cards_box = QVBoxLayout()
        self._cards_box.setContentsMargins(0, 0, 0, 0)
        self._cards_box.setSpacing(6)
        self.empty_label = QLabel(self.tr("No authors yet."), self)
        self.empty_label.setEnabled(False)
        self.add_button = QPushButton(icon("fa5s.user-plus"), self.tr("Add au&thor"), self)
        self.add_button.setAccessibleName(self.tr("Add an author"))
        self.add_button.clicked.connect(self._add_clicked)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addLayout(self._cards_box)
        layout.addLayout(bottom)

    def set_authors(self, authors: list[AuthorData]) -> None:
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        for author in authors:
            self._new_card().set_author(author)
        self._relayout()

    def authors(self) -> list[AuthorData]:
        """Every author that has anything typed, in order (blank cards are skipped)."""
        return [c.author() for c in self.cards if not c.is_blank()]

    def add_author(self, author: AuthorData | None = None) -> AuthorCard:
        card = self._new_card()
        if author is not None:
            card.set_author(author)
        self._relayout()
        self.changed.emit()
        return card

    def move_author(self, index: int, delta: int) -> bool:
        target = index + delta
        if not (0 <= index < len(self.cards) and 0 <= target < len(self.cards)):
            return False
        self.cards.insert(target, self.cards.pop(index))
        self._relayout()
        self.changed.emit()
        return True

    def remove_author(self, index: int) -> None:
        card = self.cards.pop(index)
        card.setParent(None)
        card.deleteLater()
        self._relayout()
        self.changed.emit()
        if self.cards:
            self.cards[min(index, len(self.cards) - 1)].name_edit.setFocus()
        else:
            self.add_button.setFocus()

    def problems(self) -> list[str]:
        """Translated problems, e.g. 'Author 2, ORCID: ...'."""
        out = []
        for number, card in enumerate(self.cards, 1):
            for field, problem in card.problems().items():
                if field == "name":
                    out.append(self.tr("Author {n}: {problem}").format(
                        n=number, problem=card.name_problem_text()))
                else:
                    label = self.tr("ORCID") if field == "orcid" else self.tr("e-mail")
                    out.append(self.tr("Author {n}, {field}: {problem}").format(
                        n=number, field=label, problem=translate_problem(problem)))
        return out

    # -- internals ---------------------------------------------------------
    def _new_card(self) -> AuthorCard:
        card = AuthorCard(self)
        card.changed.connect(self.changed)
        card.move_requested.connect(self._move_card)
        card.remove_requested.connect(lambda c: self.remove_author(self.cards.index(c)))
        self.cards.append(card)
        return card

    def _add_clicked(self) -> None:
        card = self.add_author()
        card.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _move_card(self, card: AuthorCard, delta: int) -> None:
        focus = self.focusWidget()
        self.move_author(self.cards.index(card), delta)
        if focus is not None and focus.isEnabled():
            focus.setFocus()
        else:
            card.name_edit.setFocus()

    def _relayout(self) -> None:
        """Lay the cards out in order; numbering and tab order follow."""
        while self._cards_box.count():
            self._cards_box.takeAt(0)
        previous = self._focus_anchor()
        for number, card in enumerate(self.cards, 1):
            self._cards_box.addWidget(card)
            card.set_number(number, len(self.cards))
            chain = [card.name_edit, card.affiliation_edit, card.orcid_edit, card.email_edit,
                     card.up_button, card.down_button, card.remove_button]
            for widget in chain:
                if previous is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget
        if previous is not None:
            QWidget.setTabOrder(previous, self.add_button)
        self.empty_label.setVisible(not self.cards)

    def _focus_anchor(self) -> QWidget | None:
        """The focusable widget before this editor in the window's tab chain.

        Cards created later sit at the end of the chain; they are moved right
        after this anchor so that Tab goes through them in visual order.
        """
        widget = self.previousInFocusChain()
        while widget is not None and widget is not self:
            if not self.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                return widget
            widget = widget.previousInFocusChain()
        return None
