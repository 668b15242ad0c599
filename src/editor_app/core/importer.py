"""Importing article files into a library, each file on its own."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from editor_app.core.dto import ArticleData
from editor_app.core.errors import InputError
from editor_app.core.frontmatter import parse_article_file
from editor_app.core.store import Store

BATCH = 500  # articles per transaction (one fsync each)


@dataclass
class ImportReport:
    imported: list[tuple[Path, ArticleData]] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)


def import_files(store: Store, paths: list[Path], *, update: bool = False) -> ImportReport:
    """Import every readable file; a bad file is reported and the rest go on.

    Without ``update`` an existing slug gets a unique suffix; with it, the
    article of that slug is updated (recording a revision).
    """
    report = ImportReport()
    pending: list[tuple[Path, ArticleData]] = []
    for path in map(Path, paths):
        try:
            data = parse_article_file(path)
        except InputError as exc:
            report.failed.append((path, str(exc)))
            continue
        if update and data.slug and (existing := store.get_by_slug(data.slug)) is not None:
            _update(store, path, existing, data, report)
            continue
        pending.append((path, data))
        if len(pending) >= BATCH:
            _create(store, pending, report)
            pending = []
    _create(store, pending, report)
    return report


def _update(store: Store, path: Path, existing: ArticleData, data: ArticleData,
            report: ImportReport) -> None:
    data.id = existing.id
    try:
        saved = store.save_article(data, reason=f"imported from {path.name}")
    except InputError as exc:
        report.failed.append((path, str(exc)))
    else:
        report.imported.append((path, saved))


def _create(store: Store, pending: list[tuple[Path, ArticleData]], report: ImportReport) -> None:
    if not pending:
        return
    try:
        created = store.create_articles([d for _, d in pending], reason="imported")
    except (InputError, ValueError):
        # fall back to one transaction per file so only the bad one fails
        for path, data in pending:
            try:
                report.imported.append((path, store.create_article(data, reason="imported")))
            except (InputError, ValueError) as exc:
                report.failed.append((path, str(exc)))
        return
    report.imported.extend((path, art) for (path, _), art in zip(pending, created))
