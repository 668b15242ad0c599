"""An issue of the journal exported: its page as ``index.html`` and the pages of its
articles that are ready (no Qt).

The issue page names the journal, the volume, number and year, the issue's title,
date and editor's note, and lists the articles in the issue's order, grouped by
section (sections in the order their first article comes). Only articles that are
published and pass the pre-publish checks are written and listed; each one held
back is reported with its reason (``ExportReport.held``), and the journal profile
must pass its checks first (an invalid base URL stops the export: every canonical
link would be missing).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from editor_app.core.dto import ArticleData
from editor_app.core.errors import N_, InputError
from editor_app.core.library import issues as issue_store
from editor_app.core.publishing import page as page_ctx
from editor_app.core.publishing.checks import ERROR, profile_problems
from editor_app.core.publishing.export import (
    INDEX_NAME, ExportFailure, ExportReport, _entry, _majority_language, _render, fsync_dir, make_folder,
    write_atomic, write_pages,
)
from editor_app.core.publishing.gate import _exists, held_back
from editor_app.core.text import clean_line


@dataclass
class IssueExport:
    report: ExportReport
    held: list[ExportFailure] = field(default_factory=list)   # articles of the issue not published with it

    @property
    def ok(self) -> bool:
        return self.report.ok and not self.held


def export_issue(store, key: str, out_dir: Path, *, fmt: str = "html", workers: int | None = None,
                 timeout: float = 5.0, progress=None) -> IssueExport:
    """The issue page and its ready articles' pages (``fmt="jats"``: their JATS XML,
    with the issue's volume and number; no issue page)."""
    issue = issue_store.get(store, key)
    if issue is None:
        raise InputError(N_("no issue {key!r} in the library (see: editor-app issue list)", key=key))
    errors = [p for p in profile_problems(store.get_profile()) if p.severity == ERROR]
    if errors:
        raise InputError("the journal profile must be fixed first: " + "; ".join(p.message for p in errors))
    out_dir = make_folder(out_dir)
    result = IssueExport(ExportReport(out_dir))
    exists = _exists(store)
    ready: list[ArticleData] = []
    for entry in issue.entries:
        article = store.get_by_slug(entry.slug)
        reason = held_back(store, article, exists) if article is not None else "no longer in the library"
        if reason:
            result.held.append(ExportFailure(entry.slug, reason))
        else:
            ready.append(article)
    if fmt == "jats":
        from editor_app.core.publishing.jats_export import write_jats

        write_jats(store, out_dir, ready, result.report, issue=issue, workers=workers, timeout=timeout,
                   progress=progress)
        return result
    write_pages(store, out_dir, ready, result.report, None, workers=workers, timeout=timeout, progress=progress)
    written = [a for a in ready if (out_dir / f"{a.slug}.html") in result.report.written]
    try:
        path = out_dir / INDEX_NAME
        write_atomic(path, issue_page(store, issue, written))
        result.report.written.append(path)
    except OSError as exc:
        result.report.errors.append(ExportFailure(INDEX_NAME, f"cannot write the issue page: {exc.strerror or exc}"))
    fsync_dir(out_dir)
    return result


def issue_page(store, issue: issue_store.IssueData, articles: list[ArticleData]) -> str:
    profile = page_ctx.clean_profile(store.get_profile())
    lang = _majority_language(articles) if articles else "vi"
    t = page_ctx.labels(lang)
    numbering = f"{t['volume']} {issue.volume} · {t['number']} {issue.number} · {t['year']} {issue.year}"
    title = clean_line(issue.title)
    heading = f"{title} – {numbering}" if title else numbering
    groups: dict[str, list[dict]] = {}
    for article in articles:   # the issue's order; a section where its first article is
        groups.setdefault(clean_line(article.section), []).append(_entry(article, lang))
    sections = [{"name": name or (t["other_section"] if len(groups) > 1 else ""), "entries": entries}
                for name, entries in groups.items()]
    return _render("issue.html", lang=lang, t=t, journal=profile,
                   title=f"{heading} – {profile.name}" if profile.name else heading,
                   description=f"{profile.name}: {numbering}" if profile.name else numbering,
                   canonical=page_ctx.page_url(profile, INDEX_NAME), numbering=numbering, issue_title=title,
                   date_iso=issue.published_on.isoformat() if issue.published_on else "",
                   date_text=page_ctx.format_date(issue.published_on, lang), note=issue.note.strip(),
                   sections=sections)
