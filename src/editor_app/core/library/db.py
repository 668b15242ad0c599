"""Opening a library file safely: validation, locking, backups and migrations.

Order on open (nothing is written to the file before it has been validated):
1. header check (an SQLite file at all), read-only;
2. application id / schema check, read-only;
3. ``PRAGMA quick_check`` (synchronously, or in the background for large
   files; writes then wait for it to pass);
4. an exclusive lock file beside the library (one writing process);
5. backup copy, then Alembic upgrade, when the schema is older than head.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from concurrent.futures import Future
from datetime import datetime
from pathlib import Path

from typing import TYPE_CHECKING

from editor_app.core.library import walcheck
from editor_app.core.library.read_shims import read_as_head
from editor_app.core.library.backup_files import backup_copy, fsync_dir, fsync_file  # noqa: F401 - db.backup_copy
from editor_app.core.errors import (
    LibraryDamagedError,
    LibraryError,
    LibraryLockedError,
    LibraryTooNewError,
    Notice,
    NotALibraryError,
)
from editor_app.core.library.file_checks import (  # noqa: F401 - inspect_file and quick_check are part of db's API
    APPLICATION_ID,
    SQLITE_MAGIC,
    check_permissions,
    check_writable_header,
    inspect_file,
    is_unfinished,
    one_line,
    quick_check,
    read_header,
    ro_connect,
    ro_uri,
)
from editor_app.core.errors import N_

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from filelock import FileLock

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parents[2] / "migrations"
# Above this size quick_check runs in the background; writes wait for it.
SYNC_CHECK_LIMIT = 16 * 1024 * 1024
# The newest Alembic revision in migrations/versions (a test keeps them equal),
# so that opening a current library never has to load Alembic at all.
HEAD_REVISION = "0010"


def alembic_config():
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    return HEAD_REVISION


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def _configure(conn: sqlite3.Connection, readonly: bool, foreign_keys: bool) -> sqlite3.Connection:
    conn.isolation_level = None  # transactions are begun explicitly (see _on_begin)
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
    if not readonly:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    return conn


def connect(path: Path, readonly: bool = False, foreign_keys: bool = True) -> sqlite3.Connection:
    """The library's one connection, configured (usable from any thread under the store's lock)."""
    if readonly:
        conn = sqlite3.connect(ro_uri(path), uri=True, check_same_thread=False, timeout=5)
    else:
        conn = sqlite3.connect(path, check_same_thread=False, timeout=5)
    return _configure(conn, readonly, foreign_keys)


def _on_begin(conn) -> None:
    conn.exec_driver_sql("BEGIN")


def engine_on(conn: sqlite3.Connection) -> "Engine":
    """A SQLAlchemy engine whose only connection is ``conn`` (imports SQLAlchemy)."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import StaticPool

    engine = create_engine("sqlite+pysqlite://", poolclass=StaticPool, creator=lambda: conn)
    event.listen(engine, "begin", _on_begin)
    return engine


def make_engine(path: Path, readonly: bool = False, foreign_keys: bool = True) -> "Engine":
    return engine_on(connect(path, readonly, foreign_keys))


def upgrade(path: Path, target: str = "head") -> None:
    """Run the Alembic revisions up to ``target`` (foreign keys off meanwhile)."""
    engine = make_engine(path, foreign_keys=False)
    try:
        from alembic import command

        cfg = alembic_config()
        with engine.connect() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, target)
            conn.commit()
    finally:
        engine.dispose()
    _compact_if_mostly_free(path)


FREE_SHARE_TO_COMPACT = 0.25


def _compact_if_mostly_free(path: Path) -> None:
    """After an upgrade that rebuilt a table (0005): give the freed pages back to the disk
    when they are a quarter of the file or more (VACUUM, outside any transaction). A
    failure only leaves the file larger than it needs to be."""
    conn = connect(path, foreign_keys=False)
    try:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        free = conn.execute("PRAGMA freelist_count").fetchone()[0]
        if pages and free / pages >= FREE_SHARE_TO_COMPACT:
            conn.execute("VACUUM")
    except sqlite3.Error as exc:
        log.warning("%s: compacting after the upgrade failed: %s", path, exc)
    finally:
        conn.close()


class OpenedLibrary:
    """The connection of an opened library plus its lock and integrity state.

    ``engine`` (SQLAlchemy, over the same connection) is made on first use.
    ``notices`` says what opening did that the user must be told.
    """

    def __init__(self, path: Path, connection: sqlite3.Connection, lock: FileLock | None,
                 integrity: Future, notices: list[Notice] | None = None):
        self.path = path
        self.connection = connection
        self.lock = lock
        self.integrity = integrity
        self.notices = notices or []
        self._engine: Engine | None = None
        self._engine_lock = threading.Lock()

    @property
    def engine(self) -> "Engine":
        with self._engine_lock:
            if self._engine is None:
                self._engine = engine_on(self.connection)
            return self._engine

    def close(self, checkpoint: bool = False) -> None:
        """Close the connection (first folding the write-ahead log into the file:
        ``checkpoint``) and release the lock."""
        try:
            if checkpoint:
                self.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            if self._engine is not None:
                self._engine.dispose()
            self.connection.close()
            if self.lock is not None:
                self.lock.release()


def _acquire_lock(path: Path) -> FileLock:
    # not thread-local: a library may be opened on a worker thread (a long
    # upgrade runs off the GUI thread) and closed on another
    from filelock import FileLock, Timeout   # here: a read-only open takes no lock

    lock = FileLock(str(path) + ".lock", timeout=0, thread_local=False)
    try:
        lock.acquire()
    except Timeout as exc:
        raise LibraryLockedError(
            N_("{path}: the library is already open in another window or program; close it there first", path=path)
        ) from exc
    except OSError as exc:
        raise LibraryError(N_("{path}: cannot lock the library ({strerror})",
                              path=path, strerror=one_line(exc.strerror or exc))) from exc
    return lock


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def _side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]


