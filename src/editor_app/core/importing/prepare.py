"""The import worker's side: read, parse and normalise article files.

Runs in a second process during large imports, so it imports nothing that
loads SQLAlchemy (the worker starts ~0.3 s sooner). Whatever a file holds,
preparing it ends in data or in a one-line reason: never in an exception that
would cost the other files. Word files and web pages are converted in guarded
child processes (``importing.converter``), several at once.
"""

from __future__ import annotations

import atexit
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from editor_app.core.dto import ArticleData, AuthorData
from editor_app.core.errors import N_, InputError, LibraryError, Text, message_of
from editor_app.core.importing.frontmatter import parse_article_file
from editor_app.core.importing.manuscript import CONVERTED_SUFFIXES, Asset, Manuscript
from editor_app.core.normalize import normalize_article
from editor_app.core.text import one_line, slugify

if TYPE_CHECKING:
    from editor_app.core.importing.converter import Converter


class Prepared(NamedTuple):
    """One file, prepared: ``data`` normalised, or None and ``error`` says why."""

    path: str
    data: ArticleData | None
    error: str = ""
    asked_slug: str = ""  # the slug as the file gave it ("" for none)
    assets: tuple[Asset, ...] = ()  # images that came with it (Word files, web pages)
    notes: tuple[str, ...] = ()  # what the conversion could not carry over, in plain words


def describe(exc: BaseException, doing: str = "read") -> str:
    """A one-line reason for a file from any exception (no traceback, no control characters)."""
    if isinstance(exc, (InputError, LibraryError)):  # messages written for the user
        message = message_of(exc)
        return message if isinstance(message, Text) and "\n" not in message else one_line(exc)
    said = _COULD_NOT.get(doing, _COULD_NOT["read"])
    if isinstance(exc, MemoryError):
        return N_(said[0])
    if isinstance(exc, RecursionError):
        return N_(said[1])
    detail = f": {one_line(exc)}" if str(exc) else ""
    return N_(said[2], kind=exc.__class__.__name__, detail=detail)


# what went wrong while a file was read, converted or stored: out of memory, too deep, any other error
_COULD_NOT = {
    "read": (N_("the file could not be read: not enough memory"), N_("the file could not be read: it is nested too deeply"),
             N_("the file could not be read ({kind}{detail})")),
    "converted": (N_("the file could not be converted: not enough memory"),
                  N_("the file could not be converted: it is nested too deeply"),
                  N_("the file could not be converted ({kind}{detail})")),
    "stored": (N_("the file could not be stored: not enough memory"),
               N_("the file could not be stored: it is nested too deeply"),
               N_("the file could not be stored ({kind}{detail})")),
}


def is_converted(path: str | Path) -> bool:
    """A Word file or web page (converted in a guarded child), not a text file."""
    return Path(path).suffix.lower() in CONVERTED_SUFFIXES


_shared: Converter | None = None
_shared_lock = threading.Lock()


def shared_converter() -> Converter:
    """This process's converter, started on first use and stopped at exit."""
    global _shared
    with _shared_lock:
        if _shared is None:
            from editor_app.core.importing.converter import Converter

            _shared = Converter()
            atexit.register(_shared.close)
        return _shared


def from_manuscript(path: str, manuscript: Manuscript) -> Prepared:
    try:
        data = normalize_article(ArticleData(
            title=manuscript.title or Path(path).stem, subtitle=manuscript.subtitle,
            summary=manuscript.summary, body=manuscript.body,
            authors=[AuthorData(name) for name in manuscript.authors], keywords=list(manuscript.keywords)))
        data.slug = slugify(data.title) or "bai-viet"
    except Exception as exc:  # noqa: BLE001 - any failure is this file's, reported with it
        return Prepared(path, None, describe(exc))
    return Prepared(path, data, "", "", tuple(manuscript.assets), tuple(manuscript.notes))


def prepare_file(path: str, converter: Converter | None = None) -> Prepared:
    if is_converted(path):
        try:
            manuscript = (converter or shared_converter()).convert(path)
        except Exception as exc:  # noqa: BLE001
            return Prepared(path, None, describe(exc, "converted"))
        return from_manuscript(path, manuscript)
    try:
        parsed = parse_article_file(Path(path))
        data = normalize_article(parsed)
        data.slug = slugify(data.slug or data.title) or "bai-viet"
    except Exception as exc:  # noqa: BLE001 - any failure is this file's, reported with it
        return Prepared(path, None, describe(exc))
    return Prepared(path, data, "", parsed.slug)


def prepare_stream(paths: Iterable[str], converter: Converter | None = None) -> Iterator[Prepared]:
    """Each file prepared, in order; Word files and web pages converted several at
    once, ahead of the one being returned."""
    paths = [str(p) for p in paths]
    converted = [p for p in paths if is_converted(p)]
    futures = (converter or shared_converter()).convert_ahead(converted) if converted else iter(())
    for path in paths:
        if not is_converted(path):
            yield prepare_file(path)
            continue
        try:
            manuscript = next(futures).result()
        except Exception as exc:  # noqa: BLE001
            yield Prepared(path, None, describe(exc, "converted"))
        else:
            yield from_manuscript(path, manuscript)


def prepare_files(paths: list[str]) -> list[Prepared]:
    """Each file prepared, in order."""
    return list(prepare_stream(paths))
