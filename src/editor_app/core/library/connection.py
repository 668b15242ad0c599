"""The store's one connection to its library, and its transactions.

One connection serves the whole process, guarded by a lock, so that all writes go
through one connection (SQLite before 3.51.3 can lose commits when several
connections write and checkpoint a WAL file concurrently). On a server library a lost
connection (the server went away) is dropped and the error says so in one line
(:class:`ServerUnavailableError`); the next call connects again.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from editor_app.core.errors import N_, LibraryError, library_error
from editor_app.core.library.location import Location, ServerLocation

# the driver's errors that mean the connection, not the statement, failed
_GONE = {"OperationalError", "InterfaceError", "ConnectionTimeout", "AdminShutdown",
         "ConnectionFailure", "ConnectionException", "CannotConnectNow"}


class Transactions:
    """The connection of an opened library (``opened``: a file's or a server's) and the
    read and write transactions the store runs its statements in."""

    def __init__(self, opened, readonly: bool):
        self._opened = opened
        self.path: Location = opened.path
        self.readonly = readonly
        self.is_server = isinstance(opened.path, ServerLocation)
        self._lock = threading.RLock()
        self._db: Connection | None = None

    def _close_connection(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None
            self._opened.close(checkpoint=not self.readonly)

    def _connection(self) -> Connection:
        if self._db is None:
            try:
                self._db = self._opened.engine.connect()
            except DBAPIError as exc:
                raise self._unreachable(exc) from exc
        return self._db

    def _unreachable(self, exc: DBAPIError) -> LibraryError:
        """A server that went away: the connection is dropped (the next call makes a new
        one) and the error says so in one line."""
        from editor_app.core.library.server import unreachable

        if self._db is not None:
            try:
                self._db.invalidate()
                self._db.close()
            except Exception:  # noqa: BLE001 - it is gone already
                pass
            self._db = None
        return unreachable(self.path, exc)

    def _lost(self, exc: DBAPIError) -> bool:
        return self.is_server and (exc.connection_invalidated or type(exc.orig).__name__ in _GONE)

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        """The connection, in one read transaction (an article and its authors come
        from the same state of the library, even while another program writes it)."""
        with self._lock:
            conn = self._connection()
            if conn.in_transaction():
                yield conn
                return
            try:
                with conn.begin():
                    yield conn
            except DBAPIError as exc:
                if self._lost(exc):
                    raise self._unreachable(exc) from exc
                raise

    def reading(self):
        """A read transaction for statements of other modules (``review_records``)."""
        return self._read()

    def writing(self):
        """A write transaction for statements of other modules (``review_records``)."""
        return self._write()

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """The connection in a write transaction; a database error becomes one LibraryError."""
        if self.readonly:
            raise LibraryError(N_("{path}: the library is open read-only", path=self.path))
        self._opened.integrity.result()  # never write to a file not yet checked
        try:
            with self._lock:
                conn = self._connection()
                with conn.begin():
                    yield conn
        except DBAPIError as exc:
            if self._lost(exc):
                raise self._unreachable(exc) from exc
            raise library_error(self.path, exc) from exc
