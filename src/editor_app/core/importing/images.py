"""Images that come in with a manuscript: what they are, how large, what they are called.

The format and the pixel size are read from the file's header, without
decoding it: a small file that claims 100,000 x 100,000 pixels (an "image
bomb") is refused before anything tries to draw it.
"""

from __future__ import annotations

import hashlib
import struct

from editor_app.core.errors import N_, InputError

IMAGE_MAX_BYTES = 20 * 1024 * 1024
IMAGE_MAX_PIXELS = 50_000_000   # 50 megapixels: more than any camera an author uses
IMAGE_MAX_SIDE = 20_000

_KINDS = {"png": "image/png", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp"}
_EXTENSIONS = {"png": "png", "jpeg": "jpg", "gif": "gif", "webp": "webp"}


def sniff(data: bytes) -> str | None:
    """'png', 'jpeg', 'gif' or 'webp' from the first bytes, else None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    i = 2
    while i + 9 < len(data):
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker == 0xFF:
            i += 1
            continue
        length = struct.unpack(">H", data[i + 2:i + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[i + 5:i + 9])
            return width, height
        i += 2 + length
    return None


def _webp_size(data: bytes) -> tuple[int, int] | None:
    chunk = data[12:16]
    if chunk == b"VP8X" and len(data) >= 30:
        return 1 + int.from_bytes(data[24:27], "little"), 1 + int.from_bytes(data[27:30], "little")
    if chunk == b"VP8L" and len(data) >= 25:
        bits = int.from_bytes(data[21:25], "little")
        return 1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF)
    if chunk == b"VP8 " and len(data) >= 30:
        return (int.from_bytes(data[26:28], "little") & 0x3FFF,
                int.from_bytes(data[28:30], "little") & 0x3FFF)
    return None


def pixel_size(kind: str, data: bytes) -> tuple[int, int] | None:
    """(width, height) from the header, or None when the header cannot be read."""
    try:
        if kind == "png" and data[12:16] == b"IHDR":
            return struct.unpack(">II", data[16:24])
        if kind == "gif":
            return struct.unpack("<HH", data[6:10])
        if kind == "jpeg":
            return _jpeg_size(data)
        if kind == "webp":
            return _webp_size(data)
    except struct.error:
        return None
    return None


def check_image(data: bytes, what: str = N_("an image")) -> str:
    """The image's kind; InputError in plain words when it is refused."""
    if len(data) > IMAGE_MAX_BYTES:
        raise InputError(N_("{what} is too large ({count:,.1f} MB; at most {IMAGE_MAX_BYTES} MB)",
                            what=what, count=len(data) / 1048576, IMAGE_MAX_BYTES=IMAGE_MAX_BYTES // 1048576))
    kind = sniff(data)
    if kind is None:
        raise InputError(N_("{what} is in a format web pages cannot show (only PNG, JPEG, GIF and WebP are "
                            "kept)",
                            what=what))
    size = pixel_size(kind, data)
    if size is None:
        raise InputError(N_("{what} is damaged (its size cannot be read)", what=what))
    width, height = size
    if not width or not height or width > IMAGE_MAX_SIDE or height > IMAGE_MAX_SIDE \
            or width * height > IMAGE_MAX_PIXELS:
        raise InputError(N_("{what} claims {width:,} x {height:,} pixels, more than the {IMAGE_MAX_PIXELS} "
                            "megapixels allowed",
                            what=what, width=width, height=height, IMAGE_MAX_PIXELS=IMAGE_MAX_PIXELS // 1_000_000))
    return kind


def asset_name(data: bytes, kind: str, stem: str = "image") -> str:
    """A name given by the content: the same picture twice is stored once."""
    return f"{stem}-{hashlib.sha256(data).hexdigest()[:12]}.{_EXTENSIONS[kind]}"


def mime_type(kind: str) -> str:
    return _KINDS[kind]
