"""The listing's JSON layout: text exactly as ``json.dumps(value, ensure_ascii=False, indent=2)`` writes it, fast.

With ``indent`` the standard library encodes in pure Python, one piece at a time.
Here each string goes through the standard library's C escaper and the layout is
joined in few steps; the flat dicts of ``list --json`` (strings, numbers, null, and
lists of strings or of flat dicts) take the quickest path. Strings are escaped as
the standard library escapes them; ``encode`` gives the UTF-8 bytes (a lone
surrogate, which no library holds, as a backslash escape, as the CLI writes it).
"""

from __future__ import annotations

import json

_q = getattr(json.encoder, "c_encode_basestring", None) or json.encoder.py_encode_basestring
_PAD = ["  " * n for n in range(16)]


def _pad(level: int) -> str:
    return _PAD[level] if level < len(_PAD) else "  " * level


def _scalar(value) -> str | None:
    kind = type(value)
    if kind is str:
        return _q(value)
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return int.__repr__(value)
    if kind is float:
        return json.dumps(value)
    if isinstance(value, str):   # a str enum: its value, as json writes it
        return _q(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return int.__repr__(value)
    return None


def dumps(value, level: int = 0) -> str:
    """``value`` (dicts, lists, strings, numbers, booleans, None) as indented JSON, its
    first line not indented, nested lines at ``level`` + 1 (two spaces each)."""
    text = _scalar(value)
    if text is not None:
        return text
    inner = "\n" + _pad(level + 1)
    if isinstance(value, dict):
        if not value:
            return "{}"
        parts = []
        for key, item in value.items():
            text = _scalar(item)
            parts.append(_key(key) + (text if text is not None else dumps(item, level + 1)))
        return "{" + inner + ("," + inner).join(parts) + "\n" + _pad(level) + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        if all(type(item) is dict for item in value):   # the articles of list --json
            return "[" + inner + ("," + inner).join(_dicts(value, level + 1)) + "\n" + _pad(level) + "]"
        parts = [_scalar(item) for item in value]
        for i, text in enumerate(parts):
            if text is None:
                parts[i] = dumps(value[i], level + 1)
        return "[" + inner + ("," + inner).join(parts) + "\n" + _pad(level) + "]"
    return json.dumps(value, ensure_ascii=False)   # raises TypeError as json does


def _dicts(items, level: int) -> list[str]:
    """Dicts at ``level``, the quick way: their keys escaped once per set of keys, their
    values' types dispatched inline (the work of ``list --json`` on 10,000 articles)."""
    inner = "\n" + _pad(level + 1)
    sep, close = "," + inner, "\n" + _pad(level) + "}"
    inner2 = "\n" + _pad(level + 2)
    sep2, close2 = "," + inner2, "\n" + _pad(level + 1) + "]"
    prefixes: dict[tuple, list[str]] = {}
    out = []
    for item in items:
        if not item:
            out.append("{}")
            continue
        keys = tuple(item)
        prefix = prefixes.get(keys)
        if prefix is None:
            prefix = prefixes[keys] = [_key(k) for k in keys]
        parts = []
        for value in item.values():
            kind = type(value)
            if kind is str:
                parts.append(_q(value))
            elif value is None:
                parts.append("null")
            elif kind is int:
                parts.append(int.__repr__(value))
            elif kind is list and value and all(type(v) is str for v in value):
                parts.append("[" + inner2 + sep2.join(map(_q, value)) + close2)
            else:
                parts.append(dumps(value, level + 1))
        out.append("{" + inner + sep.join(map(str.__add__, prefix, parts)) + close)
    return out


def _key(key) -> str:
    if type(key) is not str:   # 1, 1.5, True, None: the text json.dumps makes of them
        key = next(iter(json.loads(json.dumps({key: 0}))))
    return _q(key) + ": "


def encode(value) -> bytes:
    """``dumps(value)`` and a final newline, as UTF-8: what the CLI writes."""
    return (dumps(value) + "\n").encode("utf-8", "backslashreplace")


def array_items(items: list[dict]) -> list[str]:
    """Dicts as the JSON texts of a top-level array's items (what ``listing_text`` has the
    database write)."""
    return _dicts(items, 1)


class ArrayWriter:
    """A top-level JSON array written a part at a time, the bytes exactly those of
    ``encode(all_items)``: ``write(part)`` for each part (its items' JSON texts, as
    ``array_items`` makes them, in UTF-8), then ``close()``. Each part is held until the next one
    (or the end) comes: one part, one write."""

    def __init__(self, write):
        self._write = write
        self._first = True
        self._held = b""

    def write(self, texts: list[bytes]) -> None:
        if not texts:
            return
        if self._held:
            self._write(self._held)
        head = b"[\n  " if self._first else b",\n  "
        self._first = False
        self._held = head + b",\n  ".join(texts)

    def close(self) -> None:
        self._write(b"[]\n" if self._first else self._held + b"\n]\n")
        self._held = b""
