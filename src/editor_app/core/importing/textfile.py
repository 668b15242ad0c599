"""Reading a text file the user named: regular files only, bounded, decoded.

- Only regular files are opened (a FIFO would block forever, ``/dev/zero``
  never ends, a device may act on being opened): the path is checked with
  ``stat`` first, opened without blocking and checked again on the open file.
- At most ``FILE_MAX_BYTES`` are read, even if the file grows meanwhile.
- UTF-8 with or without BOM; UTF-16 and UTF-32 by their BOM, and UTF-16
  without BOM when its NUL bytes say so; anything else is refused with a
  message that says how to fix it.
"""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

from editor_app.core.errors import N_, InputError
from editor_app.core.limits import FILE_MAX_BYTES

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
# UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
SAVE_AS_UTF8 = N_("save it as UTF-8 and import it again")


def _kind(mode: int) -> str | None:
    """Why a file of this mode is not read (None for a regular file)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "this is a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "this is a pipe (FIFO), not a regular file"
    if stat.S_ISSOCK(mode):
        return "this is a socket, not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "this is a device, not a regular file"
    return "this is not a regular file"


def _too_large(size: int, cap: int) -> InputError:
    return InputError(N_("the file is too large ({size:,.1f} MB; at most {cap} MB)",
                         size=size / 1048576, cap=cap // 1048576))


def read_bytes(path: Path, cap: int = FILE_MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most ``cap`` bytes; InputError says why not."""
    try:
        st = os.stat(path)  # follows symbolic links: a link to /dev/zero is a device
        if (why := _kind(st.st_mode)) is not None:
            raise InputError(why)
        if st.st_size > cap:
            raise _too_large(st.st_size, cap)
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        raise InputError(N_("no such file")) from None
    except OSError as exc:
        raise InputError(N_("cannot be read ({strerror})", strerror=exc.strerror or exc.__class__.__name__)) from None
    try:
        st = os.fstat(fd)  # the file opened may not be the one checked (replaced meanwhile)
        if (why := _kind(st.st_mode)) is not None:
            raise InputError(why)
        with open(fd, "rb", closefd=False) as fh:
            want = min(st.st_size, cap) + 1
            data = fh.read(want)
            if len(data) == want:  # grown since, or a size the file system does not know
                data += fh.read(cap + 1 - len(data))
    except OSError as exc:
        raise InputError(N_("cannot be read ({strerror})", strerror=exc.strerror or exc.__class__.__name__)) from None
    finally:
        os.close(fd)
    if len(data) > cap:
        raise _too_large(len(data), cap)
    return data


def _wide_encoding(sample: bytes) -> str | None:
    """'utf-16-le'/'-be' or 'utf-32-le'/'-be' when the NUL bytes of ``sample``
    fall as in such text without a BOM (mostly ASCII characters), else None."""
    n = len(sample) // 4 * 4
    if n < 4:
        return None
    by_pos = [sample[i:n:4].count(0) for i in range(4)]
    quarter = n // 4
    if by_pos[2] == by_pos[3] == quarter and by_pos[1] >= quarter // 2:
        return "utf-32-le"
    if by_pos[0] == by_pos[1] == quarter and by_pos[2] >= quarter // 2:
        return "utf-32-be"
    even, odd = by_pos[0] + by_pos[2], by_pos[1] + by_pos[3]
    enough = max(2, n // 10)  # NULs in a tenth of the places at least
    if odd >= enough and even * 50 <= odd:
        return "utf-16-le"
    if even >= enough and odd * 50 <= even:
        return "utf-16-be"
    return None


def _decode_wide(raw: bytes, encoding: str, bom: bool) -> str:
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:
        name = encoding[:6].upper()
        said = N_("the file looks like {name} text with a byte order mark but does not decode as {name}; "
                  "{SAVE_AS_UTF8}") if bom else \
            N_("the file looks like {name} text without a byte order mark but does not decode as {name}; "
               "{SAVE_AS_UTF8}")
        raise InputError(N_(said, name=name, SAVE_AS_UTF8=SAVE_AS_UTF8)) from None
    if "\x00" in text:  # no text holds U+0000: NUL bytes that only happened to fall in place
        raise InputError(N_("this is a binary file, not text"))
    return text


def decode_bytes(raw: bytes) -> str:
    """Text of a file: UTF-8 (BOM or not), UTF-16/UTF-32 (BOM, or UTF-16 by its
    NUL bytes); InputError for an empty, binary or undecodable file."""
    if not raw or raw.isspace():
        raise InputError(N_("the file is empty"))
    if b"\x00" not in raw[:8192] and raw[:2] not in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        text = _utf8(raw[3:] if raw.startswith(codecs.BOM_UTF8) else raw)
    else:
        text = _decode_other(raw)
    if not text or text.isspace():
        raise InputError(N_("the file is empty"))
    return text


def _decode_other(raw: bytes) -> str:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return _decode_wide(raw[len(bom):], encoding, True) if encoding != "utf-8" else _utf8(raw[3:])
    encoding = _wide_encoding(raw[:8192])
    if encoding is None:
        raise InputError(N_("this is a binary file, not text"))
    return _decode_wide(raw, encoding, False)


def _utf8(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(
            N_("the file is not valid UTF-8 (byte 0x{raw:02x} on line {line}); {SAVE_AS_UTF8}",
               raw=raw[exc.start], line=line, SAVE_AS_UTF8=SAVE_AS_UTF8)
        ) from None
