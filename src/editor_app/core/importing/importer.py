"""Importing article files into a library, each file on its own.

A file that cannot be read, parsed or stored is reported with a one-line
reason and the others go on. Only a failure of the library itself (disk full,
read-only, damaged) stops the import: :class:`ImportStopped` says so and keeps
the report of what was imported before.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app.core.dto import ArticleData
from editor_app.core.errors import DamagedArticleError, LibraryError
from editor_app.core.importing.prepare import Prepared, describe, prepare_files, prepare_stream
from editor_app.core.text import one_line, slug_problem

if TYPE_CHECKING:
    from concurrent.futures import Future

    from editor_app.core.library.store import Store

BATCH = 500  # articles per transaction (one fsync each)
BATCH_BYTES = 12 * 1024 * 1024  # or fewer, when their images weigh this much
FIRST_BATCH = 100  # the parallel import's first batch: the writer starts sooner
AHEAD = 3  # batches the worker may prepare ahead of the writer
# From this many files, parsing and normalising run in a second process while
# this one writes (both cores busy; starting the worker costs ~0.2 s).
PARALLEL_FROM = 1000
log = logging.getLogger(__name__)


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
    failed: list[tuple[Path, str]] = field(default_factory=list)  # one-line reasons
    notes: list[tuple[Path, str]] = field(default_factory=list)  # imported, but changed (one line)
    cancelled: int = 0  # files not imported because the user cancelled
    # told of each article as soon as its transaction is committed (the CLI prints it then)
    on_imported: Callable[[Path, Imported], None] | None = field(default=None, repr=False, compare=False)


class ImportStopped(LibraryError):
    """The library could not be written (disk full, read-only, damaged): the
    import stopped. ``report`` holds what was imported before."""

    def __init__(self, message: str, report: ImportReport):
        super().__init__(message)
        self.report = report


def import_files(store: Store, paths: list[Path], *, update: bool = False,
                 on_imported: Callable[[Path, Imported], None] | None = None) -> ImportReport:
    """Import every readable file; a bad file is reported and the rest go on.

    Without ``update`` an existing slug gets a unique suffix; with it, the
    article of that slug is updated (recording a revision). ``on_imported`` is
    called for each article once it is committed.
    """
    report = ImportReport(on_imported=on_imported)
    paths = [Path(p) for p in paths]
    if not update and len(paths) >= PARALLEL_FROM:
        _import_parallel(store, paths, report, len(paths))
        return report
    from editor_app.core.importing.converter import Converter

    with Converter() as converter:   # its children start only if a Word file or web page comes
        _import_each(store, paths, report, update, converter)
    return report


def _import_each(store: Store, paths: list[Path], report: ImportReport, update: bool, converter) -> None:
    pending: list[Prepared] = []
    held = 0   # bytes of images waiting with them
    for prepared in prepare_stream(paths, converter):
        path = Path(prepared.path)
        if prepared.data is None:
            report.failed.append((path, prepared.error))
        elif not (update and prepared.asked_slug and _update(store, prepared, report, len(paths))):
            pending.append(prepared)
            held += sum(len(a.data) for a in prepared.assets)
            if len(pending) >= BATCH or held >= BATCH_BYTES:
                _create(store, pending, report, len(paths))
                pending, held = [], 0
    _create(store, pending, report, len(paths))


# -- writing --------------------------------------------------------------------------
# one article's trouble: a constraint, a value SQLite refuses, an existing row that cannot be read
_ARTICLE_ERRORS = (sqlite3.IntegrityError, sqlite3.DataError, sqlite3.InterfaceError,
                   sqlite3.ProgrammingError, DamagedArticleError)


def _causes(exc: BaseException):
    seen = 0
    while exc is not None and seen < 10:
        yield exc
        exc, seen = getattr(exc, "orig", None) or exc.__cause__, seen + 1


def _library_wide(exc: Exception) -> bool:
    """Does ``exc`` stop every write (disk, permissions, a damaged file), not
    just this article's (a constraint, a value SQLite refuses)?"""
    chain = list(_causes(exc))
    if any(isinstance(e, _ARTICLE_ERRORS) for e in chain):
        return False
    return any(isinstance(e, (LibraryError, OSError, sqlite3.Error)) for e in chain)


def _stop(exc: Exception, report: ImportReport, total: int) -> ImportStopped:
    why = one_line(exc) if isinstance(exc, LibraryError) else \
        f"the library could not be written ({one_line(exc, 200)})"
    done = len(report.imported)
    return ImportStopped(f"{why}; the import stopped: {done:,} of {total:,} files were imported", report)


def _done(report: ImportReport, prepared: Prepared, art: ArticleData) -> None:
    path = Path(prepared.path)
    imported = Imported.of(art)
    report.imported.append((path, imported))
    report.notes.extend((path, note) for note in prepared.notes)
    if report.on_imported is not None:
        report.on_imported(path, imported)
    asked = prepared.asked_slug
    if asked and asked != art.slug and slug_problem(asked):
        report.notes.append((path, f"the slug '{one_line(asked, 100)}' is not a safe file name; "
                                   f"stored as '{art.slug}'"))


