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
import sqlite3
import threading
from concurrent.futures import Future
from datetime import datetime
from pathlib import Path

from typing import TYPE_CHECKING

from filelock import FileLock, Timeout

from editor_app.core.errors import (
    LibraryDamagedError,
    LibraryLockedError,
    LibraryTooNewError,
    NotALibraryError,
)

if TYPE_CHECKING:
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

APPLICATION_ID = 0x45644170
SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
# Above this size quick_check runs in the background; writes wait for it.
SYNC_CHECK_LIMIT = 16 * 1024 * 1024
# The newest Alembic revision in migrations/versions (a test keeps them equal),
# so that opening a current library never has to load Alembic at all.
HEAD_REVISION = "0004"


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


def _ro_connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(_ro_uri(path), uri=True, timeout=5)


def inspect_file(path: Path) -> str | None:
    """Validate an existing file read-only; return its schema revision.

    Raises NotALibraryError when it is no SQLite database or not one of ours.
    """
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise NotALibraryError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise NotALibraryError(f"{path}: this file is not an article library (not an SQLite database)")
    app_id = int.from_bytes(header[68:72], "big")
    try:
        conn = _ro_connect(path)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if app_id != APPLICATION_ID or "articles" not in tables or "alembic_version" not in tables:
                raise NotALibraryError(
                    f"{path}: this SQLite file is not an article library of this program"
                )
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise LibraryDamagedError(f"{path}: the library is damaged and cannot be opened ({exc})") from exc
    return row[0] if row else None


def quick_check(path: Path) -> None:
    """Raise LibraryDamagedError unless ``PRAGMA quick_check`` says ok."""
    try:
        conn = _ro_connect(path)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise LibraryDamagedError(f"{path}: the library is damaged and cannot be opened ({exc})") from exc
    if rows != ["ok"]:
        raise LibraryDamagedError(
            f"{path}: the library is damaged and cannot be opened ({'; '.join(rows)})"
        )


def backup_copy(path: Path, revision: str | None) -> Path:
    """Write a consistent copy beside the library (SQLite online backup)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{revision or 'none'}-{stamp}{path.suffix}")
    src = _ro_connect(path)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


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
        conn = sqlite3.connect(_ro_uri(path), uri=True, check_same_thread=False, timeout=5)
    else:
        conn = sqlite3.connect(path, check_same_thread=False, timeout=5)
    return _configure(conn, readonly, foreign_keys)


def _on_begin(conn) -> None:
    conn.exec_driver_sql("BEGIN")


def _ro_uri(path: Path) -> str:
    return path.resolve().as_uri().replace("file://", "file:", 1) + "?mode=ro"


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


class OpenedLibrary:
    """The connection of an opened library plus its lock and integrity state.

    ``engine`` (SQLAlchemy, over the same connection) is made on first use:
    reading needs only ``connection``, so the window starts without SQLAlchemy.
    """

    def __init__(self, path: Path, connection: sqlite3.Connection, lock: FileLock | None,
                 integrity: Future):
        self.path = path
        self.connection = connection
        self.lock = lock
        self.integrity = integrity
        self._engine: Engine | None = None
        self._engine_lock = threading.Lock()

    @property
    def engine(self) -> "Engine":
        with self._engine_lock:
            if self._engine is None:
                self._engine = engine_on(self.connection)
            return self._engine

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
        self.connection.close()
        if self.lock is not None:
            self.lock.release()


def _acquire_lock(path: Path) -> FileLock:
    # not thread-local: a library may be opened on a worker thread (a long
    # upgrade runs off the GUI thread) and closed on another
    lock = FileLock(str(path) + ".lock", timeout=0, thread_local=False)
    try:
        lock.acquire()
    except Timeout as exc:
        raise LibraryLockedError(
            f"{path}: the library is already open in another window or program; "
            "close it there first"
        ) from exc
    return lock


def open_library(path: Path, *, readonly: bool = False, create: bool = True,
                 background_check: bool | None = None) -> OpenedLibrary:
    path = Path(path).expanduser()
    exists = path.exists() and path.stat().st_size > 0
    if not exists and (readonly or not create):
        raise NotALibraryError(f"{path}: no library at this path")
    integrity: Future = Future()
    revision = None
    if exists:
        revision = inspect_file(path)
        if background_check is None:
            background_check = path.stat().st_size > SYNC_CHECK_LIMIT
        if background_check:
            threading.Thread(target=_run_check, args=(path, integrity), daemon=True,
                             name="library-quick-check").start()
        else:
            quick_check(path)
            integrity.set_result(True)
        head = head_revision()
        if revision is not None and revision != head:
            if revision not in known_revisions():
                raise LibraryTooNewError(
                    f"{path}: the library was made by a newer version of this program; update it"
                )
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        integrity.set_result(True)
    if readonly:
        return OpenedLibrary(path, connect(path, readonly=True), None, integrity)
    lock = _acquire_lock(path)
    try:
        if exists and revision != head_revision():
            integrity.result()  # never migrate an unchecked file
            backup = backup_copy(path, revision)
            log.info("backed up %s to %s before upgrading", path, backup)
        if not exists or revision != head_revision():
            upgrade(path)
        connection = connect(path)
    except BaseException:
        lock.release()
        raise
    return OpenedLibrary(path, connection, lock, integrity)


def _run_check(path: Path, future: Future) -> None:
    try:
        quick_check(path)
    except BaseException as exc:  # noqa: BLE001 - delivered through the future
        future.set_exception(exc)
    else:
        future.set_result(True)
