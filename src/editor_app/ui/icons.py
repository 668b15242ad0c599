"""Icons from qtawesome's icon fonts, without importing qtawesome at start-up.

``import qtawesome`` goes through qtpy, which star-imports every class of
QtCore, QtGui and QtWidgets (~150-190 ms on the 2-core test machine), and its
first icon loads all twelve of its fonts (~50 ms): together a sixth of the
window's start. The program uses two of those fonts, Font Awesome 5 solid
(``fa5s.*``) and Material Design Icons 6 (``mdi6.*``). They are read here from
the installed qtawesome package (``find_spec`` locates it without running it)
and each glyph is drawn as qtawesome's own ``CharIconPainter`` draws it: 0.875
of the icon's height, centred, in the colour of the icon's mode.

A name from another font, or fonts that cannot be loaded, fall back to
qtawesome itself; if that fails too the icon is empty (never an exception).
"""

from __future__ import annotations

import json
import logging
from importlib.util import find_spec
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

# prefix -> (file name pattern of the font and of its charmap, style name)
_FONTS = {
    "fa5s": ("fontawesome5-solid-webfont-*", "Solid"),
    "mdi6": ("materialdesignicons6-webfont-*", ""),
}
_loaded: dict[str, tuple[str, str, dict[str, int]] | None] = {}


def _fonts_dir() -> Path | None:
    spec = find_spec("qtawesome")
    locations = list(spec.submodule_search_locations or []) if spec else []
    return next((Path(p) / "fonts" for p in locations if (Path(p) / "fonts").is_dir()), None)


def _font(prefix: str) -> tuple[str, str, dict[str, int]] | None:
    """(family, style, charmap) of a bundled font, loaded on first use."""
    if prefix not in _loaded:
        _loaded[prefix] = None
        pattern, style = _FONTS[prefix]
        folder = _fonts_dir()
        ttf = sorted(folder.glob(pattern + ".ttf")) if folder else []
        if ttf:
            charmap = ttf[-1].with_name(ttf[-1].stem.replace("-webfont-", "-webfont-charmap-") + ".json")
            font_id = QFontDatabase.addApplicationFont(str(ttf[-1]))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if families and charmap.is_file():
                codes = {k: int(v, 16) for k, v in json.loads(charmap.read_text("utf-8")).items()}
                _loaded[prefix] = (families[0], style, codes)
        if _loaded[prefix] is None:
            log.warning("icon font %s not found in qtawesome's fonts", prefix)
    return _loaded[prefix]


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


def _palette_color(group: QPalette.ColorGroup) -> QColor:
    app = QApplication.instance()
    return app.palette().color(group, QPalette.ColorRole.Text) if app else QColor(50, 50, 50)


def icon(name: str, color: QColor | str | None = None, color_disabled: QColor | str | None = None) -> QIcon:
    """The icon ``prefix.name`` (as in qtawesome), in ``color`` (the palette's text by default)."""
    prefix, _, glyph = name.partition(".")
    loaded = _font(prefix) if prefix in _FONTS else None
    if loaded is not None and glyph in loaded[2]:
        family, style, codes = loaded
        normal = QColor(color) if color is not None else _palette_color(QPalette.ColorGroup.Active)
        disabled = QColor(color_disabled) if color_disabled is not None \
            else _palette_color(QPalette.ColorGroup.Disabled)
        colors = {QIcon.Mode.Normal: normal, QIcon.Mode.Active: normal, QIcon.Mode.Selected: normal,
                  QIcon.Mode.Disabled: disabled}
        return QIcon(_GlyphEngine(family, style, chr(codes[glyph]), colors))
    return _qtawesome_icon(name, color, color_disabled)


def _qtawesome_icon(name: str, color, color_disabled) -> QIcon:
    try:
        import qtawesome

        options = {k: v for k, v in (("color", color), ("color_disabled", color_disabled)) if v is not None}
        return qtawesome.icon(name, **options)
    except Exception:  # noqa: BLE001 - a missing icon must not break the window
        log.warning("no icon %s", name, exc_info=True)
        return QIcon()