def _update(store: Store, prepared: Prepared, report: ImportReport, total: int) -> bool:
    """Update the article of the file's slug; False if there is none (create it)."""
    path, data = Path(prepared.path), prepared.data
    try:
        existing = store.get_by_slug(data.slug)
        if existing is None:
            return False
        data.id = existing.id
        saved = store.save_article(data, reason=f"imported from {path.name}")
    except Exception as exc:  # noqa: BLE001 - this file's failure, unless the library's
        if _library_wide(exc):
            raise _stop(exc, report, total) from exc
        report.failed.append((path, describe(exc, "stored")))
    else:
        _done(report, prepared, saved)
    return True


def _create(store: Store, pending: list[Prepared], report: ImportReport, total: int) -> None:
    """Store prepared articles in one transaction; if that fails for one of
    them, one transaction per file so only the bad one fails."""
    if not pending:
        return
    try:
        created = store.create_articles([replace(p.data) for p in pending], reason="imported",
                                        normalized=True, assets=[_images(p) for p in pending])
    except Exception as exc:  # noqa: BLE001
        if _library_wide(exc):
            raise _stop(exc, report, total) from exc
    else:
        for prepared, art in zip(pending, created):
            _done(report, prepared, art)
        return
    for prepared in pending:
        try:
            art = store.create_articles([replace(prepared.data)], reason="imported", normalized=True,
                                        assets=[_images(prepared)])[0]
        except Exception as exc:  # noqa: BLE001
            if _library_wide(exc):
                raise _stop(exc, report, total) from exc
            report.failed.append((Path(prepared.path), describe(exc, "stored")))
        else:
            _done(report, prepared, art)


def store_prepared(store: Store, prepared: list[Prepared], report: ImportReport, total: int,
                   update: bool = False) -> None:
    """Store files prepared elsewhere (the window prepares them on another thread):
    the failed ones go to the report; ImportStopped when the library fails. With
    ``update``, a file's slug that exists updates that article."""
    if update:
        prepared = [p for p in prepared if not (p.data is not None and p.asked_slug
                                                 and _update(store, p, report, total))]
    _write(store, prepared, report, total)


def _images(prepared: Prepared) -> list[tuple[str, bytes, str]]:
    return [(a.name, a.data, a.mime_type) for a in prepared.assets]


def _write(store: Store, prepared: list[Prepared], report: ImportReport, total: int) -> None:
    good = []
    for p in prepared:
        if p.data is None:
            report.failed.append((Path(p.path), p.error))
        else:
            good.append(p)
    _create(store, good, report, total)


# -- the parallel path ------------------------------------------------------------------
def _chunks(paths: list[Path]) -> list[list[str]]:
    """Batches for the worker; the first is small so writing starts early."""
    names = [str(p) for p in paths]
    first = FIRST_BATCH
    return [names[:first]] + [names[i:i + BATCH] for i in range(first, len(names), BATCH)]


def _start_worker():
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from editor_app.core.lifeline import die_with_parent

    return ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"),
                               initializer=die_with_parent)


def _worker_lost(pool, exc: BaseException) -> None:
    log.warning("the import's second process stopped (%s); the remaining files are read here",
                one_line(exc.__class__.__name__ + (f": {exc}" if str(exc) else ""), 200))
    pool.shutdown(wait=False, cancel_futures=True)


def _import_parallel(store: Store, paths: list[Path], report: ImportReport, total: int) -> None:
    """A second process reads and normalises batches while this one writes.

    If that process dies (killed, out of memory), the batches it had are read
    here: no file is lost.
    """
    from concurrent.futures.process import BrokenProcessPool

    chunks = deque(_chunks(paths))
    in_flight: deque[tuple[list[str], Future]] = deque()
    pool = _start_worker()

    def refill() -> None:
        # a few batches in flight, not all: when writing is the slower side (a
        # large library), prepared articles must not pile up in memory
        nonlocal pool
        while pool is not None and chunks and len(in_flight) < AHEAD:
            try:
                in_flight.append((chunks[0], pool.submit(prepare_files, chunks[0])))
            except (BrokenProcessPool, RuntimeError, OSError) as exc:
                _worker_lost(pool, exc)
                pool = None
            else:
                chunks.popleft()

    try:
        refill()
        while in_flight or chunks:
            if not in_flight:
                prepared = prepare_files(chunks.popleft())
            else:
                chunk, future = in_flight.popleft()
                try:
                    prepared = future.result()
                except Exception as exc:  # noqa: BLE001 - the worker died: read the batch here
                    if pool is not None and isinstance(exc, BrokenProcessPool):
                        _worker_lost(pool, exc)
                        pool = None
                    prepared = prepare_files(chunk)
            refill()
            _write(store, prepared, report, total)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
