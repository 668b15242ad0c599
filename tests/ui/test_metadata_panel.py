"""The metadata panel against a real library: typing, validation, round trips."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
import yaml  # noqa: E402
from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton, QApplication, QComboBox, QDateEdit, QLineEdit, QListWidget, QPlainTextEdit,
    QWidget,
)

from editor_app.core import validate  # noqa: E402
from editor_app.core.dto import ArticleData, AuthorData  # noqa: E402
from editor_app.core.library.store import Store  # noqa: E402
from editor_app.ui.metadata.panel import MetadataPanel  # noqa: E402
from editor_app.ui.operations.tasks import TaskRunner  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"
ORCID_OK = "0000-0002-1825-0097"
ORCID_BAD = "0000-0002-1825-0098"


def read_sample(name: str) -> ArticleData:
    """An ArticleData from one sample file's YAML front matter and body."""
    _, front, body = (SAMPLES / "articles" / f"{name}.md").read_text(encoding="utf-8").split("---", 2)
    meta = yaml.safe_load(front)
    return ArticleData(title=meta["title"], slug=meta["slug"], language=meta.get("language", "vi"),
                       section=meta.get("section", ""), summary=meta.get("summary", ""),
                       keywords=meta.get("keywords", []), source=meta.get("source", ""),
                       related=meta.get("related", []), published_on=meta.get("date"), body=body)


@pytest.fixture
def lib(tmp_path):
    store = Store.open(tmp_path / "library.sqlite")
    store.create_article(ArticleData(title="Đổi mới công tác báo chí", body="Nội dung."))
    store.create_article(ArticleData(title="An toàn thông tin", body="Nội dung."))
    yield store
    store.close()


@pytest.fixture
def runner():
    r = TaskRunner("test-meta")
    yield r
    r.shutdown()


@pytest.fixture
def panel(qtbot, lib, runner):
    p = MetadataPanel(lib, runner)
    qtbot.addWidget(p)
    p.resize(460, 900)
    p.show()
    return p


def type_text(qtbot, widget, text: str) -> None:
    """Type like a keyboard; letters outside ASCII arrive as key events carrying
    the text, as a Vietnamese keyboard layout or input method delivers them."""
    for ch in text:
        if ord(ch) < 128:
            qtbot.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                               Qt.KeyboardModifier.NoModifier)


