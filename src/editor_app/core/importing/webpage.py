"""Saved web pages (``.html``, ``.htm``): the main content as an article.

- The content is the page's ``<article>`` or ``<main>``; otherwise its body
  without navigation, header, footer, asides and forms.
- The title is the first ``h1`` (removed from the text), else ``<title>``.
- Scripts, styles and event handlers go; links keep only safe addresses
  (:mod:`~editor_app.core.importing.html_markdown`).
- Images saved beside the page (``page_files/...``) become the article's
  assets; remote ones are not fetched and missing ones are left out, with a note.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

from editor_app.core.errors import N_, InputError
from editor_app.core.importing import images as img
from editor_app.core.importing.html_markdown import html_to_markdown, parse_html
from editor_app.core.importing.manuscript import Asset, Manuscript
from editor_app.core.importing.textfile import decode_bytes, read_bytes
from editor_app.core.publishing.safe_urls import is_external

_AROUND = ("nav", "header", "footer", "aside", "form", "menu")
_MAX_NOTES = 20


def _decode(data: bytes) -> str:
    """UTF-8 (the BOM or the page's charset may say otherwise)."""
    head = data[:4096].lower()
    for charset in (b"windows-1258", b"windows-1252", b"iso-8859-1", b"latin-1"):
        if b"charset=" + charset in head or b'charset="' + charset in head:
            return data.decode(charset.decode(), errors="replace")
    return decode_bytes(data)


def convert_webpage(data: bytes, folder: Path) -> Manuscript:
    soup = parse_html(_decode(data))
    main = soup.find("article") or soup.find("main") or soup.find(attrs={"role": "main"})
    if main is None:
        main = soup.body or soup
        for tag in main.find_all(_AROUND):
            tag.decompose()
    heading = main.find("h1") or soup.find("h1")
    title = " ".join(heading.get_text(" ").split()) if heading is not None else ""
    if heading is not None:
        heading.decompose()
    if not title and soup.title is not None:
        title = " ".join(soup.title.get_text(" ").split())
    assets: dict[str, Asset] = {}
    notes: list[str] = []
    body = html_to_markdown(main, images=_image_finder(folder, assets, notes))
    if not body.strip() and not title:
        raise InputError(N_("the page has no text"))
    if len(notes) > _MAX_NOTES:
        notes = notes[:_MAX_NOTES] + [f"and {len(notes) - _MAX_NOTES} more images were left out"]
    return Manuscript(body=body, title=title, assets=list(assets.values()), notes=notes)


def _image_finder(folder: Path, assets: dict[str, Asset], notes: list[str]):
    def find(src: str, _alt: str, _title: str) -> str | None:
        shown = src if len(src) < 80 else src[:77] + "..."
        if src.startswith("data:"):
            notes.append(N_("an image written into the page itself (data: address) was left out"))
            return None
        if is_external(src):
            notes.append(N_("the image '{shown}' is on another site; it was not downloaded and was left out",
                            shown=shown))
            return None
        path = (folder / unquote(urlsplit(src).path)).resolve()
        try:
            path.relative_to(folder.resolve())
        except ValueError:
            notes.append(N_("the image '{shown}' lies outside the page's folder and was left out", shown=shown))
            return None
        try:
            data = read_bytes(path, img.IMAGE_MAX_BYTES)
            kind = img.check_image(data, f"the image '{shown}'")
        except InputError as exc:
            notes.append(f"the image '{shown}' was left out: {exc}" if "image" not in str(exc)
                         else f"{exc}; it was left out")
            return None
        name = img.asset_name(data, kind)
        assets.setdefault(name, Asset(name, data, img.mime_type(kind)))
        return f"assets/{name}"
    return find
