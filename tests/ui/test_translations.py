"""The interface in Vietnamese (Qt Linguist): the compiled translations load, real
widgets show Vietnamese, the .ts files are current and finished.

Every test that installs a translator removes it (and restores the default
QLocale) so that the other UI tests keep seeing the English source texts.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")

import importlib.util  # noqa: E402
import re  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import xml.etree.ElementTree as ET  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6 import QtWebEngineWidgets  # noqa: E402,F401 - before the QApplication
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings, Qt, QTranslator  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QWidget,
)

from editor_app.core.dto import ArticleData  # noqa: E402
from editor_app.core.resources import resource_path  # noqa: E402
from editor_app.core.library.store import Store  # noqa: E402
from window_support import make_ops  # noqa: E402,F401 - fixture
from editor_app.ui.list.panel import ArticleListPanel  # noqa: E402
from editor_app.ui.editor import EditorArea, Stats  # noqa: E402
from editor_app.ui.i18n import install_translators  # noqa: E402
from editor_app.ui.metadata.panel import MetadataPanel  # noqa: E402
from editor_app.ui.preview.scheme import register_preview_scheme  # noqa: E402

register_preview_scheme()

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "update_translations.py"
TS_VI = REPO / "resources" / "translations" / "editor_app_vi.ts"
QT_STRINGS_VI = REPO / "resources" / "translations" / "qt_strings_vi.ts"
PLACEHOLDER = re.compile(r"%L?n|%L?\d+|\{\w*\}")
PAGES_WRITTEN = "%n page(s) written; these articles could not be exported:"


# -- helpers -----------------------------------------------------------------------
def ts_messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, <translation>) of every message of a .ts file."""
    root = ET.parse(path).getroot()
    return [(c.findtext("name"), m.findtext("source"), m.find("translation"))
            for c in root.iter("context") for m in c.iter("message")]


def english_only_sources() -> set[str]:
    """English source texts whose Vietnamese differs (accelerators removed)."""
    out = set()
    for _ctx, source, translation in ts_messages(TS_VI):
        if translation.findall("numerusform") or "{" in source or "%" in source:
            continue
        if (translation.text or "").replace("&", "") != source.replace("&", ""):
            out.add(source.replace("&", ""))
    return out


def shown_texts(root: QWidget) -> list[str]:
    """Texts a user sees or hears on ``root`` and its children (and their actions)."""
    texts = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        texts += [w.accessibleName(), w.toolTip()]
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        if isinstance(w, (QLineEdit, QPlainTextEdit)):
            texts.append(w.placeholderText())
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
            if w.isEditable():
                texts.append(w.lineEdit().placeholderText())
        if isinstance(w, QMenu):
            texts.append(w.title())
        texts += [a.text() for a in w.actions()] + [a.toolTip() for a in w.actions()]
    return [t.replace("&", "") for t in texts if t]


def assert_no_english(root: QWidget, allowed: frozenset[str] = frozenset()) -> None:
    english = english_only_sources() - allowed
    left = sorted({t for t in shown_texts(root) if t in english})
    assert not left, f"English texts left in the Vietnamese interface: {left}"


def mnemonic(text: str) -> str | None:
    m = re.search(r"&([^&\s])", text.replace("&&", ""))
    return m.group(1).lower() if m else None


def dispose(widget: QWidget) -> None:
    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def load_script():
    spec = importlib.util.spec_from_file_location("update_translations", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- fixtures ------------------------------------------------------------------------
@pytest.fixture
def vietnamese(qapp):
    """The program's Vietnamese translator, installed the way the app does it."""
    saved_locale = QLocale()
    translators = install_translators(qapp, "vi")
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(saved_locale)


@pytest.fixture
def english_plurals(qapp):
    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "editor_app_en.qm")))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture
def lib(tmp_path):
    store = Store.open(tmp_path / "library.sqlite")
    store.create_article(ArticleData(title="Báo chí và chuyển đổi số", status="draft", body="Nội dung."))
    store.create_article(ArticleData(title="Tòa soạn hội tụ", status="published", body="Nội dung."))
    yield store
    store.close()


# -- the compiled files --------------------------------------------------------------------
@pytest.mark.parametrize("language", ["vi", "en"])
def test_qm_files_exist_and_load(language):
    path = resource_path("translations", f"editor_app_{language}.qm")
    assert path.is_file()
    translator = QTranslator()
    assert translator.load(str(path))
    assert not translator.isEmpty()
    assert translator.language() == language


