"""The single-instance channel: a window that holds a library takes work from the CLI.

A library file is open in one program at a time (its lock). When the window
has it, ``editor-app import`` hands the files to that window instead of
refusing: the window imports them (the user sees them arrive) and answers
with the report, which the CLI prints as if it had imported them itself.

The channel is a local socket (a named pipe on Windows) named after the
library's path, in a folder only this user can enter, with a key only this
user can read (``multiprocessing.connection``'s HMAC handshake): another user
of the computer cannot hand files to this window.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import secrets
import sys
import tempfile
import threading
from collections.abc import Callable
from multiprocessing.connection import Client, Connection, Listener
from pathlib import Path
from typing import Any

KEY_BYTES = 32


def _folder() -> Path | None:
    """This user's private folder for the channel (None if it cannot be made safely)."""
    if sys.platform == "win32":
        from platformdirs import user_data_path

        folder = user_data_path("editor-app", appauthor=False)
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    folder = Path(tempfile.gettempdir()) / f"editor-app-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        st = os.lstat(folder)
    except OSError:
        return None
    if st.st_uid != os.getuid() or st.st_mode & 0o077 or not os.path.isdir(folder) or os.path.islink(folder):
        return None   # someone else's, or open to others: no channel
    return folder


def _key(folder: Path) -> bytes:
    path = folder / "handoff.key"
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except FileExistsError:
        return path.read_bytes()
    with os.fdopen(fd, "wb") as fh:
        fh.write(secrets.token_bytes(KEY_BYTES))
    return path.read_bytes()


def _name(library: object) -> str:
    where = str(Path(str(library)).resolve()) if not str(library).startswith("postgres") else str(library)
    return hashlib.sha256(where.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def _address(library: object) -> tuple[str, str, bytes] | None:
    """(address, family, key) of the channel for ``library``, or None when there is none."""
    folder = _folder()
    if folder is None:
        return None
    try:
        key = _key(folder)
    except OSError:
        return None
    if sys.platform == "win32":
        return rf"\\.\pipe\editor-app-{getpass.getuser()}-{_name(library)}", "AF_PIPE", key
    return str(folder / f"{_name(library)}.sock"), "AF_UNIX", key


class HandoffServer:
    """Serves requests for one library; ``handle(request) -> reply`` runs for each
    (on this server's thread: it must hand the work to the window and wait)."""

    def __init__(self, library: object, handle: Callable[[dict], dict]):
        self.handle = handle
        self._closed = threading.Event()
        found = _address(library)
        if found is None:
            raise OSError("no private folder for the single-instance channel")
        self.address, family, self._key = found
        if family == "AF_UNIX" and os.path.exists(self.address):
            os.unlink(self.address)   # left by a window that crashed: we hold the library now
        self._listener = Listener(self.address, family, authkey=self._key)

    def serve(self) -> None:
        """Answer requests until :meth:`close` (run on a thread of its own)."""
        while not self._closed.is_set():
            try:
                conn = self._listener.accept()
            except (OSError, EOFError, ValueError):   # a failed handshake, or closed
                continue
            with conn:
                self._answer(conn)

    def _answer(self, conn: Connection) -> None:
        try:
            request = conn.recv()
            if self._closed.is_set() or not isinstance(request, dict):
                return
            conn.send(self.handle(request))
        except (OSError, EOFError, ValueError, TypeError):
            pass   # the CLI went away: the window finishes the import on its own

    def close(self) -> None:
        if self._closed.is_set():
            return
        self._closed.set()
        try:   # accept() is not woken by close() on every system: knock once
            with Client(self.address, authkey=self._key) as knock:
                knock.send(None)
        except (OSError, EOFError, ValueError):
            pass
        self._listener.close()


def hand_over(library: object, request: dict, sent: Callable[[], None] | None = None) -> dict | None:
    """Send ``request`` to the window holding ``library`` (``sent()`` once it is) and
    wait for its reply; None when no window listens (``{"stopped": why}`` if it went
    away meanwhile)."""
    found = _address(library)
    if found is None:
        return None
    address, family, key = found
    if family == "AF_UNIX" and not os.path.exists(address):
        return None
    try:
        conn = Client(address, family, authkey=key)
    except (OSError, EOFError, ValueError):
        return None
    with conn:
        try:
            conn.send(request)
            if sent is not None:
                sent()
            reply: Any = conn.recv()
        except (OSError, EOFError):
            return {"stopped": "the window closed before it answered; open it to see what was imported"}
    return reply if isinstance(reply, dict) else None
