"""Where a library is: a file path, or a PostgreSQL server URL (a team library).

``postgresql://user@host:port/dbname?sslmode=require`` (also ``postgres://`` and
``postgresql+psycopg://``) names a server library wherever a path is accepted: the
command line's ``--library``, ``EDITOR_APP_LIBRARY`` and the window. Every libpq
option in the query string (``sslmode``, ``sslrootcert``, ``connect_timeout``,
``options``, ``application_name``...) goes to the driver as it is. A password in the
URL is used but never shown: :meth:`ServerLocation.display` and ``str()`` leave it out,
and the window keeps passwords in the system keychain (``keychain.py``), not in URLs.
No SQLAlchemy here: parsing a location costs nothing at start-up.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from editor_app.core.errors import N_

SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
DEFAULT_PORT = 5432


def is_server_url(value: object) -> bool:
    return isinstance(value, ServerLocation) or (
        isinstance(value, str) and value.split(":", 1)[0].lower() in SCHEMES and "://" in value)


@dataclass(frozen=True)
class ServerLocation:
    """A PostgreSQL library: who connects where, with which libpq options."""

    host: str
    port: int
    dbname: str
    user: str = ""
    options: tuple[tuple[str, str], ...] = ()
    password: str | None = field(default=None, compare=False, repr=False)

    @classmethod
    def parse(cls, url: str) -> "ServerLocation":
        parts = urlsplit(url.strip())
        if parts.scheme.lower() not in SCHEMES:
            raise ValueError(N_("not a PostgreSQL URL (use postgresql://user@host:port/dbname): {url!r}", url=url))
        dbname = unquote(parts.path.lstrip("/"))
        query = tuple(parse_qsl(parts.query, keep_blank_values=True))
        try:
            port = parts.port or DEFAULT_PORT
        except ValueError:
            raise ValueError(N_("the port in {url!r} is not a number", url=cls._redact(url))) from None
        host = parts.hostname or ""
        if not host:   # a socket folder given as ?host=/var/run/postgresql
            host = dict(query).get("host", "")
        if not dbname:
            raise ValueError(N_("the URL {url!r} names no database (postgresql://user@host:port/dbname)",
                                url=cls._redact(url)))
        return cls(host=host or "localhost", port=port, dbname=dbname,
                   user=unquote(parts.username or ""), options=query,
                   password=unquote(parts.password) if parts.password is not None else None)

    @staticmethod
    def _redact(url: str) -> str:
        parts = urlsplit(url)
        if parts.password is None:
            return url
        netloc = parts.netloc.replace(":" + parts.password + "@", ":***@")
        return parts._replace(netloc=netloc).geturl()

    @property
    def name(self) -> str:
        """A short name for titles: the database."""
        return self.dbname

    @property
    def keychain_key(self) -> str:
        """The password's name in the keychain: user@host:port/dbname."""
        return f"{self.user}@{self.host}:{self.port}/{self.dbname}"

    def url(self, with_password: bool = False) -> str:
        """The URL (``postgresql://``), with the password only when asked."""
        user = quote(self.user, safe="")
        if with_password and self.password:
            user += ":" + quote(self.password, safe="")
        netloc = (user + "@" if user else "") + _host(self.host) + f":{self.port}"
        query = ("?" + urlencode(self.options)) if self.options else ""
        return f"postgresql://{netloc}/{quote(self.dbname, safe='')}{query}"

    def display(self) -> str:
        return self.url(with_password=False)

    def with_password(self, password: str | None) -> "ServerLocation":
        return ServerLocation(self.host, self.port, self.dbname, self.user, self.options, password)

    def __str__(self) -> str:
        return self.display()

    def option(self, key: str) -> str | None:
        return dict(self.options).get(key)


def _host(host: str) -> str:
    if host.startswith("/"):   # a socket folder goes in the query string
        return ""
    return f"[{host}]" if ":" in host else host


Location = Path | ServerLocation


def parse_location(value: str | os.PathLike | ServerLocation) -> Location:
    """A ``--library`` or ``EDITOR_APP_LIBRARY`` value as a path or a server location."""
    if isinstance(value, ServerLocation):
        return value
    if isinstance(value, str) and is_server_url(value):
        return ServerLocation.parse(value)
    return Path(value).expanduser()


def is_server(location: object) -> bool:
    return isinstance(location, ServerLocation)
