"""The icons are drawn from qtawesome's fonts, found on disk, and look as qtawesome draws them.

If a font is not found, ``icons.icon`` quietly asks qtawesome instead (slower
start, same pixels), so comparing pixels alone would compare qtawesome with
itself: every test here also checks that the fonts were found and that no icon
of the program fell back.
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFontDatabase, QIcon, QImage

from window_support import make_window, renderer  # noqa: F401 - fixtures; also sets the Qt environment first

SRC = Path(__file__).resolve().parents[2] / "src" / "editor_app"
QTAWESOME_FONTS = Path(find_spec("qtawesome").origin).parent / "fonts"


def used_icon_names() -> list[str]:
    """Every "prefix.name" string in the program's source, for any of qtawesome's fonts."""
    import qtawesome

    prefixes = "|".join(sorted({font[0] for font in qtawesome._BUNDLED_FONTS}, key=len, reverse=True))
    pattern = re.compile(r"[\"']((?:%s)\.[a-z0-9-]+)[\"']" % prefixes)
    names = set()
    for path in SRC.rglob("*.py"):
        names |= set(pattern.findall(path.read_text(encoding="utf-8")))
    return sorted(names)


def image(icon: QIcon, size: int, mode=QIcon.Mode.Normal) -> QImage:
    return icon.pixmap(QSize(size, size), mode).toImage().convertToFormat(QImage.Format.Format_ARGB32)


def ink(img: QImage) -> int:
    return sum(img.pixelColor(x, y).alpha() > 0 for x in range(img.width()) for y in range(img.height()))


@pytest.fixture
def fresh_icons(monkeypatch):
    """editor_app.ui.icons with nothing loaded and no fall-back recorded (restored afterwards)."""
    from editor_app.ui import icons

    monkeypatch.setattr(icons, "_loaded", {})
    monkeypatch.setattr(icons, "_fallbacks", set())
    return icons


def test_the_fonts_are_found_in_the_installed_qtawesome(qapp, fresh_icons):
    files = fresh_icons.font_files()
    assert set(files) == {"fa5s", "mdi6"}, f"icon fonts not found: {files}"
    for path in files.values():
        assert path.parent == QTAWESOME_FONTS and path.is_file()
    families = set(QFontDatabase.families())
    assert {fresh_icons._font("fa5s").family, fresh_icons._font("mdi6").family} <= families
    assert fresh_icons._font("fa5s").family.startswith("Font Awesome 5")
    assert fresh_icons._font("mdi6").family == "Material Design Icons"


def test_every_icon_the_program_uses_is_drawn_from_the_fonts_as_qtawesome_draws_it(qapp, fresh_icons):
    import qtawesome

    names = used_icon_names()
    assert len(names) >= 30
    for name in names:
        ours = fresh_icons.icon(name, color="#204080")
        assert name not in fresh_icons.fallbacks(), f"{name} is not drawn from the bundled fonts"
        for size in (16, 24):
            mine = image(ours, size)
            theirs = image(qtawesome.icon(name, color="#204080"), size)
            assert ink(mine) > size, f"{name} drew nothing"
            differing = sum(mine.pixel(x, y) != theirs.pixel(x, y) for x in range(size) for y in range(size))
            assert differing <= size * size // 50, f"{name} at {size}px differs in {differing} pixels"
    assert fresh_icons.fallbacks() == frozenset()


def test_the_window_draws_no_icon_through_qtawesome(qapp, fresh_icons, make_window, store):
    """Icons asked for at run time (actions, toolbar, find bar, save state), whatever their source."""
    make_window(store, select_first=False)
    assert fresh_icons.fallbacks() == frozenset()
    assert set(fresh_icons._loaded) == {"fa5s", "mdi6"} and None not in fresh_icons._loaded.values()


def test_a_missing_font_is_reported_not_hidden(qapp, fresh_icons, monkeypatch, tmp_path, caplog):
    """Without the fonts the icon still draws (qtawesome), but the checks above would fail."""
    monkeypatch.setattr(fresh_icons, "_fonts_dir", lambda: tmp_path)
    with caplog.at_level(logging.WARNING, logger=fresh_icons.__name__):
        drawn = fresh_icons.icon("fa5s.save", color="#204080")
    assert ink(image(drawn, 24)) > 24  # qtawesome drew it
    assert fresh_icons.fallbacks() == {"fa5s.save"}
    assert "fa5s" not in fresh_icons.font_files()
    assert "icon font fa5s" in caplog.text and str(tmp_path) in caplog.text


def test_the_self_test_fails_when_the_fonts_are_missing(qapp, fresh_icons, monkeypatch, tmp_path):
    """The frozen program's --self-test (run by packaging/build.py) catches fonts left out of the bundle."""
    from editor_app import selftest

    selftest._step_icons(tmp_path, {})  # the fonts found: passes
    monkeypatch.setattr(fresh_icons, "_loaded", {})
    monkeypatch.setattr(fresh_icons, "_fonts_dir", lambda: None)
    with pytest.raises(selftest.StepFailed, match="icon fonts not found.*fa5s.save"):
        selftest._step_icons(tmp_path, {})


