"""JSON text exactly as ``json.dumps(value, ensure_ascii=False, indent=2)`` writes it, fast.

With ``indent`` the standard library encodes in Python, one small piece at a
time; ``list --json`` of 10,000 articles (120 MB of mostly article text) took
seconds that way. Here the structure is written directly and each string is
escaped on its UTF-8 bytes with a few ``bytes.replace`` calls (C speed), the
standard encoder being kept for the rare string with other control characters.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

_NOT_CONTROL = bytes(range(32, 256))
_SHORT_ESCAPES = b"\n\r\t"  # the control characters escaped by bytes.replace below
_LONG = 512  # characters: shorter strings go through the standard library's C escaper
_escape = getattr(json.encoder, "c_encode_basestring", None) or json.encoder.py_encode_basestring
_keys: dict[str, bytes] = {}


def string(value: str) -> bytes:
    """A JSON string literal, UTF-8 (a lone surrogate, which no library holds, as a
    backslash escape: as the CLI's standard output writes it)."""
    if len(value) < _LONG:
        return _escape(value).encode("utf-8", "backslashreplace")
    try:
        data = value.encode("utf-8")
    except UnicodeEncodeError:
        return _escape(value).encode("utf-8", "backslashreplace")
    if data.translate(None, _NOT_CONTROL).translate(None, _SHORT_ESCAPES):  # \b, \f, \x00...
        return _escape(value).encode("utf-8")
    data = data.replace(b"\\", b"\\\\").replace(b'"', b'\\"')
    data = data.replace(b"\n", b"\\n").replace(b"\r", b"\\r").replace(b"\t", b"\\t")
    return b'"' + data + b'"'


def _key(name) -> bytes:
    found = _keys.get(name)
    if found is None:
        found = _keys[name] = string(str(name)) + b": "
    return found


def encode(value, level: int = 0) -> bytes:
    """``value`` (dicts, lists, strings, numbers, booleans, None) as indented JSON,
    its first line not indented, nested lines at ``level`` + 1 (two spaces each)."""
    kind = type(value)
    if kind is str:
        return string(value)
    if value is None:
        return b"null"
    if kind is bool:
        return b"true" if value else b"false"
    if kind is int:
        return int.__repr__(value).encode()
    inner = b"\n" + b"  " * (level + 1)
    if kind is dict:
        if not value:
            return b"{}"
        items = [_key(k) + encode(v, level + 1) for k, v in value.items()]
        return b"{" + inner + (b"," + inner).join(items) + b"\n" + b"  " * level + b"}"
    if kind is list or kind is tuple:
        if not value:
            return b"[]"
        items = [encode(v, level + 1) for v in value]
        return b"[" + inner + (b"," + inner).join(items) + b"\n" + b"  " * level + b"]"
    if isinstance(value, str):  # a str enum: its value, as json writes it
        return string(value)
    if isinstance(value, int):
        return int.__repr__(value).encode()
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def array_items(values: Iterable, first: bool) -> bytes:
    """Elements of a top-level array, to be written between :data:`OPEN` and :data:`CLOSE`
    (``first``: no separator before them)."""
    body = b",\n  ".join(encode(v, 1) for v in values)
    if not body:
        return b""
    return (b"  " if first else b",\n  ") + body


OPEN, CLOSE, EMPTY = b"[\n", b"\n]\n", b"[]\n"
