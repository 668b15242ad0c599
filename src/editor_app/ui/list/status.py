"""An article's status as the interface shows it: its translated label and coloured dot."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from editor_app.core.status import Status

_STATUS_SOURCE = {
    Status.DRAFT.value: QT_TRANSLATE_NOOP("Status", "Draft"),
    Status.IN_REVIEW.value: QT_TRANSLATE_NOOP("Status", "In review"),
    Status.CHANGES_REQUESTED.value: QT_TRANSLATE_NOOP("Status", "Changes requested"),
    Status.APPROVED.value: QT_TRANSLATE_NOOP("Status", "Approved"),
    Status.PUBLISHED.value: QT_TRANSLATE_NOOP("Status", "Published"),
    Status.ARCHIVED.value: QT_TRANSLATE_NOOP("Status", "Archived"),
}
STATUS_COLORS = {
    Status.DRAFT.value: "#8a8f98",
    Status.IN_REVIEW.value: "#d08c00",
    Status.CHANGES_REQUESTED.value: "#d0453a",
    Status.APPROVED.value: "#2f7fd1",
    Status.PUBLISHED.value: "#2e9d5b",
    Status.ARCHIVED.value: "#6b5b95",
}
_dot_cache: dict[str, QIcon] = {}


def status_label(status: str) -> str:
    """The translated label of a status value (the value itself if unknown)."""
    source = _STATUS_SOURCE.get(status)
    return QCoreApplication.translate("Status", source) if source else status


def status_values() -> list[str]:
    return [s.value for s in Status]


def status_icon(status: str) -> QIcon:
    """A small coloured dot for the status (needs a QGuiApplication)."""
    icon = _dot_cache.get(status)
    if icon is None:
        pix = QPixmap(24, 24)
        pix.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pix)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(STATUS_COLORS.get(status, "#999999")))
        painter.drawEllipse(5, 5, 14, 14)
        painter.end()
        icon = _dot_cache[status] = QIcon(pix)
    return icon