@pytest.mark.parametrize("version", ["-5.15.4", ""], ids=["qtawesome>=1.3.1", "qtawesome-1.3.0"])
def test_fonts_are_found_under_either_file_naming(qapp, fresh_icons, monkeypatch, tmp_path, version):
    """qtawesome 1.3.1 added the font's version to its file names; 1.3.0 had none."""
    (real_ttf,) = QTAWESOME_FONTS.glob("fontawesome5-solid-webfont*.ttf")
    (real_map,) = QTAWESOME_FONTS.glob("fontawesome5-solid-webfont-charmap*.json")
    shutil.copy(real_ttf, tmp_path / f"fontawesome5-solid-webfont{version}.ttf")
    shutil.copy(real_map, tmp_path / f"fontawesome5-solid-webfont-charmap{version}.json")
    monkeypatch.setattr(fresh_icons, "_fonts_dir", lambda: tmp_path)
    assert not fresh_icons.icon("fa5s.save").isNull()
    assert fresh_icons.font_files() == {"fa5s": tmp_path / f"fontawesome5-solid-webfont{version}.ttf"}
    assert fresh_icons.fallbacks() == frozenset()


def test_a_font_without_its_charmap_is_not_used(qapp, fresh_icons, monkeypatch, tmp_path):
    shutil.copy(next(QTAWESOME_FONTS.glob("materialdesignicons6-webfont*.ttf")), tmp_path / "materialdesignicons6-webfont-6.9.96.ttf")
    (tmp_path / "materialdesignicons6-webfont-charmap-6.9.96.json").write_text("[not json", encoding="utf-8")
    monkeypatch.setattr(fresh_icons, "_fonts_dir", lambda: tmp_path)
    assert "mdi6" not in fresh_icons.font_files()
    fresh_icons.icon("mdi6.format-bold")
    assert fresh_icons.fallbacks() == {"mdi6.format-bold"}


def test_colours_by_mode_and_fallbacks(qapp, fresh_icons):
    icon = fresh_icons.icon("mdi6.format-bold", color="#ff0000", color_disabled="#00ff00")
    normal, disabled = image(icon, 32), image(icon, 32, QIcon.Mode.Disabled)

    def colours(img):
        return {img.pixelColor(x, y).name() for x in range(32) for y in range(32) if img.pixelColor(x, y).alpha() == 255}

    assert colours(normal) == {"#ff0000"} and colours(disabled) == {"#00ff00"}
    assert fresh_icons.fallbacks() == frozenset()
    # another qtawesome font: drawn by qtawesome itself, and recorded as such
    assert not fresh_icons.icon("ph.house").isNull()
    # an unknown name: an empty icon, no exception
    assert fresh_icons.icon("mdi6.no-such-icon-here").isNull()
    assert fresh_icons.fallbacks() == {"ph.house", "mdi6.no-such-icon-here"}


def test_opening_the_window_does_not_import_qtawesome():
    code = ("import sys, editor_app.ui.window.main_window, editor_app.app; "
            "print('qtawesome' in sys.modules, 'qtpy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.split() == ["False", "False"], out.stderr
