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


class LibrarySchemaError(LibraryError):
    """The library holds schema objects this program did not make (a trigger,
    a view): a library is data, not code, so it is not opened."""


class LibraryReadOnlyError(LibraryError):
    pass


class ServerUnavailableError(LibraryError):
    """The library's server cannot be reached (down, unreachable, refused the login)."""


class ConflictError(LibraryError):
    """A save was based on an older version of the article than the library holds: another
    editor saved it meanwhile. ``theirs`` is the article as the library holds it now."""

    def __init__(self, message: str, theirs=None, base_version: int | None = None):
        super().__init__(message)
        self.theirs = theirs
        self.base_version = base_version


class DamagedArticleError(LibraryError):
    """One article's row cannot be read (bad UTF-8, an impossible date...);
    the rest of the library works."""

    def __init__(self, article_id: int, reason: str):
        super().__init__(f"article {article_id} is damaged and cannot be read ({reason})")
        self.article_id = article_id
        self.reason = reason


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


def library_error(path, exc: BaseException) -> LibraryError:
    """A database error from writing, as one line the user can act on."""
    orig = getattr(exc, "orig", None) or exc  # SQLAlchemy wraps the driver's error
    text = " ".join(str(orig).split())
    lowered = text.lower()
    if "readonly" in lowered or "read-only" in lowered:
        return LibraryReadOnlyError(f"{path}: the library cannot be written: it is read-only "
                                    "(check the file's permissions)")
    if "disk is full" in lowered or "database or disk is full" in lowered:
        return LibraryError(f"{path}: the disk is full; nothing was saved by this change. "
                            "Free some space and try again")
    if "malformed" in lowered or "not a database" in lowered or "corrupt" in lowered:
        return LibraryDamagedError(f"{path}: the library is damaged ({text[:200]}); "
                                   "restore it from a backup")
    if "locked" in lowered or "busy" in lowered:
        return LibraryLockedError(f"{path}: the library is busy in another program; try again")
    return LibraryError(f"{path}: the library could not be written ({text[:200]})")


def damage_reason(error: BaseException) -> str:
    """One line saying why a row cannot be read, for the user (``error`` as raised while
    reading it; a database error wrapped by SQLAlchemy carries the driver's as ``orig``)."""
    orig = getattr(error, "orig", None)
    message = str(orig or error)
    if orig is not None and "decode" in message:
        return "some of its text is not valid UTF-8"
    message = " ".join(message.split())
    return f"a value cannot be read: {message[:120]}" if message else "a value cannot be read"
