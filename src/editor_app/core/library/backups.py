"""Verified, rotating backups of a library, and restoring one (no Qt).

A backup is made with SQLite's online backup API into a temporary file
(``*.partial``) in the backup folder, ``<library stem>.backups`` beside the
library; the copy is switched to a single self-contained file (rollback
journal), checked with ``PRAGMA integrity_check``, fsynced, and only then
renamed to its final name, which carries the local time it was taken:
``library-20261202-103000.sqlite``. So a file under such a name is always a
complete copy that passed the check: a copy that fails it is deleted and the
earlier backups stay as they were. Rotation (the last ``KEEP_LAST`` plus the
newest of each of the last ``KEEP_DAYS`` days) runs only after the new backup
is in place. Leftover ``*.partial`` files of a killed backup are never listed
and are removed by the next backup (which holds a lock on the folder, so no
other backup is running meanwhile).

Restoring keeps the current library, with its ``-wal``/``-shm`` files, beside
it as ``<name>.damaged`` (``.damaged-2`` ...) and never deletes it.
"""

from __future__ import annotations

import glob
import logging
import os
import re
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from filelock import FileLock, Timeout

from editor_app.core.library import backup_files as bf
from editor_app.core.library.backup_files import check_backup  # noqa: F401  (re-exported)
from editor_app.core.errors import N_, LibraryError

log = logging.getLogger(__name__)

KEEP_LAST = 10  # the newest backups kept whatever their age
KEEP_DAYS = 7  # plus the newest backup of each of these last days
PARTIAL = ".partial"  # a backup being written (or left by a killed one)
LOCK_TIMEOUT = 60.0  # seconds to wait for another backup of the same library
_NAME = re.compile(r"^.+-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.sqlite$")
_thread_lock = threading.Lock()


class BackupError(LibraryError):
    """A backup could not be made or restored; the message names the file and the reason."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # local time the backup was taken (from the file name, not mtime)
    articles: int | None  # live (not trashed) articles in it; None if it could not be counted
    size: int  # bytes


# -- names and listing ------------------------------------------------------

def backup_dir(library: Path) -> Path:
    """The folder holding the library's backups (made by the first backup)."""
    library = Path(library)
    return library.with_name(f"{library.stem}.backups")


