"""What the command line writes: one-line messages on stderr and tab-separated rows,
with control and format characters escaped so that no title or file name can act on
the terminal."""

from __future__ import annotations

import logging
import re
import sys

# C0 and C1 controls (ESC, OSC, CR, BS...), the bidi overrides and marks,
# zero-width and other invisible format characters, line/paragraph separators
# and lone surrogates.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e"
                     "\u2060-\u206f\ufeff\ufff9-\ufffb\ud800-\udfff]")


def terminal_safe(text: object) -> str:
    """``text`` on one line, with control and format characters escaped: a file
    name or title cannot move the cursor, recolour the terminal, set its title
    (ESC/OSC sequences), reorder the line (bidi overrides) or forge a line."""
    return _UNSAFE.sub(_escape, str(text))


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


class SafeFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return terminal_safe(super().format(record))


def say(message: object) -> None:
    """One line on stderr, prefixed with the program's name, in the system's language
    (``message``: text, an :func:`~editor_app.core.errors.N_` message or an exception)."""
    from editor_app.cli_text import localize

    print(f"editor-app: {terminal_safe(localize(message))}", file=sys.stderr)


def row(*fields: object) -> str:
    return "\t".join(terminal_safe(f) for f in fields)


def one_line(exc: object):
    """``exc``'s message on one line (an :func:`~editor_app.core.errors.N_` message stays one,
    to be translated where it is shown)."""
    from editor_app.core.errors import Text, message_of

    message = message_of(exc)
    if isinstance(message, Text):
        return message if "\n" not in message and len(message) <= 500 else \
            Text(" ".join(message.template.split()), message.values)
    return " ".join(message.split())[:500]
