"""The command line in the system's language, through the window's translations.

The CLI's messages, the core's (made with :func:`editor_app.core.errors.N_`) and
argparse's own ("usage:", "the following arguments are required") are looked up
in ``editor_app_<language>.qm``, the file the window loads, in the context
``""``. Nothing is loaded for English, and for Vietnamese only when there is
something to say: a command that prints only its results never imports Qt.

The language is the system's: ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES`` or
``LANG`` as POSIX orders them, else the user's interface language on Windows
and macOS (through ``QLocale``).
"""

from __future__ import annotations

import argparse
import os
import sys

from editor_app.core.errors import N_, Text, message_of

SUPPORTED = ("vi", "en")

# argparse's own messages (Python 3.11-3.13), so that lupdate puts them in the .ts
ARGPARSE_TEXTS = (
    N_("usage: "), N_("positional arguments"), N_("options"), N_("show this help message and exit"),
    N_("show program's version number and exit"), N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"), N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("argument %(argument_name)s: %(message)s"), N_("expected one argument"),
    N_("expected at most one argument"), N_("expected at least one argument"),
    N_("invalid %(type)s value: %(value)r"), N_("not allowed with argument %s"),
    N_("ambiguous option: %(option)s could match %(matches)s"), N_("one of the arguments %s is required"),
    N_("ignored explicit argument %r"), N_("expected %s argument"), N_("expected %s arguments"),
    N_("%(prog)s: error: %(message)s\n"),
)

_state: dict = {}


def language() -> str:
    """``"vi"`` or ``"en"``: the system's language for messages."""
    if "language" not in _state:
        _state["language"] = _system_language()
    return _state["language"]


def _system_language() -> str:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            if _code(value) in ("c", "posix"):
                return "en"
            wanted = os.environ.get("LANGUAGE", "").split(":") + [value]   # GNU: LANGUAGE first
            return next((c for c in map(_code, wanted) if c in SUPPORTED), "en")
    if os.environ.get("LANGUAGE"):
        return next((c for c in map(_code, os.environ["LANGUAGE"].split(":")) if c in SUPPORTED), "en")
    if sys.platform in ("win32", "darwin"):   # no locale variables: the desktop's language
        from PySide6.QtCore import QLocale

        return next((c for c in map(_code, QLocale.system().uiLanguages()) if c in SUPPORTED), "en")
    return "en"


def _code(name: str) -> str:
    return name.replace("-", "_").split("_")[0].split(".")[0].split("@")[0].strip().lower()


def translate(text: str) -> str:
    """``text`` (an English template) in the system's language."""
    if language() == "en" or not text:
        return text
    translator = _translator()
    if translator is None:
        return text
    # the core's messages, else a field check's (core.validate marks them in its own context)
    return translator.translate("", text) or translator.translate("validate", text) or text


def _translator():
    if "translator" not in _state:
        from PySide6.QtCore import QTranslator

        from editor_app.core.resources import resource_path

        translator = QTranslator()
        ok = translator.load(str(resource_path("translations", f"editor_app_{language()}.qm")))
        _state["translator"] = translator if ok else None
    return _state["translator"]


def localize(thing: object) -> str:
    """A message, an exception or any text, in the system's language."""
    message = message_of(thing)
    return message.translated(translate) if isinstance(message, Text) else message


def install_argparse() -> None:
    """argparse's own words through :func:`translate` (it looks them up with gettext)."""
    if language() == "en":
        return
    argparse._ = translate
    argparse.ngettext = lambda one, many, n: translate(one if n == 1 else many)


class HelpFormatter(argparse.HelpFormatter):
    """Help texts given as :func:`N_` messages, shown in the system's language."""

    def _get_help_string(self, action) -> str:
        return localize(action.help) if action.help else action.help

    def add_text(self, text) -> None:
        super().add_text(localize(text) if text else text)
