"""Text from HTML written so that Python-Markdown shows it as it was, not as markup.

markdownify's own ``escape_misc`` targets CommonMark: it backslashes ``<``, ``&``,
``=`` and ``|``, which Python-Markdown prints with the backslash, and marks every
"2020. " in a sentence.  Here only what Python-Markdown would read as markup is
touched, the way it reads it:

- anywhere: ``\\``, `````, ``*`` and ``]`` before ``(``, ``[`` or ``:`` (or at
  the end of the text, where a link's address may follow) are backslashed; an
  ``_`` that is not inside a word (Python-Markdown never reads one inside a word
  as emphasis); ``<`` that would open a tag, comment or autolink becomes
  ``&lt;`` and ``&`` that would start a character reference ``&amp;``;
- at the start of a line: ``#`` headings, ``>`` quotes, ``-``/``+`` bullets,
  ``1.`` numbers, ``[`` notes and references, ``:`` definitions and ``===`` underlines.
"""

from __future__ import annotations

import re

_BACKSLASHED = re.compile(r"([\\`*])")
_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")   # not between two letters or digits
_CLOSING = re.compile(r"\](?=\s*[(\[:]|\s*$)")
_TAG_OPEN = re.compile(r"<(?=[A-Za-z/!?])")
# what a browser reads as a character reference: &name; &#1 &#x1 (no ';' needed), and
# the legacy names it reads without one
_ENTITY = re.compile(r"&(?=#|[A-Za-z][A-Za-z0-9]*;|(?:amp|lt|gt|quot|nbsp|copy|reg|sect|para|deg|"
                     r"pound|yen|cent|times|divide|not|shy|macr|micro|middot|laquo|raquo|iexcl|iquest))")
_LINE_START = re.compile(r"^(\s*)(#|>|\[|[-+](?=\s|$)|\d{1,9}(?=\.(?:\s|$))|:(?=\s)|=(?==*\s*$))", re.M)


def _line_start(match: re.Match) -> str:
    space, mark = match.groups()
    if mark == ":":
        return space + "&#58;"
    if mark == "=":
        return space + "&#61;"
    if mark[0].isdigit():
        return space + mark + "\\"   # 1\. — the dot is what makes the list
    return space + "\\" + mark


def escape_markdown(text: str) -> str:
    """``text`` (one text node of HTML) safe to place in Markdown as plain text."""
    if not text:
        return ""
    text = _BACKSLASHED.sub(r"\\\1", text)
    text = _UNDERSCORE.sub(r"\\_", text)
    text = _CLOSING.sub(r"\\]", text)
    text = _ENTITY.sub("&amp;", text)
    text = _TAG_OPEN.sub("&lt;", text)
    return _LINE_START.sub(_line_start, text)
