"""Dialogs open at the size of their content, never larger than the screen's free area.

A dialog asks for a comfortable size (a list, a side-by-side comparison) with
:func:`fit_to_screen`; it gets at least what its content needs (its layout's
size hint, which grows with longer Vietnamese labels), and at most the free
area of the screen it opens on, so that its buttons are never off a 1280×720
laptop screen.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.92   # of the free area: room for the title bar and the window's frame


def fit_to_screen(widget: QWidget, width: int = 0, height: int = 0) -> None:
    """Size ``widget`` to its content, to ``width`` × ``height`` when that is larger,
    and within the free area of its screen."""
    screen = widget.screen() if widget.screen() is not None else QGuiApplication.primaryScreen()
    hint = widget.sizeHint().expandedTo(widget.minimumSizeHint())
    wanted_w, wanted_h = max(hint.width(), width), max(hint.height(), height)
    if screen is not None:
        free = screen.availableGeometry()
        wanted_w = min(wanted_w, int(free.width() * SCREEN_SHARE))
        wanted_h = min(wanted_h, int(free.height() * SCREEN_SHARE))
    widget.resize(wanted_w, wanted_h)
