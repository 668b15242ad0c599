"""The import worker's side: read, parse and normalise article files.

Runs in a second process during large imports, so it imports nothing that
loads SQLAlchemy (the worker starts ~0.3 s sooner). Whatever a file holds,
preparing it ends in data or in a one-line reason: never in an exception that
would cost the other files.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from editor_app.core.dto import ArticleData
from editor_app.core.errors import InputError, LibraryError
from editor_app.core.importing.frontmatter import parse_article_file
from editor_app.core.normalize import normalize_article
from editor_app.core.text import one_line, slugify


class Prepared(NamedTuple):
    """One file, prepared: ``data`` normalised, or None and ``error`` says why."""

    path: str
    data: ArticleData | None
    error: str = ""
    asked_slug: str = ""  # the slug as the file gave it ("" for none)


def describe(exc: BaseException, doing: str = "read") -> str:
    """A one-line reason for a file from any exception (no traceback, no control characters)."""
    if isinstance(exc, (InputError, LibraryError)):  # messages written for the user
        return one_line(exc)
    if isinstance(exc, MemoryError):
        return f"the file could not be {doing}: not enough memory"
    if isinstance(exc, RecursionError):
        return f"the file could not be {doing}: it is nested too deeply"
    detail = f": {exc}" if str(exc) else ""
    return one_line(f"the file could not be {doing} ({exc.__class__.__name__}{detail})")


def prepare_file(path: str) -> Prepared:
    try:
        parsed = parse_article_file(Path(path))
        data = normalize_article(parsed)
        data.slug = slugify(data.slug or data.title) or "bai-viet"
    except Exception as exc:  # noqa: BLE001 - any failure is this file's, reported with it
        return Prepared(path, None, describe(exc))
    return Prepared(path, data, "", parsed.slug)


def prepare_files(paths: list[str]) -> list[Prepared]:
    """Each file prepared, in order."""
    return [prepare_file(p) for p in paths]
