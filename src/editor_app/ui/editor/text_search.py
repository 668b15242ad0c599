"""Search primitives for the find bar: patterns, matches, replacement text.

Matching uses ``QRegularExpression`` with Unicode properties, so case-
insensitive search folds Vietnamese letters (Đ/đ, Ắ/ắ ...) and "whole word"
understands accented words. Match positions are UTF-16 offsets, the same
units as ``QTextDocument`` positions.
"""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import QRegularExpression

_TEMPLATE = re.compile(r"\\(\d)|\$(\d{1,2})|\$\{(\w+)\}|\\([nt\\])|\$\$")


def build_pattern(text: str, case_sensitive: bool = False, whole_word: bool = False,
                  regex: bool = False) -> QRegularExpression:
    """The search expression for the bar's options (check ``isValid()``)."""
    text = unicodedata.normalize("NFC", text)
    body = text if regex else QRegularExpression.escape(text)
    if whole_word:
        body = rf"(?<!\w)(?:{body})(?!\w)"
    options = QRegularExpression.PatternOption.UseUnicodePropertiesOption
    if regex:
        options |= QRegularExpression.PatternOption.MultilineOption
    if not case_sensitive:
        options |= QRegularExpression.PatternOption.CaseInsensitiveOption
    return QRegularExpression(body, options)


def find_all(pattern: QRegularExpression, text: str) -> list:
    """Non-empty matches as ``QRegularExpressionMatch`` objects, in order."""
    found = []
    it = pattern.globalMatch(text)
    while it.hasNext():
        m = it.next()
        if m.capturedLength() > 0:
            found.append(m)
    return found


def expand_template(template: str, match) -> str:
    """Replacement text for a regex match: ``$1``/``\\1``, ``${name}``,
    ``$0`` (whole match), ``$$``, ``\\n``, ``\\t``, ``\\\\``."""
    def sub(m: re.Match) -> str:
        if m.group(1) or m.group(2):
            return match.captured(int(m.group(1) or m.group(2))) or ""
        if m.group(3):
            return match.captured(m.group(3)) or ""
        if m.group(4):
            return {"n": "\n", "t": "\t", "\\": "\\"}[m.group(4)]
        return "$"
    return _TEMPLATE.sub(sub, template)
