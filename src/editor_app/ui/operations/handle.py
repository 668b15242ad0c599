"""The window's library: known by its path from the start, open once the store worker opened it.

The window paints before the library is opened (importing SQLAlchemy, checking
and maybe upgrading the file take a while), so panels are built holding a
``LibraryHandle``. Every store call goes through the single store worker, which
runs jobs in order: a job asked for before the library opened runs after it.
Once open, the handle stands for the store: its attributes are the store's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

_OWN = ("path", "store")


class LibraryNotOpen(AttributeError):
    """A job queued behind an opening that failed (the window is closing): not worth a traceback."""


class LibraryHandle:
    def __init__(self, path, store: Any = None):
        from editor_app.core.library.location import parse_location

        object.__setattr__(self, "path", parse_location(path))
        object.__setattr__(self, "store", store)

    @classmethod
    def of(cls, library: Any) -> "LibraryHandle":
        """``library`` itself if it is a handle, else a handle on that (open) store."""
        return library if isinstance(library, cls) else cls(library.path, library)

    @property
    def is_open(self) -> bool:
        return self.store is not None

    def attach(self, store: Any) -> None:
        """The library is open (called on the GUI thread with what the worker opened)."""
        object.__setattr__(self, "store", store)

    def __getattr__(self, name: str) -> Any:   # only for names the handle does not have
        store = self.__dict__.get("store")
        if store is None:
            raise LibraryNotOpen(f"{name}: the library {self.path} is not open")
        return getattr(store, name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _OWN:
            raise AttributeError(f"{name} is set by the handle itself")
        setattr(self.store, name, value)
