"""File-level helpers of the backups (no Qt): checking a copy, fsync, side files."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from editor_app.core.errors import LibraryDamagedError
from editor_app.core.library.file_checks import APPLICATION_ID, SQLITE_MAGIC, ro_connect

# the files SQLite keeps beside a database, which belong with it
SIDE_FILES = ("-wal", "-shm", "-journal")


def is_ours(path: Path) -> bool:
    """An SQLite file with this program's application id in its header."""
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError:
        return False
    return (len(header) == 100 and header.startswith(SQLITE_MAGIC)
            and int.from_bytes(header[68:72], "big") == APPLICATION_ID)


def readonly_uri(path: Path, immutable: bool = True) -> str:
    """A read-only SQLite URI. A backup never changes after its rename, so it is
    read as immutable: no lock taken, no -wal/-shm/-journal left beside it."""
    base = Path(path).resolve().as_uri().replace("file://", "file:", 1)
    return base + ("?mode=ro&immutable=1" if immutable else "?mode=ro")


def one_line(text: object, limit: int = 200) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def problem(conn: sqlite3.Connection) -> str | None:
    """Why the database on ``conn`` is no good library copy, or None."""
    if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        return "not an article library of this program"
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='articles'").fetchone() is None:
        return "it has no articles table"
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check(5)")]
    return None if rows == ["ok"] else one_line("; ".join(rows))


def check_backup(path: Path) -> str | None:
    """Why the file at ``path`` is not a good backup (integrity_check), or None if it is."""
    path = Path(path)
    if not is_ours(path):
        return "not an article library of this program"
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            return problem(conn)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return one_line(exc)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory for fsync; its renames are journaled
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_with_side_files(path: Path) -> None:
    for suffix in ("", *SIDE_FILES):
        try:
            os.remove(f"{path}{suffix}")
        except FileNotFoundError:
            pass


def move_side_files(src: Path, dst: Path, suffixes: tuple[str, ...]) -> list[str]:
    """Rename ``src`` + each suffix to ``dst`` + suffix (those that exist); all or none."""
    moved: list[str] = []
    try:
        for suffix in suffixes:
            if os.path.lexists(f"{src}{suffix}"):
                os.rename(f"{src}{suffix}", f"{dst}{suffix}")
                moved.append(suffix)
    except OSError:
        for suffix in reversed(moved):
            os.rename(f"{dst}{suffix}", f"{src}{suffix}")
        raise
    return moved


def backup_copy(path: Path, revision: str | None) -> Path:
    """Write a consistent copy beside the library (SQLite online backup),
    checked, fsynced and renamed into place: never a half-written backup."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{revision or 'none'}-{stamp}{path.suffix}")
    tmp = target.with_name(target.name + ".tmp")
    src = ro_connect(path)
    dst = sqlite3.connect(tmp)
    try:
        src.backup(dst)
        if dst.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok":
            raise LibraryDamagedError(f"{path}: the backup copy before the upgrade failed its check")
    finally:
        dst.close()
        src.close()
    fsync_file(tmp)
    os.replace(tmp, target)
    fsync_dir(path.parent)
    return target
