"""Errors the core raises for conditions a user must be told about."""


class LibraryError(Exception):
    """A library cannot be opened or used; the message is for the user."""


class NotALibraryError(LibraryError):
    pass


class LibraryDamagedError(LibraryError):
    pass


class LibraryLockedError(LibraryError):
    pass


class LibraryTooNewError(LibraryError):
    pass


class InputError(ValueError):
    """Bad user input (a file, a field); the message is for the user."""


class Notice:
    """Something opening a library did that the user must be told about (it is
    not an error: the library opened). ``kind`` lets the window translate it:

    - ``"wal-recovered"``: the write-ahead log held changes SQLite could not
      read (a damaged frame); the latest changes may be missing. ``path`` is
      the byte-for-byte copy of the log kept beside the library.
    - ``"empty-replaced"``: the file was an empty library left by an
      interrupted first start; it was set aside (``path``) and a new one made.
    - ``"search-rebuilt"``: the search index was missing or damaged and was
      rebuilt.
    - ``"damaged-rows"``: some articles could not be read (``count``); they are
      shown as damaged and the rest work.
    """

    __slots__ = ("kind", "message", "path", "count")

    def __init__(self, kind: str, message: str, path=None, count: int = 0):
        self.kind, self.message, self.path, self.count = kind, message, path, count

    def __repr__(self) -> str:
        return f"Notice({self.kind!r}, {self.message!r}, path={self.path!r})"
