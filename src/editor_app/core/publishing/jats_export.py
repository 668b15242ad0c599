"""Writing JATS files: ``<slug>.xml`` per article and its images in ``<slug>/`` (no Qt).

Bodies are rendered on all cores as for the HTML export; every file is written
atomically. An article in an issue gets the issue's volume and number.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.core.dto import ArticleData
from editor_app.core.library import issues as issue_store
from editor_app.core.publishing.export import (
    ExportFailure, ExportReport, PageProblem, _rendered, _unwrap, fsync_dir, page_filename, write_atomic,
)
from editor_app.core.publishing.jats import IssueInfo, article_jats


def write_jats(store, out_dir: Path, articles: list[ArticleData], report: ExportReport, *,
               issue: issue_store.IssueData | None = None, workers: int | None = None, timeout: float = 5.0,
               progress=None) -> None:
    profile = store.get_profile()
    for done, (article, result) in enumerate(_rendered(articles, workers, timeout), 1):
        try:
            rendered = _unwrap(result)
            name = page_filename(article.slug)[:-len(".html")] + ".xml"
            info = _issue_info(store, article, issue)
            path = out_dir / name
            write_atomic(path, article_jats(article, rendered.html, profile, info))
            _write_images(store, out_dir / article.slug, article, rendered.asset_refs)
            report.written.append(path)
        except PageProblem as exc:
            report.errors.append(ExportFailure(article.slug, str(exc)))
        except OSError as exc:
            report.errors.append(ExportFailure(article.slug, f"cannot write the file: {exc.strerror or exc}"))
        if progress:
            progress(done, len(articles))
    fsync_dir(out_dir)


def _issue_info(store, article: ArticleData, issue) -> IssueInfo | None:
    if issue is None and article.id is not None:
        found = issue_store.issues_of(store, article.id)
        issue = found[0] if len(found) == 1 else None   # in several issues: none is "the" issue
    return IssueInfo(issue.volume, issue.number, issue.year) if issue is not None else None


def _write_images(store, folder: Path, article: ArticleData, names) -> None:
    names = [n for n in dict.fromkeys(names)]
    if not names or article.id is None:
        return
    folder.mkdir(exist_ok=True)
    for name in names:
        if "/" in name or "\\" in name or name.startswith("."):
            continue
        try:
            _mime, data = store.get_asset(article.id, name)
        except Exception:  # noqa: BLE001 - a missing image is left out (the page export says so)
            continue
        write_atomic(folder / name, data)
