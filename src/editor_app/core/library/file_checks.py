"""Read-only checks of a library file before it is opened for use.

Nothing here writes to the library. Part of opening a library (``db``):
- the header (an SQLite file at all, one of ours, not marked read-only);
- the schema objects (no trigger or view: a library is data, not code);
- the version record;
- ``PRAGMA quick_check``;
- an unfinished library left by an interrupted first start (no tables at all).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from editor_app.core.errors import (
    LibraryDamagedError,
    LibraryReadOnlyError,
    LibrarySchemaError,
    NotALibraryError,
)
from editor_app.core.errors import N_

APPLICATION_ID = 0x45644170
SQLITE_MAGIC = b"SQLite format 3\x00"


def one_line(text: object, limit: int = 300) -> str:
    """An SQLite (or any) message cut down to one line."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"


def ro_uri(path: Path) -> str:
    return path.resolve().as_uri().replace("file://", "file:", 1) + "?mode=ro"


def ro_connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(ro_uri(path), uri=True, timeout=5)


def read_header(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise NotALibraryError(N_("{path}: cannot be read ({strerror})", path=path, strerror=exc.strerror or exc)) from exc
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise NotALibraryError(N_("{path}: this file is not an article library (not an SQLite database)", path=path))
    if header[19] not in (1, 2):
        raise LibraryDamagedError(
            N_("{path}: the library is damaged and cannot be opened (its header byte 19 is {header})",
               path=path, header=header[19]))
    return header


def check_writable_header(path: Path, header: bytes) -> None:
    """SQLite opens a file whose 'write version' byte is above 2 read-only."""
    if header[18] not in (1, 2):
        raise LibraryDamagedError(
            N_("{path}: the library's header is damaged (byte 18 is {header}): SQLite would only read it, so "
               "it was not opened for editing; restore it from a backup",
               path=path, header=header[18]))


def check_permissions(path: Path) -> None:
    import os

    folder = path.parent
    if not os.access(path, os.W_OK):
        raise LibraryReadOnlyError(
            N_("{path}: the library file is read-only; allow writing to it (its permissions) or use a command "
               "that only reads it",
               path=path))
    if not os.access(folder, os.W_OK):
        raise LibraryReadOnlyError(
            N_("{path}: the folder {folder} is read-only, and the library needs to write its journal files "
               "there; allow writing to it",
               path=path, folder=folder))


def is_unfinished(path: Path) -> bool:
    """An SQLite file with no schema object at all: what an interrupted first
    start of an older version left behind. It holds nothing to lose."""
    try:
        conn = ro_connect(path)
        try:
            return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


def _check_schema_objects(path: Path, conn: sqlite3.Connection) -> None:
    foreign = conn.execute(
        "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view') ORDER BY type, name").fetchall()
    if foreign:
        kind, name = foreign[0]
        more = N_(" and {count} more", count=len(foreign) - 1) if len(foreign) > 1 else ""
        raise LibrarySchemaError(
            N_("{path}: the library contains a {kind} '{name}'{more} that this program did not make. A "
               "library holds data, not code, so it was not opened (the file was not changed); restore it "
               "from a backup",
               path=path, kind=kind, name=one_line(name, 60), more=more))


def inspect_file(path: Path) -> str | None:
    """Validate an existing file read-only; return its schema revision.

    Raises NotALibraryError when it is no SQLite database or not one of ours,
    LibrarySchemaError when it holds triggers or views, LibraryDamagedError
    when it cannot be read or its version record is empty.
    """
    header = read_header(path)
    app_id = int.from_bytes(header[68:72], "big")
    try:
        conn = ro_connect(path)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if app_id != APPLICATION_ID or "articles" not in tables or "alembic_version" not in tables:
                raise NotALibraryError(
                    N_("{path}: this SQLite file is not an article library of this program", path=path)
                )
            _check_schema_objects(path, conn)
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise LibraryDamagedError(
            N_("{path}: the library is damaged and cannot be opened ({exc})", path=path, exc=one_line(exc))) from exc
    if row is None or not row[0]:
        raise LibraryDamagedError(
            N_("{path}: the library's version record is empty, so it cannot be upgraded safely; restore it "
               "from a backup",
               path=path))
    return row[0]


def quick_check(path: Path) -> None:
    """Raise LibraryDamagedError unless ``PRAGMA quick_check`` says ok."""
    try:
        conn = ro_connect(path)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise LibraryDamagedError(
            N_("{path}: the library is damaged and cannot be opened ({exc})", path=path, exc=one_line(exc))) from exc
    if rows != ["ok"]:
        raise LibraryDamagedError(
            N_("{path}: the library is damaged and cannot be opened ({rows})",
               path=path, rows=one_line('; '.join(rows)))
        )
