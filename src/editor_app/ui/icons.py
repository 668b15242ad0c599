"""Icons from qtawesome's icon fonts, without importing qtawesome at start-up.

``import qtawesome`` goes through qtpy, which star-imports every class of
QtCore, QtGui and QtWidgets (~150-190 ms on the 2-core test machine), and its
first icon loads all twelve of its fonts (~50 ms): together a sixth of the
window's start (``bench/bench_icons.py`` measures both ways). The program uses
two of those fonts, Font Awesome 5 solid (``fa5s.*``) and Material Design
Icons 6 (``mdi6.*``). They are read here from the installed qtawesome package
(``find_spec`` locates it without running it) and each glyph is drawn as
qtawesome's own ``CharIconPainter`` draws it: 0.875 of the icon's height,
centred, in the colour of the icon's mode.

What this relies on in qtawesome (hence the version cap in pyproject.toml):
the ``fonts`` folder inside the package, the font file names
``fontawesome5-solid-webfont[-VERSION].ttf`` and
``materialdesignicons6-webfont[-VERSION].ttf`` (unversioned up to 1.3.0), and
their charmaps ``<same stem>-charmap[-VERSION].json`` mapping names to hex code
points.

A name from another font, or fonts that cannot be loaded, fall back to
qtawesome itself; if that fails too the icon is empty (never an exception).
Such a fall-back is slow and silent for the user, so it is logged and
recorded: ``fallbacks()`` names every icon not drawn from the fonts and
``font_files()`` the fonts found; the tests and the self-test check both. The
fall-back's ``import qtawesome`` is also what makes PyInstaller bundle
qtawesome with its fonts (its hook collects them) for the frozen program.
"""

from __future__ import annotations

import json
import logging
from importlib.util import find_spec
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

# prefix -> (stem of the font's file name, style name)
_FONTS = {
    "fa5s": ("fontawesome5-solid-webfont", "Solid"),
    "mdi6": ("materialdesignicons6-webfont", ""),
}


class _Font(NamedTuple):
    family: str
    style: str
    codes: dict[str, str]   # glyph name -> hex code point, as in the charmap
    path: Path


_loaded: dict[str, _Font | None] = {}
_fallbacks: set[str] = set()


def _fonts_dir() -> Path | None:
    spec = find_spec("qtawesome")
    locations = list(spec.submodule_search_locations or []) if spec else []
    return next((Path(p) / "fonts" for p in locations if (Path(p) / "fonts").is_dir()), None)


def _font_file(folder: Path, stem: str) -> tuple[Path, Path] | None:
    """(font, charmap) for ``stem``: the newest ``stem-VERSION.ttf``, else ``stem.ttf``."""
    candidates = sorted(folder.glob(f"{stem}-*.ttf")) + [folder / f"{stem}.ttf"]
    for ttf in reversed(candidates):
        charmap = ttf.with_name(ttf.stem.replace(stem, stem + "-charmap", 1) + ".json")
        if ttf.is_file() and charmap.is_file():
            return ttf, charmap
    return None


def _load(prefix: str) -> _Font | None:
    stem, style = _FONTS[prefix]
    folder = _fonts_dir()
    files = _font_file(folder, stem) if folder else None
    if files is None:
        log.warning("icon font %s (%s*.ttf and its charmap) not found in %s", prefix, stem,
                    folder or "qtawesome (not installed)")
        return None
    ttf, charmap = files
    try:
        codes = json.loads(charmap.read_text("utf-8"))   # 7,000 names: each read when drawn
        if not isinstance(codes, dict):
            raise ValueError("not a JSON object")
    except (OSError, ValueError) as exc:
        log.warning("icon font %s: cannot read %s: %s", prefix, charmap, exc)
        return None
    font_id = QFontDatabase.addApplicationFont(str(ttf))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("icon font %s: Qt cannot load %s", prefix, ttf)
        return None
    return _Font(families[0], style, codes, ttf)


def _font(prefix: str) -> _Font | None:
    """The bundled font of ``prefix``, loaded on first use (None if it cannot be)."""
    if prefix not in _loaded:
        _loaded[prefix] = _load(prefix)
    return _loaded[prefix]


def font_files() -> dict[str, Path]:
    """prefix -> the font file its icons are drawn from; a font that cannot be loaded is absent."""
    return {prefix: font.path for prefix in _FONTS if (font := _font(prefix)) is not None}


def fallbacks() -> frozenset[str]:
    """Every icon name asked for so far that was not drawn from the fonts above."""
    return frozenset(_fallbacks)


class _GlyphEngine(QIconEngine):
    def __init__(self, family: str, style: str, char: str, colors: dict[QIcon.Mode, QColor]):
        super().__init__()
        self._family, self._style, self._char, self._colors = family, style, char, colors

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        painter.setPen(self._colors.get(mode, self._colors[QIcon.Mode.Normal]))
        font = QFont()
        font.setFamily(self._family)
        font.setPixelSize(max(1, round(0.875 * rect.height())))
        if self._style:
            font.setStyleName(self._style)
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self._char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _GlyphEngine(self._family, self._style, self._char, dict(self._colors))


def _code_point(value) -> int | None:
    try:
        code = int(value, 16)
    except (TypeError, ValueError):
        return None
    return code if 0 < code <= 0x10FFFF else None


def _palette_color(group: QPalette.ColorGroup) -> QColor:
    app = QApplication.instance()
    return app.palette().color(group, QPalette.ColorRole.Text) if app else QColor(50, 50, 50)


def icon(name: str, color: QColor | str | None = None, color_disabled: QColor | str | None = None) -> QIcon:
    """The icon ``prefix.name`` (as in qtawesome), in ``color`` (the palette's text by default)."""
    prefix, _, glyph = name.partition(".")
    loaded = _font(prefix) if prefix in _FONTS else None
    code = _code_point(loaded.codes.get(glyph)) if loaded is not None else None
    if code is not None:
        normal = QColor(color) if color is not None else _palette_color(QPalette.ColorGroup.Active)
        disabled = QColor(color_disabled) if color_disabled is not None \
            else _palette_color(QPalette.ColorGroup.Disabled)
        colors = {QIcon.Mode.Normal: normal, QIcon.Mode.Active: normal, QIcon.Mode.Selected: normal,
                  QIcon.Mode.Disabled: disabled}
        return QIcon(_GlyphEngine(loaded.family, loaded.style, chr(code), colors))
    if name not in _fallbacks:
        _fallbacks.add(name)
        log.warning("icon %s is not in the bundled icon fonts: drawn by qtawesome", name)
    return _qtawesome_icon(name, color, color_disabled)


def _qtawesome_icon(name: str, color, color_disabled) -> QIcon:
    try:
        import qtawesome

        options = {k: v for k, v in (("color", color), ("color_disabled", color_disabled)) if v is not None}
        return qtawesome.icon(name, **options)
    except Exception:  # noqa: BLE001 - a missing icon must not break the window
        log.warning("no icon %s", name, exc_info=True)
        return QIcon()