def _local(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now()
    return now.astimezone().replace(tzinfo=None) if now.tzinfo else now


def _parse(name: str) -> tuple[datetime, int] | None:
    match = _NAME.match(name)
    if not match:
        return None
    try:
        created = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return created, int(match["n"] or 1)


def _sort_key(info: BackupInfo) -> tuple[datetime, int]:
    parsed = _parse(info.path.name)
    return (info.created, parsed[1] if parsed else 1)


def _candidates(folder: Path) -> list[BackupInfo]:
    """Complete backups (final name, this program's SQLite header), not counted, unsorted."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = []
    for path in entries:
        parsed = _parse(path.name)
        if parsed is None or not path.is_file() or not bf.is_ours(path):
            continue
        try:
            size = path.stat().st_size
        except OSError:
            continue
        found.append(BackupInfo(path, parsed[0], None, size))
    return found


def _count_articles(path: Path) -> int | None:
    """The live articles in a backup (``queries.count``, on the file opened read-only), or
    None when it has no articles table or cannot be read."""
    from sqlalchemy import create_engine, inspect
    from sqlalchemy.exc import NoSuchTableError, SQLAlchemyError
    from sqlalchemy.pool import NullPool

    from editor_app.core.library import queries

    engine = create_engine("sqlite://", poolclass=NullPool,
                           creator=lambda: sqlite3.connect(bf.readonly_uri(path), uri=True))
    try:
        with engine.connect() as conn:
            columns = {c["name"] for c in inspect(conn).get_columns("articles")}
            # a library from before the trash (revision 0001) has no deleted_at: all are live
            return queries.count(conn, include_deleted="deleted_at" not in columns)
    except NoSuchTableError:
        return None
    except (sqlite3.Error, SQLAlchemyError) as exc:
        log.info("%s: cannot count the articles (%s)", path, bf.one_line(exc))
        return None
    finally:
        engine.dispose()


def list_backups(library: Path) -> list[BackupInfo]:
    """The complete backups of ``library``, newest first, with their article counts.

    Cheap: no integrity check (``newest_good_backup`` runs one). Temporary
    files and files that are not this program's SQLite files are left out.
    """
    infos = [
        BackupInfo(i.path, i.created, _count_articles(i.path), i.size)
        for i in _candidates(backup_dir(library))
    ]
    return sorted(infos, key=_sort_key, reverse=True)


def newest_good_backup(library: Path) -> BackupInfo | None:
    """The newest backup that passes ``integrity_check`` (checked newest first)."""
    for info in sorted(_candidates(backup_dir(library)), key=_sort_key, reverse=True):
        problem = bf.check_backup(info.path)
        if problem is None:
            return BackupInfo(info.path, info.created, _count_articles(info.path), info.size)
        log.warning("%s: backup skipped, it is damaged (%s)", info.path, problem)
    return None


# -- the backup folder --------------------------------------------------------

def _clean_partials(folder: Path) -> None:
    """Remove what a killed backup left (only called under the folder's lock)."""
    for path in folder.glob(f"*{PARTIAL}*"):
        try:
            path.unlink()
            log.info("%s: removed a leftover from an interrupted backup", path)
        except OSError as exc:
            log.warning("%s: cannot remove a leftover temporary file (%s)", path, bf.one_line(exc))


@contextmanager
def _folder_lock(folder: Path) -> Iterator[None]:
    lock = FileLock(str(folder / ".lock"), timeout=LOCK_TIMEOUT, thread_local=False)
    with _thread_lock:
        try:
            lock.acquire()
        except Timeout as exc:
            raise BackupError(N_("{folder}: another backup of this library is still running", folder=folder)) from exc
        try:
            yield
        finally:
            lock.release()


# -- making a backup ---------------------------------------------------------

def _usable(connection: sqlite3.Connection | None) -> bool:
    """Can ``connection`` be the backup's source? Not when closed, and not in a
    transaction: ``Connection.backup`` from a connection holding a write
    transaction never returns (it retries forever), and one cannot tell a read
    transaction from a write one from Python."""
    if connection is None:
        return False
    try:
        return not connection.in_transaction
    except sqlite3.ProgrammingError:  # closed
        return False


def _copy_into(library: Path, connection: sqlite3.Connection | None, dst: sqlite3.Connection) -> None:
    if _usable(connection):
        connection.backup(dst)
        return
    src = sqlite3.connect(bf.readonly_uri(library, immutable=False), uri=True, timeout=5)
    try:
        src.backup(dst)
    finally:
        src.close()


def _write_verified_copy(library: Path, connection: sqlite3.Connection | None, tmp: Path) -> None:
    """The backup in ``tmp``, checked and on disk; BackupError (and no tmp) when it cannot be."""
    try:
        dst = sqlite3.connect(tmp, isolation_level=None)
        try:
            # a scratch file until the rename (fsynced before it): no journal,
            # no syncs while copying (a quarter of the time of a large copy)
            dst.execute("PRAGMA journal_mode = OFF")
            dst.execute("PRAGMA synchronous = OFF")
            _copy_into(library, connection, dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # one file, not a WAL pair
            problem = bf.problem(dst)
        finally:
            dst.close()
        if problem is not None:
            raise BackupError(N_("{library}: no backup made, the copy failed the integrity check ({problem}); "
                                 "the earlier backups are kept",
                                 library=library, problem=problem))
        bf.fsync_file(tmp)
    except BaseException as exc:
        bf.remove_with_side_files(tmp)
        if isinstance(exc, (sqlite3.Error, OSError)):
            raise BackupError(N_("{library}: no backup made ({exc}); the earlier backups are kept",
                                 library=library, exc=bf.one_line(exc))) from exc
        raise


def _free_name(folder: Path, stem: str, now: datetime) -> Path:
    """A new name for a backup taken at ``now``; one more in the same second
    gets a higher number (``-2``...), so it sorts after every earlier one even
    when rotation has removed some of them."""
    base = f"{stem}-{now:%Y%m%d-%H%M%S}"
    taken = [_parse(p.name) for p in folder.glob(f"{glob.escape(base)}*.sqlite")]
    n = max((t[1] for t in taken if t and t[0] == now.replace(microsecond=0)), default=0) + 1
    return folder / (f"{base}.sqlite" if n == 1 else f"{base}-{n}.sqlite")


def create_backup(library: Path, connection: sqlite3.Connection | None = None, *,
                  now: datetime | None = None) -> BackupInfo:
    """Like ``make_backup`` but raises BackupError (with a message for the user) on failure."""
    library, now = Path(library), _local(now)
    if not library.is_file():
        raise BackupError(N_("{library}: no backup made, there is no library at this path", library=library))
    folder = backup_dir(library)
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise BackupError(N_("{folder}: cannot create the backup folder ({exc})",
                             folder=folder, exc=bf.one_line(exc))) from exc
    with _folder_lock(folder):
        _clean_partials(folder)
        tmp = folder / f"{library.stem}-{now:%Y%m%d-%H%M%S}{PARTIAL}"
        _write_verified_copy(library, connection, tmp)
        target = _free_name(folder, library.stem, now)
        try:
            os.replace(tmp, target)
        except OSError as exc:
            bf.remove_with_side_files(tmp)
            raise BackupError(N_("{target}: the backup cannot be put in place ({exc})",
                                 target=target, exc=bf.one_line(exc))) from exc
        bf.fsync_dir(folder)
        rotate(library, now, keep=target)
    info = BackupInfo(target, _parse(target.name)[0], _count_articles(target), target.stat().st_size)
    log.info("%s: backed up to %s (%s articles)", library, target, info.articles)
    return info


def make_backup(library: Path, connection: sqlite3.Connection | None = None, *,
                now: datetime | None = None) -> BackupInfo | None:
    """Take a verified backup of ``library``; None (and a logged reason) if none was made.

    ``connection``: the store's own open connection (the backup then sees all
    committed data, the WAL included); the caller must not write on it
    meanwhile. Without it (or when it is inside a transaction) the library is
    read through a read-only connection of its own.
    """
    try:
        return create_backup(library, connection, now=now)
    except BackupError as exc:
        log.warning("%s", exc)
        return None


# -- rotation ----------------------------------------------------------------

def backups_to_keep(backups: list[BackupInfo], now: datetime) -> list[BackupInfo]:
    """The backups rotation keeps, newest first: the last KEEP_LAST, plus the
    newest of each of the last KEEP_DAYS days (today included)."""
    ordered = sorted(backups, key=_sort_key, reverse=True)
    keep = ordered[:KEEP_LAST]
    today = _local(now).date()
    days = {today - timedelta(days=d) for d in range(KEEP_DAYS)}
    for info in ordered:
        day = info.created.date()
        if day in days:
            days.discard(day)
            if info not in keep:
                keep.append(info)
    return sorted(keep, key=_sort_key, reverse=True)


def rotate(library: Path, now: datetime | None = None, *, keep: Path | None = None) -> list[Path]:
    """Delete the backups rotation does not keep (``keep`` is kept in any case);
    returns the deleted paths. Files it does not recognise are never touched."""
    backups = _candidates(backup_dir(library))
    kept = {i.path for i in backups_to_keep(backups, _local(now))}
    deleted = []
    for info in backups:
        if info.path in kept or info.path == keep:
            continue
        try:
            info.path.unlink()
            deleted.append(info.path)
        except OSError as exc:
            log.warning("%s: cannot remove an old backup (%s)", info.path, bf.one_line(exc))
    return deleted


# -- restoring ---------------------------------------------------------------

def _kept_name(library: Path) -> Path:
    n = 1
    while True:
        kept = library.with_name(library.name + (".damaged" if n == 1 else f".damaged-{n}"))
        if not any(os.path.lexists(f"{kept}{s}") for s in ("", *bf.SIDE_FILES)):
            return kept
        n += 1


def _set_aside(library: Path) -> tuple[Path, list[str]]:
    """Rename the library and its side files to ``<name>.damaged[-n]`` (the log
    first, so that no library is ever left beside a stale log)."""
    kept = _kept_name(library)
    try:
        return kept, bf.move_side_files(library, kept, (*bf.SIDE_FILES, ""))
    except OSError as exc:
        raise BackupError(N_("{library}: cannot be set aside to restore a backup ({exc}); close it in every "
                             "program first",
                             library=library, exc=bf.one_line(exc))) from exc


def restore_backup(library: Path, backup: Path) -> Path | None:
    """Put ``backup`` in place of ``library`` (which the caller has closed).

    The current library and its -wal/-shm files are kept beside it as
    ``<name>.damaged`` (or ``.damaged-2`` ...), never deleted; returns that
    path (None only when there was no library file to keep). Raises
    BackupError, with nothing changed, when the backup is not a good one.
    """
    library, backup = Path(library), Path(backup)
    problem = bf.check_backup(backup)
    if problem is not None:
        raise BackupError(N_("{backup}: cannot restore this backup ({problem}); nothing was changed",
                             backup=backup, problem=problem))
    tmp = library.with_name(f"{library.name}.restoring{PARTIAL}")
    try:
        bf.remove_with_side_files(tmp)  # left by a restore that was killed
        shutil.copyfile(backup, tmp)
        bf.fsync_file(tmp)
        problem = bf.check_backup(tmp)
        if problem is not None:
            raise BackupError(N_("{backup}: the copy of the backup is damaged ({problem}); nothing was changed",
                                 backup=backup, problem=problem))
        kept, moved = _set_aside(library)
        try:
            os.replace(tmp, library)
        except OSError:
            bf.move_side_files(kept, library, tuple(reversed(moved)))  # put it back
            raise
    except BaseException as exc:
        bf.remove_with_side_files(tmp)
        if isinstance(exc, OSError):
            raise BackupError(N_("{library}: the backup cannot be restored ({exc})",
                                 library=library, exc=bf.one_line(exc))) from exc
        raise
    bf.fsync_dir(library.parent)
    log.info("%s: restored from %s; the previous library was kept as %s", library, backup, kept)
    return kept if "" in moved else None
