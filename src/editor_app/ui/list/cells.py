"""What a row of the article list shows: its cells' text and tooltips, times in the user's locale."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone

from editor_app.core.dto import ArticleRow
from editor_app.ui.list.status import status_label

TITLE, STATUS, SECTION, UPDATED = range(4)   # the columns, in ``model.COLUMNS`` order


def display(row: ArticleRow, col: int) -> str:
    if row.damaged:
        return QCoreApplication.translate("ArticleList", "⚠ Damaged article #{id}").format(id=row.id) \
            if col == TITLE else ""
    if col == TITLE:
        return row.title or QCoreApplication.translate("ArticleList", "(untitled)")
    if col == STATUS:
        return status_label(row.status)
    if col == SECTION:
        return row.section
    if col == UPDATED:
        return format_compact(row.updated_at)
    return ""


def tooltip(row: ArticleRow, col: int) -> str | None:
    if row.damaged:
        return QCoreApplication.translate(
            "ArticleList", "This article cannot be read ({reason}); the others are not affected.").format(
            reason=row.damaged)
    if col == TITLE:
        return f"{row.title}\n{row.slug}" if row.title else row.slug
    if col == UPDATED:
        return format_timestamp(row.updated_at, QLocale.FormatType.LongFormat)
    return None


def open_elsewhere_text(editors: list[str]) -> str:
    return QCoreApplication.translate("ArticleList", "Open in another window by {names}").format(
        names=", ".join(editors))


def open_elsewhere_icon():
    from editor_app.ui import icons

    return icons.icon("fa5s.user-edit")


def format_timestamp(value, fmt=QLocale.FormatType.ShortFormat) -> str:
    """A naive UTC datetime from the store, as local time in the user's locale."""
    if value is None:
        return ""
    utc = QDateTime(value.date(), value.time(), QTimeZone.utc())
    return QLocale().toString(utc.toLocalTime(), fmt)


def format_compact(value) -> str:
    """The list's Updated column: the time today, else the day (and the year if not this one)."""
    if value is None:
        return ""
    local = QDateTime(value.date(), value.time(), QTimeZone.utc()).toLocalTime()
    locale, today = QLocale(), QDateTime.currentDateTime().date()
    if local.date() == today:
        return locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    if local.date().year() == today.year():
        day_month = "dd/MM" if locale.language() != QLocale.Language.English or \
            locale.territory() != QLocale.Country.UnitedStates else "MM/dd"
        return locale.toString(local.date(), day_month)
    return locale.toString(local.date(), QLocale.FormatType.ShortFormat)
