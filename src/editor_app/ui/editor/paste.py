"""Pasting into the Markdown editor: formatted text becomes Markdown.

Word, LibreOffice and browsers put HTML on the clipboard next to plain text.
When that HTML carries formatting (headings, bold, italic, links, lists,
tables, footnotes, images), it is converted to Markdown by the core's
converter (Word's ``mso-`` styles and classes disappear). Images in it that
are on this computer (Word's ``file://.../clip_image001.png``) or written
into it (``data:``) become the article's assets; remote ones are not fetched.
Anything else pastes as the plain text it came with.
"""

from __future__ import annotations

import base64
import binascii
import logging
import re
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QImage

from editor_app.core.errors import N_

log = logging.getLogger(__name__)

HTML_MAX = 8 * 1024 * 1024   # characters of clipboard HTML converted; more pastes as plain text
_FORMATTING = re.compile(
    r"<(?:h[1-6]|b|strong|i|em|a\s[^>]*href|ul|ol|table|blockquote|sup|sub|img|pre)\b"
    r"|mso-list|mso-footnote|font-weight:\s*(?:bold|[6-9]00)|font-style:\s*italic", re.I)


def has_formatting(html: str) -> bool:
    return bool(_FORMATTING.search(html))


def markdown_from(source: QMimeData, store_image: Callable[[Path], str] | None,
                  notes: list[str]) -> str | None:
    """The Markdown of the clipboard's HTML, or None to paste its plain text."""
    if not source.hasHtml():
        return None
    html = source.html()
    if not html or len(html) > HTML_MAX or not has_formatting(html):
        if len(html or "") > HTML_MAX:
            notes.append(N_("the formatted text is too large to convert; it was pasted as plain text"))
        return None
    from editor_app.core.importing.html_markdown import html_to_markdown

    try:
        return html_to_markdown(html, images=_image_keeper(store_image, notes))
    except (RecursionError, MemoryError):
        notes.append(N_("the formatted text is nested too deeply to convert; it was pasted as plain text"))
        return None


def _image_keeper(store_image: Callable[[Path], str] | None, notes: list[str]):
    def keep(src: str, alt: str, _title: str) -> str | None:
        if store_image is None:
            return None
        data = _image_bytes(src)
        if data is None:
            if src.startswith(("http:", "https:", "//")):
                notes.append(N_("an image on the web was not downloaded; insert it from a file"))
            return None
        from editor_app.core.errors import InputError, message_of
        from editor_app.core.importing import images

        try:
            kind = images.check_image(data, N_("a pasted image"))
        except InputError as exc:
            notes.append(N_("{exc}; it was left out", exc=message_of(exc)))
            return None
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / images.asset_name(data, kind, "pasted")
            path.write_bytes(data)
            try:
                return "assets/" + store_image(path)
            except Exception as exc:  # noqa: BLE001 - told to the user, the text still pastes
                log.warning("a pasted image could not be stored: %s", exc)
                notes.append(N_("an image could not be added to the library; it was left out"))
                return None
    return keep


def _image_bytes(src: str) -> bytes | None:
    """The bytes of an image on this computer or written into the HTML."""
    from editor_app.core.importing.images import IMAGE_MAX_BYTES

    if src.startswith("data:"):
        head, _, payload = src.partition(",")
        if ";base64" not in head:
            return None
        try:
            data = base64.b64decode(payload, validate=False)
        except (binascii.Error, ValueError):
            return None
        return data if len(data) <= IMAGE_MAX_BYTES else None
    url = QUrl(src)
    if not url.isLocalFile():
        return None
    path = Path(url.toLocalFile() or unquote(urlsplit(src).path))
    try:
        if not path.is_file() or path.stat().st_size > IMAGE_MAX_BYTES:
            return None
        return path.read_bytes()
    except OSError:
        return None


IMAGE_SUFFIXES = ("png", "jpg", "jpeg", "gif", "webp", "svg", "avif")


def image_files(source: QMimeData) -> list[Path]:
    """The local image files dropped or pasted (by their suffix)."""
    if not source.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in source.urls()
            if url.isLocalFile() and url.toLocalFile().rsplit(".", 1)[-1].lower() in IMAGE_SUFFIXES]


def image_through_file(image, handler: Callable[[Path], object]) -> None:
    """A bitmap from the clipboard goes to ``handler`` as a temporary PNG file."""
    if not isinstance(image, QImage) or image.isNull():
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"image-{time.strftime('%Y%m%d-%H%M%S')}.png"
        if image.save(str(path), "PNG"):
            handler(path)
