"""Publishing in the window: the problems panel (click goes to the passage or the
field), Edit › Normalise tone marks as one undo step, the Issues dialog (new issue,
add, drag to reorder, status and check marks) and File › Export PDF proof…"""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from window_support import MAIN_SLUG, SAMPLES, make_window, renderer  # noqa: F401


@pytest.fixture
def samples(store):
    from editor_app.core.importing.importer import import_files

    import_files(store, sorted((SAMPLES / "articles").glob("*.md")))
    return store


def _open(qtbot, w, store, slug):
    article = store.get_by_slug(slug)   # the test's own store (the window's refuses the GUI thread)
    w.list_panel.select_article(article.id)
    w.open_article(article.id)
    qtbot.waitUntil(lambda: w.session.current is not None and w.session.current.slug == slug, timeout=10_000)
    return article


def test_problems_panel_and_going_to_them(qtbot, samples, make_window):
    w = make_window(samples)
    _open(qtbot, w, samples, MAIN_SLUG)
    panel = w.publishing.panel
    qtbot.waitUntil(lambda: {p.kind for p in panel.problems} == {"tone-marks", "summary"}, timeout=10_000)
    assert panel.summary.text().startswith("0")
    tone = next(i for i in range(panel.list.count()) if "hoá" in panel.list.item(i).text())
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.list.visualItemRect(panel.list.item(tone)).center())
    assert w.editor.textCursor().selectedText().lower() in ("hoá", "hóa")
    # a bad DOI typed in the details panel shows up as an error; clicking it goes to the field
    w.meta.doi_edit.setFocus()
    qtbot.keyClicks(w.meta.doi_edit, "doi:10.1000")
    qtbot.waitUntil(lambda: any(p.kind == "doi" for p in panel.problems), timeout=10_000)
    assert panel.list.item(0).text().startswith(("The DOI", "DOI"))   # errors first
    w.editor.setFocus()
    panel.go_to.emit(next(p for p in panel.problems if p.kind == "doi"))
    assert w.meta.doi_edit.hasFocus()


def test_normalise_tone_marks_is_one_undo_step(qtbot, samples, make_window):
    from editor_app.core import tone_marks as tm

    w = make_window(samples)
    _open(qtbot, w, samples, MAIN_SLUG)
    before = w.editor.markdown()
    assert tm.count_styles(before).mixed
    w.publishing.tone_action.trigger()
    qtbot.waitUntil(lambda: w.editor.markdown() != before, timeout=10_000)
    after = tm.count_styles(w.editor.markdown())
    assert not after.mixed and after.new and not after.old   # no journal style: the majority (new)
    assert len(w.editor.markdown()) == len(before)
    w.editor.undo()
    assert w.editor.markdown() == before
    # the journal's own style wins
    from editor_app.core.dto import ProfileData

    w.ops.set_profile(ProfileData(tone_style="old"))
    qtbot.waitUntil(lambda: samples.get_profile().tone_style == "old", timeout=10_000)
    w.publishing.tone_action.trigger()
    qtbot.waitUntil(lambda: w.editor.markdown() != before, timeout=10_000)
    assert not tm.count_styles(w.editor.markdown()).new


def test_issues_dialog(qtbot, samples, make_window):
    from editor_app.core.library import issues

    w = make_window(samples)
    _open(qtbot, w, samples, MAIN_SLUG)
    key = issues.create(samples, "4", "1", 2026, "Thử").key
    issues.add(samples, key, ["tri-tue-nhan-tao-va-bao-chi-so"])
    w.publishing.issues_action.trigger()
    dialog = w.publishing._issues
    qtbot.waitUntil(lambda: dialog.issues.count() == 1 and dialog.articles.count() == 1, timeout=10_000)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.articles.count() == 2, timeout=10_000)
    assert dialog.articles.item(1).text().startswith("✖")   # a draft: held back from the issue's export
    assert "0 of 2" in dialog.heading.text() or "0 /" in dialog.heading.text() or "0" in dialog.heading.text()
    model = dialog.articles.model()
    model.moveRow(model.index(0, 0).parent(), 1, model.index(0, 0).parent(), 0)   # as a drag does
    qtbot.waitUntil(lambda: [e.slug for e in issues.get(samples, key).entries]
                    == [MAIN_SLUG, "tri-tue-nhan-tao-va-bao-chi-so"], timeout=10_000)
    dialog.close()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_export_pdf_proof_from_the_window(qtbot, samples, make_window, tmp_path, monkeypatch):
    w = make_window(samples)
    _open(qtbot, w, samples, MAIN_SLUG)
    qtbot.waitUntil(lambda: w.preview.current_html() is not None, timeout=30_000)
    target = tmp_path / "thu.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    w.publishing.pdf_action.trigger()
    qtbot.waitUntil(target.exists, timeout=60_000)
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "Ngoại giao công chúng trong kỷ nguyên số" in text and "Bản nháp" in text
    assert not list(tmp_path.glob(".*.part"))


def test_misspellings_are_marked_and_corrected(qtbot, samples, make_window):
    from PySide6.QtGui import QTextCharFormat

    ai = "tri-tue-nhan-tao-va-bao-chi-so"
    w = make_window(samples)
    _open(qtbot, w, samples, ai)
    doc = w.editor.document()

    def underlined(word):
        at = w.editor.markdown().index(word)
        block = doc.findBlock(at)
        return any(r.start <= at - block.position() < r.start + r.length
                   and r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
                   for r in block.layout().formats())

    qtbot.waitUntil(lambda: underlined("bockchain"), timeout=10_000)
    assert not underlined("Trí tuệ") and not underlined("Artificial")   # Vietnamese and English are fine
    # the context menu offers the correction first; choosing it is one undo step
    at = w.editor.markdown().index("bockchain") + 2
    cursor = w.editor.textCursor()
    cursor.setPosition(at)
    menu = w.editor.context_menu(w.editor.cursorRect(cursor).center())
    shown = [[x.text() for x in menu.actions()]]
    menu.actions()[0].trigger()
    menu.deleteLater()
    assert shown and shown[0][0] == "blockchain" and any("bockchain" in t for t in shown[0])
    assert "bockchain" not in w.editor.markdown() and "blockchain" in w.editor.markdown()
    w.editor.undo()
    assert "bockchain" in w.editor.markdown()
    # "Add to dictionary": the library's own word list, then the word is no longer marked
    menu = w.editor.context_menu(w.editor.cursorRect(cursor).center())
    add = next(a for a in menu.actions() if a.objectName() == "spelling-add-word")
    assert "bockchain" in add.text()
    add.trigger()
    menu.deleteLater()
    from editor_app.core.library import own_words

    qtbot.waitUntil(lambda: "bockchain" in own_words.words(samples), timeout=10_000)
    qtbot.waitUntil(lambda: not underlined("bockchain"), timeout=10_000)


def test_the_minority_tone_form_is_marked(qtbot, samples, make_window):
    from PySide6.QtGui import QTextCharFormat

    w = make_window(samples)
    _open(qtbot, w, samples, MAIN_SLUG)
    text_of = w.editor.markdown

    def marked(word):
        at = text_of().index(word)
        block = w.editor.document().findBlock(at)
        return any(r.start <= at - block.position() < r.start + r.length
                   and r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
                   for r in block.layout().formats())

    qtbot.waitUntil(lambda: marked("văn hoá"[4:]), timeout=10_000)   # 4 old-style next to 5 new-style
    assert not marked("văn hóa"[4:])