def test_install_translators_loads_vietnamese(qapp, vietnamese):
    ours = [t for t in vietnamese if t.filePath().endswith("editor_app_vi.qm")]
    assert len(ours) == 1
    assert QCoreApplication.translate("MainWindow", "&File") == "&Tệp"
    assert QCoreApplication.translate("Status", "Changes requested") == "Cần sửa"
    assert QCoreApplication.translate("validate", "The slug cannot be empty.") \
        == "Đường dẫn không được để trống."
    assert QLocale().language() == QLocale.Language.Vietnamese


def test_translator_removed_after_use(qapp):
    """Runs after the tests above: no Vietnamese is left installed."""
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


# -- real widgets ---------------------------------------------------------------------------
def test_editor_area_in_vietnamese(qtbot, vietnamese):
    area = EditorArea()
    qtbot.addWidget(area)
    editor = area.editor()
    assert area.accessibleName() == "Trình soạn thảo"
    assert editor.placeholderText() == "Viết bài bằng Markdown…"
    assert area.undo_action.text() == "Hoàn tác"
    assert [a.text() for a in area.find_actions()] == ["Tìm…", "Thay thế…", "Tìm tiếp", "Tìm ngược"]
    bold = area.toolbar().actions_by_name["bold"]
    assert bold.text() == "In đậm" and bold.toolTip().startswith("In đậm (")
    bar = area.find_bar()
    assert bar.find_edit.placeholderText() == "Tìm"
    assert bar.case_box.text() == "Phân biệt &hoa/thường"
    assert bar.replace_all_button.text() == "Thay thế tất &cả"
    assert bar.marks_box.text() == "Không phân biệt dấ&u" and bar.marks_box.isChecked()
    bar_keys = [mnemonic(b.text()) for b in (bar.case_box, bar.marks_box, bar.word_box, bar.regex_box,
                                                bar.replace_button, bar.replace_all_button)]
    assert None not in bar_keys and len(set(bar_keys)) == len(bar_keys)
    outline = area.outline()
    assert outline.topLevelItem(0).text(0) == "Chưa có đề mục"
    stats = area.stats_label()
    stats.show_stats(Stats(words=1234, characters=5678, characters_no_spaces=4321, reading_minutes=6))
    assert stats.text() == "1.234 từ · 5.678 ký tự · ~6 phút đọc"
    assert stats.toolTip() == "4.321 ký tự không tính dấu cách"
    label = area.save_state_label()
    for state, text in (("saved", "Đã lưu"), ("saving", "Đang lưu…"),
                        ("unsaved", "Chưa lưu"), ("failed", "Lưu thất bại")):
        label.set_state(state)
        assert label.text() == text
    assert_no_english(area)


def test_article_list_in_vietnamese(qtbot, lib, vietnamese):
    panel = ArticleListPanel(lib)
    qtbot.addWidget(panel)
    panel.resize(500, 400)
    panel.show()
    qtbot.waitUntil(lambda: not panel.model.is_loading(), timeout=5000)
    assert panel.search_edit.placeholderText() == "Tìm bài viết…"
    combo = panel.status_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Mọi trạng thái", "Bản nháp", "Đang duyệt", "Cần sửa", "Đã duyệt", "Đã xuất bản", "Lưu trữ"]
    headers = [panel.proxy.headerData(c, panel.view.horizontalHeader().orientation())
               for c in range(panel.proxy.columnCount())]
    assert headers == ["Tiêu đề", "Trạng thái", "Chuyên mục", "Cập nhật"]
    assert panel.count_label.text() == "2 bài viết"
    labels = {lab.buddy(): lab.text() for lab in panel.findChildren(QLabel) if lab.buddy()}
    assert labels[panel.search_edit] == "Tìm &kiếm:"
    assert labels[panel.status_combo] == "&Lọc:"
    panel.search_edit.setText("không-có-bài-nào-như-thế")
    qtbot.waitUntil(lambda: panel.view.empty_label.isVisible(), timeout=5000)
    assert panel.view.empty_label.text() == "Không có bài viết nào khớp với “không-có-bài-nào-như-thế”."
    assert panel.count_label.text() == "0 bài viết"
    assert_no_english(panel)


