"""Every dialog, in Vietnamese (its labels are longer than the English ones): it opens at
the size of its content, within the screen's free area, and no label in it is cut short."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from test_small_screens import clipped_labels, samples  # noqa: F401 - fixture
from window_support import make_ops, make_window, renderer, settle  # noqa: F401

from editor_app.core.dto import ArticleData


@pytest.fixture
def vietnamese(qapp):
    from editor_app.ui import i18n

    saved = QLocale()
    i18n.install_translators(qapp, "vi")
    yield
    for translator in i18n._INSTALLED:
        qapp.removeTranslator(translator)
    i18n._INSTALLED.clear()
    QLocale.setDefault(saved)


def _check(qtbot, dialog: QWidget, ready=lambda: True, labels: int = 1) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(ready, timeout=8000)
    qtbot.wait(60)
    free = (dialog.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    assert dialog.width() <= free.width() and dialog.height() <= free.height(), (dialog.size(), free)
    need = dialog.minimumSizeHint()
    assert dialog.width() >= need.width() and dialog.height() >= need.height(), (dialog.size(), need)
    seen: list = []
    assert clipped_labels(dialog, seen) == []
    assert len(seen) >= labels, seen
    dialog.close()


def test_the_trash(qtbot, vietnamese, store, make_ops):
    from editor_app.ui.dialogs.trash import TrashDialog

    art = store.create_article(ArticleData(title="Một bài rất dài về chuyển đổi số trong báo chí hiện đại " * 2))
    store.trash_article(art.id)
    dialog = TrashDialog(make_ops(store))
    _check(qtbot, dialog, lambda: dialog.loaded and dialog.list.count() == 1, labels=0)


def test_the_journal_profile(qtbot, vietnamese, store, make_ops):
    from editor_app.ui.dialogs.profile import ProfileDialog

    dialog = ProfileDialog(make_ops(store))
    _check(qtbot, dialog, lambda: dialog.loaded, labels=5)
    dialog.show()
    dialog.edits["issn"].setText("1234-5678")       # a wrong check digit: the long message wraps, whole
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.problem.isVisible() and bool(dialog.problem.text()), timeout=3000)
    qtbot.wait(50)
    assert clipped_labels(dialog) == []


def test_issues_and_a_new_issue(qtbot, vietnamese, samples, make_window):
    from editor_app.core.library import issues
    from editor_app.ui.dialogs.issues import IssuesDialog, NewIssueDialog

    made = issues.create(samples, "12", "3", 2026, "Chuyển đổi số và báo chí", None, "")
    issues.add(samples, made.key, ["ngoai-giao-cong-chung-trong-ky-nguyen-so", "tri-tue-nhan-tao-va-bao-chi-so"])
    w = make_window(samples)
    dialog = IssuesDialog(w.ops, w)
    dialog.reload()   # as the window opens it
    _check(qtbot, dialog, lambda: dialog.issues.count() == 1)
    _check(qtbot, NewIssueDialog(w), labels=3)


def test_the_history_of_an_article(qtbot, vietnamese, samples, make_window):
    from editor_app.ui.dialogs.history import HistoryDialog

    w = make_window(samples)
    dialog = HistoryDialog(w)
    _check(qtbot, dialog, lambda: dialog.revisions.count() >= 1)


def test_restore_from_backup_and_team_library(qtbot, vietnamese, tmp_path):
    from editor_app.ui.dialogs.backups import RestoreBackupDialog
    from editor_app.ui.dialogs.team_library import TeamLibraryDialog

    _check(qtbot, RestoreBackupDialog(tmp_path / "thu-vien.sqlite"))
    _check(qtbot, TeamLibraryDialog("postgresql://lan@may-chu.toa-soan.vn:5432/tapchi"), labels=2)


def test_a_conflict_between_two_editors(qtbot, vietnamese):
    from editor_app.ui.dialogs.conflict import ConflictDialog

    theirs = ArticleData(title="Bài", body="Đoạn một của Lan.\n\nĐoạn hai.\n", updated_by="Nguyễn Thị Lan")
    mine = ArticleData(title="Bài", body="Đoạn một của Minh.\n\nĐoạn hai.\n")
    _check(qtbot, ConflictDialog(theirs, mine, ["Đoạn một"]), labels=2)


def test_image_details(qtbot, vietnamese, tmp_path):
    from PySide6.QtGui import QColor, QImage

    from editor_app.ui.editor.image_details import ImageDetailsDialog

    picture = tmp_path / "ảnh-hội-nghị-báo-chí-toàn-quốc-2026.png"
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#3070a0"))
    image.save(str(picture))
    _check(qtbot, ImageDetailsDialog(picture), labels=2)


def test_dialogs_asked_for_more_than_the_screen_get_the_screen(qtbot):
    from editor_app.ui.dialog_size import fit_to_screen

    dialog = QDialog()
    qtbot.addWidget(dialog)
    free = (dialog.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    fit_to_screen(dialog, free.width() * 2, free.height() * 2)
    assert dialog.width() <= free.width() and dialog.height() <= free.height()
    fit_to_screen(dialog, 10, 10)   # never smaller than its content
    assert dialog.width() >= dialog.minimumSizeHint().width()
