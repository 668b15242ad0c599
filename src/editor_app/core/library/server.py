"""Opening a team library on a PostgreSQL server: connect, make or upgrade the schema.

The same Alembic revisions as a library file run here (each checks the dialect where
SQLite and PostgreSQL differ). An empty database gets the schema at first open; a
database at an older revision is upgraded in one transaction (PostgreSQL's DDL is
transactional: an upgrade that fails changes nothing), under an advisory lock so that
two editors opening it at once do not both migrate. There is no lock on the library
itself: any number of windows and commands work at once; conflicts are found per
article by its version (``Store.save_article``).

A server that cannot be reached is a :class:`ServerUnavailableError` with one line
saying where and why, within ``CONNECT_TIMEOUT`` seconds unless the URL sets
``connect_timeout``.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future
from typing import TYPE_CHECKING

from editor_app.core.errors import (
    LibraryError, LibraryTooNewError, Notice, NotALibraryError, ServerUnavailableError)
from editor_app.core.library import keychain
from editor_app.core.library.location import ServerLocation
from editor_app.core.errors import N_

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

log = logging.getLogger(__name__)
CONNECT_TIMEOUT = 5   # seconds, when the URL does not say
MIGRATION_LOCK = 0x45644170   # pg_advisory_lock key: 'EdAp', as the files' application id


class OpenedServer:
    """An opened server library: its engine (a small pool), nothing to lock or check."""

    lock = None
    connection = None

    def __init__(self, location: ServerLocation, engine: "Engine", notices: list[Notice]):
        self.path = location
        self.engine = engine
        self.notices = notices
        self.integrity: Future = Future()
        self.integrity.set_result(True)

    def close(self, checkpoint: bool = False) -> None:
        self.engine.dispose()


def make_engine(location: ServerLocation, password: str | None = None) -> "Engine":
    """An engine on ``location`` (psycopg 3): the URL's libpq options as they are, a
    connect timeout, a password from the caller or the URL (else libpq's own:
    PGPASSWORD, ~/.pgpass; the keychain is asked by ``open_server`` when the server
    wants a password)."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise LibraryError(N_("a team library needs the PostgreSQL driver: install editor-app[postgres] (pip "
                              "install 'psycopg[binary]')")) from None
    from sqlalchemy import create_engine
    from sqlalchemy.engine import URL

    query = dict(location.options)
    query.setdefault("connect_timeout", str(CONNECT_TIMEOUT))
    query.setdefault("application_name", "editor-app")
    secret = password or location.password
    host = location.host if not location.host.startswith("/") else None
    url = URL.create("postgresql+psycopg", username=location.user or None, password=secret or None,
                     host=host, port=location.port if host else None, database=location.dbname,
                     query=query)
    engine = create_engine(url, pool_size=2, max_overflow=4, pool_pre_ping=True, pool_recycle=1800)
    compress_with(engine, "lz4")
    return engine


def compress_with(engine: "Engine", method: str) -> None:
    """Each connection stores the long texts it writes (bodies, revisions) compressed with lz4,
    where the server has it (PostgreSQL 14 or later, built with lz4): saving an article costs the
    server a quarter less than with its default, pglz. Texts already stored stay readable
    either way; a server without lz4 keeps its default."""
    from sqlalchemy import event, func, select

    statement = str(select(func.set_config("default_toast_compression", method, False))
                    .compile(dialect=engine.dialect, compile_kwargs={"literal_binds": True}))

    @event.listens_for(engine, "connect")
    def connected(dbapi_connection, _record) -> None:
        try:
            with dbapi_connection.cursor() as cursor:
                cursor.execute(statement)
            dbapi_connection.commit()   # a session setting, kept past this first transaction
        except Exception as exc:  # noqa: BLE001 - not on this server: its default stays
            dbapi_connection.rollback()
            log.info("the server keeps its own compression (%s: %s)", method, " ".join(str(exc).split())[:200])