def test_metadata_panel_in_vietnamese(qtbot, lib, vietnamese, make_ops):
    panel = MetadataPanel(lib, make_ops(lib).runner)
    qtbot.addWidget(panel)
    panel.resize(420, 900)
    panel.show()
    panel.set_article(lib.get_article(lib.list_ids()[0]))
    labels = {lab.buddy(): lab.text() for lab in panel.findChildren(QLabel) if lab.buddy()}
    assert labels[panel.title_edit] == "T&iêu đề:"
    assert labels[panel.slug_field.edit] == "Đường &dẫn:"
    assert labels[panel.status_combo] == "T&rạng thái:"
    assert labels[panel.summary_edit] == "Tó&m tắt:"
    assert labels[panel.license_combo] == "Giấy p&hép:"
    assert panel.title_edit.placeholderText() == "Tiêu đề bài viết"
    assert panel.slug_field.edit.placeholderText() == "tao-tu-tieu-de"
    assert panel.keywords_editor.input.placeholderText() == "Gõ từ khóa rồi nhấn Enter"
    assert panel.no_date_check.text() == "Chưa có ngày"
    assert [panel.language_combo.itemText(i) for i in range(2)] == ["Tiếng Việt", "Tiếng Anh"]
    assert panel.authors_editor.add_button.text() == "Thêm tá&c giả"
    # a validation message from core.validate, translated in the 'validate' context
    panel.doi_edit.setText("abc")
    panel.doi_check.validate()
    assert panel.doi_message.text().startswith("DOI bắt đầu bằng 10.")
    assert panel.problems() == ["DOI: " + panel.doi_message.text()]
    card = panel.authors_editor.add_author()
    assert card.heading.text() == "Tác giả 1"
    assert card.name_edit.placeholderText() == "Họ và tên"
    # one window-wide Alt+letter per label of the form (no two fields share one)
    keys = [mnemonic(t) for t in labels.values()] + [mnemonic(panel.authors_editor.add_button.text())]
    assert None not in keys and len(set(keys)) == len(keys), sorted(k for k in keys if k)
    assert_no_english(panel)


def test_dialogs_and_qt_strings_in_vietnamese(qtbot, lib, vietnamese, make_ops):
    """Qt ships no Vietnamese: its button and context-menu texts come from our .qm."""
    from editor_app.ui.dialogs.profile import ProfileDialog
    from editor_app.ui.dialogs.trash import TrashDialog

    ops = make_ops(lib)
    profile = ProfileDialog(ops)
    qtbot.addWidget(profile)
    qtbot.waitUntil(lambda: profile.loaded, timeout=3000)
    assert profile.windowTitle() == "Thông tin tạp chí"
    buttons = sorted(b.text() for b in profile.findChildren(QDialogButtonBox)[0].buttons())
    assert buttons == ["Hủy", "Lưu"]
    profile.edits["issn"].setText("1234-5678")          # wrong check digit
    profile.accept()
    assert profile.problem.text() == "Chữ số kiểm tra của ISSN này không đúng; hãy xem lại có gõ nhầm không."
    trash = TrashDialog(ops)
    qtbot.addWidget(trash)
    assert [b.text() for b in trash.findChildren(QDialogButtonBox)[0].buttons()
            if b not in (trash.restore_button, trash.purge_button)] == ["Đóng"]
    assert (trash.restore_button.text(), trash.purge_button.text()) == ("&Khôi phục", "&Xóa vĩnh viễn…")
    menu = profile.edits["name"].createStandardContextMenu()
    texts = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    assert texts == ["&Hoàn tác", "&Làm lại", "&Cắt", "&Sao chép", "&Dán", "Xóa", "Chọn tất cả"]
    menu.deleteLater()


