"""A 1280×720 or 1366×768 laptop on a first start: titles readable in the list, a usable
search box, a formatting toolbar without an overflow button, a details panel that
scrolls, and no label cut short anywhere in the window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QScrollArea, QToolButton

from window_support import MAIN_SLUG, SAMPLES, make_ops, make_window, renderer  # noqa: F401

SIZES = [(1280, 720), (1366, 768)]


@pytest.fixture
def samples(store):
    from editor_app.core.importing.importer import import_files

    import_files(store, sorted((SAMPLES / "articles").glob("*.md")))
    return store


def _first_start_at(qtbot, w, width: int, height: int) -> None:
    """What restore_layout does on a screen of this size with no saved layout."""
    from editor_app.ui.window.layout import default_sizes

    w.resize(width, height)
    w.splitter.setSizes(default_sizes(width, w.list_panel.width_for_titles()))
    qtbot.waitUntil(lambda: w.width() == width, timeout=5000)
    qtbot.wait(50)


def clipped_labels(root, seen: list | None = None) -> list[str]:
    """Visible labels whose text needs more room than they have."""
    found = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text() or label.width() <= 1:
            continue
        if seen is not None:
            seen.append(label.text())
        if label.wordWrap():
            if label.heightForWidth(label.width()) > label.height() + 1:
                found.append(f"{label.text()!r}: {label.heightForWidth(label.width())} px high in {label.height()}")
        elif label.sizeHint().width() > label.width() + 1:
            found.append(f"{label.text()!r}: {label.sizeHint().width()} px wide in {label.width()}")
    return found


@pytest.mark.parametrize("width, height", SIZES)
def test_the_window_at_laptop_sizes(qtbot, samples, make_window, width, height):
    w = make_window(samples)
    _first_start_at(qtbot, w, width, height)
    # the list: titles of 24 characters or more
    view = w.list_panel.view
    shown = view.columnWidth(0) - 2 * view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin) - 8
    titles = [w.list_panel.model.index(r, 0).data() if hasattr(w.list_panel, "model") else None
              for r in range(w.list_panel.row_count())]
    metrics = view.fontMetrics()
    sample = "Quản trị truyền thông thương hiệu"[:24]
    assert metrics.horizontalAdvance(sample) <= shown, (shown, titles)
    # the search box shows its placeholder
    search = w.list_panel.search_edit
    assert search.width() >= search.fontMetrics().horizontalAdvance(search.placeholderText()) + 20
    # the formatting toolbar has no overflow (») button
    bar = w.editor_area.toolbar()
    extension = [b for b in bar.findChildren(QToolButton) if b.objectName() == "qt_toolbar_ext_button"]
    assert not any(b.isVisible() for b in extension)
    # Find and replace fits the editor's width: opening it squeezes nothing
    area_width = w.editor_area.width()
    find = w.editor_area.find_bar()
    find.open_replace()
    qtbot.waitUntil(find.isVisible, timeout=3000)
    assert find.minimumSizeHint().width() <= area_width
    qtbot.wait(20)
    assert w.editor_area.width() == area_width
    # the details scroll
    assert isinstance(w.meta.parentWidget().parentWidget(), QScrollArea) or w.meta.findChild(QScrollArea)
    # a wrong DOI: its message wraps under the field, whole
    w.meta.doi_edit.setText("doi:10.12/không phải DOI vì có khoảng trắng")
    w.meta.doi_check.validate()
    qtbot.waitUntil(lambda: w.meta.doi_message.isVisible(), timeout=3000)
    qtbot.wait(50)
    assert w.meta.doi_message.text()
    seen = []
    assert clipped_labels(w, seen) == []
    assert len(seen) >= 15, seen            # the labels of the list, details, status bar...


def test_a_clipped_label_is_found(qtbot):
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    short = QLabel("Một nhãn khá dài không vừa chỗ", box)
    wrapped = QLabel("Một thông báo lỗi dài, xuống dòng nhiều lần trong một ô hẹp " * 3, box)
    wrapped.setWordWrap(True)
    layout.addWidget(short)
    layout.addWidget(wrapped)
    box.show()
    qtbot.waitExposed(box)
    assert clipped_labels(box) == []
    layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
    short.setFixedWidth(40)
    wrapped.setFixedHeight(12)
    qtbot.wait(20)
    assert len(clipped_labels(box)) == 2


def test_the_journal_profile_dialog_sizes_itself(qtbot, store, make_ops):
    from PySide6.QtWidgets import QFormLayout

    from editor_app.ui.dialogs.profile import ProfileDialog

    ops = make_ops(store)
    dialog = ProfileDialog(ops)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=5000)
    url = dialog.edits["base_url"]
    assert url.width() >= url.fontMetrics().horizontalAdvance(url.placeholderText()) + 8
    assert dialog.layout().fieldGrowthPolicy() == QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow
    dialog.edits["issn"].setText("1234-5678")       # a wrong check digit: a long message
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.problem.isVisible() and bool(dialog.problem.text()), timeout=3000)
    qtbot.wait(50)
    assert clipped_labels(dialog) == []