def retype(qtbot, edit: QLineEdit, text: str, enter: bool = True) -> None:
    """Select everything in the field and type ``text`` over it, like a user."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)
    if enter:
        qtbot.keyClick(edit, Qt.Key.Key_Return)


def tr(message: str) -> str:
    return QCoreApplication.translate("validate", message)


def test_slug_follows_the_title_until_edited(qtbot, panel, lib):
    panel.set_article(lib.create_article(ArticleData()))
    slug_edit = panel.slug_field.edit
    type_text(qtbot, panel.title_edit, "Đường về Điện Biên")
    assert slug_edit.text() == "duong-ve-dien-bien"
    assert not panel.slug_field.reset_button.isEnabled()
    retype(qtbot, slug_edit, "dien-bien")
    type_text(qtbot, panel.title_edit, " phủ")
    assert slug_edit.text() == "dien-bien"                 # the editor's choice is kept
    assert panel.slug_field.reset_button.isEnabled()
    qtbot.mouseClick(panel.slug_field.reset_button, Qt.MouseButton.LeftButton)
    assert slug_edit.text() == "duong-ve-dien-bien-phu"
    assert panel.apply_to(ArticleData()).slug == "duong-ve-dien-bien-phu"


def test_auto_slug_is_made_unique(qtbot, panel, lib):
    panel.set_article(lib.create_article(ArticleData()))
    with qtbot.waitSignal(panel.slug_field.checked, timeout=3000):
        type_text(qtbot, panel.title_edit, "An toàn thông tin")
    assert panel.slug_field.is_auto()
    assert panel.slug_field.edit.text() == "an-toan-thong-tin-2"
    assert panel.problems() == [] and not panel.has_blocking_problem()


def test_duplicate_or_invalid_slug_is_reported(qtbot, panel, lib):
    panel.set_article(lib.create_article(ArticleData(title="Bài thử")))
    with qtbot.waitSignal(panel.slug_field.checked, timeout=3000):
        retype(qtbot, panel.slug_field.edit, "an-toan-thong-tin")
    message = panel.slug_field.message
    assert message.isVisible() and "already used" in message.text()
    assert panel.has_blocking_problem()
    assert any(p.startswith("Slug:") for p in panel.problems())
    retype(qtbot, panel.slug_field.edit, "Bai Thu")
    assert panel.slug_field.message.text() == tr(validate.SLUG_FORMAT)
    assert not panel.has_blocking_problem()                 # invalid, but not blocking
    retype(qtbot, panel.slug_field.edit, "bai-thu-moi")
    assert panel.problems() == []
    assert not panel.slug_field.message.isVisible()


def test_published_article_keeps_its_slug(qtbot, panel, lib):
    art = lib.create_article(ArticleData(title="Bài đã đăng", status="published"))
    panel.set_article(art)
    type_text(qtbot, panel.title_edit, " (sửa)")
    assert panel.slug_field.edit.text() == art.slug


def add_author(qtbot, panel, name: str):
    qtbot.mouseClick(panel.authors_editor.add_button, Qt.MouseButton.LeftButton)
    card = panel.authors_editor.cards[-1]
    qtbot.waitUntil(card.isVisible)          # a new card is shown by the event loop
    assert card.name_edit.hasFocus()
    type_text(qtbot, card.name_edit, name)
    return card


def test_orcid_is_checked_and_normalised(qtbot, panel):
    card = add_author(qtbot, panel, "Nguyễn Văn A")
    retype(qtbot, card.orcid_edit, ORCID_BAD)
    assert card.orcid_message.isVisible()
    assert card.orcid_message.text() == tr(validate.ORCID_CHECKSUM)
    assert card.orcid_edit.property("invalid") is True
    assert card.orcid_edit.accessibleDescription() == card.orcid_message.text()
    assert panel.apply_to(ArticleData()).authors[0].orcid == ORCID_BAD   # kept as typed
    assert "Author 1, ORCID" in panel.problems()[0]
    # fixing the last digit takes the message away while typing
    qtbot.keyClick(card.orcid_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(card.orcid_edit, "7")
    assert not card.orcid_message.isVisible()
    assert not card.orcid_edit.property("invalid")
    retype(qtbot, card.orcid_edit, "https://orcid.org/" + ORCID_OK)
    assert card.orcid_edit.text() == ORCID_OK
    assert panel.problems() == []


def test_email_and_doi_are_checked(qtbot, panel):
    card = add_author(qtbot, panel, "Trần B")
    retype(qtbot, card.email_edit, "tran.b@example")
    assert card.email_message.text() == tr(validate.EMAIL_FORMAT)
    retype(qtbot, card.email_edit, "tran.b@example.org")
    assert not card.email_message.isVisible()
    retype(qtbot, panel.doi_edit, "11.1000/abc")
    assert panel.doi_message.text() == tr(validate.DOI_FORMAT)
    assert panel.problems() == ["DOI: " + tr(validate.DOI_FORMAT)]
    assert not panel.has_blocking_problem()
    retype(qtbot, panel.doi_edit, "https://doi.org/10.1000/ABC.2024")
    assert panel.doi_edit.text() == "10.1000/ABC.2024"
    assert not panel.doi_message.isVisible()
    assert panel.apply_to(ArticleData()).doi == "10.1000/ABC.2024"


def test_author_without_name_is_flagged(qtbot, panel):
    qtbot.mouseClick(panel.authors_editor.add_button, Qt.MouseButton.LeftButton)
    card = panel.authors_editor.cards[0]
    retype(qtbot, card.affiliation_edit, "Học viện Báo chí")
    assert panel.apply_to(ArticleData()).authors == [AuthorData("", "Học viện Báo chí")]
    assert any("name" in p for p in panel.problems())


def test_authors_reorder_and_remove(qtbot, panel):
    authors = [AuthorData("A"), AuthorData("B", orcid=ORCID_OK), AuthorData("C")]
    panel.set_article(ArticleData(title="x", authors=authors))
    editor = panel.authors_editor
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(editor.cards[0].down_button, Qt.MouseButton.LeftButton)
    assert [a.name for a in panel.apply_to(ArticleData()).authors] == ["B", "A", "C"]
    qtbot.mouseClick(editor.cards[2].up_button, Qt.MouseButton.LeftButton)
    assert [a.name for a in panel.apply_to(ArticleData()).authors] == ["B", "C", "A"]
    assert not editor.cards[0].up_button.isEnabled() and not editor.cards[2].down_button.isEnabled()
    assert editor.cards[0].heading.text() == "Author 1"
    assert editor.cards[0].name_edit.accessibleName() == "Author 1 name"
    qtbot.mouseClick(editor.cards[1].remove_button, Qt.MouseButton.LeftButton)
    result = panel.apply_to(ArticleData()).authors
    assert [a.name for a in result] == ["B", "A"] and result[0].orcid == ORCID_OK


def test_keywords_add_remove_reorder(qtbot, panel):
    kw = panel.keywords_editor
    for word in ("báo chí", "chuyển đổi số", "Báo Chí"):
        type_text(qtbot, kw.input, word)
        qtbot.keyClick(kw.input, Qt.Key.Key_Return)
    assert kw.items() == ["báo chí", "chuyển đổi số"]      # duplicate (folded) refused
    assert kw.input.text() == "Báo Chí"                      # and left visible in the box
    assert kw.message.isVisible() and kw.message.text() == "“báo chí” is already in the list."
    assert kw.list.currentRow() == 0                         # the one there is shown
    type_text(qtbot, kw.input, "x")
    assert not kw.message.isVisible()                        # typing takes the message away
    retype(qtbot, kw.input, "  ")
    assert kw.items() == ["báo chí", "chuyển đổi số"]      # blank refused
    kw.list.setFocus()
    kw.list.setCurrentRow(1)
    qtbot.keyClick(kw.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert kw.items() == ["chuyển đổi số", "báo chí"]
    kw.list.setCurrentRow(0)
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(kw.buttons.remove_button, Qt.MouseButton.LeftButton)
    assert panel.apply_to(ArticleData()).keywords == ["báo chí"]


def test_related_picker_search_add_and_missing(qtbot, panel, lib):
    own = lib.create_article(ArticleData(title="Bài đang sửa", related=["chua-co-bai-nay"]))
    picker = panel.related_picker
    with qtbot.waitSignal(picker.titles_resolved, timeout=3000):
        panel.set_article(own)
    missing = picker.list.item(0)
    assert "chua-co-bai-nay" in missing.text() and "not in library yet" in missing.text()
    assert missing.font().italic()
    with qtbot.waitSignal(picker.results_shown, timeout=3000):
        qtbot.keyClicks(picker.search_edit, "doi moi")
    assert picker.results.item(0).text() == "Đổi mới công tác báo chí"
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    assert picker.related() == ["chua-co-bai-nay", "doi-moi-cong-tac-bao-chi"]
    assert picker.list.item(1).text() == "Đổi mới công tác báo chí"
    # a slug typed by hand (no such article yet) can be added too
    with qtbot.waitSignal(picker.results_shown, timeout=3000):
        qtbot.keyClicks(picker.search_edit, "bai-sau-nay")
    last = picker.results.item(picker.results.count() - 1)
    qtbot.mouseClick(picker.results.viewport(), Qt.MouseButton.LeftButton,
                     pos=picker.results.visualItemRect(last).center())
    assert picker.related()[-1] == "bai-sau-nay"
    assert "not in library yet" in picker.list.item(2).text()
    # the article itself is never offered
    with qtbot.waitSignal(picker.results_shown, timeout=3000):
        qtbot.keyClicks(picker.search_edit, "bai dang sua")
    assert all(picker.results.item(i).text() != "Bài đang sửa" for i in range(picker.results.count()))
    picker.list.setCurrentRow(2)
    qtbot.mouseClick(picker.buttons.up_button, Qt.MouseButton.LeftButton)
    assert panel.apply_to(own).related == ["chua-co-bai-nay", "bai-sau-nay", "doi-moi-cong-tac-bao-chi"]


def test_set_article_does_not_emit_changed(qtbot, panel, lib):
    data = lib.create_article(read_sample("ngoai-giao-cong-chung-trong-ky-nguyen-so"))
    with qtbot.assertNotEmitted(panel.changed, wait=300):
        panel.set_article(data)
    assert panel.title_edit.text() == data.title
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClicks(panel.subtitle_edit, "x")


def test_title_enter_commits(qtbot, panel):
    panel.focus_title()
    assert panel.title_edit.hasFocus()
    with qtbot.waitSignal(panel.title_committed):
        qtbot.keyClick(panel.title_edit, Qt.Key.Key_Return)


def test_round_trip_with_the_store(qtbot, panel, lib):
    stored = lib.create_article(read_sample("ngoai-giao-cong-chung-trong-ky-nguyen-so"))
    panel.set_article(stored)
    assert panel.apply_to(stored).same_content(stored)      # nothing changes by itself
    type_text(qtbot, panel.subtitle_edit, "Phiên chuyên đề")
    combo = panel.status_combo
    combo.setFocus()
    while combo.currentData() != "approved":
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.mouseClick(panel.no_date_check, Qt.MouseButton.LeftButton)
    add_author(qtbot, panel, "Lê Thị C")
    retype(qtbot, panel.authors_editor.cards[0].orcid_edit, ORCID_OK)
    type_text(qtbot, panel.summary_edit, "Tóm tắt.")
    assert panel.summary_count.text() == "8 characters"
    edited = panel.apply_to(stored)
    assert edited.body == stored.body and edited.id == stored.id
    saved = lib.save_article(edited)
    again = lib.get_article(saved.id)
    assert again.subtitle == "Phiên chuyên đề" and again.status == "approved"
    assert again.published_on is None and again.summary == "Tóm tắt."
    assert again.authors == [AuthorData("Lê Thị C", "", ORCID_OK, "")]
    assert again.keywords == stored.keywords and again.related == stored.related
    panel.set_article(again)
    assert panel.apply_to(again).same_content(again)
    assert panel.no_date_check.isChecked() and not panel.date_edit.isEnabled()


def test_publication_date(qtbot, panel):
    panel.set_article(ArticleData(title="x", published_on=date(2023, 12, 17)))
    assert not panel.no_date_check.isChecked() and panel.date_edit.isEnabled()
    assert panel.apply_to(ArticleData()).published_on == date(2023, 12, 17)
    qtbot.mouseClick(panel.no_date_check, Qt.MouseButton.LeftButton)
    assert not panel.date_edit.isEnabled()
    assert panel.apply_to(ArticleData()).published_on is None


def test_unknown_values_are_kept(panel):
    data = ArticleData(title="x", language="fr", section="Mục mới", license="CC0 1.0")
    panel.set_article(data)
    out = panel.apply_to(ArticleData())
    assert (out.language, out.section, out.license) == ("fr", "Mục mới", "CC0 1.0")


def test_every_input_has_an_accessible_name(panel):
    panel.set_article(ArticleData(title="x", authors=[AuthorData("A")], keywords=["k"]))
    kinds = (QLineEdit, QComboBox, QPlainTextEdit, QDateEdit, QListWidget, QAbstractButton)
    unnamed = []
    for widget in panel.findChildren(QWidget):
        if isinstance(widget, kinds) and widget.isVisibleTo(panel) \
                and not (isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QDateEdit))):
            if not (widget.accessibleName() or getattr(widget, "text", lambda: "")()):
                unnamed.append(widget)
    assert unnamed == []



def test_tab_goes_through_the_fields_in_visual_order(qtbot, panel):
    panel.set_article(ArticleData(title="x", authors=[AuthorData("A"), AuthorData("B")]))
    panel.authors_editor.move_author(0, 1)          # reordering must not scramble Tab
    panel.authors_editor.add_author()
    qtbot.waitUntil(lambda: panel.authors_editor.cards[-1].isVisible())
    panel.activateWindow()
    panel.focus_title()
    qtbot.waitUntil(panel.title_edit.hasFocus)
    names = []
    for _ in range(60):
        widget = QApplication.focusWidget()
        if isinstance(widget, QLineEdit) and widget.accessibleName():
            names.append(widget.accessibleName())
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is panel.title_edit:
            break
    fields = ["name", "affiliation", "ORCID iD", "e-mail address"]
    assert names == (["Title", "Subtitle", "Slug (web address)"]
                     + [f"Author {n} {f}" for n in (1, 2, 3) for f in fields]
                     + ["Keywords", "Source", "DOI", "Find a related article"])


def _red_rows(widget: QWidget) -> int:
    """How many pixel rows of ``widget``'s left border column are the error colour."""
    from PySide6.QtGui import QColor

    from editor_app.ui.metadata.widgets import ERROR_COLOR

    image = widget.grab().toImage()
    red = QColor(ERROR_COLOR)
    return sum(1 for y in range(image.height())
               if any(abs(image.pixelColor(x, y).red() - red.red()) < 40
                      and abs(image.pixelColor(x, y).green() - red.green()) < 40
                      and abs(image.pixelColor(x, y).blue() - red.blue()) < 40 for x in range(3)))


def test_a_flagged_field_alone_is_drawn_with_a_red_border(qtbot, panel):
    """The red border is a style sheet on the flagged field only: the panel's forty other
    fields keep Qt's own style (a panel-wide sheet cost the window's start 10 ms)."""
    panel.resize(400, 1200)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.styleSheet() == ""
    assert _red_rows(panel.doi_edit) == 0 and panel.doi_edit.styleSheet() == ""
    retype(qtbot, panel.doi_edit, "11.1000/abc")
    assert panel.doi_edit.property("invalid") is True
    assert _red_rows(panel.doi_edit) >= panel.doi_edit.height() // 2   # drawn red, top to bottom
    assert _red_rows(panel.source_edit) == 0 and panel.source_edit.styleSheet() == ""
    assert panel.doi_message.palette().color(panel.doi_message.foregroundRole()).name() == "#c62828"
    retype(qtbot, panel.doi_edit, "10.1000/abc")
    assert not panel.doi_edit.property("invalid")
    assert _red_rows(panel.doi_edit) == 0 and panel.doi_edit.styleSheet() == ""