def test_file_dialog_and_message_box_in_vietnamese(qtbot, tmp_path, vietnamese):
    """Qt's own file dialog (where the system has no native one) and the details button
    of a message box."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

    (tmp_path / "bai-viet.docx").write_bytes(b"x")
    dialog = QFileDialog(None, "Nhập bản thảo", str(tmp_path), "Word (*.docx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {lab.text() for lab in dialog.findChildren(QLabel)}
    assert {"Tìm tr&ong:", "&Tên tệp:", "&Loại tệp:"} <= labels, labels
    buttons = {b.text() for b in dialog.findChildren(QDialogButtonBox)[0].buttons()}
    assert buttons == {"&Mở", "Hủy"}, buttons
    tips = {b.toolTip() for b in dialog.findChildren(QAbstractButton) if b.toolTip()}
    assert {"Lùi", "Tiến", "Thư mục cha", "Tạo thư mục mới", "Dạng chi tiết"} <= tips, tips
    view = dialog.findChild(QWidget, "treeView")
    headers = [view.model().headerData(i, Qt.Orientation.Horizontal) for i in range(4)]
    assert headers == ["Tên", "Kích thước", "Loại", "Ngày sửa"]
    dialog.reject()

    box = QMessageBox(QMessageBox.Icon.Warning, "Lỗi", "Không mở được tệp.", QMessageBox.StandardButton.Close)
    box.setDetailedText("chi tiết")
    qtbot.addWidget(box)
    box.show()
    texts = {b.text() for b in box.findChildren(QPushButton)}
    assert {"Xem chi tiết…", "Đóng"} <= texts, texts
    box.reject()



def test_main_window_in_vietnamese(qtbot, lib, tmp_path, vietnamese):
    try:
        from editor_app.ui.window.main_window import MainWindow
    except ImportError as exc:  # pragma: no cover - the window is built elsewhere
        pytest.skip(f"no main window: {exc}")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(lib, lambda data: "<html><body>x</body></html>", settings)
    try:
        w.show()
        qtbot.waitExposed(w)
        w.select_first()
        bar = w.menuBar()
        assert [a.text() for a in bar.actions()] == ["&Tệp", "&Sửa", "&Xem", "Trợ &giúp"]
        assert w.windowTitle().startswith("Bàn biên tập — ")
        file_menu = bar.actions()[0].menu()
        texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
        assert texts[0] == "&Bài viết mới" and "Chuyển vào thùng &rác" in texts
        for menu in [a.menu() for a in bar.actions()] + w.findChildren(QMenu):
            keys = [mnemonic(a.text()) for a in menu.actions() if mnemonic(a.text())]
            assert len(keys) == len(set(keys)), f"{menu.title()}: {sorted(keys)}"
        window_keys = [mnemonic(a.text()) for a in bar.actions()] + [
            mnemonic(lab.text()) for lab in w.findChildren(QLabel)
            if lab.buddy() is not None and lab.isVisibleTo(w)] + [
            mnemonic(b.text()) for b in w.findChildren(QAbstractButton)
            if b.isVisibleTo(w) and mnemonic(b.text())]
        assert len(window_keys) == len(set(window_keys)), sorted(window_keys)
        assert w.save_label.text() == "Đã lưu"
        # the language menu names each language in that language ("English", "Tiếng Việt")
        assert_no_english(w, allowed=frozenset({"English"}))
    finally:
        dispose(w)


# -- English: plural forms only ------------------------------------------------------------
def test_english_plural_forms(qtbot, english_plurals):
    assert QCoreApplication.translate("ExportController", PAGES_WRITTEN, "", 1) \
        == "1 page written; these articles could not be exported:"
    assert QCoreApplication.translate("ExportController", PAGES_WRITTEN, "", 3) \
        == "3 pages written; these articles could not be exported:"
    area = EditorArea()
    qtbot.addWidget(area)
    stats = area.stats_label()
    stats.show_stats(Stats(words=1, characters=1, characters_no_spaces=1, reading_minutes=1))
    assert stats.text() == "1 word · 1 character · ~1 min read"
    assert area.toolbar().actions_by_name["bold"].text() == "Bold"   # no other message changes


def test_english_source_needs_the_plural_file(qapp):
    """Without editor_app_en.qm the source text shows its "(s)"."""
    assert QCoreApplication.translate("ExportController", PAGES_WRITTEN, "", 1).startswith("1 page(s)")


# -- the .ts files and the script -----------------------------------------------------------
@pytest.mark.parametrize("ts_file", [TS_VI, QT_STRINGS_VI], ids=lambda p: p.name)
def test_every_vietnamese_message_is_finished(ts_file):
    messages = ts_messages(ts_file)
    assert messages
    for context, source, translation in messages:
        assert translation is not None, (context, source)
        assert translation.get("type") is None, (context, source, translation.get("type"))
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        assert len(forms) == 1, (context, source)   # Vietnamese: one plural form
        for form in forms:
            assert form.strip(), (context, source)
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), \
                (context, source, form)


def test_check_mode_passes():
    result = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True,
                            text=True, timeout=120, cwd=REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "up to date" in result.stdout


def test_check_mode_finds_stale_and_unfinished_files(tmp_path):
    """On a copy of the project: a new message, an unfinished one, a stale .qm."""
    script = load_script()
    for rel in ("src/editor_app", "resources/translations"):   # every source lupdate reads
        shutil.copytree(REPO / rel, tmp_path / rel, ignore=shutil.ignore_patterns("__pycache__"))
    assert script.check(tmp_path) == []

    extra = tmp_path / "src/editor_app/ui/extra_widget.py"
    extra.write_text('from PySide6.QtCore import QCoreApplication\n'
                     'TEXT = QCoreApplication.translate("Extra", "A brand-new message")\n')
    problems = script.check(tmp_path)
    assert any("editor_app_vi.ts is out of date" in p for p in problems), problems
    assert script.update(tmp_path)  # the new message is reported as still to translate
    problems = script.check(tmp_path)
    assert any("A brand-new message" in p and "unfinished" in p for p in problems), problems

    extra.unlink()
    script.update(tmp_path)
    assert script.check(tmp_path) == []
    qm = tmp_path / "resources/translations/editor_app_vi.qm"
    qm.write_bytes(qm.read_bytes()[:-8])
    assert any("editor_app_vi.qm is older than its .ts" in p for p in script.check(tmp_path))