def create_library(path: Path) -> None:
    """Build a new library in a temporary file beside ``path``, migrate it, then
    rename it into place: a kill leaves either no library or a complete one.
    The caller holds the library's lock."""
    for stale in path.parent.glob(f".{path.name}.new-*"):  # left by a killed creation
        stale.unlink(missing_ok=True)
    tmp = path.with_name(f".{path.name}.new-{os.getpid()}")
    try:
        upgrade(tmp)
        conn = sqlite3.connect(tmp)  # WAL mode is in the header; fold the log into the file
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        fsync_file(tmp)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    finally:
        for leftover in [tmp, *_side_files(tmp)]:
            leftover.unlink(missing_ok=True)


def _set_aside_unfinished(path: Path) -> Notice:
    """Move an empty library left by an interrupted first start out of the way."""
    aside = path.with_name(f"{path.name}.unfinished-{_stamp()}")
    os.replace(path, aside)
    for side in _side_files(path):
        if side.exists():
            os.replace(side, aside.with_name(aside.name + side.name[len(path.name):]))
    log.warning("%s was an empty library left by an interrupted first start; set aside as %s",
                path, aside.name)
    return Notice("empty-replaced",
                  f"{path}: the library was empty (an interrupted first start left it); "
                  f"it was set aside as {aside.name} and a new one was made", path=aside)


def _check_wal(path: Path, readonly: bool) -> Notice | None:
    """Before SQLite recovers the log: keep a copy when it will drop commits.

    A log that a running program is writing (it holds the library's lock) is
    live, not left by a crash: nothing to check.
    """
    if _held_elsewhere(path):
        return None
    try:
        report = walcheck.check_wal(path)
    except OSError:
        return None
    if report is None or not report.damaged:
        return None
    try:
        copy = walcheck.keep_copy(path)
    except OSError as exc:
        if not readonly:  # a checkpoint would destroy the only copy
            raise LibraryDamagedError(
                N_("{path}: the library's latest changes cannot be read and its journal file cannot be copied "
                   "aside ({strerror}); nothing was changed",
                   path=path, strerror=one_line(exc.strerror or exc))) from exc
        copy = None
    where = f"; a copy of the journal file was kept as {copy.name}" if copy else ""
    return Notice("wal-recovered",
                  f"{path}: the latest changes could not be read ({report.lost_commits} saved "
                  f"change(s) in the journal file are damaged){where}", path=copy,
                  count=report.lost_commits)


def _held_elsewhere(path: Path) -> bool:
    wal = walcheck.wal_path(path)
    if not wal.exists() or wal.stat().st_size == 0:   # no log, or nothing in it to check
        return False
    try:
        _acquire_lock(path).release()
    except LibraryError:
        return True
    return False


def _check_existing(path: Path, readonly: bool, background_check: bool | None,
                    integrity: Future) -> tuple[str | None, list[Notice]]:
    notices = [n for n in [_check_wal(path, readonly)] if n]
    header = read_header(path)
    revision = inspect_file(path)
    if not readonly:
        check_writable_header(path, header)
        check_permissions(path)
    if background_check is None:
        background_check = path.stat().st_size > SYNC_CHECK_LIMIT
    if background_check:
        threading.Thread(target=_run_check, args=(path, integrity), daemon=True,
                         name="library-quick-check").start()
    else:
        quick_check(path)
        integrity.set_result(True)
    if revision != head_revision() and revision not in known_revisions():
        raise LibraryTooNewError(
            N_("{path}: the library was made by a newer version of this program; update it", path=path)
        )
    return revision, notices


def open_library(path: Path, *, readonly: bool = False, create: bool = True,
                 background_check: bool | None = None) -> OpenedLibrary:
    path = Path(path).expanduser()
    notices: list[Notice] = []
    exists = path.exists() and path.stat().st_size > 0
    if exists and not path.is_file():
        raise NotALibraryError(N_("{path}: this is a folder or a device, not a library file", path=path))
    if exists and not readonly and create and is_unfinished(path):
        lock = _acquire_lock(path)
        try:
            notices.append(_set_aside_unfinished(path))
        finally:
            lock.release()
        exists = False
    if not exists and (readonly or not create):
        raise NotALibraryError(N_("{path}: no library at this path", path=path))
    integrity: Future = Future()
    revision = None
    if exists:
        revision, found = _check_existing(path, readonly, background_check, integrity)
        notices += found
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        integrity.set_result(True)
    if readonly:
        connection = connect(path, readonly=True)
        if revision is not None and revision != head_revision():
            read_as_head(connection, revision)
        return OpenedLibrary(path, connection, None, integrity, notices)
    lock = _acquire_lock(path)
    try:
        if not exists:
            if not (path.exists() and path.stat().st_size > 0):  # another program may have made it
                create_library(path)
        elif revision != head_revision():
            integrity.result()  # never migrate an unchecked file
            backup = backup_copy(path, revision)
            log.info("backed up %s to %s before upgrading", path, backup)
            upgrade(path)
        connection = connect(path)
    except BaseException:
        lock.release()
        raise
    return OpenedLibrary(path, connection, lock, integrity, notices)


def _run_check(path: Path, future: Future) -> None:
    try:
        quick_check(path)
    except BaseException as exc:  # noqa: BLE001 - delivered through the future
        future.set_exception(exc)
    else:
        future.set_result(True)
