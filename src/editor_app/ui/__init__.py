"""Qt user interface: models, widgets, dialogs and the main window."""

import builtins

import PySide6.QtCore  # noqa: F401 - PySide6 is loaded (and its import hook installed) before any panel


def _plain_imports() -> None:
    """Put Python's own ``__import__`` back in place of PySide6's.

    PySide6 replaces ``__import__`` to offer ``from __feature__ import snake_case``
    (its optional features). Every import after that goes through a Python function,
    and each module imported for the first time has its source file read to look for
    "PySide6" (PYSIDE-2029): SQLAlchemy's import on the store worker, after the
    window's first paint, took 45 ms more for it, the window's own modules 13 ms. The
    program uses no feature; PySide6 keeps the original as ``__orig_import__``, and
    documents it. Nothing is changed when the hook is not PySide6's (a debugger's).
    """
    feature_import = getattr(builtins, "__feature_import__", None)
    original = getattr(builtins, "__orig_import__", None)
    if original is not None and feature_import is not None and builtins.__import__ is feature_import:
        builtins.__import__ = original


_plain_imports()
