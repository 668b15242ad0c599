"""Images of an exported page: the article's assets inlined as ``data:`` URIs."""

from __future__ import annotations

import base64
import html
import re
from dataclasses import dataclass
from typing import Callable

from editor_app.core.publishing.sanitize import TAG, asset_name, tag_attributes
from editor_app.core.text import clean_line


@dataclass
class EmbeddedImages:
    html: str
    problems: list[str]


def embed_images(body_html: str, load: Callable[[str], tuple[str, bytes] | None],
                 t: dict[str, str]) -> EmbeddedImages:
    """Inline ``assets/NAME`` images as ``data:`` URIs, so the page fetches nothing.

    A missing asset becomes a visible placeholder and a problem; an image on
    another site becomes a link to it; an image the sanitizer left without a
    source is reduced to its alternative text.
    """
    problems: list[str] = []
    uris: dict[str, str] = {}

    link_depth = 0  # an image inside a link must not become a link itself

    def replace(m: re.Match) -> str:
        nonlocal link_depth
        if m.group(2) == "a":
            link_depth += -1 if m.group(1) else 1
            return m.group(0)
        if m.group(2) != "img" or m.group(1):
            return m.group(0)
        attrs = tag_attributes(m.group(3))
        src, alt = attrs.get("src", ""), clean_line(attrs.get("alt", ""))
        name = asset_name(src)
        if name is not None:
            if name not in uris:
                uris[name] = _data_uri(load(name))
            if uris[name]:
                attrs["src"] = uris[name]
                return "<img" + "".join(f' {k}="{html.escape(v)}"' for k, v in attrs.items()) + ">"
            problems.append(f"image '{name}' is not one of the article's images (assets)")
            return (f'<span class="missing-image">[{html.escape(t["missing_image"])}: '
                    f"{html.escape(alt or name)}]</span>")
        if src:
            label = html.escape(alt or t["external_image"])
            if link_depth > 0:
                return label
            return f'<a class="external-image" href="{html.escape(src)}">{label}</a>'
        return html.escape(alt)
    return EmbeddedImages(TAG.sub(replace, body_html), problems)


def _data_uri(asset: tuple[str, bytes] | None) -> str:
    if asset is None or not asset[0].startswith("image/"):
        return ""
    mime, data = asset
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
