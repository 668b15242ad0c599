"""The end of an import in the window: what came in, what was refused and why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QMessageBox

from editor_app.core.errors import N_, Text
from editor_app.ui.i18n import localized


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportReport", text)


def reply_for(report, exc: BaseException | None) -> dict:
    """The report as the CLI prints it (the single-instance channel's reply)."""
    from editor_app.core.importing.prepare import describe

    reply: dict = {"imported": [], "failed": [], "notes": []}
    if report is not None:
        reply["imported"] = [[str(p), a.id, a.slug, a.title] for p, a in report.imported]
        # the reason, and the same as a template with its values: the CLI says it in its own language
        reply["failed"] = [[str(p), why, _portable(why)] for p, why in report.failed]
        reply["notes"] = [[str(p), note, _portable(note)] for p, note in report.notes]
        if report.cancelled:
            reply["stopped"] = N_("the import was cancelled in the window; {count:,} files were not imported",
                                  count=report.cancelled).as_json()
    if exc is not None:
        reply["stopped"] = _portable(describe(exc, "imported"))
    return reply


def _portable(message) -> dict | str:
    return message.as_json() if isinstance(message, Text) else str(message)


def show_report(window, report, exc: BaseException | None) -> None:
    imported = len(report.imported) if report is not None else 0
    failed = report.failed if report is not None else []
    notes = report.notes if report is not None else []
    summary = tr(QT_TRANSLATE_NOOP("ImportReport", "%n article(s) imported.")).replace("%n", f"{imported:,}")
    if not failed and not notes and exc is None and not (report and report.cancelled):
        window.statusBar().showMessage(summary, 8000)
        return
    lines = []
    if failed:
        lines.append(tr(QT_TRANSLATE_NOOP("ImportReport", "Files not imported:")))
        lines += [f"• {path.name}: {localized(why)}" for path, why in failed]
    if notes:
        lines.append(tr(QT_TRANSLATE_NOOP("ImportReport", "Imported, with notes:")))
        lines += [f"• {path.name}: {localized(note)}" for path, note in notes]
    text = summary
    if failed:
        text += " " + tr(QT_TRANSLATE_NOOP("ImportReport", "%n file(s) could not be imported.")).replace(
            "%n", f"{len(failed):,}")
    if report is not None and report.cancelled:
        text += " " + tr(QT_TRANSLATE_NOOP("ImportReport", "Cancelled: %n file(s) were not read.")).replace(
            "%n", f"{report.cancelled:,}")
    if exc is not None:
        from editor_app.core.importing.prepare import describe

        text += " " + tr(QT_TRANSLATE_NOOP("ImportReport", "The import stopped: %1")).replace(
            "%1", describe(exc, "imported"))
    box = QMessageBox(QMessageBox.Icon.Warning if failed or exc else QMessageBox.Icon.Information,
                      tr(QT_TRANSLATE_NOOP("ImportReport", "Import")), text, QMessageBox.StandardButton.Ok, window)
    box.setObjectName("importReport")
    box.setDetailedText("\n".join(lines))
    box.setInformativeText("\n".join(lines[:12]) + ("\n…" if len(lines) > 12 else ""))
    box.open()
