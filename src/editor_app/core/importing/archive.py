"""A Word file is a zip archive of XML: open one without letting it hurt us.

Refused before anything is decompressed:
- a file that is not a zip archive, or a damaged one;
- more than ``MAX_ENTRIES`` entries, more than ``MAX_TOTAL`` bytes once
  unpacked, or an entry that unpacks to more than ``MAX_RATIO`` times its
  packed size (a "zip bomb"). The sizes the archive declares are the limits
  ``zipfile`` enforces when reading, so an archive that lies fails its check;
- XML parts with a document type declaration (``<!DOCTYPE``, ``<!ENTITY``):
  Word never writes one, and it is how entity tricks ("billion laughs",
  external entities that read local files) start.
"""

from __future__ import annotations

import io
import re
import zipfile

from editor_app.core.errors import N_, InputError

WORD_DOCUMENT = N_("Word document")
MAX_ENTRIES = 10_000
MAX_TOTAL = 256 * 1024 * 1024
MAX_RATIO = 200
_RATIO_FROM = 1024 * 1024   # small entries compress as they like
_DTD = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.I)
_DTD_WIDE = (re.compile("<!DOCTYPE".encode("utf-16-le"), re.I), re.compile("<!DOCTYPE".encode("utf-16-be"), re.I),
             re.compile("<!ENTITY".encode("utf-16-le"), re.I), re.compile("<!ENTITY".encode("utf-16-be"), re.I))


def open_archive(data: bytes, what: str = WORD_DOCUMENT) -> zipfile.ZipFile:
    """The archive, checked (InputError in plain words when refused)."""
    if not data.startswith(b"PK"):
        raise InputError(N_("this is not a {what} (.docx files are zip archives; this one is not)", what=what))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError) as exc:
        raise InputError(N_("this {what} is damaged ({exc})", what=what, exc=exc)) from None
    if len(entries) > MAX_ENTRIES:
        raise InputError(N_("this {what} holds {count:,} parts (at most {MAX_ENTRIES:,}); refused as unsafe",
                            what=what, count=len(entries), MAX_ENTRIES=MAX_ENTRIES))
    total = sum(e.file_size for e in entries)
    if total > MAX_TOTAL:
        raise InputError(N_("this {what} unpacks to {total:,.0f} MB (at most {MAX_TOTAL} MB); refused as a "
                            "possible zip bomb",
                            what=what, total=total / 1048576, MAX_TOTAL=MAX_TOTAL // 1048576))
    for entry in entries:
        if entry.file_size > _RATIO_FROM and entry.file_size > MAX_RATIO * max(entry.compress_size, 1):
            raise InputError(N_("a part of this {what} ({filename}) unpacks to {file_size:,} times its size; "
                                "refused as a possible zip bomb",
                                what=what, filename=entry.filename, file_size=entry.file_size // max(entry.compress_size, 1)))
    return archive


def read_part(archive: zipfile.ZipFile, name: str, what: str = WORD_DOCUMENT) -> bytes:
    """One entry's bytes (its declared size is the most read)."""
    try:
        return archive.read(name)
    except KeyError:
        raise
    except (zipfile.BadZipFile, ValueError, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
        raise InputError(N_("this {what} is damaged ({name}: {exc})", what=what, name=name, exc=exc)) from None


def check_xml_parts(archive: zipfile.ZipFile, what: str = WORD_DOCUMENT) -> None:
    """Refuse XML parts that declare a document type (entity tricks)."""
    for entry in archive.infolist():
        name = entry.filename.lower()
        if not name.endswith((".xml", ".rels")):
            continue
        data = read_part(archive, entry.filename, what)
        if _DTD.search(data) or any(p.search(data) for p in _DTD_WIDE):
            raise InputError(N_("this {what} declares XML entities ({filename}), which Word never writes; "
                                "refused as unsafe",
                                what=what, filename=entry.filename))
