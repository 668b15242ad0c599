"""A manuscript converted for import: the article's text, what the file said about
it, its images and notes for the user (what could not be carried over).

:func:`convert_file` is what the guarded child process runs for a Word file or
a saved web page (see ``publishing.guard``): whatever the file holds, it ends
in a :class:`Manuscript` or an :class:`~editor_app.core.errors.InputError`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from editor_app.core.errors import N_, InputError

DOCX_SUFFIXES = frozenset({".docx"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
CONVERTED_SUFFIXES = DOCX_SUFFIXES | HTML_SUFFIXES


@dataclass(frozen=True)
class Asset:
    name: str
    data: bytes
    mime_type: str


@dataclass
class Manuscript:
    body: str
    title: str = ""
    subtitle: str = ""
    summary: str = ""
    authors: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    assets: list[Asset] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)   # plain words, one line each


def convert_file(path: str) -> Manuscript:
    """A .docx or .html file as a Manuscript (InputError says why not)."""
    from editor_app.core.importing.textfile import read_bytes

    suffix = Path(path).suffix.lower()
    if suffix not in CONVERTED_SUFFIXES:
        raise InputError(N_("this file is not a Word document (.docx) or a web page (.html)"))
    data = read_bytes(Path(path))
    if suffix in DOCX_SUFFIXES:
        from editor_app.core.importing.docx import convert_docx

        return convert_docx(data)
    from editor_app.core.importing.webpage import convert_webpage

    return convert_webpage(data, Path(path).parent)


def convert_explained(path: str) -> "Manuscript | InputError":
    """:func:`convert_file`; a failure comes back as an InputError *value* with the
    one-line reason (what the guarded child runs: its reply must pickle, and the
    user reads the reason)."""
    from editor_app.core.importing.prepare import describe

    try:
        return convert_file(path)
    except InputError as exc:
        return InputError(str(exc))
    except Exception as exc:  # noqa: BLE001 - a broken file's failure, told in one line
        return InputError(describe(exc, "converted"))
