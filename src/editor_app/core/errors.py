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