def unreachable(location: ServerLocation, exc: BaseException) -> ServerUnavailableError:
    """One line for a server that cannot be used: where, and the driver's reason."""
    orig = getattr(exc, "orig", None) or exc
    reason = " ".join(str(orig).split())[:300] or type(orig).__name__
    if "password authentication failed" in reason or "no password supplied" in reason:
        why = f"the server refused the login of '{location.user}' (wrong or missing password)"
    elif f'database "{location.dbname}" does not exist' in reason:
        why = (f"the server has no database '{location.dbname}' (the journal's administrator makes it: "
               "an empty database is enough)")
    else:
        why = f"cannot reach the library server ({reason})"
    error = ServerUnavailableError(N_("{display}: {why}", display=location.display(), why=why))
    error.wants_password = "refused the login" in why   # the window then asks for it
    return error


def open_server(location: ServerLocation, *, readonly: bool = False, create: bool = True,
                password: str | None = None) -> OpenedServer:
    from sqlalchemy.exc import DBAPIError

    engine = _connectable(location, password)
    try:
        try:
            with engine.connect() as conn:
                revision = _revision(conn, location)
                if revision == _head():
                    conn.rollback()
                    return OpenedServer(location, engine, [])
                if readonly:
                    raise NotALibraryError(
                        f"{location.display()}: no library in this database yet" if revision is None else
                        f"{location.display()}: the library must be upgraded first; open it once in the program")
                if revision is None and not create:
                    raise NotALibraryError(N_("{display}: no library in this database", display=location.display()))
                conn.rollback()
                _upgrade(conn, location)
        except DBAPIError as exc:
            raise unreachable(location, exc) from exc
        notices = [Notice("server-created", f"{location.display()}: a new library was made in this database")] \
            if revision is None else []
        return OpenedServer(location, engine, notices)
    except BaseException:
        engine.dispose()
        raise


def _wants_password(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", None) or exc)
    return "no password supplied" in text or "password authentication failed" in text


def _connectable(location: ServerLocation, password: str | None) -> "Engine":
    """An engine that can log in: without a password first (trust, peer, certificates,
    ~/.pgpass, PGPASSWORD: no keychain to wake up, ~0.1-0.2 s), then, when the server asks
    for one, with the password kept in the keychain."""
    from sqlalchemy.exc import DBAPIError

    engine = make_engine(location, password)
    if password or location.password:
        return engine
    try:
        engine.connect().close()   # the pool keeps it for the open that follows
        return engine
    except DBAPIError as exc:
        if not _wants_password(exc):
            engine.dispose()
            raise unreachable(location, exc) from exc
    engine.dispose()
    kept = keychain.get_password(location)
    return make_engine(location, kept) if kept else make_engine(location)


def _head() -> str:
    from editor_app.core.library.db import head_revision

    return head_revision()


def _revision(conn: "Connection", location: ServerLocation) -> str | None:
    """The library's revision; None for an empty database; an error for one holding
    something else, or made by a newer program."""
    from sqlalchemy import column, func, select, table

    from editor_app.core.library.db import known_revisions

    if conn.execute(select(func.to_regclass("alembic_version"))).scalar() is None:
        tables = table("tables", column("table_schema"), schema="information_schema")
        others = conn.execute(select(func.count()).select_from(tables)
                              .where(tables.c.table_schema == func.current_schema())).scalar()
        if others:
            raise NotALibraryError(N_("{display}: this database holds other tables; it is not a library (give "
                                      "an empty database)",
                                      display=location.display()))
        return None
    revision = conn.execute(select(column("version_num")).select_from(table("alembic_version"))).scalar()
    if revision != _head() and revision not in known_revisions():
        raise LibraryTooNewError(N_("{display}: the library was made by a newer version of this program; "
                                    "update it",
                                    display=location.display()))
    return revision


def _upgrade(conn: "Connection", location: ServerLocation) -> None:
    """Make or upgrade the schema in one transaction, one program at a time."""
    from alembic import command
    from sqlalchemy import func, select

    from editor_app.core.library.db import alembic_config

    conn.execute(select(func.pg_advisory_lock(MIGRATION_LOCK)))
    try:
        conn.commit()
        if _revision(conn, location) == _head():   # another program did it meanwhile
            conn.commit()
            return
        conn.commit()
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        conn.commit()
        log.info("%s: schema made or upgraded to %s", location.display(), _head())
    finally:
        conn.rollback()
        conn.execute(select(func.pg_advisory_unlock(MIGRATION_LOCK)))
        conn.commit()
