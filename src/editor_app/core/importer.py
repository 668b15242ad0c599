"""Importing article files into a library, each file on its own."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app.core.dto import ArticleData
from editor_app.core.errors import InputError
from editor_app.core.frontmatter import parse_article_file
from editor_app.core.prepare import prepare_files

if TYPE_CHECKING:
    from editor_app.core.store import Store

BATCH = 500  # articles per transaction (one fsync each)
FIRST_BATCH = 100  # the parallel import's first batch: the writer starts sooner
AHEAD = 3  # batches the worker may prepare ahead of the writer
# From this many files, parsing and normalising run in a second process while
# this one writes (both cores busy; starting the worker costs ~0.2 s).
PARALLEL_FROM = 1000


@dataclass(frozen=True)
class Imported:
    """What the report keeps of an imported article (not its text: an import of
    100,000 files would otherwise hold them all in memory)."""

    id: int
    slug: str
    title: str

    @classmethod
    def of(cls, art: ArticleData) -> "Imported":
        return cls(art.id, art.slug, art.title)


@dataclass
class ImportReport:
    imported: list[tuple[Path, Imported]] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)


def import_files(store: Store, paths: list[Path], *, update: bool = False) -> ImportReport:
    """Import every readable file; a bad file is reported and the rest go on.

    Without ``update`` an existing slug gets a unique suffix; with it, the
    article of that slug is updated (recording a revision).
    """
    report = ImportReport()
    if not update and len(paths) >= PARALLEL_FROM:
        _import_parallel(store, [Path(p) for p in paths], report)
        return report
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
        report.imported.append((path, Imported.of(saved)))


def _create(store: Store, pending: list[tuple[Path, ArticleData]], report: ImportReport) -> None:
    if not pending:
        return
    try:
        created = store.create_articles([d for _, d in pending], reason="imported")
    except (InputError, ValueError):
        # fall back to one transaction per file so only the bad one fails
        for path, data in pending:
            try:
                report.imported.append((path, Imported.of(store.create_article(data, reason="imported"))))
            except (InputError, ValueError) as exc:
                report.failed.append((path, str(exc)))
        return
    report.imported.extend((path, Imported.of(art)) for (path, _), art in zip(pending, created))


def _chunks(paths: list[Path]) -> list[list[str]]:
    """Batches for the worker; the first is small so writing starts early."""
    names = [str(p) for p in paths]
    first = FIRST_BATCH
    return [names[:first]] + [names[i:i + BATCH] for i in range(first, len(names), BATCH)]


def _import_parallel(store: Store, paths: list[Path], report: ImportReport) -> None:
    import multiprocessing
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    chunks = iter(_chunks(paths))
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        # a few batches in flight, not all: when writing is the slower side (a
        # large library), prepared articles must not pile up in memory
        pending = deque(pool.submit(prepare_files, c) for c in islice(chunks, AHEAD))
        while pending:
            prepared = pending.popleft().result()
            pending.extend(pool.submit(prepare_files, c) for c in islice(chunks, 1))
            good = [(Path(p), d) for p, d, _ in prepared if d is not None]
            report.failed.extend((Path(p), err) for p, d, err in prepared if d is None)
            if good:
                created = store.create_articles([d for _, d in good], reason="imported", normalized=True)
                report.imported.extend((p, Imported.of(art)) for (p, _), art in zip(good, created))
