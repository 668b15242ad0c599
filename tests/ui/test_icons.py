"""The icons drawn from qtawesome's fonts look as qtawesome draws them."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QImage

import window_support  # noqa: F401 - sets the Qt environment first

SRC = Path(__file__).resolve().parents[2] / "src" / "editor_app"


def used_icon_names() -> list[str]:
    names = set()
    for path in SRC.rglob("*.py"):
        names |= set(re.findall(r"\"((?:fa5s|mdi6)\.[a-z0-9-]+)\"", path.read_text(encoding="utf-8")))
    return sorted(names)


def image(icon: QIcon, size: int, mode=QIcon.Mode.Normal) -> QImage:
    return icon.pixmap(QSize(size, size), mode).toImage().convertToFormat(QImage.Format.Format_ARGB32)


def ink(img: QImage) -> int:
    return sum(img.pixelColor(x, y).alpha() > 0 for x in range(img.width()) for y in range(img.height()))


def test_every_icon_the_program_uses_matches_qtawesome(qapp):
    import qtawesome

    from editor_app.ui import icons

    names = used_icon_names()
    assert len(names) >= 30
    for name in names:
        for size in (16, 24):
            ours = image(icons.icon(name, color="#204080"), size)
            theirs = image(qtawesome.icon(name, color="#204080"), size)
            assert ink(ours) > size, f"{name} drew nothing"
            differing = sum(ours.pixel(x, y) != theirs.pixel(x, y) for x in range(size) for y in range(size))
            assert differing <= size * size // 50, f"{name} at {size}px differs in {differing} pixels"


def test_colours_by_mode_and_fallbacks(qapp):
    from editor_app.ui import icons

    icon = icons.icon("mdi6.format-bold", color="#ff0000", color_disabled="#00ff00")
    normal, disabled = image(icon, 32), image(icon, 32, QIcon.Mode.Disabled)

    def colours(img):
        return {img.pixelColor(x, y).name() for x in range(32) for y in range(32) if img.pixelColor(x, y).alpha() == 255}

    assert colours(normal) == {"#ff0000"} and colours(disabled) == {"#00ff00"}
    # another qtawesome font: drawn by qtawesome itself
    assert not icons.icon("ph.house").isNull()
    # an unknown name: an empty icon, no exception
    assert icons.icon("mdi6.no-such-icon-here").isNull()


def test_opening_the_window_does_not_import_qtawesome():
    code = ("import sys, editor_app.ui.main_window, editor_app.app; "
            "print('qtawesome' in sys.modules, 'qtpy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.split() == ["False", "False"], out.stderr
