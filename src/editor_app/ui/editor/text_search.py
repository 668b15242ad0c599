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


def _letter_variants() -> dict[str, str]:
    """Each base letter (a, A, d, D...) with every letter written on it: a, à, á, ă, ằ, â,
    ấ..., d, đ (Latin letters of U+00C0–U+024F and U+1E00–U+1EFF), grouped by case."""
    groups: dict[str, list[str]] = {}
    for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        ch = chr(code)
        base = {"đ": "d", "Đ": "D"}.get(ch) or unicodedata.normalize("NFD", ch)[0]
        if base.isascii() and base.isalpha() and ch != base and unicodedata.category(ch)[0] == "L":
            groups.setdefault(base, []).append(ch)
    return {base: base + "".join(chars) for base, chars in groups.items()}


_VARIANTS = _letter_variants()
_BASE_OF = {ch: base for base, chars in _VARIANTS.items() for ch in chars}


def _fold_letter(ch: str) -> str:
    return _BASE_OF.get(ch, ch)


def _any_mark(ch: str) -> str:
    """A regex atom matching ``ch`` with any diacritic or none (same case; the
    case-insensitive option folds case as usual)."""
    variants = _VARIANTS.get(_fold_letter(ch))
    return "[" + variants + "]" if variants else QRegularExpression.escape(ch)


def _literal_any_mark(text: str) -> str:
    return "".join(_any_mark(ch) for ch in text)


def _regex_any_mark(pattern: str) -> str:
    """``pattern`` with each literal letter matching any diacritic ("hoa" finds hoá, hòa);
    escapes (\\w, \\p{L}, \\x{..}), group names and inline flags are left as they are,
    and letters inside a character class get their variants added to the class."""
    out: list[str] = []
    i, in_class = 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            j = i + 2
            if pattern[i + 1:i + 2] in ("p", "P", "x", "N", "k", "g") and pattern[j:j + 1] in ("{", "<"):
                j = pattern.find("}" if pattern[j] == "{" else ">", j) + 1 or len(pattern)
            out.append(pattern[i:j])
            i = j
            continue
        if in_class:
            if ch == "]":
                in_class = False
                out.append(ch)
            else:
                base = _fold_letter(ch)
                out.append(_VARIANTS.get(base, ch) if base.isalpha() and base.isascii() else ch)
            i += 1
            continue
        if ch == "[":
            in_class = True
            j = i + 1
            if pattern[j:j + 1] == "^":
                j += 1
            if pattern[j:j + 1] == "]":
                j += 1                  # a "]" first in a class is a literal
            out.append(pattern[i:j])
            i = j
            continue
        if ch == "(" and pattern[i + 1:i + 2] == "?":
            j = _group_prefix_end(pattern, i + 2)
            out.append(pattern[i:j])
            i = j
            continue
        if ch.isalpha():
            out.append(_any_mark(ch))
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def _group_prefix_end(pattern: str, j: int) -> int:
    """Where the letters of a group's opening end, from just after "(?": a name in
    (?<name> (?P<name> (?'name', inline flags in (?i) (?i: (?-i); lookarounds and
    (?: have none."""
    rest = pattern[j:]
    if rest.startswith(("<=", "<!")):
        return j + 2
    if rest.startswith(("<", "P<", "'")):
        close = pattern.find("'" if rest[0] == "'" else ">", j + 1)
        return len(pattern) if close < 0 else close + 1
    while j < len(pattern) and (pattern[j].isalpha() or pattern[j] == "-"):
        j += 1
    return j


def build_pattern(text: str, case_sensitive: bool = False, whole_word: bool = False,
                  regex: bool = False, ignore_diacritics: bool = False) -> QRegularExpression:
    """The search expression for the bar's options (check ``isValid()``).

    ``ignore_diacritics``: each letter of the query matches itself with any diacritic
    or none ("hoa" and "hóa" both find hoa, hoá, hòa, hóa; "duong" finds đường), as
    the list's search does."""
    text = unicodedata.normalize("NFC", text)
    if ignore_diacritics:
        body = _regex_any_mark(text) if regex else _literal_any_mark(text)
    else:
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
