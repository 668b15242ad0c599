"""Errors the core raises for conditions a user must be told about, and the
messages they carry.

A message is English text; the window and the command line show it in the
user's language. :func:`N_` makes one from a template and its values: it *is*
the English text (a ``str``), and also keeps the template, so that a
translation of the template can be filled with the same values
(:meth:`Text.translated`). ``pyside6-lupdate`` extracts every ``N_("...")``
(``scripts/update_translations.py`` makes ``N_`` an alias of ``QT_TR_NOOP``),
so a template's translation lives in the project's ``.ts`` like every other
message, in the context ``""``.
"""


class Text(str):
    """English text made from ``template`` and ``values`` (see :func:`N_`)."""

    __slots__ = ("template", "values")

    def __new__(cls, template: str, values: dict):
        # numbers stay numbers (for "{size:,}"); anything else is kept as its text, so that
        # a message crosses process boundaries and outlives the objects it names
        values = {k: v if isinstance(v, (str, int, float)) else message_of(v) for k, v in values.items()}
        try:
            english = template.format(**values) if values else template
        except (KeyError, IndexError, ValueError):   # a template with stray braces
            english = template
        self = super().__new__(cls, english)
        self.template, self.values = template, values
        return self

    def __reduce__(self):   # crosses process boundaries (the import workers) whole
        return Text, (self.template, self.values)

    def as_json(self) -> dict:
        """The template and its values (nested :class:`Text` kept), for another process."""
        return {"template": str(self.template),
                "values": {k: v.as_json() if isinstance(v, Text) else v for k, v in self.values.items()}}

    @classmethod
    def from_json(cls, data) -> "Text | str":
        """:meth:`as_json` read back (any other value as its text)."""
        if not isinstance(data, dict) or not isinstance(data.get("template"), str):
            return str(data)
        values = data.get("values") if isinstance(data.get("values"), dict) else {}
        return cls(data["template"], {str(k): cls.from_json(v) if isinstance(v, dict) else v
                                      for k, v in values.items()})

    def translated(self, translate) -> str:
        """This text in another language: ``translate(template)`` filled with the
        values, themselves translated when they are :class:`Text`."""
        values = {k: v.translated(translate) if isinstance(v, Text) else v for k, v in self.values.items()}
        try:
            return translate(self.template).format(**values)
        except (KeyError, IndexError, ValueError):   # a faulty translation: English is better than nothing
            return str(self)


def N_(template: str, /, **values) -> Text:  # noqa: N802 - the usual name of a marked message
    """A message for the user: ``template`` (English, with ``{name}`` fields) and its values."""
    return Text(template, values)


def message_of(thing: object) -> str | Text:
    """The message an exception carries (its :class:`Text` when it was made with
    :func:`N_`), or the text of anything else."""
    if isinstance(thing, BaseException) and len(thing.args) == 1 and isinstance(thing.args[0], Text) \
            and type(thing).__str__ is BaseException.__str__:
        return thing.args[0]
    return thing if isinstance(thing, Text) else str(thing)


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
        super().__init__(N_("article {id} is damaged and cannot be read ({reason})", id=article_id, reason=reason))
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
        return LibraryReadOnlyError(N_("{path}: the library cannot be written: it is read-only "
                                       "(check the file's permissions)", path=path))
    if "disk is full" in lowered or "database or disk is full" in lowered:
        return LibraryError(N_("{path}: the disk is full; nothing was saved by this change. "
                               "Free some space and try again", path=path))
    if "malformed" in lowered or "not a database" in lowered or "corrupt" in lowered:
        return LibraryDamagedError(N_("{path}: the library is damaged ({reason}); restore it from a backup",
                                      path=path, reason=text[:200]))
    if "locked" in lowered or "busy" in lowered:
        return LibraryLockedError(N_("{path}: the library is busy in another program; try again", path=path))
    return LibraryError(N_("{path}: the library could not be written ({reason})", path=path, reason=text[:200]))


def damage_reason(error: BaseException) -> str:
    """One line saying why a row cannot be read, for the user (``error`` as raised while
    reading it; a database error wrapped by SQLAlchemy carries the driver's as ``orig``)."""
    orig = getattr(error, "orig", None)
    message = str(orig or error)
    if orig is not None and "decode" in message:
        return N_("some of its text is not valid UTF-8")
    message = " ".join(message.split())
    return N_("a value cannot be read: {reason}", reason=message[:120]) if message else N_("a value cannot be read")
