"""The import worker's side: read, parse and normalise article files.

Runs in a second process during large imports, so it imports nothing that
loads SQLAlchemy (the worker starts ~0.3 s sooner).
"""

from __future__ import annotations

from pathlib import Path

from editor_app.core.dto import ArticleData
from editor_app.core.errors import InputError
from editor_app.core.frontmatter import parse_article_file
from editor_app.core.normalize import normalize_article
from editor_app.core.text import slugify


def prepare_files(paths: list[str]) -> list[tuple[str, ArticleData | None, str]]:
    """(path, normalised data or None, error message) per file, in order."""
    out: list[tuple[str, ArticleData | None, str]] = []
    for path in paths:
        try:
            data = normalize_article(parse_article_file(Path(path)))
        except InputError as exc:
            out.append((path, None, str(exc)))
            continue
        data.slug = slugify(data.slug or data.title) or "bai-viet"
        out.append((path, data, ""))
    return out
